import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/report';
import { readReport } from '../../../src/ui/results/reportData';

const scores = { responseTime: 90, courtesy: 40, objectionHandling: 60, closing: 20, overall: 55 };
const kpis = {
  firstResponseSeconds: 10,
  averageResponseSeconds: 12,
  threeMinuteRate: 1,
  inquiryConversion: 0,
  averageOrderValue: null,
  discountGiven: 0,
  answerToQuestionRatio: 0.5,
  agentMessages: 1,
  buyerMessages: 2,
  abandonedChats: 1,
  outcomes: { paid: 0, unpaid: 0, left: 1, leftAngry: 0, complaint: 0 },
};

const report = {
  schemaVersion: 1,
  scenarioId: 's',
  title: 'T',
  locale: 'en',
  seed: 1,
  mode: 'practice',
  durationMs: 60000,
  weights: { responseTime: 0.2, courtesy: 0.25, objectionHandling: 0.3, closing: 0.25 },
  session: { scores, kpis },
  buyers: [],
  annotations: [
    {
      ruleId: 'co-curt',
      dimension: 'courtesy',
      points: -20,
      messageId: 'm2',
      buyerId: 'b',
      coachingKey: 'coaching:rule.co-curt',
      seed: '003',
    },
    {
      ruleId: 'co-curt',
      dimension: 'courtesy',
      points: -20,
      messageId: 'm4',
      buyerId: 'b',
      coachingKey: 'coaching:rule.co-curt',
      seed: '003',
    },
    {
      ruleId: 'cl-farewell-missing',
      dimension: 'closing',
      points: 0,
      messageId: 'm9',
      buyerId: 'b',
      coachingKey: 'coaching:rule.cl-farewell-missing',
      seed: '003',
    },
    {
      ruleId: 'rt-first-good',
      dimension: 'responseTime',
      points: 0,
      messageId: 'm2',
      buyerId: 'b',
      coachingKey: 'coaching:rule.rt-first-good',
      seed: '003',
    },
  ],
  transcript: [
    {
      messageId: 'm1',
      buyerId: 'b',
      from: 'buyer',
      t: 1000,
      lineId: 'common.ping',
      source: 'bank',
    },
    {
      messageId: 'm2',
      buyerId: 'b',
      from: 'agent',
      t: 11000,
      text: 'ok',
      flags: ['curt'],
      spans: { curt: [{ start: 0, end: 2 }] },
    },
    {
      messageId: 'm3',
      buyerId: 'b',
      from: 'buyer',
      t: 20000,
      lineId: 'b-open',
      source: 'scenario',
      text: 'Hi there',
    },
  ],
  hints: [{ messageId: 'm5', buyerId: 'b', t: 3, hintKey: 'coaching:hint.greet' }],
} as unknown as Report;

describe('report for display', () => {
  const data = readReport(report, (key) =>
    key.startsWith('coaching:') ? `<${key}>` : key === 'common.ping' ? 'Anyone?' : null,
  );

  it('resolves bank lines and keeps scenario text', () => {
    expect(data.transcript.map((m) => m.text)).toEqual(['Anyone?', 'ok', 'Hi there']);
  });

  it('puts annotations beside their message, loose ones on the last message', () => {
    expect(data.transcript[1]!.annotations.map((a) => a.ruleId)).toEqual([
      'co-curt',
      'rt-first-good',
    ]);
    expect(data.transcript[2]!.annotations.map((a) => a.ruleId)).toEqual([
      'co-curt',
      'cl-farewell-missing',
    ]);
  });

  it('keeps the flag spans of agent messages', () => {
    expect(data.transcript[1]!.spans).toEqual([{ flag: 'curt', start: 0, end: 2 }]);
  });

  it('tips: deductions summed per rule, worst first, plus missed steps; credits are not tips', () => {
    expect(data.tips.map((t) => [t.ruleId, t.points, t.count])).toEqual([
      ['co-curt', -40, 2],
      ['cl-farewell-missing', 0, 1],
    ]);
    expect(data.tips[0]!.text).toBe('<coaching:rule.co-curt>');
  });

  it('counts hints', () => {
    expect(data.hintsUsed).toBe(1);
    expect(data.scores.overall).toBe(55);
  });
});

describe('coaching params', () => {
  it('names the moves to try in the UI language, not by flag id', () => {
    const withMoves = {
      ...report,
      annotations: [
        {
          ruleId: 'oh-move-missing',
          dimension: 'objectionHandling',
          points: 0,
          messageId: 'm2',
          buyerId: 'b',
          coachingKey: 'coaching:rule.oh-move-missing',
          seed: '000',
          params: { beat: 'b1', moves: 'compliment,value' },
        },
      ],
    } as unknown as Report;
    const seen: Record<string, string | number>[] = [];
    readReport(withMoves, (key, params) => {
      if (key.startsWith('flag.')) return key === 'flag.compliment' ? 'Compliment' : 'Value';
      if (params) seen.push(params);
      return key;
    });
    expect(seen.find((p) => 'moves' in p)?.moves).toBe('Compliment / Value');
  });
});
