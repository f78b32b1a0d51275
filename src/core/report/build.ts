/**
 * buildReport: the log → the versioned report (scores, KPIs, annotations, the transcript with
 * flags and spans, the per-buyer reveal, hints). Pure and deterministic: the same scenario and
 * log give the same JSON string, byte for byte (keys in schema order, no clock, rounded numbers).
 */
import type { Scenario } from '../scenario/schema';
import type { LogEntry } from '../session/contract';
import type { TypedEntry } from '../session/log';
import { indexScenario } from '../session/scenario-index';
import { actionLineKey } from '../session/view';
import { scoreTimeline } from '../scoring';
import { buildTimeline, lastOrder, orderTimes } from '../scoring/timeline';
import {
  REPORT_SCHEMA_VERSION,
  ReportSchema,
  type BuyerReport,
  type Report,
  type TranscriptEntry,
} from './schema';

/**
 * Builds the report of a session from its log alone.
 * @param scenario the scenario the session ran
 * @param log the session's event log (must begin with session.start)
 */
export function buildReport(scenario: Scenario, log: readonly LogEntry[]): Report {
  const timeline = buildTimeline(scenario, log);
  const score = scoreTimeline(timeline);
  const { locale, seed, mode } = timeline.start.payload;
  const index = indexScenario(scenario);
  const text = (t: { 'zh-CN': string; en?: string; es?: string }) => t[locale] ?? t['zh-CN'];

  // Fact ids in coaching params are shown by their label in the report's locale (ids stay in factIds).
  const factLabels = new Map<string, string>();
  for (const product of scenario.products)
    for (const fact of product.facts)
      if (!factLabels.has(fact.id)) factLabels.set(fact.id, text(fact.label));

  const buyers: BuyerReport[] = score.buyers.map((b) => {
    const tl = timeline.buyers.find((x) => x.buyerId === b.buyerId)!;
    const order = lastOrder(tl);
    return {
      buyerId: tl.buyerId,
      name: text(tl.buyer.name),
      persona: tl.buyer.persona,
      productId: tl.buyer.product,
      budget: tl.buyer.budget,
      hiddenMotive: text(tl.buyer.hiddenMotive),
      arrivedAt: tl.arrivedAt ?? null,
      leftAt: tl.doneAt ?? null,
      outcome: tl.outcome ?? null,
      gauges: tl.gauges ? { ...tl.gauges } : null,
      mood: tl.mood ?? null,
      order: order
        ? {
            status: orderTimes(tl).paidAt !== undefined ? 'paid' : order.status,
            price: order.price,
            quantity: order.quantity,
            discount: order.discount,
            freeShipping: order.freeShipping,
            giftIds: [...order.giftIds],
            ...(order.beyondAuthority !== undefined
              ? { beyondAuthority: order.beyondAuthority }
              : {}),
          }
        : null,
      scores: b.scores,
      kpis: b.kpis,
    };
  });

  const transcript: TranscriptEntry[] = [];
  const hints: Report['hints'] = [];
  for (const raw of log) {
    const e = raw as TypedEntry;
    const buyerId = e.buyerId ?? '';
    switch (e.type) {
      case 'buyer.say': {
        const p = e.payload;
        const entry: TranscriptEntry = {
          messageId: p.messageId,
          buyerId,
          from: 'buyer',
          t: e.t,
          lineId: p.lineId,
        };
        if (p.source) entry.source = p.source;
        if (p.beatId) entry.beatId = p.beatId;
        if (p.source !== 'bank') {
          const line = index.lineText(buyerId, p.lineId, locale);
          if (line !== undefined) entry.text = line;
        }
        if (p.params) entry.params = p.params;
        transcript.push(entry);
        break;
      }
      case 'agent.message':
        transcript.push({
          messageId: e.payload.messageId,
          buyerId,
          from: 'agent',
          t: e.t,
          text: e.payload.text,
          flags: e.payload.flags,
          spans: e.payload.spans,
          facts: e.payload.facts,
        });
        break;
      case 'agent.action': {
        const entry: TranscriptEntry = {
          messageId: e.payload.messageId,
          buyerId,
          from: 'system',
          t: e.t,
          lineId: actionLineKey(e.payload.action),
          action: e.payload.action,
        };
        const params: Record<string, string | number> = {};
        for (const [k, v] of Object.entries(e.payload.params ?? {})) {
          if (typeof v === 'string' || typeof v === 'number') params[k] = v;
        }
        if (Object.keys(params).length > 0) entry.params = params;
        transcript.push(entry);
        break;
      }
      case 'agent.hint': {
        const hint: Report['hints'][number] = {
          messageId: e.payload.messageId,
          buyerId,
          t: e.t,
          hintKey: e.payload.hintKey,
        };
        if (e.payload.beatId) hint.beatId = e.payload.beatId;
        hints.push(hint);
        transcript.push({
          messageId: e.payload.messageId,
          buyerId,
          from: 'system',
          t: e.t,
          lineId: e.payload.hintKey,
          hintKey: e.payload.hintKey,
        });
        break;
      }
      default:
        break;
    }
  }

  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    scenarioId: scenario.id,
    title: text(scenario.title),
    locale,
    seed,
    mode,
    durationMs: timeline.endAt,
    weights: { ...scenario.weights },
    session: score.session,
    buyers,
    annotations: score.annotations.map((a) => withFactLabels(a, factLabels)),
    transcript,
    hints,
  };
  // Parsing validates the report and puts every key in schema order: a stable JSON text.
  return ReportSchema.parse(report);
}

/** Replaces fact ids in an annotation's params by their labels, keeping the ids in `factIds`. */
function withFactLabels<A extends { params?: Record<string, string | number> }>(
  annotation: A,
  labels: ReadonlyMap<string, string>,
): A {
  const params = annotation.params;
  if (!params || (params.fact === undefined && params.facts === undefined)) return annotation;
  const ids = String(params.fact ?? params.facts).split(',');
  const named = ids.map((id) => labels.get(id) ?? id);
  const next: Record<string, string | number> = { ...params, factIds: ids.join(',') };
  if (params.fact !== undefined) next.fact = named.join(', ');
  if (params.facts !== undefined) next.facts = named.join(', ');
  return { ...annotation, params: next };
}

/** The report as one line of JSON (what the sim CLI prints). */
export function reportJson(report: Report): string {
  return JSON.stringify(report);
}
