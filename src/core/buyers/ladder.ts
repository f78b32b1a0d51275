/**
 * The deal a buyer is offered and the bargaining ladder (seed 004 §2.1: value first, then free
 * shipping → a small gift → a small discount within the agent's authority). Pure functions over a
 * {@link Deal}; the buyer machine keeps one deal per buyer and reports it in `buyer.order`.
 */
import type { Buyer, Scenario, Shop } from '../scenario/schema';
import type { AgentAction } from '../session/contract';
import type { LadderAsk } from './traits';

/** A concession the agent can give. */
export type ConcessionKind = 'freeShipping' | 'gift' | 'discount' | 'coupon' | 'modifyPrice';

/** What the buyer is being offered: list price, concessions given so far. */
export interface Deal {
  productId: string;
  variantId?: string;
  /** Unit list price (the variant's price, else the product's). */
  listPrice: number;
  /** The shop's lowest acceptable unit price (product floorPrice, default 80% of list). */
  floorPrice: number;
  quantity: number;
  /** Unit price after direct discounts and price changes (coupons come off the order). */
  unitPrice: number;
  /** Money off the whole order from shop coupons. */
  couponAmount: number;
  couponIds: string[];
  freeShipping: boolean;
  giftIds: string[];
  /** Concessions in the order given. */
  concessions: ConcessionKind[];
}

/** Parameters of a workbench action, as in AgentInput. */
export interface ActionParams {
  productId?: string;
  amount?: number;
  couponId?: string;
  giftId?: string;
}

