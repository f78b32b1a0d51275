/**
 * The session actor (XState v5): it spawns one buyer actor per roster buyer at its arrival time
 * (a delayed event on the session clock) and ends when the agent ends it or every buyer is done.
 * Agent messages and actions do not pass through it: the runtime checks, analyses and logs each
 * one and sends the buyer's event straight to that buyer's actor (SessionRuntime.route), which
 * saves a macrostep of this machine per input; the buyer's end still reaches this machine
 * (xstate.done.actor.*), and the session ends on the last of those, once every buyer actor has
 * stopped (never before: a buyer's end would then reach a stopped actor). Buyer outputs reach the
 * runtime's log
 * through the output sink installed for the actor system (no machine event per output); a
 * buyer logic that sends `buyer.*` events to its parent instead is recorded by the machine.
 * The log, view and cues live in the SessionRuntime held in the context.
 */
import { enqueueActions, setup } from 'xstate';
import type { BuyerOutput } from '../buyers/contract';
import { setOutputSink } from '../buyers/sink';
import type { SessionRuntime } from './runtime';

/** Events the session machine handles. */
export type SessionEvent =
  | { type: 'session.end' }
  | BuyerOutput
  | { type: 'session.arrive'; buyerId: string }
  | { type: 'session.check' }
  | { type: 'session.forceClose' };

type ErrorEvent = { type: `xstate.error.actor.${string}`; error: unknown };
type DoneEvent = { type: `xstate.done.actor.${string}`; output?: unknown };

/** The buyer whose actor an xstate.done/error event reports stopped, if the event is one. */
function stoppingBuyer(event: { type: string }): string | undefined {
  const m = /^xstate\.(?:done|error)\.actor\.(.+)$/.exec(event.type);
  return m ? m[1] : undefined;
}

export const sessionMachine = setup({
  types: {
    context: {} as { rt: SessionRuntime },
    input: {} as { rt: SessionRuntime },
    events: {} as SessionEvent | ErrorEvent | DoneEvent,
  },
  actions: {
    scheduleArrivals: enqueueActions(({ context, enqueue }) => {
      for (const entry of context.rt.roster) {
        const event = { type: 'session.arrive' as const, buyerId: entry.buyer.id };
        if (entry.arrivalMs <= 0) enqueue.raise(event);
        else enqueue.raise(event, { delay: entry.arrivalMs, id: `arrive:${entry.buyer.id}` });
      }
    }),
    arrive: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'session.arrive') return;
      const rt = context.rt;
      const entry = rt.rosterEntry(event.buyerId);
      if (!entry || entry.status !== 'waiting') return;
      const spawn = rt.deps.buyerLogic(rt.spawnContext(entry));
      enqueue(() => {
        entry.status = 'present';
        rt.spawned.add(entry.buyer.id);
        rt.append('buyer.arrived', {}, entry.buyer.id);
      });
      // Each buyer has its own logic (persona + beats), so the child is spawned from logic
      // rather than a named actor; XState's typing of `id` cannot express that.
      const spawnOptions = { id: entry.buyer.id, input: spawn.input } as unknown as Parameters<
        typeof enqueue.spawnChild
      >[1];
      enqueue.spawnChild(spawn.logic, spawnOptions);
    }),
    recordBuyer: ({ context, event }) => {
      if (event.type.startsWith('buyer.')) context.rt.buyerOutput(event as BuyerOutput);
    },
    buyerStopped: ({ context, event }) => {
      const buyerId = stoppingBuyer(event);
      if (buyerId !== undefined) context.rt.stopped.add(buyerId);
    },
    buyerFailed: enqueueActions(({ context, event, enqueue }) => {
      const buyerId = stoppingBuyer(event);
      if (buyerId === undefined) return;
      context.rt.stopped.add(buyerId);
      const entry = context.rt.rosterEntry(buyerId);
      if (entry && entry.status === 'present') {
        enqueue(() => context.rt.buyerOutput({ type: 'buyer.done', buyerId, outcome: 'left' }));
        enqueue.raise({ type: 'session.check' });
      }
    }),
    check: enqueueActions(({ enqueue }) => enqueue.raise({ type: 'session.check' })),
    endByAgent: ({ context }) => {
      context.rt.endReason = 'agent';
    },
    endAllDone: ({ context }) => {
      context.rt.endReason ??= 'allDone';
    },
    tellBuyersToEnd: enqueueActions(({ context, enqueue }) => {
      for (const entry of context.rt.roster) {
        if (entry.status === 'present') enqueue.sendTo(entry.buyer.id, { type: 'session.end' });
      }
    }),
    forceClose: ({ context }) => context.rt.closeRemaining(),
    logEnd: ({ context }) => {
      const rt = context.rt;
      rt.ended = true;
      rt.append('session.end', { reason: rt.endReason ?? 'allDone' });
    },
  },
  guards: {
    // The session ends when every buyer is done AND no buyer actor is still running: a buyer's
    // end (xstate.done.actor.*) is queued after the event that made it done, so ending earlier
    // would leave that event for a stopped session actor.
    everyBuyerDone: ({ context, event }) =>
      context.rt.allDone(false) && context.rt.noBuyerRunning(stoppingBuyer(event)),
    everyPresentBuyerDone: ({ context, event }) =>
      context.rt.allDone(true) && context.rt.noBuyerRunning(stoppingBuyer(event)),
  },
}).createMachine({
  id: 'session',
  context: ({ input, self }) => {
    // Buyers hand their outputs straight to the runtime (no session-machine event per output;
    // the machine still hears each buyer's end, xstate.done.actor.*). Installed here, before
    // the first buyer can be spawned.
    setOutputSink(self.system, (output) => input.rt.directOutput(output));
    return { rt: input.rt };
  },
  initial: 'running',
  states: {
    // Transitions out are explicit (no eventless transitions: they would be re-checked after
    // every event, and buyers send many).
    running: {
      entry: 'scheduleArrivals',
      on: {
        'session.arrive': { actions: 'arrive' },
        // A buyer's done is recorded here; the session ends on its actor's end (below).
        'buyer.*': { actions: 'recordBuyer' },
        'xstate.error.actor.*': { actions: 'buyerFailed' },
        // A buyer whose outputs went straight to the runtime (see buyers/sink.ts) has ended.
        'xstate.done.actor.*': [
          { guard: 'everyBuyerDone', target: 'ended', actions: ['buyerStopped', 'endAllDone'] },
          { actions: 'buyerStopped' },
        ],
        'session.check': { guard: 'everyBuyerDone', target: 'ended', actions: 'endAllDone' },
        'session.end': { target: 'closing', actions: 'endByAgent' },
      },
    },
    closing: {
      entry: ['tellBuyersToEnd', 'check'],
      on: {
        'buyer.*': { actions: 'recordBuyer' },
        'xstate.error.actor.*': { actions: 'buyerFailed' },
        'xstate.done.actor.*': [
          { guard: 'everyPresentBuyerDone', target: 'ended', actions: 'buyerStopped' },
          { actions: 'buyerStopped' },
        ],
        'session.check': { guard: 'everyPresentBuyerDone', target: 'ended' },
        'session.forceClose': { target: 'ended', actions: 'forceClose' },
      },
    },
    ended: { type: 'final', entry: 'logEnd' },
  },
});
