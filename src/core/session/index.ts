/**
 * # The session API (src/core/session) — what adapters (browser, CLI, tests) code against
 *
 * ```ts
 * import { createSession, resumeSession } from './core/session';
 *
 * const session = createSession({ scenario, locale: 'zh-CN', seed: 42, mode: 'practice' });
 * const off = session.subscribe((view) => render(view)); // TraineeView after every change
 * session.onCue((cue) => sounds.play(cue));              // SessionCue: arrivals, messages, left…
 * session.advance(16);                                   // move the session clock by 16 ms
 * session.send({ type: 'agent.message', buyerId: 'b1', text: '亲,您好😊' });
 * session.send({ type: 'agent.action', buyerId: 'b1', action: 'freeShipping' });
 * session.send({ type: 'agent.hint', buyerId: 'b1' });   // practice only; refused otherwise
 * persist(session.getLog());                             // append-only LogEntry[]
 * session.end();                                         // the agent ends the session
 * ```
 *
 * - **Clock.** The session runs on a ManualClock (ms since the start): it only moves when
 *   `advance(ms)` / `advanceTo(t)` is called. The browser adapter advances it by the real time
 *   elapsed between animation frames; Node advances it in simulated steps (`nextDue()` says when
 *   the next timer falls due). Every buyer delay runs on this clock.
 * - **Inputs** (`send`) are stamped with the clock's current time and logged, after every timer
 *   due by then has run (so a replay sees the same order); an input for an
 *   unknown buyer or one who has not arrived is logged as `agent.rejected`. After the session
 *   has ended, inputs are ignored.
 * - **View** (`getView`): a frozen TraineeView; a new object after each change. It hides
 *   motives, budgets and persona labels; a conversation's `personaHintKey` (an i18n key,
 *   namespace "coaching") appears after the first exchange. Hints and workbench actions appear
 *   in the chat as `from: 'system'` messages whose `lineId` is an i18n key ("coaching:…").
 * - **Modes.** practice: the first (or chosen) buyer only, arriving at once; hints allowed (each
 *   costs points). shift / double11: the scenario's buyers on their arrival schedule (double11
 *   also sets the view's `countdownEndsAt` to the first arrival). exam: like shift, no hints,
 *   and a fixed seed (`examSeed(scenario)`) whatever seed is passed.
 * - **Neighbours.** The analyzer, fact checker and buyer machine are the real ones
 *   (`defaultDeps`) unless `deps` is given (tests pass fakes). Pass `onCue` in the options to
 *   hear the cues of buyers who arrive at once, during createSession.
 * - **End.** The session ends when every buyer is done, or on `end()` (buyers still in the chat
 *   are closed: an unpaid order counts as `unpaid`, otherwise `left`).
 * - **Scores and report** come from the log alone: `scoreSession(scenario, log)` in
 *   src/core/scoring, `buildReport(scenario, log)` and `reportToCsv(report)` in src/core/report.
 * - **Resume.** `resumeSession(scenario, log)` rebuilds a session from a persisted log by
 *   replaying the agent's inputs at their logged times; it throws a ReplayMismatchError when the
 *   rebuilt log differs from the one given.
 */
import { createActor, type Actor, type AnyActorRef } from 'xstate';
import { isLocale, type Locale } from '../locale';
import { hashString } from '../random';
import type { Scenario } from '../scenario/schema';
import { ManualClock } from './clock';
import type { AgentInput, LogEntry, SessionCue, SessionMode, TraineeView } from './contract';
import type { SessionDeps } from './deps';
import { defaultDeps } from './default-deps';
import { AGENT_INPUT_TYPES, sessionStart, type TypedEntry } from './log';
import { sessionMachine } from './machine';
import { SessionRuntime } from './runtime';

export { ManualClock } from './clock';
export { defaultDeps } from './default-deps';
export type { SessionDeps, BuyerLogicFactory, BuyerSpawnContext, CheckFacts } from './deps';
export type { LogPayloads, LogType, TypedEntry } from './log';
export { entriesOf, isEntry, sessionStart, AGENT_INPUT_TYPES } from './log';
export { personaHintKey, actionLineKey } from './view';
export { hintKey } from './runtime';

export const SESSION_MODES: readonly SessionMode[] = ['practice', 'shift', 'exam', 'double11'];

/** Options of createSession. */
export interface SessionOptions {
  scenario: Scenario;
  locale: Locale;
  /** Seed of the session's PRNG (ignored in exam mode, which always uses examSeed). */
  seed: number;
  mode: SessionMode;
  /** The buyers taking part (default: practice → the first buyer; other modes → all). */
  buyerIds?: string[];
  /** A fresh clock to run on (default: a new ManualClock at 0). */
  clock?: ManualClock;
  /** The analyzer, fact checker and buyer factory (default: the real ones). */
  deps?: SessionDeps;
  /** A cue listener registered before the session starts (so it hears the first arrivals). */
  onCue?: (cue: SessionCue) => void;
}

