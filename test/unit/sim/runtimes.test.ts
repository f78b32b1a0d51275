/**
 * The sim's two buyer runtimes write the same log: every shipped scenario, every scripted agent,
 * every locale the scenario has, two seeds — and a 20-buyer shift — run with the compiled buyer
 * (the default) and with the buyer machine under XState give byte-identical logs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/core/locale';
import { parseScenario, requireLocale, type Scenario } from '../../../src/core/scenario';
import { POLICIES, runSim, type BuyerRuntime } from '../../../src/core/sim';

const dir = new URL('../../../scenarios/', import.meta.url);
const scenarios: Scenario[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const r = parseScenario(readFileSync(new URL(f, dir), 'utf8'), f);
    if (!r.ok) throw new Error(`${f}: ${r.problems[0]?.message}`);
    return r.scenario;
  });

describe('buyer runtimes', () => {
  for (const scenario of scenarios) {
    const locales = LOCALES.filter((l) => requireLocale(scenario, l).ok);
    it(`${scenario.id}: compiled and xstate logs are identical (${locales.join(', ')})`, () => {
      let entries = 0;
      for (const policy of POLICIES)
        for (const locale of locales)
          for (const seed of [7, 8]) {
            const run = (runtime: BuyerRuntime) =>
              JSON.stringify(
                runSim({ scenario, locale: locale as Locale, seed, policy, runtime }).log,
              );
            const xstate = run('xstate');
            expect(run('compiled'), `${policy} ${locale} ${seed}`).toBe(xstate);
            entries += xstate.length;
          }
      expect(entries).toBeGreaterThan(0);
    });
  }

  it('a 20-buyer shift: identical logs', () => {
    const shift = scenarios.find((s) => s.buyers.length > 1)!;
    const buyers = Array.from({ length: 20 }, (_, i) => ({
      ...shift.buyers[i % shift.buyers.length]!,
      id: `b${i}`,
      arrivalSeconds: i * 20,
    }));
    const crowd: Scenario = { ...shift, id: `${shift.id}-20`, buyers };
    for (const policy of ['model', 'slow'] as const) {
      const run = (runtime: BuyerRuntime) =>
        runSim({ scenario: crowd, locale: 'zh-CN', seed: 3, policy, runtime, maxMs: 600_000 }).log;
      const xstate = run('xstate');
      expect(xstate.filter((e) => e.type === 'buyer.arrived')).toHaveLength(20);
      expect(JSON.stringify(run('compiled'))).toBe(JSON.stringify(xstate));
    }
  });
});
