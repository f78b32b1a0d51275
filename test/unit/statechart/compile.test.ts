/**
 * compileMachine (src/core/statechart/compile.ts) on a toy chart that uses every feature the
 * runner accepts — nested compound states, guarded and targetless transitions, guard params,
 * a re-entering self transition, eventless transitions, numeric and named `after` delays, a
 * nested final state with its done event, a final state that ends the machine with an output —
 * stepped in lockstep with the same chart under XState (fast-check); and the charts it refuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, createMachine, enqueueActions, setup, SimulatedClock } from 'xstate';
import type { ActorScope, AnyActorLogic } from 'xstate';
import { compileMachine, type ChartBehaviour } from '../../../src/core/statechart/compile';

interface Ctx {
  n: number;
  log: string[];
}
type Ev = { type: 'inc' } | { type: 'dec' } | { type: 'go' } | { type: 'poke' } | { type: 'quit' };
type Out = { type: 'out'; what: string };

const guards = {
  over: (c: Ctx, p: { limit: number } | undefined) => c.n > (p?.limit ?? 0),
  even: (c: Ctx) => c.n % 2 === 0,
};
const actions = {
  inc: (c: Ctx) => ({ context: { ...c, n: c.n + 1 }, outputs: [] as Out[] }),
  dec: (c: Ctx) => ({
    context: { ...c, n: c.n - 1 },
    outputs: [{ type: 'out', what: 'dec' }] as Out[],
  }),
  note: (c: Ctx, e: { type: string }, p: { tag: string } | undefined) => ({
    context: { ...c, log: [...c.log, `${p?.tag ?? '-'}:${e.type}`] },
    outputs: [{ type: 'out', what: `${p?.tag ?? '-'}` }] as Out[],
  }),
  say: (c: Ctx) => ({ context: c, outputs: [{ type: 'out', what: `n=${c.n}` }] as Out[] }),
};
const delays = { tick: (c: Ctx) => 1000 + 100 * Math.abs(c.n % 5) };

type Fn = (c: Ctx, e: { type: string }, p: never) => { context: Ctx; outputs: Out[] };

/** The toy chart under XState: the same functions, wrapped as the buyer machine wraps its own. */
function xstateMachine(trace: string[]) {
  const act = (f: Fn) =>
    enqueueActions<Ctx, Ev, { tag: string } | undefined, Ev, never, never, never, never, never>(
      ({ context, event, enqueue }, p) => {
        const r = f(context, event, p as never);
        if (r.context !== context) enqueue.assign(() => r.context);
        if (r.outputs.length > 0) enqueue(() => r.outputs.forEach((o) => trace.push(o.what)));
      },
    );
  return setup({
    types: { context: {} as Ctx, events: {} as Ev, output: {} as { n: number } },
    guards: {
      over: ({ context }: { context: Ctx }, p: { limit: number }) => guards.over(context, p),
      even: ({ context }: { context: Ctx }) => guards.even(context),
    },
    actions: {
      inc: act(actions.inc as Fn),
      dec: act(actions.dec as Fn),
      note: act(actions.note as Fn),
      say: act(actions.say as Fn),
    },
    delays: { tick: ({ context }) => delays.tick(context) },
  }).createMachine({
    id: 'toy',
    context: () => ({ n: 0, log: [] }),
    initial: 'on',
    output: ({ context }) => ({ n: context.n }),
    on: { quit: '.bye' },
    states: {
      on: {
        entry: { type: 'note', params: { tag: 'on' } },
        initial: 'idle',
        on: {
          inc: { actions: 'inc' },
          dec: [{ guard: 'even', target: '.busy', actions: 'dec' }, { actions: 'dec' }],
          go: { target: 'checkout' },
        },
        always: { guard: { type: 'over', params: { limit: 6 } }, target: 'bye' },
        states: {
          idle: {
            entry: 'say',
            after: { tick: { target: 'busy', actions: { type: 'note', params: { tag: 'tick' } } } },
          },
          busy: {
            entry: { type: 'note', params: { tag: 'busy' } },
            on: { poke: { target: 'busy', reenter: true, actions: 'inc' } },
            after: {
              2500: [
                { guard: 'even', target: 'idle' },
                { target: 'busy', reenter: true },
              ],
            },
          },
        },
      },
      checkout: {
        initial: 'paying',
        onDone: { target: 'bye', actions: { type: 'note', params: { tag: 'done' } } },
        states: {
          paying: { after: { 500: 'paid' }, on: { poke: 'paid' } },
          paid: { type: 'final', entry: 'say' },
        },
      },
      bye: { type: 'final', entry: { type: 'note', params: { tag: 'bye' } } },
    },
  });
}

