/** The shape of one locale's rule set for the reply analyzer. */
import type { Flag } from '../flags';

/** A lexical rule: a global RegExp run over the normalised reply. */
export interface PhraseRule {
  flag: Flag;
  /** Global RegExp on the normalised text (lower case, NFKC; accents stripped for en/es). */
  re: RegExp;
  /** Drop the match when a negator precedes it in the same clause ("没有优惠", "can't give a discount"). */
  negatable?: boolean;
  /** Drop the match when a negation follows it ("free shipping isn't available", "便宜不了"). */
  postNegatable?: boolean;
  /** Drop the match when a match of this global RegExp (run over the sentence) overlaps it. */
  veto?: RegExp;
  /** The match counts only inside a question; the span is then the whole question. */
  questionOnly?: boolean;
}

/** Everything the engine needs to know about one locale. */
export interface LocaleRules {
  /** The rules as written, grouped by phrasing family (the engine merges them: see merge.ts). */
  rules: PhraseRule[];
  /** Characters per prefilter gram (see prefilter.ts): short words want short grams. */
  gramLength: number;
  /** Tested against the clause text just before a negatable match. */
  negatorBefore: RegExp;
  /** Phrases removed from that window first, because they only look like negation ("no problem"). */
  negatorExceptions?: RegExp;
  /** How many code units before a match the negation window reaches (within the clause). */
  negationWindow: number;
  /** Tested (anchored) against the text just after a postNegatable match. */
  negatorAfter: RegExp;
  /** A whole reply that is only this (punctuation and spaces removed) is `curt`. */
  curt: RegExp;
  /**
   * Typical chat text of the locale, normalised (128 characters or more): the engine compiles
   * the rules on it (see primeRules in engine.ts). Content steers speed only, never results.
   */
  sample?: string;
  /** True when a sentence (normalised, trimmed) is a question. */
  isQuestion: (sentence: string) => boolean;
}