/** The result of applying one concession action. */
export interface ConcessionResult {
  deal: Deal;
  /** The concession given, or undefined when the action changed nothing. */
  given?: ConcessionKind;
  reasons: string[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The deal at the start: the buyer's product (and variant) at list price, nothing conceded. */
export function createDeal(scenario: Scenario, buyer: Buyer): Deal {
  const product = scenario.products.find((p) => p.id === buyer.product);
  const variant = product?.variants.find((v) => v.id === buyer.variant);
  const listPrice = variant?.price ?? product?.price ?? buyer.budget;
  const floor = product?.floorPrice ?? round2(listPrice * 0.8);
  return {
    productId: buyer.product,
    ...(buyer.variant !== undefined ? { variantId: buyer.variant } : {}),
    listPrice,
    floorPrice: Math.min(floor, listPrice),
    quantity: buyer.quantity,
    unitPrice: listPrice,
    couponAmount: 0,
    couponIds: [],
    freeShipping: false,
    giftIds: [],
    concessions: [],
  };
}

/** Money off the whole order the agent may give on their own (shop.discountAuthority). */
export function authorityLimit(shop: Shop, deal: Deal): number {
  const byPercent = (deal.listPrice * deal.quantity * shop.discountAuthority.maxPercent) / 100;
  const byAmount = shop.discountAuthority.maxAmount ?? Number.POSITIVE_INFINITY;
  return round2(Math.min(byPercent, byAmount));
}

/** Money off the order from direct discounts and price changes (not coupons). */
export function directDiscount(deal: Deal): number {
  return round2((deal.listPrice - deal.unitPrice) * deal.quantity);
}

/** True when the direct discount exceeds the agent's authority or the price is under the floor. */
export function isBeyondAuthority(shop: Shop, deal: Deal): boolean {
  return (
    directDiscount(deal) > authorityLimit(shop, deal) + 1e-9 || deal.unitPrice < deal.floorPrice
  );
}

/** The order figures reported in `buyer.order`. */
export interface OrderFigures {
  /** Unit price after every concession (coupons spread over the units). */
  price: number;
  quantity: number;
  /** Money off the whole order: direct discounts, price changes and coupons. */
  discount: number;
  listPrice: number;
  discountPercent: number;
  beyondAuthority: boolean;
  freeShipping: boolean;
  giftIds: string[];
  couponIds: string[];
  productId: string;
  variantId?: string;
}

/** Figures of the deal as an order. */
export function orderFigures(shop: Shop, deal: Deal): OrderFigures {
  const discount = round2(directDiscount(deal) + deal.couponAmount);
  const total = deal.listPrice * deal.quantity;
  return {
    price: round2(Math.max(0, total - discount) / deal.quantity),
    quantity: deal.quantity,
    discount,
    listPrice: deal.listPrice,
    discountPercent: total > 0 ? round2((discount / total) * 100) : 0,
    beyondAuthority: isBeyondAuthority(shop, deal),
    freeShipping: deal.freeShipping,
    giftIds: [...deal.giftIds],
    couponIds: [...deal.couponIds],
    productId: deal.productId,
    ...(deal.variantId !== undefined ? { variantId: deal.variantId } : {}),
  };
}

/** Whether a workbench action is a concession (changes the deal). */
export function isConcessionAction(action: AgentAction): boolean {
  return (
    action === 'coupon' ||
    action === 'discount' ||
    action === 'gift' ||
    action === 'freeShipping' ||
    action === 'modifyPrice'
  );
}

/**
 * Applies a concession action to the deal. `discount` takes `amount` off the unit price (default:
 * the most the agent's authority allows); `modifyPrice` sets the unit price to `amount`; `coupon`
 * applies a shop coupon (`couponId`, default the first one whose minimum spend is met); `gift`
 * adds a shop gift (`giftId`, default the first); `freeShipping` waives shipping.
 */
export function applyConcession(
  shop: Shop,
  deal: Deal,
  action: AgentAction,
  params: ActionParams = {},
): ConcessionResult {
  const reasons: string[] = [];
  const with_ = (next: Deal, given: ConcessionKind): ConcessionResult => {
    const beyond = isBeyondAuthority(shop, next);
    if (beyond) reasons.push('discount:beyondAuthority');
    reasons.push(`concession:${given}`);
    return { deal: { ...next, concessions: [...next.concessions, given] }, given, reasons };
  };
  switch (action) {
    case 'freeShipping':
      if (deal.freeShipping) return { deal, reasons: ['concession:repeat:freeShipping'] };
      return with_({ ...deal, freeShipping: true }, 'freeShipping');
    case 'gift': {
      const gift = shop.gifts.find((g) => g.id === params.giftId) ?? shop.gifts[0];
      if (!gift) return { deal, reasons: ['gift:none'] };
      if (deal.giftIds.includes(gift.id)) return { deal, reasons: ['concession:repeat:gift'] };
      return with_({ ...deal, giftIds: [...deal.giftIds, gift.id] }, 'gift');
    }
    case 'discount': {
      const perUnitMax =
        authorityLimit(shop, deal) / deal.quantity - (deal.listPrice - deal.unitPrice);
      const amount = params.amount ?? Math.max(0, round2(perUnitMax));
      if (!(amount > 0)) return { deal, reasons: ['discount:none'] };
      const unitPrice = round2(Math.max(0, deal.unitPrice - amount));
      return with_({ ...deal, unitPrice }, 'discount');
    }
    case 'modifyPrice': {
      if (params.amount === undefined || !(params.amount >= 0))
        return { deal, reasons: ['modifyPrice:noAmount'] };
      if (params.amount >= deal.unitPrice) return { deal, reasons: ['modifyPrice:notLower'] };
      return with_({ ...deal, unitPrice: round2(params.amount) }, 'modifyPrice');
    }
    case 'coupon': {
      const spend = deal.unitPrice * deal.quantity;
      const coupon =
        shop.coupons.find((c) => c.id === params.couponId) ??
        (params.couponId === undefined ? shop.coupons.find((c) => c.minSpend <= spend) : undefined);
      if (!coupon) return { deal, reasons: ['coupon:none'] };
      if (deal.couponIds.includes(coupon.id))
        return { deal, reasons: ['concession:repeat:coupon'] };
      if (coupon.minSpend > spend) return { deal, reasons: [`coupon:minSpend:${coupon.id}`] };
      return with_(
        {
          ...deal,
          couponIds: [...deal.couponIds, coupon.id],
          couponAmount: round2(deal.couponAmount + coupon.amount),
        },
        'coupon',
      );
    }
    default:
      return { deal, reasons: [] };
  }
}

/**
 * Records a concession the agent offered in words (a reply flagged free_shipping or gift_offer):
 * free shipping and the shop's first gift take effect; a discount in words is counted as a
 * concession but changes no price (money off needs the discount, coupon or modify-price action).
 */
export function applyVerbalConcession(
  shop: Shop,
  deal: Deal,
  kind: 'freeShipping' | 'gift' | 'discount',
): ConcessionResult {
  if (kind === 'freeShipping' || kind === 'gift') {
    const result = applyConcession(shop, deal, kind);
    return result.given ? result : { deal, reasons: result.reasons };
  }
  return {
    deal: { ...deal, concessions: [...deal.concessions, 'discount'] },
    given: 'discount',
    reasons: ['concession:verbal:discount'],
  };
}

/**
 * Reasons about the order of concessions (seed 004 §2.1): a money discount given before free
 * shipping (and before a gift, when the shop has gifts) skips rungs of the ladder.
 */
export function ladderOrderReasons(shop: Shop, deal: Deal, given: ConcessionKind): string[] {
  if (given !== 'discount' && given !== 'modifyPrice' && given !== 'coupon') return [];
  const before = deal.concessions.slice(0, -1);
  const skipped: string[] = [];
  if (!before.includes('freeShipping') && !deal.freeShipping) skipped.push('freeShipping');
  if (shop.gifts.length > 0 && !before.includes('gift')) skipped.push('gift');
  return skipped.length > 0 ? skipped.map((s) => `ladder:skipped:${s}`) : ['ladder:inOrder'];
}

/** The price a "price" ask names: list price less the ask's percentage, not above the budget. */
export function askedPrice(ask: LadderAsk, deal: Deal, budget: number): number {
  const target = deal.listPrice * (1 - (ask.percentOff ?? 10) / 100);
  return Math.max(1, Math.round(Math.min(target, budget / deal.quantity)));
}

/** True when granting an ask would take the agent beyond their authority. */
export function askBeyondAuthority(
  shop: Shop,
  ask: LadderAsk,
  deal: Deal,
  budget: number,
): boolean {
  if (ask.kind !== 'price') return false;
  const price = askedPrice(ask, deal, budget);
  return (
    (deal.listPrice - price) * deal.quantity > authorityLimit(shop, deal) + 1e-9 ||
    price < deal.floorPrice
  );
}
