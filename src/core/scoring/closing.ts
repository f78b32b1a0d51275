/**
 * Closing: the reception flow of seed 003 (问候→库存→材质特征→相关推荐→议价→核对→告别→催付→维护).
 * Steps — a related recommendation, an invitation to order, an order check once an order is
 * placed, a payment reminder when an order waits unpaid, a farewell that invites the buyer back
 * (with or without a sale) — and the outcome, with the margin kept. Each step's weight is
 * normalised over the steps that apply to this buyer; an angry exit or a complaint costs extra.
 */
import type { Flag } from '../analysis/flags';
import { createDeal } from '../buyers';
import type { PersonaId, Scenario } from '../scenario/schema';
import { anchorId, annotate, type Annotation } from './annotation';
import { ACTION_AS_FLAG } from './objection';
import { CLOSING_WEIGHTS, PAYMENT_REMINDER_DUE_MS, type RuleId } from './rules';
import { lastOrder, orderTimes, type BuyerTimeline } from './timeline';

type Step = keyof typeof CLOSING_WEIGHTS;

/** Personas an invitation to order is not asked of (seed 002 缄默型, 慎重型). */
export const NO_PUSH: readonly PersonaId[] = ['taciturn', 'cautious'];

/** Closing annotations of one buyer. */
export function scoreClosing(tl: BuyerTimeline, scenario: Scenario): Annotation[] {
  const id = tl.buyerId;
  if (tl.lines.length === 0 && tl.messages.length === 0) return [];
  const { placedAt, paidAt } = orderTimes(tl);
  const order = lastOrder(tl);
  const shows = (flag: Flag, after = -1) => {
    const m = tl.messages.find((x) => x.t >= after && x.flags.includes(flag));
    if (m) return { messageId: m.messageId, spans: m.spans[flag] ?? [] };
    const a = tl.actions.find((x) => x.t >= after && ACTION_AS_FLAG[x.action] === flag);
    return a ? { messageId: a.messageId, spans: [] } : undefined;
  };
  const steps: { step: Step; rule: RuleId; missing: RuleId; hit?: ReturnType<typeof shows> }[] = [
    {
      step: 'recommend',
      rule: 'cl-recommend',
      missing: 'cl-recommend-missing',
      hit: relatedRecommendation(tl, scenario),
    },
  ];
  // Seed 002: the taciturn buyer must not be hurried (不能催也不能急) and the cautious one put
  // at ease; for them an invitation to order is not a step of the flow.
  if (!NO_PUSH.includes(tl.buyer.persona)) {
    steps.push({
      step: 'push',
      rule: 'cl-push',
      missing: 'cl-push-missing',
      hit: shows('closing_push'),
    });
  }
  if (placedAt !== undefined) {
    steps.push({
      step: 'orderCheck',
      rule: 'cl-order-check',
      missing: 'cl-order-check-missing',
      hit: shows('order_check'),
    });
    const waited = (paidAt ?? tl.doneAt ?? Infinity) - placedAt >= PAYMENT_REMINDER_DUE_MS;
    if (waited) {
      steps.push({
        step: 'paymentReminder',
        rule: 'cl-payment-reminder',
        missing: 'cl-payment-reminder-missing',
        hit: shows('payment_reminder', placedAt),
      });
    }
  }
  steps.push({
    step: 'farewell',
    rule: 'cl-farewell',
    missing: 'cl-farewell-missing',
    hit: shows('farewell'),
  });

  const total = steps.reduce((s, x) => s + CLOSING_WEIGHTS[x.step], 0) + CLOSING_WEIGHTS.outcome;
  const scale = 100 / total;
  const out: Annotation[] = [];
  for (const s of steps) {
    if (s.hit) {
      out.push(
        annotate(s.rule, id, s.hit.messageId, {
          points: CLOSING_WEIGHTS[s.step] * scale,
          spans: s.hit.spans,
        }),
      );
    } else {
      out.push(annotate(s.missing, id, anchorId(tl)));
    }
  }

  const outcomePoints = CLOSING_WEIGHTS.outcome * scale;
  switch (tl.outcome) {
    case 'paid': {
      const kept = marginKept(tl, scenario);
      out.push(annotate('cl-outcome-paid', id, anchorId(tl), { points: outcomePoints * kept }));
      if (kept < 1 && order) {
        out.push(
          annotate('cl-margin', id, anchorId(tl), {
            params: { discount: order.discount, kept: Math.round(kept * 100) },
          }),
        );
      }
      break;
    }
    case 'unpaid':
      out.push(annotate('cl-outcome-unpaid', id, anchorId(tl), { points: outcomePoints * 0.4 }));
      break;
    case 'leftAngry':
      out.push(annotate('cl-outcome-angry', id, anchorId(tl)));
      break;
    case 'complaint':
      out.push(annotate('cl-outcome-complaint', id, anchorId(tl)));
      break;
    default:
      out.push(annotate('cl-outcome-lost', id, anchorId(tl)));
      break;
  }
  return out;
}

/** A recommendation flag, or a product card for another product than the one asked about. */
function relatedRecommendation(tl: BuyerTimeline, _scenario: Scenario) {
  const m = tl.messages.find((x) => x.flags.includes('recommend'));
  if (m) return { messageId: m.messageId, spans: m.spans.recommend ?? [] };
  const card = tl.actions.find(
    (a) => a.action === 'productCard' && a.params?.productId !== tl.buyer.product,
  );
  return card ? { messageId: card.messageId, spans: [] } : undefined;
}

/**
 * Share of the margin kept (0..1): 1 with no discount; the margin is the room between the list
 * value and the shop's floor price (product floorPrice, default 80 % of the price).
 */
export function marginKept(tl: BuyerTimeline, scenario: Scenario): number {
  const order = lastOrder(tl);
  if (!order || order.discount <= 0) return 1;
  const deal = createDeal(scenario, tl.buyer);
  const room = (deal.listPrice - deal.floorPrice) * deal.quantity;
  if (room <= 0) return 0;
  return Math.max(0, 1 - order.discount / room);
}
