/**
 * The buyer machine: ONE factory for every persona (XState v5 `setup()` with named guards, actions
 * and delays). Behaviour comes from the persona traits and the scenario's beats; the logic is in
 * the pure reducers of react.ts and timeline.ts. Outputs go, in order, to the output sink of the
 * actor system when one is installed (sink.ts; the session does), else to the parent with
 * `sendParent`; a buyer run without either emits them (`actor.on(type, ...)`).
 *
 * States: `active` (route → speaking → waiting / awaitingPayment / lingering) and the five final
 * outcomes `paid`, `unpaid`, `left`, `leftAngry`, `complaint`. Every agent event is handled in
 * every non-final state; every timer path ends in an outcome.
 */
import { assign, enqueueActions, setup, type AnyActorRef } from 'xstate';
import type { BuyerOutcome } from '../session/contract';
import type { BuyerInput, BuyerOutput } from './contract';
import type { BuyerContext, BuyerMachineInput } from './context';
import { initialContext, moodOf } from './context';
import type { Reaction } from './outputs';
import { doneOutputs } from './outputs';
import { reactToAction, reactToReply } from './react';
import { outputSinkOf } from './sink';
import { nextWaitTick, pay, sayNext, tickWait } from './timeline';

/** The parts of XState's `enqueue` that delivering outputs uses. */
interface OutputQueue {
  (action: () => void): void;
  sendParent(event: BuyerOutput): void;
  emit(event: BuyerOutput): void;
}

/**
 * Delivers outputs in order: to the session's output sink when it installed one, else to the
 * parent actor, else as emitted events (a buyer running alone).
 */
function deliver(self: AnyActorRef, enqueue: OutputQueue, outputs: readonly BuyerOutput[]): void {
  const sink = outputSinkOf(self);
  if (sink) {
    if (outputs.length > 0)
      enqueue(() => {
        for (const out of outputs) sink(out);
      });
    return;
  }
  for (const out of outputs) {
    if (self._parent) enqueue.sendParent(out);
    else enqueue.emit(out);
  }
}

/** ms a paid buyer lingers for a farewell before leaving on their own. */
export const LINGER_MS = 60_000;
/** ms a buyer with an unpaid order waits before the chat ends as "unpaid". */
export const UNPAID_GIVE_UP_MS = 15 * 60_000;
/** ms from a payment reminder to payment. */
export const REMINDED_PAY_MS = 20_000;

/** The machine's output when it reaches a final state. */
export interface BuyerMachineOutput {
  buyerId: string;
  outcome: BuyerOutcome;
}

