/**
 * Look-ups into a scenario that the session, scoring and the scripted agents share: buyers,
 * products, a buyer's lines by id, the beat a line belongs to, and the price a buyer sees.
 */
import type { Locale } from '../locale';
import type { Beat, Buyer, Product, Scenario } from '../scenario/schema';

/** Where a buyer line comes from. */
export interface LineRef {
  beatId?: string;
  /** 'opening', 'line' (a beat's question) or the reaction grade. */
  kind: 'opening' | 'line' | 'good' | 'weak' | 'bad';
  text: Scenario['title'];
}

/** Pre-computed look-ups for one scenario. */
export interface ScenarioIndex {
  scenario: Scenario;
  buyer(id: string): Buyer | undefined;
  product(id: string): Product | undefined;
  beat(buyerId: string, beatId: string): Beat | undefined;
  /** Where a buyer line id comes from, or undefined (persona line-bank keys). */
  line(buyerId: string, lineId: string): LineRef | undefined;
  /** The buyer line's text in a locale (falls back to zh-CN), or undefined. */
  lineText(buyerId: string, lineId: string, locale: Locale): string | undefined;
  /** Unit list price the buyer sees: the variant's price when it has one, else the product's. */
  listPrice(buyer: Buyer): number;
}

const indexCache = new WeakMap<Scenario, ScenarioIndex>();

/** Builds (once per scenario object) the look-ups of `scenario`. */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  const cached = indexCache.get(scenario);
  if (cached) return cached;
  const buyers = new Map(scenario.buyers.map((b) => [b.id, b]));
  const products = new Map(scenario.products.map((p) => [p.id, p]));
  const lines = new Map<string, Map<string, LineRef>>();
  for (const b of scenario.buyers) {
    const m = new Map<string, LineRef>();
    for (const l of b.opening) m.set(l.id, { kind: 'opening', text: l.text });
    for (const beat of b.beats) {
      for (const l of beat.lines) m.set(l.id, { beatId: beat.id, kind: 'line', text: l.text });
      for (const grade of ['good', 'weak', 'bad'] as const) {
        for (const l of beat.reactions[grade]) {
          m.set(l.id, { beatId: beat.id, kind: grade, text: l.text });
        }
      }
    }
    lines.set(b.id, m);
  }
  const index: ScenarioIndex = {
    scenario,
    buyer: (id) => buyers.get(id),
    product: (id) => products.get(id),
    beat: (buyerId, beatId) => buyers.get(buyerId)?.beats.find((b) => b.id === beatId),
    line: (buyerId, lineId) => lines.get(buyerId)?.get(lineId),
    lineText(buyerId, lineId, locale) {
      const ref = lines.get(buyerId)?.get(lineId);
      return ref ? (ref.text[locale] ?? ref.text['zh-CN']) : undefined;
    },
    listPrice(buyer) {
      const product = products.get(buyer.product);
      if (!product) return 0;
      const variant = buyer.variant
        ? product.variants.find((v) => v.id === buyer.variant)
        : undefined;
      return variant?.price ?? product.price;
    },
  };
  indexCache.set(scenario, index);
  return index;
}
