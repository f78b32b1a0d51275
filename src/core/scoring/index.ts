/**
 * Scoring (seeds 000–004): the log → four dimensions 0–100 (response time, courtesy, objection
 * handling, closing) and an overall score weighted by the scenario, per buyer and per session,
 * with every credit and deduction as an annotation, and the manager's KPIs.
 * A pure function of the scenario and the log: the same log always gives the same scores.
 */
import type { Scenario } from '../scenario/schema';
import type { LogEntry } from '../session/contract';
import { dimensionScore, round2, type Annotation } from './annotation';
import { scoreClosing } from './closing';
import { scoreCourtesy } from './courtesy';
import { computeKpis, type Kpis } from './kpis';
import { scoreObjections } from './objection';
import { scoreFirstAskedFirstServed, scoreResponseTime } from './response-time';
import { BASE, DIMENSIONS, type Dimension } from './rules';
import { buildTimeline, type BuyerTimeline, type SessionTimeline } from './timeline';

export {
  RULES,
  DIMENSIONS,
  BASE,
  coachingKey,
  type Rule,
  type RuleId,
  type Dimension,
} from './rules';
export type { Annotation } from './annotation';
export type { Kpis } from './kpis';
export { buildTimeline, type SessionTimeline, type BuyerTimeline } from './timeline';

/** Scores of the four dimensions and the overall score (0..100, integers). */
export type Scores = Record<Dimension, number> & { overall: number };

export interface BuyerScore {
  buyerId: string;
  scores: Scores;
  kpis: Kpis;
}

export interface SessionScore {
  /** Mean of the scores of the buyers who arrived, and the session's KPIs. */
  session: { scores: Scores; kpis: Kpis };
  buyers: BuyerScore[];
  /** Every annotation, in buyer order then by message. */
  annotations: Annotation[];
}

/** Overall score: the dimensions weighted by the scenario's weights. */
export function overallOf(scores: Record<Dimension, number>, scenario: Scenario): number {
  const w = scenario.weights;
  const total = w.responseTime + w.courtesy + w.objectionHandling + w.closing;
  if (total <= 0) return 0;
  const sum = DIMENSIONS.reduce((s, d) => s + scores[d] * w[d], 0);
  return Math.round(sum / total);
}

/** Every annotation of one buyer (the session-level 首问优先 ones are passed in). */
function buyerAnnotations(
  tl: BuyerTimeline,
  scenario: Scenario,
  extra: Annotation[],
): Annotation[] {
  return [
    ...scoreResponseTime(tl, scenario),
    ...extra.filter((a) => a.buyerId === tl.buyerId),
    ...scoreCourtesy(tl),
    ...scoreObjections(tl, scenario),
    ...scoreClosing(tl, scenario),
  ];
}

/** Scores a timeline (see scoreSession). */
export function scoreTimeline(timeline: SessionTimeline): SessionScore {
  const { scenario } = timeline;
  const fafs = scoreFirstAskedFirstServed(timeline);
  const buyers: BuyerScore[] = [];
  const annotations: Annotation[] = [];
  const arrived = timeline.buyers.filter((tl) => tl.arrivedAt !== undefined);
  for (const tl of arrived) {
    const own = buyerAnnotations(tl, scenario, fafs);
    annotations.push(...own);
    const dims = {} as Record<Dimension, number>;
    for (const d of DIMENSIONS) {
      dims[d] = dimensionScore(
        BASE[d],
        own.filter((a) => a.dimension === d),
      );
    }
    buyers.push({
      buyerId: tl.buyerId,
      scores: { ...dims, overall: overallOf(dims, scenario) },
      kpis: computeKpis([tl], scenario),
    });
  }
  const sessionDims = {} as Record<Dimension, number>;
  for (const d of DIMENSIONS) {
    const xs = buyers.map((b) => b.scores[d]);
    sessionDims[d] =
      xs.length === 0 ? 0 : Math.round(round2(xs.reduce((a, b) => a + b, 0) / xs.length));
  }
  return {
    session: {
      scores: { ...sessionDims, overall: overallOf(sessionDims, scenario) },
      kpis: computeKpis(arrived, scenario),
    },
    buyers,
    annotations,
  };
}

/**
 * Scores a session from its log alone.
 * @param scenario the scenario the session ran
 * @param log the session's event log (must begin with session.start)
 * @returns session and per-buyer scores, KPIs and every annotation
 */
export function scoreSession(scenario: Scenario, log: readonly LogEntry[]): SessionScore {
  return scoreTimeline(buildTimeline(scenario, log));
}