/** What adapters hold: one running session. */
export interface SessionHandle {
  readonly scenario: Scenario;
  readonly locale: Locale;
  readonly mode: SessionMode;
  readonly seed: number;
  readonly clock: ManualClock;
  /** Sends one agent input, stamped with the current clock time. */
  send(input: AgentInput): void;
  /** The trainee's view (frozen; a new object after each change). */
  getView(): TraineeView;
  /** Calls `listener` with the new view after every change; returns an unsubscribe function. */
  subscribe(listener: (view: TraineeView) => void): () => void;
  /** Calls `listener` for every cue (sound, animation); returns an unsubscribe function. */
  onCue(listener: (cue: SessionCue) => void): () => void;
  /** The append-only log (live array: read it, never mutate it). */
  getLog(): readonly LogEntry[];
  /** ms since the session start. */
  now(): number;
  /** Moves the clock forward by `ms`, running every buyer timer that falls due. */
  advance(ms: number): void;
  /** Moves the clock to `t` (ms since start; never backwards). */
  advanceTo(t: number): void;
  /** When the next timer falls due (ms since start), or null when nothing is scheduled. */
  nextDue(): number | null;
  /** Ends the session (the agent's "end session"). */
  end(): void;
  isEnded(): boolean;
}

/** The fixed seed of exam mode for a scenario. */
export function examSeed(scenario: Scenario): number {
  return hashString(`exam:${scenario.id}`);
}

/** Thrown when a session cannot be created with the given options. */
export class SessionError extends Error {
  override name = 'SessionError';
}

/**
 * Creates and starts a session: logs `session.start`, schedules the arrivals and returns the
 * handle adapters drive. Throws a SessionError for an unknown locale, mode or buyer.
 */
