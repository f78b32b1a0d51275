/**
 * Model-based tests of the buyer machine with @xstate/graph: the machine is explored as a graph
 * (agent replies good/weak/bad, every workbench action, session.end, and the timers, fed as the
 * delayed events XState would raise), for every persona; then on every state reached:
 * - no agent event is unhandled (snapshot.can) in a non-final state;
 * - an outcome (final state) is reachable in the graph;
 * - patience running out (only timers firing, in time order) ends in a defined outcome;
 * - session.end ends in a final state.
 */
import { getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createEmptyActor } from 'xstate';
import type { ActorScope, SnapshotFrom, StateValue } from 'xstate';
import { AGENT_ACTIONS } from '../../../src/core/session/contract';
import { buyerMachine, personaTraits, UNPAID_GIVE_UP_MS } from '../../../src/core/buyers';
import type { BuyerInput, BuyerMachineInput } from '../../../src/core/buyers';
import { PERSONAS } from '../../../src/core/scenario/schema';
import type { PersonaId } from '../../../src/core/scenario/schema';
import { fixture } from '../../fixtures/buyers/scenario';
import { modelAgent, reply } from './harness';

type Snap = SnapshotFrom<typeof buyerMachine>;
type TimerEvent = { type: string };
type ModelEvent = BuyerInput | TimerEvent;

const OUTCOMES = ['paid', 'unpaid', 'left', 'leftAngry', 'complaint'];

/** An inert actor scope (no parent, actions not executed), as @xstate/graph uses. */
const empty = createEmptyActor();
const scope = {
  self: empty,
  logger: () => {},
  id: '',
  sessionId: 'model',
  defer: () => {},
  system: empty.system,
  stopChild: () => {},
  emit: () => {},
  actionExecutor: () => {},
} as unknown as ActorScope<Snap, BuyerInput>;

/** The next snapshot after one event (pure, like the graph traversal). */
function step(snap: Snap, event: ModelEvent): Snap {
  return buyerMachine.transition(snap, event as BuyerInput, scope as never);
}

/** Ids of the active state nodes of a state value ("buyer.active.waiting"...). */
function activeIds(value: StateValue, prefix = 'buyer'): string[] {
  if (typeof value === 'string') return [`${prefix}.${value}`];
  return Object.entries(value).flatMap(([key, sub]) => [
    `${prefix}.${key}`,
    ...(sub ? activeIds(sub, `${prefix}.${key}`) : []),
  ]);
}

/** The delayed events pending in a snapshot, with their delays (ms), shortest first. */
function timers(snap: Snap): Array<{ event: TimerEvent; delay: number }> {
  const delays = buyerMachine.implementations.delays as Record<
    string,
    number | ((args: { context: Snap['context'] }) => number)
  >;
  const out: Array<{ event: TimerEvent; delay: number }> = [];
  for (const id of activeIds(snap.value)) {
    for (const t of buyerMachine.getStateNodeById(id).after) {
      const ref = delays[String(t.delay)];
      const delay =
        typeof ref === 'function' ? ref({ context: snap.context }) : Number(ref ?? t.delay);
      out.push({ event: { type: t.eventType }, delay });
    }
  }
  return out.sort((a, b) => a.delay - b.delay);
}

/** Agent events we enumerate: good / weak / bad replies, every action, session.end. */
function agentEvents(snap: Snap): BuyerInput[] {
  return [
    modelAgent(snap.context),
    reply(['curt'], [], [], '在。'),
    reply(['rude', 'argue'], [], [], '爱买不买'),
    ...AGENT_ACTIONS.map((action): BuyerInput => ({
      type: 'agent.action',
      messageId: `x-${action}`,
      action,
      ...(action === 'modifyPrice' ? { params: { amount: 200 } } : {}),
    })),
    { type: 'session.end' },
  ];
}

/** Events the graph is explored with: good / weak / bad replies, a concession, a payment
 * reminder, session.end, and the pending timers. (Every action is checked separately on every
 * state reached: see "handles every agent event".) */