/** The same chart compiled, its outputs delivered to `trace`. */
function compiledLogic(trace: string[]): AnyActorLogic {
  const behaviour: ChartBehaviour<Ctx, Ev, Out> = {
    guards: guards as ChartBehaviour<Ctx, Ev, Out>['guards'],
    actions: actions as unknown as ChartBehaviour<Ctx, Ev, Out>['actions'],
    delays,
    deliver: (_scope: ActorScope<never, Ev>, outputs: readonly Out[]) => {
      for (const o of outputs) trace.push(o.what);
    },
  };
  return compileMachine<Ctx, Ev, { n: number }, Out>(xstateMachine([]), behaviour);
}

function start(logic: AnyActorLogic) {
  const clock = new SimulatedClock();
  const done: unknown[] = [];
  const actor = createActor(logic, { clock });
  actor.subscribe({ complete: () => done.push(actor.getSnapshot().output) });
  actor.start();
  return { clock, actor, done };
}

describe('compileMachine', () => {
  it('steps a chart exactly as XState does', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            wait: fc.integer({ min: 0, max: 4000 }),
            event: fc.constantFrom<Ev>(
              { type: 'inc' },
              { type: 'dec' },
              { type: 'go' },
              { type: 'poke' },
              { type: 'quit' },
            ),
          }),
          { maxLength: 30 },
        ),
        (steps) => {
          const xTrace: string[] = [];
          const cTrace: string[] = [];
          const x = start(xstateMachine(xTrace));
          const c = start(compiledLogic(cTrace));
          const same = () => {
            const xs = x.actor.getSnapshot();
            const cs = c.actor.getSnapshot() as typeof xs;
            expect(cTrace).toEqual(xTrace);
            expect(cs.status).toBe(xs.status);
            expect(cs.value).toEqual(xs.value);
            expect(cs.context).toEqual(xs.context);
            expect(cs.output).toEqual(xs.output);
            expect(c.done).toEqual(x.done);
          };
          same();
          for (const { wait, event } of steps) {
            if (x.actor.getSnapshot().status !== 'active') break;
            x.clock.increment(wait);
            c.clock.increment(wait);
            same();
            if (x.actor.getSnapshot().status !== 'active') break;
            x.actor.send(event);
            c.actor.send(event);
            same();
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ends with the machine output and reports done to a parent', () => {
    const trace: string[] = [];
    const logic = compiledLogic(trace);
    const parent = createMachine({
      invoke: { id: 'toy', src: logic, onDone: { target: '.over' } },
      initial: 'running',
      states: { running: {}, over: { type: 'final' } },
    });
    const actor = createActor(parent).start();
    const child = actor.getSnapshot().children.toy!;
    child.send({ type: 'go' });
    child.send({ type: 'poke' });
    expect(child.getSnapshot().status).toBe('done');
    expect(child.getSnapshot().output).toEqual({ n: 0 });
    expect(actor.getSnapshot().status).toBe('done');
    expect(trace).toEqual(['on', 'n=0', 'n=0', 'done', 'bye']);
  });

  const refuses = (config: object, message: RegExp) => {
    const m = createMachine({ id: 'bad', context: () => ({}), ...config } as never);
    const empty = { guards: {}, actions: {}, delays: {}, deliver: () => {} };
    expect(() => compileMachine(m, empty)).toThrow(message);
  };

  it('refuses what it would not run as XState does', () => {
    refuses({ type: 'parallel', states: { a: {}, b: {} } }, /bad: parallel states/);
    refuses(
      { initial: 'a', states: { a: { on: { x: 'h' } }, h: { type: 'history' } } },
      /bad\.h: history states/,
    );
    refuses(
      { initial: 'a', states: { a: { invoke: { src: createMachine({}) } } } },
      /bad\.a: invoked actors/,
    );
    refuses({ initial: 'a', states: { a: { on: { 'x.*': 'a' } } } }, /wildcard events/);
    refuses(
      { initial: 'a', states: { a: { entry: () => {} } } },
      /bad\.a entry: only named actions/,
    );
    refuses({ initial: 'a', states: { a: { entry: 'nope' } } }, /no action "nope"/);
    refuses(
      { initial: 'a', states: { a: { on: { x: { guard: 'nope', target: 'a' } } } } },
      /no guard "nope"/,
    );
  });
});