/** Builds the machine. Use {@link buyerMachine} (built once) unless you need a fresh instance. */
export function createBuyerMachine() {
  const endOutcome = (ctx: BuyerContext): BuyerOutcome => {
    if (ctx.stage === 'paid') return 'paid';
    if (ctx.stage === 'ordered') return 'unpaid';
    if (ctx.stage === 'leaving' && ctx.outcome) return ctx.outcome;
    return 'left';
  };
  const none = (ctx: BuyerContext): Reaction => ({ context: ctx, outputs: [] });
  const finishWith = (ctx: BuyerContext, outcome: BuyerOutcome): Reaction => ({
    context: { ...ctx, outcome, queue: [] },
    outputs: doneOutputs(ctx, outcome),
  });

  return setup({
    types: {
      context: {} as BuyerContext,
      events: {} as BuyerInput,
      input: {} as BuyerMachineInput,
      output: {} as BuyerMachineOutput,
      emitted: {} as BuyerOutput,
    },
    delays: {
      typingDelay: ({ context }) => context.queue[0]?.delayMs ?? 0,
      waitTick: ({ context }) => nextWaitTick(context),
      payDelay: ({ context }) =>
        context.reminded ? REMINDED_PAY_MS : context.persona.paySeconds * 1000,
      unpaidGiveUp: UNPAID_GIVE_UP_MS,
      linger: LINGER_MS,
    },
    guards: {
      hasLines: ({ context }) => context.queue.length > 0,
      hasMoreLines: ({ context }) => context.queue.length > 1,
      // Saying the last queued line cannot change where `route` goes next when no outcome is
      // decided and the stage is not one that the line's effect or `route` treat specially:
      // straight to `waiting` (one microstep instead of two).
      lastLineThenWait: ({ context }) =>
        context.queue.length <= 1 &&
        context.outcome === undefined &&
        context.stage !== 'leaving' &&
        context.stage !== 'ordering' &&
        context.stage !== 'ordered' &&
        context.stage !== 'paid',
      isLeaving: ({ context }) => context.stage === 'leaving',
      outcomeIs: ({ context }, params: { outcome: BuyerOutcome }) =>
        context.outcome === params.outcome,
      isOrdered: ({ context }) => context.stage === 'ordered',
      isPaid: ({ context }) => context.stage === 'paid',
      willPay: ({ context }) => context.willPay,
      endsAs: ({ context }, params: { outcome: BuyerOutcome }) =>
        endOutcome(context) === params.outcome,
    },
    actions: {
      announceStart: enqueueActions(({ context, self, enqueue }) => {
        const out: BuyerOutput = {
          type: 'buyer.gauges',
          buyerId: context.buyerId,
          gauges: { ...context.gauges },
          mood: moodOf(context.gauges),
        };
        deliver(self, enqueue, [out]);
      }),
      announceTyping: enqueueActions(({ context, self, enqueue }) => {
        const out: BuyerOutput = { type: 'buyer.typing', buyerId: context.buyerId };
        deliver(self, enqueue, [out]);
      }),
      sayNext: enqueueActions(({ context, self, enqueue }) => {
        const r = sayNext(context);
        enqueue.assign(() => r.context);
        deliver(self, enqueue, r.outputs);
      }),
      handleReply: enqueueActions(({ context, event, self, enqueue }) => {
        const r = event.type === 'agent.reply' ? reactToReply(context, event) : none(context);
        enqueue.assign(() => r.context);
        deliver(self, enqueue, r.outputs);
      }),
      handleAction: enqueueActions(({ context, event, self, enqueue }) => {
        const r = event.type === 'agent.action' ? reactToAction(context, event) : none(context);
        enqueue.assign(() => r.context);
        deliver(self, enqueue, r.outputs);
      }),
      tickWait: enqueueActions(({ context, self, enqueue }) => {
        const r = tickWait(context);
        enqueue.assign(() => r.context);
        deliver(self, enqueue, r.outputs);
      }),
      pay: assign(({ context }) => pay(context)),
      finish: enqueueActions(({ context, self, enqueue }, params: { outcome: BuyerOutcome }) => {
        const r = finishWith(context, params.outcome);
        enqueue.assign(() => r.context);
        deliver(self, enqueue, r.outputs);
      }),
    },
  }).createMachine({
    id: 'buyer',
    context: ({ input }) => initialContext(input),
    initial: 'active',
    output: ({ context }) => ({ buyerId: context.buyerId, outcome: context.outcome ?? 'left' }),
    states: {
      active: {
        entry: 'announceStart',
        initial: 'route',
        on: {
          'agent.reply': { target: '.route', actions: 'handleReply' },
          'agent.action': { target: '.route', actions: 'handleAction' },
          'session.end': [
            { guard: { type: 'endsAs', params: { outcome: 'paid' } }, target: 'paid' },
            { guard: { type: 'endsAs', params: { outcome: 'unpaid' } }, target: 'unpaid' },
            { guard: { type: 'endsAs', params: { outcome: 'leftAngry' } }, target: 'leftAngry' },
            { guard: { type: 'endsAs', params: { outcome: 'complaint' } }, target: 'complaint' },
            { target: 'left' },
          ],
        },
        states: {
          route: {
            always: [
              { guard: 'hasLines', target: 'speaking' },
              { guard: { type: 'outcomeIs', params: { outcome: 'paid' } }, target: '#buyer.paid' },
              {
                guard: { type: 'outcomeIs', params: { outcome: 'unpaid' } },
                target: '#buyer.unpaid',
              },
              {
                guard: { type: 'outcomeIs', params: { outcome: 'leftAngry' } },
                target: '#buyer.leftAngry',
              },
              {
                guard: { type: 'outcomeIs', params: { outcome: 'complaint' } },
                target: '#buyer.complaint',
              },
              { guard: 'isLeaving', target: '#buyer.left' },
              { guard: 'isOrdered', target: 'awaitingPayment' },
              { guard: 'isPaid', target: 'lingering' },
              { target: 'waiting' },
            ],
          },
          speaking: {
            entry: 'announceTyping',
            after: {
              // more lines to type: straight on to the next (route would pick speaking anyway)
              typingDelay: [
                { guard: 'hasMoreLines', target: 'speaking', reenter: true, actions: 'sayNext' },
                { guard: 'lastLineThenWait', target: 'waiting', actions: 'sayNext' },
                { target: 'route', actions: 'sayNext' },
              ],
            },
            on: {
              'agent.reply': { actions: 'handleReply' },
              'agent.action': { actions: 'handleAction' },
            },
          },
          waiting: {
            // A tick always queues a line (a follow-up, the warning or the exit line), so `route`
            // would pick `speaking`: go there directly.
            after: { waitTick: { target: 'speaking', actions: 'tickWait' } },
          },
          awaitingPayment: {
            initial: 'pending',
            always: { guard: 'hasLines', target: 'route' },
            on: {
              'agent.reply': { actions: 'handleReply' },
              'agent.action': { actions: 'handleAction' },
            },
            after: { unpaidGiveUp: { target: '#buyer.unpaid' } },
            states: {
              pending: {
                after: {
                  payDelay: [
                    { guard: 'willPay', target: '#buyer.active.route', actions: 'pay' },
                    { target: 'pending', reenter: true },
                  ],
                },
              },
            },
          },
          lingering: {
            always: { guard: 'hasLines', target: 'route' },
            on: {
              'agent.reply': { actions: 'handleReply' },
              'agent.action': { actions: 'handleAction' },
            },
            after: { linger: { target: '#buyer.paid' } },
          },
        },
      },
      paid: { type: 'final', entry: { type: 'finish', params: { outcome: 'paid' } } },
      unpaid: { type: 'final', entry: { type: 'finish', params: { outcome: 'unpaid' } } },
      left: { type: 'final', entry: { type: 'finish', params: { outcome: 'left' } } },
      leftAngry: { type: 'final', entry: { type: 'finish', params: { outcome: 'leftAngry' } } },
      complaint: { type: 'final', entry: { type: 'finish', params: { outcome: 'complaint' } } },
    },
  });
}

/** The buyer machine, built once: spawn it with input {@link BuyerMachineInput}. */
export const buyerMachine = createBuyerMachine();

/** The machine's type. */
export type BuyerMachine = ReturnType<typeof createBuyerMachine>;
