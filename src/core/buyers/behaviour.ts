/**
 * What the buyer machine does, as plain functions: its guards, its actions (reducers that return
 * the next context and the outputs to deliver, in order) and its delays. The XState machine
 * (machine.ts) wraps them in `setup()`; the compiled runner (compiled.ts) calls them directly.
 * Both run the same chart, so both make the same buyer.
 */
import type { BuyerOutcome } from '../session/contract';
import type { BuyerInput } from './contract';
import type { BuyerContext } from './context';
import type { Reaction } from './outputs';
import { doneOutputs, gaugesOut } from './outputs';
import { reactToAction, reactToReply } from './react';
import { nextWaitTick, pay, sayNext, tickWait } from './timeline';

/** ms a paid buyer lingers for a farewell before leaving on their own. */
export const LINGER_MS = 60_000;
/** ms a buyer with an unpaid order waits before the chat ends as "unpaid". */
export const UNPAID_GIVE_UP_MS = 15 * 60_000;
/** ms from a payment reminder to payment. */
export const REMINDED_PAY_MS = 20_000;

/** The params a guard or action may take (`outcome` for outcomeIs, endsAs and finish). */
export interface OutcomeParams {
  outcome: BuyerOutcome;
}

/** A guard: reads the context (and its params). */
export type BuyerGuard = (ctx: BuyerContext, params: OutcomeParams | undefined) => boolean;
/** An action: the next context and the outputs to deliver, in order. */
export type BuyerEffect = (
  ctx: BuyerContext,
  event: BuyerInput | { type: string },
  params: OutcomeParams | undefined,
) => Reaction;
/** A delay in ms, read from the context when the state that waits is entered. */
export type BuyerDelay = (ctx: BuyerContext) => number;

/** The outcome a buyer ends with when the session ends now. */
function endOutcome(ctx: BuyerContext): BuyerOutcome {
  if (ctx.stage === 'paid') return 'paid';
  if (ctx.stage === 'ordered') return 'unpaid';
  if (ctx.stage === 'leaving' && ctx.outcome) return ctx.outcome;
  return 'left';
}

const outcomeOf = (params: OutcomeParams | undefined): BuyerOutcome => {
  if (!params) throw new Error('this guard or action needs params { outcome }');
  return params.outcome;
};

/** The buyer machine's guards, by name. */
export const buyerGuards = {
  hasLines: (ctx) => ctx.queue.length > 0,
  hasMoreLines: (ctx) => ctx.queue.length > 1,
  // Saying the last queued line cannot change where `route` goes next when no outcome is decided
  // and the stage is not one that the line's effect or `route` treat specially: straight to
  // `waiting` (one microstep instead of two).
  lastLineThenWait: (ctx) =>
    ctx.queue.length <= 1 &&
    ctx.outcome === undefined &&
    ctx.stage !== 'leaving' &&
    ctx.stage !== 'ordering' &&
    ctx.stage !== 'ordered' &&
    ctx.stage !== 'paid',
  isLeaving: (ctx) => ctx.stage === 'leaving',
  outcomeIs: (ctx, params) => ctx.outcome === outcomeOf(params),
  isOrdered: (ctx) => ctx.stage === 'ordered',
  isPaid: (ctx) => ctx.stage === 'paid',
  willPay: (ctx) => ctx.willPay,
  endsAs: (ctx, params) => endOutcome(ctx) === outcomeOf(params),
} satisfies Record<string, BuyerGuard>;

const quiet = (ctx: BuyerContext): Reaction => ({ context: ctx, outputs: [] });

/** The buyer machine's actions, by name. */
export const buyerEffects = {
  announceStart: (ctx) => ({ context: ctx, outputs: [gaugesOut(ctx)] }),
  announceTyping: (ctx) => ({
    context: ctx,
    outputs: [{ type: 'buyer.typing', buyerId: ctx.buyerId }],
  }),
  sayNext: (ctx) => sayNext(ctx),
  handleReply: (ctx, event) =>
    event.type === 'agent.reply'
      ? reactToReply(ctx, event as BuyerInput & { type: 'agent.reply' })
      : quiet(ctx),
  handleAction: (ctx, event) =>
    event.type === 'agent.action'
      ? reactToAction(ctx, event as BuyerInput & { type: 'agent.action' })
      : quiet(ctx),
  tickWait: (ctx) => tickWait(ctx),
  pay: (ctx) => ({ context: pay(ctx), outputs: [] }),
  finish: (ctx, _event, params) => {
    const outcome = outcomeOf(params);
    return { context: { ...ctx, outcome, queue: [] }, outputs: doneOutputs(ctx, outcome) };
  },
} satisfies Record<string, BuyerEffect>;

/** The buyer machine's delays, by name. */
export const buyerDelays = {
  typingDelay: (ctx) => ctx.queue[0]?.delayMs ?? 0,
  waitTick: (ctx) => nextWaitTick(ctx),
  payDelay: (ctx) => (ctx.reminded ? REMINDED_PAY_MS : ctx.persona.paySeconds * 1000),
  unpaidGiveUp: () => UNPAID_GIVE_UP_MS,
  linger: () => LINGER_MS,
} satisfies Record<string, BuyerDelay>;
