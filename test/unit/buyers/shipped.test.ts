/**
 * The buyer machine on the shipped scenarios (scenarios/*.json, written by trainers): every buyer
 * reaches an outcome with a silent agent, and a model agent (the beat's good moves and required
 * facts, the persona's pleasing flags, the concession ladder) sells to every buyer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/core/scenario';
import type { Scenario } from '../../../src/core/scenario';
import { modelAgent, ofType, play, startBuyer } from './harness';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json'));
const scenarios: Array<[string, Scenario]> = [];
for (const file of files) {
  const parsed = parseScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (parsed.ok) scenarios.push([file, parsed.scenario]);
}
const buyers = scenarios.flatMap(([file, scenario]) =>
  scenario.buyers.map((buyer) => ({ file, scenario, buyer, name: `${file} ${buyer.id}` })),
);

describe.runIf(buyers.length > 0)('buyers of the shipped scenarios', () => {
  it.each(buyers)(
    '$name: a silent agent loses the buyer in a defined outcome',
    ({ scenario, buyer }) => {
      const run = startBuyer(scenario, buyer, 1);
      run.advance(30 * 60_000);
      expect(run.status()).toBe('done');
      expect(ofType(run.outputs, 'buyer.done').map((d) => d.outcome)).toHaveLength(1);
      expect(['left', 'leftAngry']).toContain(ofType(run.outputs, 'buyer.done')[0]!.outcome);
    },
  );

  it.each(buyers)('$name: a model agent gets paid', ({ scenario, buyer }) => {
    for (const seed of [1, 2, 3]) {
      const run = startBuyer(scenario, buyer, seed);
      play(run, modelAgent);
      const judged = ofType(run.outputs, 'buyer.judged').filter((j) => j.grade !== 'good');
      expect(judged, `seed ${seed}`).toEqual([]);
      expect(ofType(run.outputs, 'buyer.done').map((d) => d.outcome)).toEqual(['paid']);
      const said = new Set(ofType(run.outputs, 'buyer.say').map((s) => s.beatId));
      for (const beat of buyer.beats) expect(said.has(beat.id), beat.id).toBe(true);
    }
  });
});
