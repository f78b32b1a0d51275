/**
 * The session actor (XState v5): it spawns one buyer actor per roster buyer at its arrival time
 * (a delayed event on the session clock) and ends when the agent ends it or every buyer is done.
 * Agent messages and actions do not pass through it: the runtime checks, analyses and logs each
 * one and sends the buyer's event straight to that buyer's actor (SessionRuntime.route), which
 * saves a macrostep of this machine per input; the buyer's end still reaches this machine
 * (xstate.done.actor.*). Buyer outputs reach the runtime's log
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
    buyerFailed: enqueueActions(({ context, event, enqueue }) => {
      const buyerId = event.type.slice('xstate.error.actor.'.length);
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
    everyBuyerDone: ({ context }) => context.rt.allDone(false),
    everyPresentBuyerDone: ({ context }) => context.rt.allDone(true),
    // Checked before the event is recorded: this buyer's done makes every buyer done.
    lastBuyerDone: ({ context, event }) =>
      event.type === 'buyer.done' &&
      context.rt.roster.every((r) =>
        r.buyer.id === event.buyerId ? r.status === 'present' : r.status === 'done',
      ),
    lastPresentBuyerDone: ({ context, event }) =>
      event.type === 'buyer.done' &&
      context.rt.roster.every((r) => r.buyer.id === event.buyerId || r.status !== 'present'),
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
        'buyer.*': [
          { guard: 'lastBuyerDone', target: 'ended', actions: ['recordBuyer', 'endAllDone'] },
          { actions: 'recordBuyer' },
        ],
        'xstate.error.actor.*': { actions: 'buyerFailed' },
        // A buyer whose outputs went straight to the runtime (see buyers/sink.ts) has ended.
        'xstate.done.actor.*': { guard: 'everyBuyerDone', target: 'ended', actions: 'endAllDone' },
        'session.check': { guard: 'everyBuyerDone', target: 'ended', actions: 'endAllDone' },
        'session.end': { target: 'closing', actions: 'endByAgent' },
      },
    },
    closing: {
      entry: ['tellBuyersToEnd', 'check'],
      on: {
        'buyer.*': [
          { guard: 'lastPresentBuyerDone', target: 'ended', actions: 'recordBuyer' },
          { actions: 'recordBuyer' },
        ],
        'xstate.error.actor.*': { actions: 'buyerFailed' },
        'xstate.done.actor.*': { guard: 'everyPresentBuyerDone', target: 'ended' },
        'session.check': { guard: 'everyPresentBuyerDone', target: 'ended' },
        'session.forceClose': { target: 'ended', actions: 'forceClose' },
      },
    },
    ended: { type: 'final', entry: 'logEnd' },
  },
});
