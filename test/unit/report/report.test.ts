import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  CSV_COLUMNS,
  REPORT_SCHEMA_VERSION,
  ReportSchema,
  reportJson,
  reportJsonSchemaText,
  reportToCsv,
} from '../../../src/core/report';
import { createSession } from '../../../src/core/session';
import { fakeDeps, loadFixture } from '../../fixtures/session/deps';

const scenario = loadFixture();

function session(locale: 'zh-CN' | 'en' = 'zh-CN') {
  const s = createSession({
    scenario,
    locale,
    seed: 9,
    mode: 'practice',
    buyerIds: ['b1'],
    deps: fakeDeps,
  });
  s.advance(4000);
  s.send({ type: 'agent.hint', buyerId: 'b1' });
  const text =
    locale === 'en' ? 'Hi 😊 it is cotton, "soft", breathable' : '您好😊 是纯棉的, "透气", 舒服';
  s.send({ type: 'agent.message', buyerId: 'b1', text });
  s.advance(3000);
  s.send({
    type: 'agent.action',
    buyerId: 'b1',
    action: 'productCard',
    params: { productId: 'socks-pack' },
  });
  s.advance(300_000);
  s.end();
  return s;
}

describe('buildReport', () => {
  it('is valid against its schema and versioned', () => {
    const r = buildReport(scenario, session().getLog());
    expect(r.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(ReportSchema.safeParse(JSON.parse(reportJson(r))).success).toBe(true);
    expect(r).toMatchObject({
      scenarioId: scenario.id,
      locale: 'zh-CN',
      seed: 9,
      mode: 'practice',
    });
  });

  it('gives the same JSON, byte for byte, for the same log (also after a JSON round trip)', () => {
    const log = session().getLog();
    const a = reportJson(buildReport(scenario, log));
    const b = reportJson(buildReport(scenario, JSON.parse(JSON.stringify(log))));
    expect(a).toBe(b);
    expect(reportJson(buildReport(scenario, session().getLog()))).toBe(a);
  });

  it('reveals persona, budget and hidden motive; carries the transcript with flags and hints', () => {
    const r = buildReport(scenario, session('en').getLog());
    expect(r.buyers[0]).toMatchObject({
      buyerId: 'b1',
      persona: 'hasty',
      budget: 80,
      hiddenMotive: 'Needs it tomorrow',
      outcome: 'left',
    });
    const agent = r.transcript.find((t) => t.from === 'agent')!;
    expect(agent.flags).toContain('greeting');
    expect(agent.spans?.greeting?.[0]).toEqual({ start: 0, end: 2 });
    const buyerLine = r.transcript.find((t) => t.from === 'buyer' && t.lineId === 'b1-open')!;
    expect(buyerLine.text).toBe('Hello?');
    expect(r.hints).toHaveLength(1);
    expect(r.transcript.some((t) => t.action === 'productCard')).toBe(true);
    expect(r.annotations.some((a) => a.ruleId === 'oh-hint')).toBe(true);
    expect(r.annotations.some((a) => a.ruleId === 'cl-recommend')).toBe(true);
  });

  it('schema/report.schema.json is up to date (npm run gen:schemas → scripts/gen-report-schema.ts)', () => {
    const file = readFileSync(
      new URL('../../../schema/report.schema.json', import.meta.url),
      'utf8',
    );
    expect(file).toBe(reportJsonSchemaText());
  });
});

describe('reportToCsv', () => {
  it('writes a header, one row per buyer and the session row', () => {
    const r = buildReport(scenario, session().getLog());
    const lines = reportToCsv(r).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]!.startsWith('buyer,fixture-session-shop,zh-CN,practice,9,b1,hasty,left,')).toBe(
      true,
    );
    expect(lines[2]!.startsWith('session,')).toBe(true);
    expect(lines[3]).toBe('');
    for (const line of lines.slice(0, 3)) expect(line.split(',')).toHaveLength(CSV_COLUMNS.length);
  });

  it('quotes cells with commas and quotes', () => {
    const r = buildReport(scenario, session().getLog());
    const csv = reportToCsv({ ...r, scenarioId: 'a,"b"' });
    expect(csv).toContain('"a,""b"""');
  });
});
