/**
 * The 29 reply flags of shared/reply-flags.md: the contract between the reply analyzer and
 * everything built on it (buyer reactions, scoring, coaching).
 */
export const FLAGS = [
  // courtesy and tone (positive)
  'greeting',
  'thanks',
  'apology',
  'empathy',
  'we_language',
  'emoji',
  'compliment',
  // courtesy and tone (negative)
  'curt',
  'rude',
  'argue',
  'blame',
  'excess_punctuation',
  'harsh_particle',
  'absolute_promise',
  'hedge',
  // selling moves
  'probe',
  'choice_question',
  'recommend',
  'value',
  'social_proof',
  // concessions
  'discount_offer',
  'gift_offer',
  'free_shipping',
  // trust
  'assurance',
  // closing
  'closing_push',
  'payment_reminder',
  'order_check',
  'farewell',
  'escalate',
] as const;

/** One reply flag. */
export type Flag = (typeof FLAGS)[number];

/** Flags that cost courtesy points when a reply shows them. */
export const NEGATIVE_FLAGS: readonly Flag[] = [
  'curt',
  'rude',
  'argue',
  'blame',
  'excess_punctuation',
  'harsh_particle',
  'absolute_promise',
  'hedge',
];

/** True when `value` is one of the 29 flag names. */
export function isFlag(value: unknown): value is Flag {
  return typeof value === 'string' && (FLAGS as readonly string[]).includes(value);
}
