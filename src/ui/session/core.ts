/**
 * The core as the browser drives it: the session (C2) wired to the analyzer and fact checker (A)
 * and the buyer machine (C1), and the report (C2). All of it lives in the lazy workbench chunk,
 * so the menu stays small.
 */
import { analyzeReply } from '../../core/analysis';
import { checkFacts } from '../../core/analysis/facts';
import { buyerMachine, personaTraits } from '../../core/buyers';
import { buildReport, type Report } from '../../core/report';
import type { Scenario } from '../../core/scenario/schema';
import {
  createSession,
  resumeSession,
  type SessionDeps,
  type SessionHandle,
} from '../../core/session';
import type { LogEntry } from '../../core/session/contract';
import type { SessionOptions } from './types';

/** The analyzer, the fact checker and the buyer machine, as the session needs them. */
export const browserDeps: SessionDeps = {
  analyzeReply,
  checkFacts,
  buyerLogic: (ctx) => ({
    logic: buyerMachine,
    input: {
      buyer: ctx.buyer,
      scenario: ctx.scenario,
      persona: personaTraits(ctx.buyer.persona),
      seed: ctx.seed,
    },
  }),
};

/** Starts a new session. */
export function create(options: SessionOptions): SessionHandle {
  return createSession({ ...options, deps: browserDeps });
}

/** Rebuilds a session from its stored log. */
export function resume(scenario: Scenario, log: readonly LogEntry[]): SessionHandle {
  return resumeSession(scenario, log, { deps: browserDeps });
}

/** The report of a finished session. */
export function report(scenario: Scenario, log: readonly LogEntry[]): Report {
  return buildReport(scenario, log);
}
