/**
 * Response time (seed 003 §6 二 及时解答): the first response against the scenario's targets
 * (≤ 15 s good, ≤ 30 s acceptable by default), every later response against its own target, and
 * the platform's 3-minute rule as the floor. The first response weighs 40 %, the rest share 60 %.
 * In multi-chat modes, answering a later asker while an earlier one waits costs points (首问优先).
 */
import type { Scenario } from '../scenario/schema';
import { annotate, type Annotation } from './annotation';
import type { RuleId } from './rules';
import type { BuyerTimeline, SessionTimeline, Turn } from './timeline';

/** Turns that count: answered ones, and unanswered ones the buyer waited on past the target. */
export function countedTurns(tl: BuyerTimeline, scenario: Scenario): Turn[] {
  const good = scenario.targets.responseGoodSeconds * 1000;
  return tl.turns.filter(
    (t) => t.answeredAt !== undefined || (t.closedAt ?? t.openedAt) - t.openedAt > good,
  );
}

/** Score (0..100) of one response and the rule it falls under. */
export function gradeTurn(turn: Turn, scenario: Scenario): { score: number; rule: RuleId } {
  const tg = scenario.targets;
  if (turn.answeredAt === undefined) return { score: 0, rule: 'rt-unanswered' };
  const s = (turn.answeredAt - turn.openedAt) / 1000;
  const floor = tg.responseFloorSeconds;
  if (turn.first) {
    if (s <= tg.firstResponseGoodSeconds) return { score: 100, rule: 'rt-first-good' };
    if (s <= tg.firstResponseOkSeconds) return { score: 80, rule: 'rt-first-ok' };
    if (s <= floor) {
      const k = (s - tg.firstResponseOkSeconds) / Math.max(1, floor - tg.firstResponseOkSeconds);
      return { score: 80 - 50 * k, rule: 'rt-first-slow' };
    }
    return { score: 10, rule: 'rt-first-floor' };
  }
  if (s <= tg.responseGoodSeconds) return { score: 100, rule: 'rt-reply-good' };
  if (s <= floor) {
    const k = (s - tg.responseGoodSeconds) / Math.max(1, floor - tg.responseGoodSeconds);
    return { score: 100 - 60 * k, rule: 'rt-reply-slow' };
  }
  return { score: 10, rule: 'rt-reply-floor' };
}

/** Response-time annotations of one buyer. */
export function scoreResponseTime(tl: BuyerTimeline, scenario: Scenario): Annotation[] {
  const turns = countedTurns(tl, scenario);
  const later = turns.filter((t) => !t.first).length;
  const hasFirst = turns.some((t) => t.first);
  const out: Annotation[] = [];
  for (const turn of turns) {
    const weight = turn.first ? (later > 0 ? 0.4 : 1) : (hasFirst ? 0.6 : 1) / later;
    const { score, rule } = gradeTurn(turn, scenario);
    const end = turn.answeredAt ?? turn.closedAt ?? turn.openedAt;
    out.push(
      annotate(rule, tl.buyerId, turn.answeredBy ?? turn.openedBy, {
        points: (score - 100) * weight,
        params: { seconds: Math.round((end - turn.openedAt) / 100) / 10 },
      }),
    );
  }
  return out;
}

/**
 * 首问优先: each agent message that answers a buyer while another buyer has been waiting longer
 * costs the skipped buyer's response-time score. Only in multi-buyer sessions.
 */
export function scoreFirstAskedFirstServed(timeline: SessionTimeline): Annotation[] {
  if (timeline.buyers.length < 2) return [];
  const out: Annotation[] = [];
  for (const tl of timeline.buyers) {
    for (const turn of tl.turns) {
      if (turn.answeredAt === undefined || !turn.answeredBy) continue;
      for (const other of timeline.buyers) {
        if (other === tl) continue;
        const skipped = other.turns.find(
          (o) =>
            o.openedAt < turn.openedAt &&
            (o.answeredAt ?? o.closedAt ?? Infinity) > turn.answeredAt!,
        );
        if (skipped) {
          out.push(
            annotate('rt-fafs', other.buyerId, turn.answeredBy, {
              params: { answered: tl.buyerId },
            }),
          );
        }
      }
    }
  }
  return out;
}