function events(snap: Snap): ModelEvent[] {
  if (snap.status !== 'active') return [];
  const all = agentEvents(snap);
  const timed = timers(snap).map((t) => t.event);
  // while the buyer types, explore only a quick good reply (more agent events there multiply the
  // graph without new behaviour; every event is still checked as handled in those states)
  if (snap.matches({ active: 'speaking' })) return [all[0]!, { type: 'session.end' }, ...timed];
  const pick = (type: string) => all.filter((e) => e.type === 'agent.action' && e.action === type);
  return [
    ...all.slice(0, 3),
    ...pick('freeShipping'),
    ...pick('paymentReminder'),
    { type: 'session.end' },
    ...timed,
  ];
}

/**
 * A coarse state key: control state, progress counters, and what decides the buyer's next move
 * (patience above a third, whether trust and intent meet the persona's needs to order). Not the PRNG state nor
 * exact gauges, so that the graph stays finite and small; every check runs on real snapshots.
 */
function serialize(snap: Snap): string {
  const c = snap.context;
  const p = c.persona;
  return JSON.stringify([
    snap.value,
    c.stage,
    c.beatIndex,
    c.asked,
    c.weakInBeat,
    c.strikes,
    c.ladderStep,
    c.drifts,
    c.followUps,
    c.willPay,
    c.outcome ?? '',
    c.queue.map((l) => l.effect ?? '-').join(''),
    Math.min(2, c.deal.concessions.length),
    c.gauges.patience > 33,
    c.gauges.trust >= p.trustNeed && c.gauges.intent >= p.intentToOrder,
  ]);
}

function inputFor(persona: PersonaId): BuyerMachineInput {
  const { scenario, buyer } = fixture(persona);
  return { buyer, scenario, persona: personaTraits(persona), seed: 3 };
}

/** The adjacency map as this test reads it: state key → snapshot and its transitions. */
type Graph = Record<string, { state: Snap; transitions: Record<string, { state: Snap }> }>;

/**
 * The machine as @xstate/graph sees it. (@xstate/graph resolves its own copy of the xstate
 * declarations, so the machine's type does not unify with its ActorLogic parameter.)
 */
const logic = buyerMachine as unknown as Parameters<typeof getAdjacencyMap>[0];

function explore(persona: PersonaId): Graph {
  return getAdjacencyMap(logic, {
    input: inputFor(persona),
    events: (s) => events(s as Snap) as never,
    serializeState: (s) => serialize(s as Snap),
    limit: 200_000,
  }) as unknown as Graph;
}

/**
 * Fires only timers (the agent stays silent), in time order, until the buyer is done. Each
 * pending timer keeps the due time it got when its state was entered, as on a real clock.
 */
function runOutTheClock(
  start: Snap,
  seen: Map<string, number>,
): { snap: Snap; elapsed: number; steps: number } {
  let snap = start;
  let now = 0;
  let steps = 0;
  const due = new Map<string, number>();
  const trail: Array<[string, number]> = [];
  while (snap.status === 'active' && steps < 500) {
    const pending = timers(snap);
    const active = new Set(pending.map((t) => t.event.type));
    for (const key of [...due.keys()]) if (!active.has(key)) due.delete(key);
    for (const t of pending) if (!due.has(t.event.type)) due.set(t.event.type, now + t.delay);
    // A state already run out from (same control state, gauges and timers) ends the same way.
    const key = JSON.stringify([
      serialize(snap),
      snap.context.gauges,
      snap.context.waitedMs,
      [...due].map(([k, v]) => [k, v - now]),
    ]);
    const known = seen.get(key);
    if (known !== undefined) {
      for (const [k, at] of trail) seen.set(k, now - at + known);
      return { snap: start, elapsed: now + known, steps: -1 };
    }
    trail.push([key, now]);
    const next = [...due.entries()].sort((a, b) => a[1] - b[1])[0];
    if (!next) break;
    now = next[1];
    due.delete(next[0]);
    snap = step(snap, { type: next[0] });
    steps += 1;
  }
  if (snap.status === 'done') for (const [k, at] of trail) seen.set(k, now - at);
  return { snap, elapsed: now, steps };
}

