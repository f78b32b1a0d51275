/**
 * The manager's KPIs (DESIGN.md "Scoring"; seed 003 §3 CRM and §6): first and average response
 * time, the 3-minute response rate, inquiry conversion (询单转化率), average order value, discount
 * given, the answer-to-question ratio (答问比 = agent messages / buyer messages), abandoned chats
 * and the outcomes.
 */
import type { Scenario } from '../scenario/schema';
import type { BuyerOutcome } from '../session/contract';
import { round2 } from './annotation';
import { countedTurns } from './response-time';
import { lastOrder, type BuyerTimeline } from './timeline';

export interface Kpis {
  /** Mean first-response time in seconds (null when no first response was given). */
  firstResponseSeconds: number | null;
  /** Mean response time over every answered wait, in seconds. */
  averageResponseSeconds: number | null;
  /** Share (0..1) of waits answered within the 3-minute floor (null when there were none). */
  threeMinuteRate: number | null;
  /** Buyers who paid / buyers who asked something (0..1, null when nobody asked). */
  inquiryConversion: number | null;
  /** Mean value of the paid orders (price × quantity), null when none. */
  averageOrderValue: number | null;
  /** Money given off in paid and placed orders. */
  discountGiven: number;
  /** Agent messages / buyer messages (null when the buyers said nothing). */
  answerToQuestionRatio: number | null;
  agentMessages: number;
  buyerMessages: number;
  /** Buyers who left while waiting for an answer. */
  abandonedChats: number;
  outcomes: Record<BuyerOutcome, number>;
}

const mean = (xs: number[]): number | null =>
  xs.length === 0 ? null : round2(xs.reduce((a, b) => a + b, 0) / xs.length);

/** KPIs over a set of buyer timelines (one buyer, or the whole session). */
export function computeKpis(buyers: readonly BuyerTimeline[], scenario: Scenario): Kpis {
  const firsts: number[] = [];
  const all: number[] = [];
  let waits = 0;
  let inTime = 0;
  let asked = 0;
  let paid = 0;
  const orderValues: number[] = [];
  let discount = 0;
  let agentMessages = 0;
  let buyerMessages = 0;
  let abandoned = 0;
  const outcomes: Record<BuyerOutcome, number> = {
    paid: 0,
    unpaid: 0,
    left: 0,
    leftAngry: 0,
    complaint: 0,
  };
  const floorMs = scenario.targets.responseFloorSeconds * 1000;
  for (const tl of buyers) {
    for (const turn of countedTurns(tl, scenario)) {
      waits += 1;
      if (turn.answeredAt === undefined) continue;
      const s = (turn.answeredAt - turn.openedAt) / 1000;
      all.push(s);
      if (turn.first) firsts.push(s);
      if (turn.answeredAt - turn.openedAt <= floorMs) inTime += 1;
    }
    const last = tl.turns[tl.turns.length - 1];
    if (
      last &&
      last.answeredAt === undefined &&
      tl.outcome !== undefined &&
      tl.outcome !== 'paid'
    ) {
      if (
        (last.closedAt ?? last.openedAt) - last.openedAt >
        scenario.targets.responseGoodSeconds * 1000
      ) {
        abandoned += 1;
      }
    }
    if (tl.lines.length > 0) asked += 1;
    agentMessages += tl.messages.length;
    buyerMessages += tl.lines.length;
    const order = lastOrder(tl);
    if (order) discount += order.discount;
    if (tl.outcome === 'paid') {
      paid += 1;
      if (order) orderValues.push(order.price * order.quantity);
    }
    if (tl.outcome) outcomes[tl.outcome] += 1;
  }
  return {
    firstResponseSeconds: mean(firsts),
    averageResponseSeconds: mean(all),
    threeMinuteRate: waits === 0 ? null : round2(inTime / waits),
    inquiryConversion: asked === 0 ? null : round2(paid / asked),
    averageOrderValue: mean(orderValues),
    discountGiven: round2(discount),
    answerToQuestionRatio: buyerMessages === 0 ? null : round2(agentMessages / buyerMessages),
    agentMessages,
    buyerMessages,
    abandonedChats: abandoned,
    outcomes,
  };
}
