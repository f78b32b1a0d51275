/**
 * Courtesy: the positive and negative tone flags of the agent's messages to one buyer, weighted
 * per persona (seed 002). A base of 70; a greeting in the first message, thanks, "we" and an
 * emoji earn credits once each, and so does the persona's own technique; every message with a
 * negative tone flag costs its rule's points times the persona's weight.
 */
import type { Flag } from '../analysis/flags';
import { annotate, type Annotation } from './annotation';
import { PERSONA_COURTESY, PERSONA_TONE_WEIGHT, RULES, TONE_RULES, type RuleId } from './rules';
import type { BuyerTimeline } from './timeline';

const ONCE: [Flag, RuleId][] = [
  ['thanks', 'co-thanks'],
  ['we_language', 'co-we'],
  ['emoji', 'co-emoji'],
];

/** Courtesy annotations of one buyer. */
export function scoreCourtesy(tl: BuyerTimeline): Annotation[] {
  const out: Annotation[] = [];
  const messages = tl.messages;
  const first = messages[0];
  if (!first) return out;
  const id = tl.buyerId;
  if (first.flags.includes('greeting')) {
    out.push(annotate('co-greeting', id, first.messageId, { spans: first.spans.greeting ?? [] }));
  } else {
    out.push(annotate('co-no-greeting', id, first.messageId));
  }
  for (const [flag, rule] of ONCE) {
    const m = messages.find((x) => x.flags.includes(flag));
    if (m) out.push(annotate(rule, id, m.messageId, { spans: m.spans[flag] ?? [] }));
  }
  const technique = PERSONA_COURTESY[tl.buyer.persona];
  const shown = messages.find((m) => technique.flags.some((f) => m.flags.includes(f)));
  if (shown) {
    const flag = technique.flags.find((f) => shown.flags.includes(f)) as Flag;
    out.push(annotate(technique.rule, id, shown.messageId, { spans: shown.spans[flag] ?? [] }));
  }
  const weights = PERSONA_TONE_WEIGHT[tl.buyer.persona];
  for (const m of messages) {
    for (const flag of m.flags) {
      const rule = TONE_RULES[flag];
      if (!rule) continue;
      const weight = weights[flag] ?? 1;
      out.push(
        annotate(rule, id, m.messageId, {
          points: RULES[rule].points * weight,
          spans: m.spans[flag] ?? [],
        }),
      );
    }
  }
  return out;
}
