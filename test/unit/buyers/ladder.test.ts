import { describe, expect, it } from 'vitest';
import {
  applyConcession,
  authorityLimit,
  createDeal,
  isBeyondAuthority,
  ladderOrderReasons,
  orderFigures,
} from '../../../src/core/buyers';
import { askBeyondAuthority, askedPrice } from '../../../src/core/buyers/ladder';
import { fixture } from '../../fixtures/buyers/scenario';

const { scenario, buyer } = fixture('greedy');
const shop = scenario.shop;

describe('the deal and the concession ladder', () => {
  it('starts at list price with nothing conceded', () => {
    const deal = createDeal(scenario, buyer);
    expect(deal.listPrice).toBe(240);
    expect(deal.floorPrice).toBe(192);
    expect(orderFigures(shop, deal)).toMatchObject({
      price: 240,
      discount: 0,
      beyondAuthority: false,
    });
  });

  it('limits the authority by percent and by amount', () => {
    const deal = createDeal(scenario, buyer);
    expect(authorityLimit(shop, deal)).toBe(12); // 5% of 240 < 20
    expect(
      authorityLimit({ ...shop, discountAuthority: { maxPercent: 50, maxAmount: 20 } }, deal),
    ).toBe(20);
  });

  it('a discount without amount gives the whole authority and stays within it', () => {
    const r = applyConcession(shop, createDeal(scenario, buyer), 'discount');
    expect(r.given).toBe('discount');
    expect(r.deal.unitPrice).toBe(228);
    expect(isBeyondAuthority(shop, r.deal)).toBe(false);
    expect(r.reasons).not.toContain('discount:beyondAuthority');
  });

  it('a discount beyond authority is applied and flagged', () => {
    const r = applyConcession(shop, createDeal(scenario, buyer), 'discount', { amount: 50 });
    expect(r.deal.unitPrice).toBe(190);
    expect(r.reasons).toContain('discount:beyondAuthority');
    const figures = orderFigures(shop, r.deal);
    expect(figures).toMatchObject({ price: 190, discount: 50, beyondAuthority: true });
    expect(figures.discountPercent).toBeCloseTo(20.83, 1);
  });

  it('modifyPrice sets the unit price; under the floor is beyond authority', () => {
    const deal = createDeal(scenario, buyer);
    expect(applyConcession(shop, deal, 'modifyPrice', { amount: 230 }).deal.unitPrice).toBe(230);
    expect(applyConcession(shop, deal, 'modifyPrice', {}).given).toBeUndefined();
    expect(applyConcession(shop, deal, 'modifyPrice', { amount: 250 }).given).toBeUndefined();
    const low = applyConcession(shop, deal, 'modifyPrice', { amount: 150 });
    expect(isBeyondAuthority(shop, low.deal)).toBe(true);
  });

  it('coupons respect the minimum spend and come off the order', () => {
    const deal = createDeal(scenario, buyer);
    const r = applyConcession(shop, deal, 'coupon');
    expect(r.deal.couponIds).toEqual(['c10']);
    expect(orderFigures(shop, r.deal)).toMatchObject({
      price: 230,
      discount: 10,
      beyondAuthority: false,
    });
    const cheap = { ...deal, unitPrice: 150, listPrice: 150 };
    expect(applyConcession(shop, cheap, 'coupon', { couponId: 'c10' }).reasons).toContain(
      'coupon:minSpend:c10',
    );
    expect(applyConcession(shop, r.deal, 'coupon').given).toBeUndefined();
  });

  it('gifts and free shipping are given once', () => {
    const deal = createDeal(scenario, buyer);
    const g = applyConcession(shop, deal, 'gift');
    expect(g.deal.giftIds).toEqual(['spoon']);
    expect(applyConcession(shop, g.deal, 'gift').given).toBeUndefined();
    const f = applyConcession(shop, g.deal, 'freeShipping');
    expect(f.deal.freeShipping).toBe(true);
    expect(f.deal.concessions).toEqual(['gift', 'freeShipping']);
    expect(applyConcession(shop, f.deal, 'freeShipping').given).toBeUndefined();
    expect(applyConcession({ ...shop, gifts: [] }, deal, 'gift').reasons).toContain('gift:none');
  });

  it('reports a discount that skips free shipping and the gift (seed 004 §2.1)', () => {
    const deal = createDeal(scenario, buyer);
    const first = applyConcession(shop, deal, 'discount', { amount: 5 });
    expect(ladderOrderReasons(shop, first.deal, 'discount')).toEqual([
      'ladder:skipped:freeShipping',
      'ladder:skipped:gift',
    ]);
    const fs = applyConcession(shop, deal, 'freeShipping').deal;
    const gift = applyConcession(shop, fs, 'gift').deal;
    const disc = applyConcession(shop, gift, 'discount', { amount: 5 }).deal;
    expect(ladderOrderReasons(shop, disc, 'discount')).toEqual(['ladder:inOrder']);
    expect(ladderOrderReasons(shop, fs, 'freeShipping')).toEqual([]);
  });

  it('a price ask names a price under the list and may exceed the authority', () => {
    const deal = createDeal(scenario, buyer);
    const ask = { kind: 'price' as const, lineKey: 'bargain.price', percentOff: 15 };
    expect(askedPrice(ask, deal, buyer.budget)).toBe(204);
    expect(askBeyondAuthority(shop, ask, deal, buyer.budget)).toBe(true);
    expect(askBeyondAuthority(shop, { ...ask, percentOff: 3 }, deal, buyer.budget)).toBe(false);
    expect(askedPrice(ask, deal, 100)).toBe(100);
  });
});
