import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/core/analysis/facts';
import { parseScenario } from '../../../src/core/scenario';

const scenarios = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const r = parseScenario(readFileSync(`scenarios/${f}`, 'utf8'), f);
    if (!r.ok) throw new Error(`${f} does not load`);
    return r.scenario;
  });

describe('shipped facts pass the fact check', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: each fact value states its fact, and all values together state nothing wrongly',
    (_id, s) => {
      for (const product of s.products) {
        for (const locale of s.locales) {
          for (const fact of product.facts) {
            const value = fact.value[locale] ?? '';
            expect(checkFacts(value, locale, [fact]), `${fact.id} ${locale}`).toEqual({
              stated: [fact.id],
              wrong: [],
            });
          }
          const all = product.facts.map((f) => f.value[locale] ?? '').join(' ');
          const check = checkFacts(all, locale, product.facts);
          expect(check.wrong, `${product.id} ${locale}`).toEqual([]);
          expect(check.stated.length).toBe(product.facts.length);
        }
      }
    },
  );
});
