/**
 * Haggling on price and budget beats: the persona's ladder of asks (seeds 002 贪婪型, 004 §2.1),
 * and concessions taken from the agent's reply or workbench action into the deal.
 */
import type { Flag } from '../analysis/flags';
import type { Grade } from './contract';
import type { BuyerContext } from './context';
import { addGauges, enqueueBank } from './context';
import { advanceBeat } from './flow';
import type { ConcessionKind } from './ladder';
import {
  applyConcession,
  applyVerbalConcession,
  askBeyondAuthority,
  askedPrice,
  isBeyondAuthority,
  isConcessionAction,
  ladderOrderReasons,
} from './ladder';
import type { AgentResponse } from './outputs';
import { currentBeat, isPriceBeat } from './spec';

/** The first ladder step from `from` whose concession the buyer has not already been given. */
function nextAskStep(ctx: BuyerContext, from: number): number {
  const asks = ctx.persona.ladder.asks;
  let step = from;
  while (step < asks.length) {
    const kind = asks[step]!.kind;
    const granted =
      (kind === 'freeShipping' && ctx.deal.freeShipping) ||
      (kind === 'gift' && ctx.deal.giftIds.length > 0);
    if (!granted) return step;
    step += 1;
  }
  return step;
}

/** Queues the ladder ask at `ladderStep`. */
function enqueueAsk(ctx: BuyerContext): BuyerContext {
  const ask = ctx.persona.ladder.asks[ctx.ladderStep];
  if (!ask) return ctx;
  const beatId = currentBeat(ctx)?.id;
  const params =
    ask.kind === 'price' ? { amount: askedPrice(ask, ctx.deal, ctx.buyer.budget) } : undefined;
  return enqueueBank(ctx, ask.lineKey, {
    ...(params ? { params } : {}),
    ...(beatId ? { beatId } : {}),
  });
}

function bargainSatisfied(ctx: BuyerContext): boolean {
  return (
    isBeyondAuthority(ctx.scenario.shop, ctx.deal) ||
    ctx.deal.concessions.length >= ctx.persona.ladder.concessionsWanted
  );
}

/** After a good answer to a price/budget beat: haggle (persona ladder) or move on. */
export function afterPriceAnswer(ctx: BuyerContext): BuyerContext {
  if (ctx.persona.ladder.asks.length === 0) return advanceBeat(ctx);
  if (ctx.persona.ladder.concessionsWanted > 0 && bargainSatisfied(ctx)) {
    return advanceBeat(enqueueBank(ctx, 'bargain.accept'));
  }
  const step = nextAskStep(ctx, 0);
  if (step >= ctx.persona.ladder.asks.length)
    return advanceBeat(enqueueBank(ctx, 'bargain.accept'));
  return enqueueAsk({ ...ctx, stage: 'bargaining', ladderStep: step });
}

/** One step of haggling after the agent answered an ask. */
export function bargainStep(ctx: BuyerContext, conceded: boolean, grade: Grade): BuyerContext {
  const accepted = enqueueBank(ctx, 'bargain.accept');
  if (conceded && bargainSatisfied(ctx)) return advanceBeat(accepted);
  const step = nextAskStep(ctx, ctx.ladderStep + 1);
  if (
    step < ctx.persona.ladder.asks.length &&
    !(ctx.persona.ladder.concessionsWanted === 0 && grade === 'good')
  ) {
    return enqueueAsk({ ...ctx, ladderStep: step });
  }
  if (bargainSatisfied(ctx)) return advanceBeat(accepted);
  const grudging = enqueueBank(
    { ...ctx, gauges: addGauges(ctx.gauges, { patience: 0, trust: 0, intent: -5 }) },
    'bargain.grudging',
  );
  return advanceBeat(grudging);
}

/** Applies concessions in the response (an action, or concession flags in a reply) to the deal. */
export function concede(
  ctx: BuyerContext,
  r: AgentResponse,
): { ctx: BuyerContext; reasons: string[]; conceded: boolean } {
  const shop = ctx.scenario.shop;
  const reasons: string[] = [];
  let deal = ctx.deal;
  let conceded = false;
  const note = (given: ConcessionKind | undefined, rs: string[]): void => {
    reasons.push(...rs);
    if (given) {
      conceded = true;
      reasons.push(...ladderOrderReasons(shop, deal, given));
      if (ctx.stage !== 'bargaining' && !isPriceBeat(currentBeat(ctx)))
        reasons.push('concession:unasked');
    }
  };
  if (r.action && isConcessionAction(r.action)) {
    const res = applyConcession(shop, deal, r.action, r.params);
    deal = res.deal;
    note(res.given, res.reasons);
  } else if (!r.action) {
    const verbal: Array<[Flag, 'freeShipping' | 'gift' | 'discount']> = [
      ['free_shipping', 'freeShipping'],
      ['gift_offer', 'gift'],
      ['discount_offer', 'discount'],
    ];
    for (const [flag, kind] of verbal) {
      if (!r.flags.includes(flag)) continue;
      const res = applyVerbalConcession(shop, deal, kind);
      deal = res.deal;
      note(res.given, res.reasons);
    }
  }
  return { ctx: { ...ctx, deal }, reasons, conceded };
}

/** Reasons an escalation is right: the buyer's current ask is beyond the agent's authority. */
export function escalationFits(ctx: BuyerContext): boolean {
  const ask = ctx.persona.ladder.asks[ctx.ladderStep];
  return (
    ctx.stage === 'bargaining' &&
    ask !== undefined &&
    askBeyondAuthority(ctx.scenario.shop, ask, ctx.deal, ctx.buyer.budget)
  );
}
