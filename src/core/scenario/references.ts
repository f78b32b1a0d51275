/**
 * Checks zod cannot express: references between ids, unique ids, every declared locale present
 * in every text, and facts that a reply can actually state. Runs on a schema-valid scenario.
 */
import type { z } from 'zod';
import { LOCALES } from '../locale';
import { suggestion } from './did-you-mean';
import { toPointer, type PointedProblem } from './problem';
import { Scenario, type Scenario as ScenarioT } from './schema';
import { defOf, unwrap, type SchemaDef } from './schema-walk';

type Seg = string | number;

/** An object schema whose keys are locales: LocalizedText or LocalizedWords. */
function isLocalized(def: SchemaDef): boolean {
  return def.type === 'object' && def.shape !== undefined && 'zh-CN' in def.shape;
}

/**
 * Calls `visit` for every LocalizedText / LocalizedWords value in the scenario, found by walking
 * the zod schema alongside the data (so new localized fields are covered without listing them).
 */
export function forEachLocalized(
  scenario: ScenarioT,
  visit: (value: Record<string, unknown>, path: Seg[]) => void,
): void {
  const walk = (schema: z.ZodType, value: unknown, path: Seg[]): void => {
    if (value === undefined || value === null) return;
    const def = defOf(unwrap(schema));
    if (isLocalized(def)) {
      visit(value as Record<string, unknown>, path);
      return;
    }
    if (def.type === 'object' && def.shape && typeof value === 'object') {
      for (const [key, sub] of Object.entries(def.shape)) {
        walk(sub, (value as Record<string, unknown>)[key], [...path, key]);
      }
    } else if (def.type === 'array' && def.element && Array.isArray(value)) {
      value.forEach((item, i) => walk(def.element as z.ZodType, item, [...path, i]));
    }
  };
  walk(Scenario, scenario, []);
}

