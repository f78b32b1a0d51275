/**
 * Judging one agent reply (or a workbench action, as the flags it stands for) against the beat in
 * play and the buyer's persona. Pure: flags + fact check + traits → grade, reasons, gauge changes.
 */
import type { Flag } from '../analysis/flags';
import { NEGATIVE_FLAGS } from '../analysis/flags';
import type { ObjectionType } from '../scenario/schema';
import type { FactCheck, Gauges, Grade } from './contract';
import type { PersonaTraits } from './traits';

/** What a reply is judged against: a scenario beat, or a pseudo-beat (opening, between beats, closing). */
export interface BeatSpec {
  id: string;
  objection?: ObjectionType;
  requiredFacts: readonly string[];
  goodMoves: readonly Flag[];
  badMoves: readonly Flag[];
}

/** The outcome of judging one reply. */
export interface Judgement {
  grade: Grade;
  /** Machine-readable reasons, e.g. "goodMove:value", "angeredBy:argue", "fact:wrong:material". */
  reasons: string[];
  /** Net score behind the grade (moves, facts, persona weights). */
  score: number;
  /** Gauge changes this reply causes (added to the buyer's gauges, then clamped). */
  delta: Gauges;
  /** Sum of the persona's pleasedBy weights the reply hit. */
  pleased: number;
  /** Sum of the persona's angeredBy weights the reply hit (plus wall-of-text penalty). */
  angered: number;
}

/** Flags that always make a reply bad handling, whatever the beat. */
export const SEVERE_FLAGS: readonly Flag[] = ['rude', 'argue', 'blame'];

/** Flags that carry content: a reply with none of them (and no fact) answers nothing. */
export const CONTENT_FLAGS: readonly Flag[] = [
  'probe',
  'choice_question',
  'recommend',
  'value',
  'social_proof',
  'discount_offer',
  'gift_offer',
  'free_shipping',
  'assurance',
  'closing_push',
  'payment_reminder',
  'order_check',
  'escalate',
];

/** Flags that show warmth; a reply with one of them and no negative flag is polite. */
export const WARM_FLAGS: readonly Flag[] = [
  'greeting',
  'thanks',
  'apology',
  'empathy',
  'we_language',
  'emoji',
  'compliment',
  'farewell',
];

/** Input of {@link judgeReply}. */
export interface JudgeInput {
  beat: BeatSpec;
  persona: PersonaTraits;
  flags: readonly Flag[];
  facts: FactCheck;
  /** Length of the reply text in characters (0 for workbench actions). */
  textLength: number;
}

const GOOD_DELTA: Gauges = { patience: 4, trust: 6, intent: 12 };
const WEAK_DELTA: Gauges = { patience: -6, trust: 0, intent: -4 };
const BAD_DELTA: Gauges = { patience: -15, trust: -10, intent: -12 };

/**
 * Grades one reply against a beat: bad if it states a fact wrongly, shows a bad move or a severe
 * tone flag (rude, argue, blame) or angers the persona badly (angeredBy weights ≥ 4); good if it answers the beat (every
 * required fact stated, or one of the beat's good moves, or — with no moves set — some content)
 * with a positive net score, without being curt or angering the persona (weight ≥ 2); weak otherwise (e.g. "在。" to a question).
 */
export function judgeReply(input: JudgeInput): Judgement {
  const { beat, persona, flags, facts, textLength } = input;
  const reasons: string[] = [];
  let score = 0;
  let pleased = 0;
  let angered = 0;
  let goodHit = false;
  let badHit = false;
  let severe = false;
  for (const flag of flags) {
    if (beat.goodMoves.includes(flag)) {
      reasons.push(`goodMove:${flag}`);
      score += 2;
      goodHit = true;
    }
    if (beat.badMoves.includes(flag)) {
      reasons.push(`badMove:${flag}`);
      score -= 3;
      badHit = true;
    }
    const plus = persona.pleasedBy[flag];
    if (plus !== undefined) {
      reasons.push(`pleasedBy:${flag}`);
      score += plus;
      pleased += plus;
    }
    const minus = persona.angeredBy[flag];
    if (minus !== undefined) {
      reasons.push(`angeredBy:${flag}`);
      score -= minus;
      angered += minus;
    } else if (NEGATIVE_FLAGS.includes(flag)) {
      reasons.push(`tone:${flag}`);
      score -= 1;
    }
    if (SEVERE_FLAGS.includes(flag)) severe = true;
  }
  if (persona.maxReplyChars !== undefined && textLength > persona.maxReplyChars) {
    reasons.push('tooLong');
    score -= 2;
    angered += 2;
  }
  const wrong = facts.wrong.filter((id, i, all) => all.indexOf(id) === i);
  for (const id of wrong) reasons.push(`fact:wrong:${id}`);
  score -= 4 * wrong.length;
  let missing = 0;
  for (const id of beat.requiredFacts) {
    if (facts.stated.includes(id)) {
      reasons.push(`fact:stated:${id}`);
      score += 2;
    } else {
      reasons.push(`fact:missing:${id}`);
      missing += 1;
    }
  }
  const hasContent = flags.some((f) => CONTENT_FLAGS.includes(f));
  const answered =
    beat.requiredFacts.length > 0
      ? missing === 0
      : beat.goodMoves.length > 0
        ? goodHit
        : hasContent || flags.some((f) => WARM_FLAGS.includes(f));
  if (answered) score += 1;
  else reasons.push('irrelevant');
  const curt = flags.includes('curt');

  let grade: Grade;
  if (wrong.length > 0 || badHit || severe || angered >= 4 || score <= -3) grade = 'bad';
  else if (answered && score > 0 && !curt && angered < 2) grade = 'good';
  else grade = 'weak';

  const base = grade === 'good' ? GOOD_DELTA : grade === 'weak' ? WEAK_DELTA : BAD_DELTA;
  const delta: Gauges = {
    patience: base.patience + pleased - 3 * angered,
    trust: base.trust + 2 * pleased - 2 * angered - 15 * wrong.length,
    intent: base.intent,
  };
  return { grade, reasons, score, delta, pleased, angered };
}

/** Flags a workbench action stands for when it is judged like a reply. */
export const ACTION_FLAGS = {
  productCard: ['recommend'],
  coupon: ['discount_offer'],
  discount: ['discount_offer'],
  gift: ['gift_offer'],
  freeShipping: ['free_shipping'],
  modifyPrice: ['discount_offer'],
  paymentReminder: ['payment_reminder'],
  verifyAddress: ['order_check'],
  escalate: ['escalate'],
} as const satisfies Record<string, readonly Flag[]>;
