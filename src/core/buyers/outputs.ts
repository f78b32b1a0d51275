/**
 * The outputs a buyer sends to the session (BuyerOutput), built from the context, and the result
 * type of every reducer.
 */
import type { Flag } from '../analysis/flags';
import type { AgentAction, BuyerOutcome } from '../session/contract';
import type { BuyerOutput, FactCheck, Grade } from './contract';
import type { BuyerContext } from './context';
import { moodOf } from './context';
import type { ActionParams } from './ladder';
import { orderFigures } from './ladder';

/** A reducer's result: the next context and what to send to the session, in order. */
export interface Reaction {
  context: BuyerContext;
  outputs: BuyerOutput[];
}

/** The agent's response (a reply, or an action as the flags it stands for) to judge. */
export interface AgentResponse {
  messageId: string;
  flags: readonly Flag[];
  facts: FactCheck;
  textLength: number;
  action?: AgentAction;
  params?: ActionParams;
}

/** The gauges output, with the mood (or "gone" when the buyer has left). */
export function gaugesOut(ctx: BuyerContext, gone = false): BuyerOutput {
  return {
    type: 'buyer.gauges',
    buyerId: ctx.buyerId,
    gauges: { ...ctx.gauges },
    mood: moodOf(ctx.gauges, gone),
  };
}

/** The judged output for one agent message or action. */
export function judgedOut(
  ctx: BuyerContext,
  messageId: string,
  beatId: string,
  j: { grade: Grade; reasons: string[] },
): BuyerOutput {
  return {
    type: 'buyer.judged',
    buyerId: ctx.buyerId,
    messageId,
    beatId,
    grade: j.grade,
    reasons: j.reasons,
  };
}

/** The order output: status and the deal's figures. */
export function orderOut(ctx: BuyerContext, status: 'placed' | 'paid'): BuyerOutput {
  return {
    type: 'buyer.order',
    buyerId: ctx.buyerId,
    status,
    ...orderFigures(ctx.scenario.shop, ctx.deal),
  };
}

/** The final gauges and outcome outputs. */
export function doneOutputs(ctx: BuyerContext, outcome: BuyerOutcome): BuyerOutput[] {
  return [gaugesOut(ctx, true), { type: 'buyer.done', buyerId: ctx.buyerId, outcome }];
}
