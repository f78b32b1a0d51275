/**
 * The core as the browser drives it: the session (C2) wired to the analyzer and fact checker (A)
 * and the buyer machine (C1), and the report (C2). All of it lives in the lazy workbench chunk,
 * so the menu stays small.
 */
import { analyzeReply } from '../../core/analysis';
import { buyerMachine, personaTraits } from '../../core/buyers';
import type { Scenario } from '../../core/scenario/schema';
import {
  createSession,
  resumeSession,
  type CheckFacts,
  type SessionDeps,
  type SessionHandle,
} from '../../core/session';
import type { LogEntry } from '../../core/session/contract';
import type { SessionOptions } from './types';

interface ReportModule {
  buildReport(scenario: Scenario, log: readonly LogEntry[]): unknown;
}

const factFiles = import.meta.glob<{ checkFacts: CheckFacts }>('/src/core/analysis/facts.ts');
const reportFiles = import.meta.glob<ReportModule>('/src/core/report/index.ts');

async function first<T>(files: Record<string, () => Promise<T>>, what: string): Promise<T> {
  const load = Object.values(files)[0];
  if (!load) throw new Error(`${what} is not available in this build`);
  return load();
}

export interface Core {
  create(options: SessionOptions): SessionHandle;
  resume(scenario: Scenario, log: readonly LogEntry[]): SessionHandle;
  buildReport(scenario: Scenario, log: readonly LogEntry[]): unknown;
}

let core: Promise<Core> | null = null;

/** The core modules, loaded once. */
export function loadCore(): Promise<Core> {
  core ??= Promise.all([
    first(factFiles, 'The fact checker'),
    first(reportFiles, 'The report builder'),
  ]).then(([facts, report]) => {
    const deps: SessionDeps = {
      analyzeReply,
      checkFacts: facts.checkFacts,
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
    return {
      create: (options) => createSession({ ...options, deps }),
      resume: (scenario, log) => resumeSession(scenario, log, { deps }),
      buildReport: (scenario, log) => report.buildReport(scenario, log),
    };
  });
  return core;
}