describe.each(PERSONAS)('buyer machine model (%s)', (persona) => {
  const adj = explore(persona);
  const keys = Object.keys(adj);
  const snaps = keys.map((k) => adj[k]!.state as Snap);

  it('explores a substantial state graph', () => {
    expect(keys.length).toBeGreaterThan(100);
    const values = new Set(snaps.map((s) => JSON.stringify(s.value)));
    for (const v of ['"paid"', '"unpaid"', '"left"', '"leftAngry"']) expect(values).toContain(v);
    expect([...values].some((v) => v.includes('speaking'))).toBe(true);
    expect([...values].some((v) => v.includes('awaitingPayment'))).toBe(true);
  });

  it('handles every agent event in every non-final state', () => {
    const checked = new Set<string>();
    for (const snap of snaps) {
      if (snap.status !== 'active') continue;
      const kind = JSON.stringify([snap.value, snap.context.stage, snap.context.asked]);
      if (checked.has(kind)) continue;
      checked.add(kind);
      for (const event of agentEvents(snap)) {
        expect(snap.can(event), `${JSON.stringify(snap.value)} ${event.type}`).toBe(true);
      }
    }
  });

  it('can reach an outcome from every state in the graph', () => {
    const canFinish = new Set<string>(keys.filter((k) => adj[k]!.state.status === 'done'));
    let grew = true;
    while (grew) {
      grew = false;
      for (const k of keys) {
        if (canFinish.has(k)) continue;
        const next = Object.values(adj[k]!.transitions).map((t) => serialize(t.state as Snap));
        if (next.some((n) => canFinish.has(n))) {
          canFinish.add(k);
          grew = true;
        }
      }
    }
    const stuck = keys.filter((k) => !canFinish.has(k));
    expect(stuck).toEqual([]);
  });

  it('ends in a defined outcome when patience runs out (timers only)', () => {
    const seen = new Map<string, number>();
    let ran = 0;
    for (const snap of snaps) {
      if (snap.status !== 'active') continue;
      const { snap: end, elapsed, steps } = runOutTheClock(snap, seen);
      expect(elapsed).toBeLessThanOrEqual(UNPAID_GIVE_UP_MS + 10 * 60_000);
      if (steps < 0) continue; // joined a run already seen to end
      ran += 1;
      expect(end.status, JSON.stringify(snap.value)).toBe('done');
      expect(OUTCOMES).toContain(end.value);
      expect(OUTCOMES).toContain(end.output?.outcome);
    }
    expect(ran).toBeGreaterThan(0);
  });

  it('session.end ends every non-final state in an outcome', () => {
    for (const snap of snaps) {
      if (snap.status !== 'active') continue;
      const end = step(snap, { type: 'session.end' });
      expect(end.status).toBe('done');
      const expected =
        snap.context.stage === 'paid'
          ? 'paid'
          : snap.context.stage === 'ordered'
            ? 'unpaid'
            : snap.context.stage === 'leaving'
              ? snap.context.outcome
              : 'left';
      expect(end.value).toBe(expected);
    }
  });

  it('has a shortest path to a paid order', () => {
    // explored with good replies and timers only: the way a model agent plays
    const paths = getShortestPaths(logic, {
      input: inputFor(persona),
      events: (s) =>
        ((s as Snap).status === 'active'
          ? [modelAgent((s as Snap).context), ...timers(s as Snap).map((t) => t.event)]
          : []) as never,
      serializeState: (s) => serialize(s as Snap),
      toState: (s) => (s as Snap).value === 'paid',
      limit: 200_000,
    });
    expect(paths.length).toBeGreaterThan(0);
    const path = paths[0]!;
    expect((path.state as Snap).value).toBe('paid');
    expect(path.steps.some((s) => s.event.type === 'agent.reply')).toBe(true);
  });
});
