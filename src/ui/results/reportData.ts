/**
 * Turns the report of src/core/report into what the results screen shows: texts resolved in
 * the session's locale, annotations grouped by message, the coaching tips.
 */
import type { Report } from '../../core/report';
import type { Dimension } from '../menu/rubric';
import type { FlagSpan } from './highlight';

export interface AnnotationView {
  ruleId: string;
  dimension: Dimension;
  points: number;
  text: string;
  seed: string;
}

export interface TranscriptView {
  id: string;
  from: 'buyer' | 'agent' | 'system';
  buyerName: string;
  at: number;
  text: string;
  flags: string[];
  spans: FlagSpan[];
  annotations: AnnotationView[];
}

export interface TipView {
  ruleId: string;
  points: number;
  count: number;
  text: string;
  seed: string;
}

export interface ReportData {
  scenarioId: string;
  title: string;
  scores: Record<Dimension | 'overall', number>;
  kpis: Report['session']['kpis'];
  buyers: Report['buyers'];
  tips: TipView[];
  hintsUsed: number;
  transcript: TranscriptView[];
}

/** Resolves an i18n key of any namespace ("coaching:…", "buyer:…", a bank key); null if unknown. */
export type Translate = (key: string, params?: Record<string, string | number>) => string | null;

function spansOf(spans: Report['transcript'][number]['spans']): FlagSpan[] {
  const out: FlagSpan[] = [];
  for (const [flag, list] of Object.entries(spans ?? {})) {
    for (const s of list ?? []) out.push({ flag, start: s.start, end: s.end });
  }
  return out;
}

/** Shows the reply flags named in a `moves` param by their names in the UI language. */
function withFlagNames(
  params: Record<string, string | number> | undefined,
  translate: Translate,
): Record<string, string | number> | undefined {
  if (!params || typeof params.moves !== 'string') return params;
  const names = params.moves
    .split(',')
    .filter((f) => f !== '')
    .map((f) => translate(`flag.${f}`) ?? f);
  return { ...params, moves: names.join(' / ') };
}

/** Reads a report for display; `translate` resolves line and coaching keys. */
export function readReport(report: Report, translate: Translate): ReportData {
  const names = new Map(report.buyers.map((b) => [b.buyerId, b.name]));
  const byMessage = new Map<string, AnnotationView[]>();
  const tips = new Map<string, TipView>();
  for (const a of report.annotations) {
    const text = translate(a.coachingKey, withFlagNames(a.params, translate)) ?? a.ruleId;
    const view: AnnotationView = {
      ruleId: a.ruleId,
      dimension: a.dimension,
      points: a.points,
      text,
      seed: a.seed,
    };
    byMessage.set(a.messageId, [...(byMessage.get(a.messageId) ?? []), view]);
    // Deductions, and the steps that earned nothing because they were missed.
    if (a.points < 0 || (a.points === 0 && /-missing$|-lost$/.test(a.ruleId))) {
      const tip = tips.get(a.ruleId) ?? {
        ruleId: a.ruleId,
        points: 0,
        count: 0,
        text,
        seed: a.seed,
      };
      tip.points += a.points;
      tip.count += 1;
      tips.set(a.ruleId, tip);
    }
  }
  const transcript = report.transcript.map((m): TranscriptView => {
    let text = m.text ?? '';
    if (m.from !== 'agent' && !m.text && m.lineId) {
      text = translate(m.lineId, m.params) ?? m.lineId;
    }
    return {
      id: m.messageId,
      from: m.from,
      buyerName: names.get(m.buyerId) ?? m.buyerId,
      at: m.t,
      text,
      flags: m.flags ?? [],
      spans: m.from === 'agent' ? spansOf(m.spans) : [],
      annotations: byMessage.get(m.messageId) ?? [],
    };
  });
  // Annotations tied to no transcript message (outcome, session-wide rules) go to the last line.
  const shown = new Set(transcript.map((m) => m.id));
  const loose = [...byMessage].filter(([id]) => !shown.has(id)).flatMap(([, list]) => list);
  const last = transcript[transcript.length - 1];
  if (last && loose.length > 0) last.annotations = [...last.annotations, ...loose];
  return {
    scenarioId: report.scenarioId,
    title: report.title,
    scores: report.session.scores,
    kpis: report.session.kpis,
    buyers: report.buyers,
    tips: [...tips.values()].sort((a, b) => a.points - b.points).slice(0, 8),
    hintsUsed: report.hints.length,
    transcript,
  };
}
