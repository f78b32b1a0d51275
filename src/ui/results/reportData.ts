/**
 * Reads the report JSON of src/core/report into what the results screen shows. Display text
 * (buyer lines, coaching) is resolved by the caller-supplied resolvers.
 */
import type { Dimension } from '../menu/rubric';
import type { FlagSpan } from './highlight';

export interface AnnotationView {
  ruleId: string;
  dimension: string;
  points: number;
  coachingKey: string;
  seed: string;
}

export interface TranscriptEntry {
  id: string;
  from: 'buyer' | 'agent' | 'system';
  buyerId: string;
  at: number;
  text: string;
  lineId?: string;
  params?: Record<string, string | number>;
  flags: string[];
  spans: FlagSpan[];
  annotations: AnnotationView[];
}

export interface BuyerSummary {
  buyerId: string;
  name: string;
  persona: string;
  budget: number | null;
  motive: string;
  outcome: string | null;
}

export interface ReportData {
  scenarioId: string;
  scores: Record<Dimension | 'overall', number> | null;
  kpis: Record<string, unknown>;
  buyers: BuyerSummary[];
  tips: string[];
  hintsUsed: number;
  transcript: TranscriptEntry[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function readScores(v: unknown): ReportData['scores'] {
  const s = obj(v);
  const keys = ['responseTime', 'courtesy', 'objectionHandling', 'closing', 'overall'] as const;
  if (!keys.every((k) => num(s[k]) !== null)) return null;
  return Object.fromEntries(keys.map((k) => [k, num(s[k]) ?? 0])) as ReportData['scores'];
}

function readSpans(v: unknown): FlagSpan[] {
  const out: FlagSpan[] = [];
  for (const [flag, list] of Object.entries(obj(v))) {
    for (const span of arr(list)) {
      const start = num(obj(span).start);
      const end = num(obj(span).end);
      if (start !== null && end !== null) out.push({ flag, start, end });
    }
  }
  return out;
}

/** Normalises a report object; missing parts become empty. */
export function readReport(report: unknown): ReportData {
  const r = obj(report);
  const scoreBlock = obj(r.scores);
  const annotations = arr(r.annotations).map((a) => {
    const o = obj(a);
    return {
      messageId: str(o.messageId),
      view: {
        ruleId: str(o.ruleId),
        dimension: str(o.dimension),
        points: num(o.points) ?? 0,
        coachingKey: str(o.coachingKey),
        seed: str(o.seed),
      },
    };
  });
  const byMessage = new Map<string, AnnotationView[]>();
  for (const a of annotations) byMessage.set(a.messageId, [...(byMessage.get(a.messageId) ?? []), a.view]);
  const transcript: TranscriptEntry[] = arr(r.transcript).map((m) => {
    const o = obj(m);
    const id = str(o.messageId) || str(o.id);
    const from = o.from === 'agent' || o.from === 'system' ? o.from : 'buyer';
    const entry: TranscriptEntry = {
      id,
      from,
      buyerId: str(o.buyerId),
      at: num(o.t) ?? num(o.at) ?? 0,
      text: str(o.text),
      flags: arr(o.flags).map(str).filter(Boolean),
      spans: readSpans(o.spans),
      annotations: byMessage.get(id) ?? [],
    };
    if (str(o.lineId)) entry.lineId = str(o.lineId);
    if (o.params && typeof o.params === 'object') entry.params = o.params as Record<string, string | number>;
    return entry;
  });
  const buyers: BuyerSummary[] = arr(r.buyers ?? r.reveal).map((b) => {
    const o = obj(b);
    return {
      buyerId: str(o.buyerId),
      name: str(o.name) || str(o.buyerId),
      persona: str(o.persona),
      budget: num(o.budget),
      motive: str(o.hiddenMotive) || str(o.motive),
      outcome: str(o.outcome) || null,
    };
  });
  return {
    scenarioId: str(r.scenarioId),
    scores: readScores(scoreBlock.session ?? r.scores),
    kpis: obj(r.kpis),
    buyers,
    tips: arr(r.tips).map(str).filter(Boolean),
    hintsUsed: num(r.hintsUsed) ?? 0,
    transcript,
  };
}
