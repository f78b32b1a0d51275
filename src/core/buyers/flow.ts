/**
 * How the conversation moves on: to the next beat (or an off-topic drift), to the order decision,
 * or out of the chat with a last line.
 */
import type { BuyerOutcome } from '../session/contract';
import type { BuyerContext } from './context';
import { draw, enqueueBank, enqueueBeat, pickWith } from './context';
import { currentBeat } from './spec';

/** Ends the conversation with a last line: drops whatever the buyer was about to say. */
export function leave(ctx: BuyerContext, outcome: BuyerOutcome, lineKey: string): BuyerContext {
  return enqueueBank({ ...ctx, queue: [], stage: 'leaving', outcome }, lineKey);
}

/** The line a buyer walks out with. */
export function exitLine(outcome: BuyerOutcome): string {
  if (outcome === 'complaint') return 'common.complaint';
  if (outcome === 'leftAngry') return 'common.leaveAngry';
  if (outcome === 'paid') return 'common.goodbye';
  return 'common.leave';
}

/** Places the order or hesitates once, then leaves, when every beat is done. */
export function decideOrder(ctx: BuyerContext): BuyerContext {
  const p = ctx.persona;
  const overBudget =
    ctx.deal.unitPrice * ctx.deal.quantity - ctx.deal.couponAmount > ctx.buyer.budget;
  const intent = ctx.gauges.intent - (overBudget ? 10 : 0);
  if (intent >= p.intentToOrder && ctx.gauges.trust >= p.trustNeed) {
    return enqueueBank({ ...ctx, stage: 'ordering' }, 'common.ordered', { effect: 'placeOrder' });
  }
  if (ctx.stage !== 'hesitating') {
    return enqueueBank({ ...ctx, stage: 'hesitating' }, 'common.thinkAgain');
  }
  return leave(ctx, 'left', 'common.leave');
}

/** Moves past the beat in play: drift (chatty), ask the next beat, or decide on the order. */
export function advanceBeat(ctx: BuyerContext): BuyerContext {
  const next: BuyerContext = {
    ...ctx,
    beatIndex: ctx.beatIndex + 1,
    asked: false,
    weakInBeat: 0,
    ladderStep: 0,
    stage: 'beats',
  };
  const beat = currentBeat(next);
  if (!beat) return decideOrder(next);
  const { chance, lineKeys } = next.persona.offTopic;
  if (chance > 0 && lineKeys.length > 0) {
    const [roll, rngState] = draw(next.rngState);
    if (roll < chance) {
      const [key, rng2] = pickWith(rngState, lineKeys);
      return enqueueBank({ ...next, rngState: rng2, stage: 'drifting', drifts: 1 }, key);
    }
    return enqueueBeat({ ...next, rngState }, beat);
  }
  return enqueueBeat(next, beat);
}
