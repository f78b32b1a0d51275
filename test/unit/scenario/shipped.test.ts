import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  OBJECTION_TYPES,
  PERSONAS,
  parseScenario,
  type Scenario,
} from '../../../src/core/scenario';
import { SCENARIO_SCHEMA_PATH } from '../../../src/core/scenario/json-schema';

const files = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json'))
  .sort();

function load(file: string): Scenario {
  const r = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}:${p.col} ${p.message}`).join('\n'));
  expect(r.warnings).toEqual([]);
  return r.scenario;
}

describe('shipped scenarios', () => {
  const all = files.map((f) => ({ file: f, scenario: load(f) }));

  it.each(files)('%s validates with no problem and points "$schema" at the shipped schema', (f) => {
    const raw = JSON.parse(readFileSync(`scenarios/${f}`, 'utf8')) as { $schema?: string };
    expect(raw.$schema).toBe(SCENARIO_SCHEMA_PATH);
    const s = load(f);
    expect(`${s.id}.json`).toBe(f);
    expect(s.locales).toEqual(['zh-CN', 'en', 'es']);
  });

  it('has a single-buyer scenario for every persona, the persona buyer first at 0 s', () => {
    for (const persona of PERSONAS) {
      const own = all.filter(
        ({ scenario }) => scenario.buyers.length <= 2 && scenario.buyers[0]?.persona === persona,
      );
      expect(own.length, persona).toBeGreaterThanOrEqual(1);
      for (const { scenario } of own) expect(scenario.buyers[0]?.arrivalSeconds).toBe(0);
    }
  });

  it('covers all nine objection types between them', () => {
    const seen = new Set(
      all.flatMap(({ scenario }) =>
        scenario.buyers.flatMap((b) => b.beats.map((k) => k.objection)),
      ),
    );
    expect([...seen].sort()).toEqual([...OBJECTION_TYPES].sort());
  });

  it('ships a shift scenario of 3–5 buyers, mixed personas, staggered arrivals', () => {
    const shifts = all.filter(({ scenario }) => scenario.buyers.length >= 3);
    expect(shifts.length).toBeGreaterThanOrEqual(1);
    for (const { scenario } of shifts) {
      expect(scenario.buyers.length).toBeLessThanOrEqual(5);
      expect(new Set(scenario.buyers.map((b) => b.persona)).size).toBeGreaterThanOrEqual(3);
      const arrivals = scenario.buyers.map((b) => b.arrivalSeconds);
      expect(arrivals[0]).toBe(0);
      expect(new Set(arrivals).size).toBe(arrivals.length);
    }
  });

  it.each(files)('%s follows the content rules (sizes, facts, beats, policies)', (f) => {
    const s = load(f);
    expect(s.products.length).toBeGreaterThanOrEqual(1);
    expect(s.products.length).toBeLessThanOrEqual(3);
    expect(s.shop.discountAuthority.maxPercent).toBeGreaterThanOrEqual(5);
    expect(s.shop.discountAuthority.maxPercent).toBeLessThanOrEqual(10);
    expect(s.shop.returnPolicy['zh-CN']).toMatch(/七天无理由/);
    expect(s.shop.paymentSafeguards.map((p) => p['zh-CN']).join()).toMatch(/支付宝担保/);
    for (const buyer of s.buyers) {
      const product = s.products.find((p) => p.id === buyer.product);
      expect(product?.facts.length).toBeGreaterThanOrEqual(4);
      expect(product?.facts.length).toBeLessThanOrEqual(8);
      expect(product?.related.length).toBeGreaterThanOrEqual(1);
      expect(buyer.beats.length).toBeGreaterThanOrEqual(3);
      expect(buyer.beats.length).toBeLessThanOrEqual(4);
      for (const beat of buyer.beats) {
        expect(beat.goodMoves.length, beat.id).toBeGreaterThanOrEqual(1);
        expect(beat.badMoves.length, beat.id).toBeGreaterThanOrEqual(1);
      }
      // line ids carry the buyer id, so they stay unique and readable in logs
      const ids = [
        ...buyer.opening,
        ...buyer.beats.flatMap((k) => [
          ...k.lines,
          ...k.reactions.good,
          ...k.reactions.weak,
          ...k.reactions.bad,
        ]),
      ].map((l) => l.id);
      for (const id of ids) expect(id.startsWith(`${buyer.id}-`), id).toBe(true);
    }
    for (const product of s.products) {
      expect(product.facts.length, product.id).toBeGreaterThanOrEqual(4);
      expect(product.facts.length, product.id).toBeLessThanOrEqual(8);
      for (const fact of product.facts) {
        for (const loc of s.locales) {
          expect(fact.reject?.[loc]?.length ?? 0, `${fact.id} ${loc}`).toBeGreaterThanOrEqual(1);
        }
      }
    }
  });

  it('cites seed 002 in every briefing', () => {
    for (const { scenario } of all) {
      for (const loc of scenario.locales) expect(scenario.briefing[loc]).toMatch(/seed 002/);
    }
  });

  it('follows the persona techniques of seed 002 in its moves', () => {
    const rules: Record<string, { good: string[]; bad: string[] }> = {
      arrogant: { good: ['compliment'], bad: ['argue'] },
      hasty: { good: ['apology', 'empathy'], bad: ['argue', 'blame'] },
      cautious: { good: ['assurance'], bad: ['absolute_promise'] },
      taciturn: { good: ['probe', 'choice_question'], bad: [] },
      greedy: { good: ['value', 'free_shipping', 'gift_offer'], bad: ['discount_offer'] },
    };
    for (const { scenario } of all) {
      for (const buyer of scenario.buyers) {
        const rule = rules[buyer.persona];
        if (!rule) continue;
        const good = new Set<string>(buyer.beats.flatMap((k) => k.goodMoves));
        const bad = new Set<string>(buyer.beats.flatMap((k) => k.badMoves));
        for (const flag of rule.good) expect(good.has(flag), `${buyer.id} good ${flag}`).toBe(true);
        for (const flag of rule.bad) expect(bad.has(flag), `${buyer.id} bad ${flag}`).toBe(true);
      }
    }
  });
});
