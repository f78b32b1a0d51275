/** Annotations: every credit and deduction, tied to a message and a rule. */
import type { Span } from '../analysis/types';
import { RULES, coachingKey, type Dimension, type RuleId } from './rules';
import type { BuyerTimeline } from './timeline';

export interface Annotation {
  ruleId: RuleId;
  dimension: Dimension;
  /** Points applied to the dimension (> 0 credit, < 0 deduction, 0 a missed step). */
  points: number;
  /** The agent message (or action, or buyer line) the rule is about. */
  messageId: string;
  buyerId: string;
  /** i18n key of the coaching text (namespace "coaching"). */
  coachingKey: string;
  /** The seed passage the rule comes from. */
  seed: string;
  /** The spans of the agent message that triggered it, when a flag did. */
  spans?: Span[];
  /** Values for the coaching text (seconds, amounts, fact ids). */
  params?: Record<string, string | number>;
}

/** Rounds to 2 decimals (annotations and scores are stable across platforms). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Makes an annotation for `ruleId`; `points` defaults to the rule's nominal points. */
export function annotate(
  ruleId: RuleId,
  buyerId: string,
  messageId: string,
  extra: { points?: number; spans?: Span[]; params?: Record<string, string | number> } = {},
): Annotation {
  const rule = RULES[ruleId];
  const a: Annotation = {
    ruleId,
    dimension: rule.dimension,
    points: round2(extra.points ?? rule.points) + 0,
    messageId,
    buyerId,
    coachingKey: coachingKey(ruleId),
    seed: rule.seed,
  };
  if (extra.spans && extra.spans.length > 0) a.spans = extra.spans;
  if (extra.params) a.params = extra.params;
  return a;
}

/** The message a buyer-level rule hangs on: the agent's last message, else the buyer's last line. */
export function anchorId(tl: BuyerTimeline): string {
  return (
    tl.messages[tl.messages.length - 1]?.messageId ??
    tl.lines[tl.lines.length - 1]?.messageId ??
    tl.buyerId
  );
}

/** A dimension's score from its base and annotations, clamped to 0..100 and rounded. */
export function dimensionScore(base: number, annotations: readonly Annotation[]): number {
  let sum = base;
  for (const a of annotations) sum += a.points;
  return Math.round(Math.min(100, Math.max(0, sum)));
}
