/**
 * Phrase templates for the scripted agents: real replies in each locale, built from the scenario's
 * own data (product names, fact values, shop policies), which then go through the analyzer exactly
 * as a trainee's replies do. Each model phrase is meant to show one reply flag (its key).
 */

/** Values a phrase may use, all in the session's locale. */
export interface PhraseParams {
  product: string;
  related?: string;
  gift?: string;
  amount?: number;
  /** A fact's label and value, for `fact`. */
  label?: string;
  value?: string;
  returnPolicy: string;
  safeguard: string;
  shipping: string;
  optionA?: string;
  optionB?: string;
}

/** The model agent's phrases, keyed by the flag each one shows (plus `fact` and `filler`). */
export interface ModelPhrases {
  greeting: (p: PhraseParams) => string;
  thanks: (p: PhraseParams) => string;
  apology: (p: PhraseParams) => string;
  empathy: (p: PhraseParams) => string;
  compliment: (p: PhraseParams) => string;
  we_language: (p: PhraseParams) => string;
  emoji: (p: PhraseParams) => string;
  probe: (p: PhraseParams) => string;
  choice_question: (p: PhraseParams) => string;
  recommend: (p: PhraseParams) => string;
  value: (p: PhraseParams) => string;
  social_proof: (p: PhraseParams) => string;
  free_shipping: (p: PhraseParams) => string;
  gift_offer: (p: PhraseParams) => string;
  discount_offer: (p: PhraseParams) => string;
  assurance: (p: PhraseParams) => string;
  closing_push: (p: PhraseParams) => string;
  payment_reminder: (p: PhraseParams) => string;
  order_check: (p: PhraseParams) => string;
  farewell: (p: PhraseParams) => string;
  escalate: (p: PhraseParams) => string;
  /** The value argument in a few words, for a buyer who wants short replies. */
  valueShort: () => string;
  /** A plain safeguard statement, when the shop's own policy texts carry other flags. */
  assuranceGeneric: () => string;
  /** States one product fact: "label: value". */
  fact: (p: PhraseParams) => string;
  /** A short, warm acknowledgement when nothing else is due. */
  filler: (p: PhraseParams) => string;
  /** How sentences are joined. */
  join: (parts: string[]) => string;
}

/** Everything a locale provides for the scripted agents. */
export interface LocalePhrases {
  model: ModelPhrases;
  /** Bare minimal answers (the `curt` policy). */
  curt: string[];
  /** Dismissive, impatient answers (the `rude` policy). */
  rude: string[];
  /** The discounter's one move: the biggest discount, at once. */
  bigDiscount: (p: PhraseParams) => string;
}
