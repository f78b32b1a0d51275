import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/core/scenario';
import { at, edit, onlyProblem, validText } from './helpers';

describe('parseScenario: references', () => {
  it("checks that a buyer's product exists, with a suggestion", () => {
    const text = edit('"product": "tee"', '"product": "tea"');
    const p = onlyProblem(text);
    expect(p.message).toBe('product "tea" does not exist; did you mean "tee"?');
    expect(p.pointer).toBe('/buyers/0/product');
    expect(p.pos).toBe(at(text, '"tea"'));
  });

  it("checks that a buyer's variant exists in that product", () => {
    const p = onlyProblem(edit('"variant": "tee-m"', '"variant": "tee-xl"'));
    expect(p.message).toMatch(/variant "tee-xl" does not exist in product "tee"; did you mean/);
    expect(p.pointer).toBe('/buyers/0/variant');
  });

  it('checks related products', () => {
    const text = edit('"related": ["socks-pack"]', '"related": ["sock-pack", "tee"]');
    const r = parseScenario(text, 'f.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.pointer, p.message])).toEqual([
      [
        '/products/0/related/0',
        'related product "sock-pack" does not exist; did you mean "socks-pack"?',
      ],
      ['/products/0/related/1', 'product "tee" lists itself as related'],
    ]);
    expect(`${r.problems[0]?.line}:${r.problems[0]?.col}`).toBe(at(text, '"sock-pack"'));
  });

  it("checks that required facts exist among the buyer's product facts", () => {
    const p = onlyProblem(edit('"requiredFacts": ["material"]', '"requiredFacts": ["materal"]'));
    expect(p.message).toBe(
      'fact "materal" does not exist in product "tee"; did you mean "material"?',
    );
    expect(p.pointer).toBe('/buyers/0/beats/0/requiredFacts/0');
  });

  it('requires unique coupon, gift, product and variant ids', () => {
    const coupon = edit(
      '"coupons": [\n',
      '"coupons": [\n      { "id": "c5", "name": { "zh-CN": "券", "en": "coupon" }, "amount": 3, "minSpend": 0 },\n',
    );
    const p = onlyProblem(coupon);
    expect(p.message).toMatch(/duplicate coupon id "c5" \(first at \/shop\/coupons\/0\/id\)/);
    expect(p.pointer).toBe('/shop/coupons/1/id');
    const gift = edit(
      '"cost": 3 }]',
      '"cost": 3 }, { "id": "socks", "name": { "zh-CN": "袜", "en": "sock" }, "cost": 1 }]',
    );
    expect(onlyProblem(gift).message).toMatch(/duplicate gift id "socks"/);
    const variant = edit('{ "id": "tee-l"', '{ "id": "tee-m"');
    expect(onlyProblem(variant).message).toMatch(/duplicate variant id "tee-m"/);
  });

  it('requires line ids unique across the scenario', () => {
    const text = edit('"id": "b1-material-weak"', '"id": "b1-open"');
    const p = onlyProblem(text);
    expect(p.message).toBe('duplicate line id "b1-open" (first at /buyers/0/opening/0/id)');
    expect(p.pointer).toBe('/buyers/0/beats/0/reactions/weak/0/id');
  });

  it('requires every declared locale in every text, with the pointer of the text', () => {
    const text = edit(
      '"text": { "zh-CN": "算了", "en": "Forget it." }',
      '"text": { "zh-CN": "算了" }',
    );
    const p = onlyProblem(text);
    expect(p.message).toMatch(/missing "en" text/);
    expect(p.pointer).toBe('/buyers/0/beats/0/reactions/bad/0/text');
    expect(p.pos).toBe(at(text, '{ "zh-CN": "算了" }'));
  });

  it('requires the accept words of every declared locale', () => {
    const p = onlyProblem(
      edit(
        '"accept": { "zh-CN": ["纯棉", "全棉"], "en": ["cotton"] }',
        '"accept": { "zh-CN": ["纯棉", "全棉"] }',
      ),
    );
    expect(p.message).toMatch(/missing "en" text/);
    expect(p.pointer).toBe('/products/0/facts/0/accept');
  });

  it('requires zh-CN among the locales', () => {
    const p = onlyProblem(edit('"locales": ["zh-CN", "en"]', '"locales": ["en"]'));
    expect(p.message).toMatch(/must include "zh-CN"/);
  });

  it('warns about text in a locale the scenario does not declare', () => {
    const text = edit(
      '"title": { "zh-CN": "测试场景", "en": "Test scenario" }',
      '"title": { "zh-CN": "测试场景", "en": "Test scenario", "es": "Escenario" }',
    );
    const r = parseScenario(text, 'f.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.severity).toBe('warning');
    expect(r.warnings[0]?.pointer).toBe('/title/es');
  });

  it("requires a fact's value to contain one of its accept words", () => {
    const p = onlyProblem(edit('"en": ["cotton"]', '"en": ["linen"]'));
    expect(p.message).toMatch(
      /none of the "en" accept words occurs in the fact's "en" value "100% cotton"/,
    );
    expect(p.pointer).toBe('/products/0/facts/0/accept/en');
  });

  it('compares accept words ignoring width and case', () => {
    const r = parseScenario(edit('"en": ["cotton"]', '"en": ["ＣＯＴＴＯＮ"]'), 'f.json');
    expect(r.ok).toBe(true);
  });

  it('rejects a reject word that is also an accept word or in the value', () => {
    expect(onlyProblem(edit('"en": ["polyester"]', '"en": ["Cotton"]')).message).toMatch(
      /both an accept and a reject word/,
    );
    expect(onlyProblem(edit('"en": ["polyester"]', '"en": ["100%"]')).message).toMatch(
      /reject word "100%" occurs in the fact's own "en" value/,
    );
  });

  it('rejects a move that is both good and bad', () => {
    const p = onlyProblem(edit('"badMoves": ["argue"]', '"badMoves": ["value"]'));
    expect(p.message).toBe('"value" is listed in both goodMoves and badMoves');
  });

  it('rejects a floor price above the price and inverted response targets', () => {
    expect(onlyProblem(edit('"price": 79,', '"price": 79, "floorPrice": 90,')).message).toMatch(
      /floorPrice 90 is above the price 79/,
    );
    const text = validText.replace(
      /\n}\n$/,
      ',\n  "targets": { "firstResponseGoodSeconds": 40, "firstResponseOkSeconds": 30 }\n}\n',
    );
    expect(onlyProblem(text).message).toMatch(/firstResponseGoodSeconds \(40\) is above/);
  });
});
