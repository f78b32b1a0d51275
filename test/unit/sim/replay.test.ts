/** Replaying a log reproduces the session and the report, byte for byte (issue 3). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport, reportJson } from '../../../src/core/report';
import { parseScenario, type Scenario } from '../../../src/core/scenario';
import { resumeSession } from '../../../src/core/session';
import type { LogEntry } from '../../../src/core/session/contract';
import { runSim, type Policy } from '../../../src/core/sim';

function scenario(file: string): Scenario {
  const r = parseScenario(
    readFileSync(new URL(`../../../scenarios/${file}`, import.meta.url), 'utf8'),
    file,
  );
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.scenario;
}

const cases: [string, Policy, 'zh-CN' | 'en' | 'es'][] = [
  ['greedy-longjing-tea.json', 'model', 'zh-CN'],
  ['shift-skincare-evening.json', 'model', 'en'],
  ['hasty-power-bank.json', 'discounter', 'es'],
  ['picky-wool-coat.json', 'rude', 'zh-CN'],
];

describe('replay', () => {
  for (const [file, policy, locale] of cases) {
    it(`${file} / ${policy} / ${locale}: resumeSession and buildReport reproduce the report`, () => {
      const s = scenario(file);
      const { log } = runSim({ scenario: s, locale, seed: 42, policy });
      const stored = JSON.parse(JSON.stringify(log)) as LogEntry[];
      const original = reportJson(buildReport(s, log));
      expect(reportJson(buildReport(s, stored))).toBe(original);
      const replayed = resumeSession(s, stored);
      expect(replayed.isEnded()).toBe(true);
      expect(JSON.stringify(replayed.getLog())).toBe(JSON.stringify(log));
      expect(reportJson(buildReport(s, replayed.getLog()))).toBe(original);
    });
  }

  it('a run is deterministic: the same seed gives the same log; another seed differs', () => {
    const s = scenario('shift-skincare-evening.json');
    const a = runSim({ scenario: s, locale: 'zh-CN', seed: 7, policy: 'model' }).log;
    const b = runSim({ scenario: s, locale: 'zh-CN', seed: 7, policy: 'model' }).log;
    const c = runSim({ scenario: s, locale: 'zh-CN', seed: 8, policy: 'model' }).log;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });
});
