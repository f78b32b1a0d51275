/** CSV export of a report: one row per buyer and a session row (RFC 4180 quoting). */
import type { Report } from './schema';

export const CSV_COLUMNS = [
  'scope',
  'scenarioId',
  'locale',
  'mode',
  'seed',
  'buyerId',
  'persona',
  'outcome',
  'responseTime',
  'courtesy',
  'objectionHandling',
  'closing',
  'overall',
  'firstResponseSeconds',
  'averageResponseSeconds',
  'threeMinuteRate',
  'inquiryConversion',
  'averageOrderValue',
  'discountGiven',
  'answerToQuestionRatio',
  'agentMessages',
  'buyerMessages',
  'abandonedChats',
  'hintsUsed',
] as const;

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The score and KPI cells of one row, in CSV_COLUMNS order. */
function scoreCells(
  scores: Report['session']['scores'],
  k: Report['session']['kpis'],
): (string | number | null)[] {
  return [
    scores.responseTime,
    scores.courtesy,
    scores.objectionHandling,
    scores.closing,
    scores.overall,
    k.firstResponseSeconds,
    k.averageResponseSeconds,
    k.threeMinuteRate,
    k.inquiryConversion,
    k.averageOrderValue,
    k.discountGiven,
    k.answerToQuestionRatio,
    k.agentMessages,
    k.buyerMessages,
    k.abandonedChats,
  ];
}

/**
 * The report as CSV text: a header, one row per buyer, then the session row; lines end in CRLF.
 * @param report a report from buildReport
 */
export function reportToCsv(report: Report): string {
  const rows: (string | number | null)[][] = [];
  const common = [report.scenarioId, report.locale, report.mode, report.seed] as const;
  for (const b of report.buyers) {
    rows.push([
      'buyer',
      ...common,
      b.buyerId,
      b.persona,
      b.outcome,
      ...scoreCells(b.scores, b.kpis),
      report.hints.filter((h) => h.buyerId === b.buyerId).length,
    ]);
  }
  const s = report.session;
  rows.push([
    'session',
    ...common,
    '',
    '',
    '',
    ...scoreCells(s.scores, s.kpis),
    report.hints.length,
  ]);
  return [CSV_COLUMNS.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
}
