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
import { enqueueActions, setup, type AnyActorRef } from 'xstate';
import type { BuyerOutcome } from '../session/contract';
import type { BuyerInput, BuyerOutput } from './contract';
import type { BuyerContext, BuyerMachineInput } from './context';
import { initialContext } from './context';
import {
  buyerDelays,
  buyerEffects,
  buyerGuards,
  type BuyerEffect,
  type OutcomeParams,
} from './behaviour';
import { outputSinkOf } from './sink';

export { LINGER_MS, REMINDED_PAY_MS, UNPAID_GIVE_UP_MS } from './behaviour';

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

/** The machine's output when it reaches a final state. */
export interface BuyerMachineOutput {
  buyerId: string;
  outcome: BuyerOutcome;
}

/** Builds the machine. Use {@link buyerMachine} (built once) unless you need a fresh instance. */
export function createBuyerMachine() {
  // Every action is a reducer of behaviour.ts: assign its context, deliver its outputs.
  const act = (effect: BuyerEffect) =>
    enqueueActions<
      BuyerContext,
      BuyerInput,
      OutcomeParams | undefined,
      BuyerInput,
      never,
      never,
      never,
      never,
      BuyerOutput
    >(({ context, event, self, enqueue }, params) => {
      const r = effect(context, event, params);
      if (r.context !== context) enqueue.assign(() => r.context);
      deliver(self, enqueue as unknown as OutputQueue, r.outputs);
    });
  const guard =
    (g: (ctx: BuyerContext, params: OutcomeParams | undefined) => boolean) =>
    ({ context }: { context: BuyerContext }, params?: OutcomeParams) =>
      g(context, params);
  const delay =
    (d: (ctx: BuyerContext) => number) =>
    ({ context }: { context: BuyerContext }) =>
      d(context);

  return setup({
    types: {
      context: {} as BuyerContext,
      events: {} as BuyerInput,
      input: {} as BuyerMachineInput,
      output: {} as BuyerMachineOutput,
      emitted: {} as BuyerOutput,
    },
    delays: {
      typingDelay: delay(buyerDelays.typingDelay),
      waitTick: delay(buyerDelays.waitTick),
      payDelay: delay(buyerDelays.payDelay),
      unpaidGiveUp: delay(buyerDelays.unpaidGiveUp),
      linger: delay(buyerDelays.linger),
    },
    guards: {
      hasLines: guard(buyerGuards.hasLines),
      hasMoreLines: guard(buyerGuards.hasMoreLines),
      lastLineThenWait: guard(buyerGuards.lastLineThenWait),
      isLeaving: guard(buyerGuards.isLeaving),
      outcomeIs: guard(buyerGuards.outcomeIs),
      isOrdered: guard(buyerGuards.isOrdered),
      isPaid: guard(buyerGuards.isPaid),
      willPay: guard(buyerGuards.willPay),
      endsAs: guard(buyerGuards.endsAs),
    },
    actions: {
      announceStart: act(buyerEffects.announceStart),
      announceTyping: act(buyerEffects.announceTyping),
      sayNext: act(buyerEffects.sayNext),
      handleReply: act(buyerEffects.handleReply),
      handleAction: act(buyerEffects.handleAction),
      tickWait: act(buyerEffects.tickWait),
      pay: act(buyerEffects.pay),
      finish: act(buyerEffects.finish),
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