/** NFKC, lower case, without diacritics: how fact words are compared with text. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

function checkUnique(
  items: readonly { id: string }[],
  basePath: Seg[],
  what: string,
  out: PointedProblem[],
  seen: Map<string, string> = new Map(),
): void {
  items.forEach((item, i) => {
    const pointer = toPointer([...basePath, i, 'id']);
    const first = seen.get(item.id);
    if (first !== undefined) {
      out.push({ pointer, message: `duplicate ${what} id "${item.id}" (first at ${first})` });
    } else {
      seen.set(item.id, pointer);
    }
  });
}

function checkLocales(scenario: ScenarioT, out: PointedProblem[]): void {
  const declared = scenario.locales;
  if (!declared.includes('zh-CN')) {
    out.push({
      pointer: '/locales',
      message: '"locales" must include "zh-CN" (zh-CN is required)',
    });
  }
  const seen = new Set<string>();
  declared.forEach((loc, i) => {
    if (seen.has(loc)) out.push({ pointer: `/locales/${i}`, message: `"${loc}" is listed twice` });
    seen.add(loc);
  });
  forEachLocalized(scenario, (value, path) => {
    for (const loc of declared) {
      if (value[loc] === undefined) {
        out.push({
          pointer: toPointer(path),
          message: `missing "${loc}" text: the scenario declares the locale "${loc}" in "locales"`,
        });
      }
    }
    for (const loc of LOCALES) {
      if (loc !== 'zh-CN' && value[loc] !== undefined && !declared.includes(loc)) {
        out.push({
          pointer: toPointer([...path, loc]),
          severity: 'warning',
          message: `"${loc}" text is given but "${loc}" is not in "locales", so it is never shown`,
        });
      }
    }
  });
}

function checkFacts(scenario: ScenarioT, out: PointedProblem[]): void {
  scenario.products.forEach((product, p) => {
    checkUnique(product.variants, ['products', p, 'variants'], 'variant', out);
    checkUnique(product.facts, ['products', p, 'facts'], 'fact', out);
    if (product.floorPrice !== undefined && product.floorPrice > product.price) {
      out.push({
        pointer: toPointer(['products', p, 'floorPrice']),
        message: `floorPrice ${product.floorPrice} is above the price ${product.price}`,
      });
    }
    product.facts.forEach((fact, f) => {
      for (const loc of scenario.locales) {
        const value = fact.value[loc];
        const accept = fact.accept[loc];
        if (value === undefined || accept === undefined) continue; // reported by checkLocales
        const v = normalizeForMatch(value);
        if (!accept.some((w) => v.includes(normalizeForMatch(w)))) {
          out.push({
            pointer: toPointer(['products', p, 'facts', f, 'accept', loc]),
            message: `none of the "${loc}" accept words occurs in the fact's "${loc}" value ${JSON.stringify(value)}: a reply that states the value would not count`,
          });
        }
        const reject = fact.reject?.[loc] ?? [];
        const acceptNorm = new Set(accept.map(normalizeForMatch));
        reject.forEach((w, r) => {
          const wn = normalizeForMatch(w);
          if (acceptNorm.has(wn)) {
            out.push({
              pointer: toPointer(['products', p, 'facts', f, 'reject', loc, r]),
              message: `"${w}" is both an accept and a reject word`,
            });
          } else if (v.includes(wn)) {
            out.push({
              pointer: toPointer(['products', p, 'facts', f, 'reject', loc, r]),
              message: `the reject word "${w}" occurs in the fact's own "${loc}" value`,
            });
          }
        });
      }
    });
  });
}

function checkProductRefs(scenario: ScenarioT, out: PointedProblem[]): void {
  const productIds = scenario.products.map((p) => p.id);
  scenario.products.forEach((product, p) => {
    product.related.forEach((rel, r) => {
      const pointer = toPointer(['products', p, 'related', r]);
      if (rel === product.id) {
        out.push({ pointer, message: `product "${rel}" lists itself as related` });
      } else if (!productIds.includes(rel)) {
        out.push({
          pointer,
          message: `related product "${rel}" does not exist${suggestion(rel, productIds)}`,
        });
      }
    });
  });
}

function checkBuyers(scenario: ScenarioT, out: PointedProblem[]): void {
  const productIds = scenario.products.map((p) => p.id);
  const lineIds = new Map<string, string>();
  scenario.buyers.forEach((buyer, b) => {
    const product = scenario.products.find((p) => p.id === buyer.product);
    if (product === undefined) {
      out.push({
        pointer: toPointer(['buyers', b, 'product']),
        message: `product "${buyer.product}" does not exist${suggestion(buyer.product, productIds)}`,
      });
    } else if (
      buyer.variant !== undefined &&
      !product.variants.some((v) => v.id === buyer.variant)
    ) {
      const variantIds = product.variants.map((v) => v.id);
      out.push({
        pointer: toPointer(['buyers', b, 'variant']),
        message: `variant "${buyer.variant}" does not exist in product "${product.id}"${suggestion(buyer.variant, variantIds)}`,
      });
    }
    const factIds = product?.facts.map((f) => f.id) ?? [];
    checkUnique(buyer.beats, ['buyers', b, 'beats'], 'beat', out);
    checkUnique(buyer.opening, ['buyers', b, 'opening'], 'line', out, lineIds);
    buyer.beats.forEach((beat, k) => {
      const base: Seg[] = ['buyers', b, 'beats', k];
      if (product !== undefined) {
        beat.requiredFacts.forEach((factId, f) => {
          if (!factIds.includes(factId)) {
            out.push({
              pointer: toPointer([...base, 'requiredFacts', f]),
              message: `fact "${factId}" does not exist in product "${product.id}"${suggestion(factId, factIds)}`,
            });
          }
        });
      }
      beat.goodMoves.forEach((flag, m) => {
        if (beat.badMoves.includes(flag)) {
          out.push({
            pointer: toPointer([...base, 'goodMoves', m]),
            message: `"${flag}" is listed in both goodMoves and badMoves`,
          });
        }
      });
      checkUnique(beat.lines, [...base, 'lines'], 'line', out, lineIds);
      for (const grade of ['good', 'weak', 'bad'] as const) {
        checkUnique(beat.reactions[grade], [...base, 'reactions', grade], 'line', out, lineIds);
      }
    });
  });
}

function checkShop(scenario: ScenarioT, out: PointedProblem[]): void {
  checkUnique(scenario.shop.gifts, ['shop', 'gifts'], 'gift', out);
  checkUnique(scenario.shop.coupons, ['shop', 'coupons'], 'coupon', out);
  checkUnique(scenario.products, ['products'], 'product', out);
  checkUnique(scenario.buyers, ['buyers'], 'buyer', out);
  const t = scenario.targets;
  if (t.firstResponseGoodSeconds > t.firstResponseOkSeconds) {
    out.push({
      pointer: '/targets/firstResponseGoodSeconds',
      message: `firstResponseGoodSeconds (${t.firstResponseGoodSeconds}) is above firstResponseOkSeconds (${t.firstResponseOkSeconds})`,
    });
  }
  const w = scenario.weights;
  if (w.responseTime + w.courtesy + w.objectionHandling + w.closing <= 0) {
    out.push({ pointer: '/weights', message: 'the scoring weights are all zero' });
  }
}

/** Every reference, uniqueness and locale problem of a schema-valid scenario. */
export function checkReferences(scenario: ScenarioT): PointedProblem[] {
  const out: PointedProblem[] = [];
  checkLocales(scenario, out);
  checkShop(scenario, out);
  checkProductRefs(scenario, out);
  checkFacts(scenario, out);
  checkBuyers(scenario, out);
  return out;
}