export function createSession(options: SessionOptions): SessionHandle {
  const { scenario, mode } = options;
  if (!isLocale(options.locale) || !scenario.locales.includes(options.locale)) {
    throw new SessionError(
      `scenario "${scenario.id}" has no locale "${String(options.locale)}" (it has ${scenario.locales.join(', ')})`,
    );
  }
  if (!SESSION_MODES.includes(mode)) {
    throw new SessionError(`unknown mode "${String(mode)}" (modes: ${SESSION_MODES.join(', ')})`);
  }
  const buyerIds =
    options.buyerIds ??
    (mode === 'practice' ? scenario.buyers.slice(0, 1) : scenario.buyers).map((b) => b.id);
  if (buyerIds.length === 0) throw new SessionError('a session needs at least one buyer');
  for (const id of buyerIds) {
    if (!scenario.buyers.some((b) => b.id === id)) {
      throw new SessionError(`scenario "${scenario.id}" has no buyer "${id}"`);
    }
  }
  if (new Set(buyerIds).size !== buyerIds.length) {
    throw new SessionError('each buyer can take part only once');
  }
  const seed = mode === 'exam' ? examSeed(scenario) : options.seed >>> 0;
  const clock = options.clock ?? new ManualClock();
  const rt = new SessionRuntime({
    scenario,
    locale: options.locale,
    seed,
    mode,
    buyerIds,
    clock,
    deps: options.deps ?? defaultDeps,
  });
  if (options.onCue) rt.cueListeners.add(options.onCue);
  rt.append('session.start', {
    scenarioId: scenario.id,
    locale: options.locale,
    seed,
    mode,
    buyerIds,
  });
  const actor: Actor<typeof sessionMachine> = createActor(sessionMachine, {
    input: { rt },
    clock,
  });
  let failure: unknown = null;
  actor.subscribe({ error: (err) => (failure = err) });
  actor.start();
  rt.releaseHeld();

  // Buyers are spawned with their buyer id as the child id.
  const buyerActor = (buyerId: string): AnyActorRef | undefined =>
    (actor.getSnapshot().children as Record<string, AnyActorRef | undefined>)[buyerId];

  const listeners = new Set<(view: TraineeView) => void>();
  let lastView: TraineeView | null = null;
  const notify = (): void => {
    if (failure !== null) throw new SessionError(`the session stopped: ${describe(failure)}`);
    if (listeners.size === 0) return;
    const state = rt.syncedView();
    state.setNow(clock.now());
    const view = state.snapshot(scenario.id);
    if (view === lastView) return;
    lastView = view;
    for (const l of listeners) l(view);
  };

  return {
    scenario,
    locale: options.locale,
    mode,
    seed,
    clock,
    send(input) {
      if (rt.ended) return;
      // An input is always handled after every timer due at or before its time: the same
      // order live and in a replay, however the clock was advanced.
      clock.set(clock.now());
      if (rt.ended) return notify();
      if (input.type === 'session.end') actor.send(input);
      else {
        const forBuyer = rt.route(input);
        if (forBuyer) buyerActor(input.buyerId)?.send(forBuyer);
      }
      notify();
    },
    getView() {
      const state = rt.syncedView();
      state.setNow(clock.now());
      return state.snapshot(scenario.id);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onCue(listener) {
      rt.cueListeners.add(listener);
      return () => rt.cueListeners.delete(listener);
    },
    getLog: () => rt.log,
    now: () => clock.now(),
    advance(ms) {
      clock.advance(ms);
      notify();
    },
    advanceTo(t) {
      clock.set(Math.max(t, clock.now()));
      notify();
    },
    nextDue: () => clock.nextDue(),
    end() {
      if (rt.ended) return;
      clock.set(clock.now());
      if (rt.ended) return notify();
      actor.send({ type: 'session.end' });
      if (!rt.ended) actor.send({ type: 'session.forceClose' });
      notify();
    },
    isEnded: () => rt.ended,
  };
}

/** Thrown by resumeSession when the replayed log does not match the stored one. */
export class ReplayMismatchError extends Error {
  override name = 'ReplayMismatchError';
  constructor(readonly seq: number) {
    super(`the replayed session differs from the stored log at entry ${seq}`);
  }
}

/** Options of resumeSession. */
export interface ResumeOptions {
  /** The analyzer, fact checker and buyer factory (default: the real ones). */
  deps?: SessionDeps;
  /** Clock time to resume at (default: the time of the last logged entry). */
  now?: number;
}

/**
 * Rebuilds a session from its log by replaying the logged agent inputs at their times on a
 * fresh clock. The result is in the same state as the session that wrote the log.
 * Throws a SessionError for a log without `session.start` or for another scenario, and a
 * ReplayMismatchError when the replay does not reproduce the log.
 */
export function resumeSession(
  scenario: Scenario,
  log: readonly LogEntry[],
  options: ResumeOptions = {},
): SessionHandle {
  const start = sessionStart(log);
  if (!start) throw new SessionError('the log does not begin with a session.start entry');
  const p = start.payload;
  if (p.scenarioId !== scenario.id) {
    throw new SessionError(`the log is of scenario "${p.scenarioId}", not "${scenario.id}"`);
  }
  const session = createSession({
    scenario,
    locale: p.locale,
    seed: p.seed,
    mode: p.mode,
    buyerIds: p.buyerIds,
    ...(options.deps ? { deps: options.deps } : {}),
  });
  for (const raw of log) {
    const input = inputOf(raw as TypedEntry);
    if (!input) continue;
    session.advanceTo(raw.t);
    if (input.type === 'session.end') session.end();
    else session.send(input);
  }
  const last = log[log.length - 1];
  session.advanceTo(Math.max(options.now ?? 0, last?.t ?? 0));
  const rebuilt = session.getLog();
  const n = Math.min(rebuilt.length, log.length);
  for (let i = 0; i < n; i++) {
    if (JSON.stringify(rebuilt[i]) !== JSON.stringify(log[i])) throw new ReplayMismatchError(i);
  }
  if (rebuilt.length < log.length) throw new ReplayMismatchError(rebuilt.length);
  return session;
}

function inputOf(entry: TypedEntry): AgentInput | undefined {
  if (entry.type === 'session.end') {
    return entry.payload.reason === 'agent' ? { type: 'session.end' } : undefined;
  }
  if (!AGENT_INPUT_TYPES.includes(entry.type)) return undefined;
  const buyerId = entry.buyerId ?? '';
  switch (entry.type) {
    case 'agent.message':
      return { type: 'agent.message', buyerId, text: entry.payload.text };
    case 'agent.action': {
      const input: AgentInput = { type: 'agent.action', buyerId, action: entry.payload.action };
      if (entry.payload.params) input.params = { ...entry.payload.params };
      return input;
    }
    case 'agent.hint':
    case 'agent.hint.refused':
      return { type: 'agent.hint', buyerId };
    case 'agent.focus':
      return { type: 'agent.focus', buyerId };
    case 'agent.rejected': {
      const type = entry.payload.input;
      if (type === 'agent.message') return { type, buyerId, text: '' };
      if (type === 'agent.action') return { type, buyerId, action: 'productCard' };
      if (type === 'agent.hint' || type === 'agent.focus') return { type, buyerId };
      return undefined;
    }
    default:
      return undefined;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
