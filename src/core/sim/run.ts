/**
 * Runs a whole session against a scripted agent on simulated time: the clock jumps from one
 * event to the next (a buyer timer or the agent's next move), so a session of many simulated
 * minutes takes milliseconds.
 */
import { createRng, hashString } from '../random';
import type { Locale } from '../locale';
import type { Scenario } from '../scenario/schema';
import type { LogEntry, SessionMode } from '../session/contract';
import { createSession, sessionStart, type SessionDeps, type SessionHandle } from '../session';
import { indexScenario } from '../session/scenario-index';
import { ScriptedAgent, type Policy } from './agent';
import { memoDeps } from './memo';
import { Observer } from './observe';
import { depsFor, type BuyerRuntime } from './runtimes';

export interface SimOptions {
  scenario: Scenario;
  locale: Locale;
  seed: number;
  policy: Policy;
  /** Default: practice for a one-buyer scenario, shift otherwise. */
  mode?: SessionMode;
  buyerIds?: string[];
  /** Simulated time after which the agent ends the session (default 30 minutes). */
  maxMs?: number;
  /**
   * How buyers run (default `compiled`: the buyer chart compiled, the same log as `xstate`, the
   * buyer machine under XState's interpreter). Ignored when `deps` are given.
   */
  runtime?: BuyerRuntime;
  deps?: SessionDeps;
}

/** The default cap on simulated time. */
export const DEFAULT_MAX_MS = 30 * 60_000;

/**
 * Plays one session to its end with a scripted agent.
 * @returns the session handle (ended) and its log
 */
export function runSim(options: SimOptions): { session: SessionHandle; log: readonly LogEntry[] } {
  const { scenario, locale, seed, policy } = options;
  const deps = memoDeps(options.deps ?? depsFor(options.runtime ?? 'compiled'));
  const mode = options.mode ?? (scenario.buyers.length === 1 ? 'practice' : 'shift');
  const session = createSession({
    scenario,
    locale,
    seed,
    mode,
    deps,
    ...(options.buyerIds ? { buyerIds: options.buyerIds } : {}),
  });
  const index = indexScenario(scenario);
  // The buyers taking part, as logged by session.start (no need to build a view for them).
  const buyerIds = sessionStart(session.getLog())?.payload.buyerIds ?? [];
  const observer = new Observer(index, buyerIds);
  const agent = new ScriptedAgent(
    policy,
    { scenario, index, locale, analyze: deps.analyzeReply },
    createRng((hashString(`agent:${policy}`) ^ seed) >>> 0),
  );
  const maxMs = options.maxMs ?? DEFAULT_MAX_MS;
  while (!session.isEnded()) {
    observer.update(session.getLog());
    const now = session.now();
    for (const input of agent.act(now, observer)) session.send(input);
    observer.update(session.getLog());
    if (session.isEnded()) break;
    const wake = agent.nextWake(now, observer);
    const due = session.nextDue();
    const next = wake === null ? due : due === null ? wake : Math.min(wake, due);
    if (next === null || next > maxMs) {
      session.advanceTo(Math.max(now, Math.min(maxMs, next ?? maxMs)));
      session.end();
      break;
    }
    if (next <= now) session.advance(0);
    else session.advanceTo(next);
  }
  return { session, log: session.getLog() };
}
