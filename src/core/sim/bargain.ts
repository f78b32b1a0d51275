/**
 * The model's answers to a bargaining buyer's asks (seed 004 §2.1 and 003 §8 三.5): value first,
 * then the lowest rung of the ladder not yet given — free shipping → a small gift → a small
 * discount within the agent's authority (never where the beat counts a discount as a bad move);
 * a price beyond the authority is escalated to a supervisor.
 */
import { authorityLimit, createDeal } from '../buyers';
import type { Beat, Buyer } from '../scenario/schema';
import type { AgentInput } from '../session/contract';
import type { ComposeContext } from './compose';
import type { BuyerSeen } from './observe';
import type { Say } from './reply-parts';

/** The greedy buyer's ladder asks (seed 004 §2.1): free shipping → gift → small discount, within authority. */
export function answerBargain(
  ctx: ComposeContext,
  buyer: Buyer,
  seen: BuyerSeen,
  beat: Beat | undefined,
  ask: string,
  askParams: Record<string, string | number> | undefined,
  say: Say,
  actions: AgentInput[],
): void {
  const shop = ctx.scenario.shop;
  const deal = createDeal(ctx.scenario, buyer);
  const shipping = !seen.sent.has('freeShipping');
  const gift = shop.gifts.length > 0 && !seen.sent.has('gift');
  // A money discount only where the beat allows it, and within the agent's authority.
  const mayDiscount = !(beat?.badMoves ?? []).includes('discount_offer');
  const limit = authorityLimit(shop, deal);
  const small = Math.floor(Math.min(limit, deal.listPrice * deal.quantity * 0.03) * 100) / 100;
  const give = (what: 'freeShipping' | 'gift') => {
    say(what === 'freeShipping' ? 'free_shipping' : 'gift_offer', 95, true);
    seen.sent.add(what);
  };
  const discount = (amount: number) => {
    say('discount_offer', 95, true, { amount });
    actions.push({
      type: 'agent.action',
      buyerId: buyer.id,
      action: 'discount',
      params: { amount: amount / deal.quantity },
    });
    seen.sent.add('discount');
  };
  // Value first (003 §8 三.5: the price is fair, the product is good), then the lowest rung.
  say('value', 70);
  if (ask === 'bargain.freeShipping' && shipping) return give('freeShipping');
  if (ask === 'bargain.gift' && gift) return give('gift');
  if (ask === 'bargain.price') {
    const asked = Number(askParams?.amount ?? 0);
    const off = Math.round((deal.listPrice - asked) * deal.quantity * 100) / 100;
    if (mayDiscount && off > 0 && off <= limit && !seen.sent.has('discount')) return discount(off);
    say('escalate', 95, true);
    if (gift) give('gift');
    return;
  }
  if (shipping) return give('freeShipping');
  if (gift) return give('gift');
  if (mayDiscount && small > 0 && !seen.sent.has('discount')) return discount(small);
  say('assurance', 95, true);
}
