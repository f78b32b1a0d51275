/**
 * The rubric must mean something (issue 3): over 50 seeds, the `model` agent scores ≥ 80 overall
 * on every shipped scenario in every locale; `curt` and `rude` score lowest on courtesy, `slow`
 * and `silent` lowest on response time, `discounter` lowest on objection handling (means over
 * the seeds). Runs on scenarios/*.json (the fixture scenario while none ship).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../../src/core/scenario';
import { scoreSession, type Dimension } from '../../../src/core/scoring';
import { POLICIES, runSim, type Policy } from '../../../src/core/sim';
import { loadFixture } from '../../fixtures/session/deps';

const SEEDS = 50;
/** The weaker policies only need to be ordered, so fewer seeds keep the file fast. */
const OTHER_SEEDS = 10;

function shipped(): Scenario[] {
  const dir = new URL('../../../scenarios/', import.meta.url);
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    files = [];
  }
  const out = files.map((f) => {
    const r = parseScenario(readFileSync(new URL(f, dir), 'utf8'), f);
    if (!r.ok) throw new Error(`${f} is invalid: ${r.problems[0]?.message ?? ''}`);
    return r.scenario;
  });
  return out.length > 0 ? out : [loadFixture()];
}

type Means = Record<Dimension | 'overall', number>;

function means(
  scenario: Scenario,
  locale: Scenario['locales'][number],
  policy: Policy,
  seeds: number,
) {
  const sum: Means = { responseTime: 0, courtesy: 0, objectionHandling: 0, closing: 0, overall: 0 };
  let min = 100;
  for (let seed = 1; seed <= seeds; seed++) {
    const { log } = runSim({ scenario, locale, seed, policy });
    const s = scoreSession(scenario, log).session.scores;
    for (const k of Object.keys(sum) as (keyof Means)[]) sum[k] += s[k] / seeds;
    min = Math.min(min, s.overall);
  }
  return { mean: sum, minOverall: min };
}

describe('balance: the rubric ranks the scripted agents as the seeds would', () => {
  for (const scenario of shipped()) {
    for (const locale of scenario.locales) {
      it(`${scenario.id} (${locale})`, () => {
        const results = Object.fromEntries(
          POLICIES.map((p) => [p, means(scenario, locale, p, p === 'model' ? SEEDS : OTHER_SEEDS)]),
        ) as Record<Policy, ReturnType<typeof means>>;
        const lowest = (dim: Dimension, policies: Policy[]) => {
          const worst = Math.max(...policies.map((p) => results[p].mean[dim]));
          for (const other of POLICIES.filter((p) => !policies.includes(p))) {
            expect(
              results[other].mean[dim],
              `${other} vs ${policies.join('/')} on ${dim}`,
            ).toBeGreaterThan(worst);
          }
        };
        expect(results.model.minOverall, 'model, every seed').toBeGreaterThanOrEqual(80);
        lowest('courtesy', ['curt', 'rude']);
        lowest('responseTime', ['slow', 'silent']);
        lowest('objectionHandling', ['discounter']);
      });
    }
  }
});
