/**
 * Persona traits: the data that makes one buyer machine behave like a 急躁型 or a 贪婪型 buyer.
 * Personas are data (src/core/buyers/personas.ts), never code per persona; a scenario buyer may
 * override some traits (schema `traits`), merged by {@link mergeTraits}.
 */
import type { Flag } from '../analysis/flags';
import type { Buyer, PersonaId } from '../scenario/schema';
import type { Gauges } from './contract';

/** What one rung of a buyer's bargaining ladder asks for (seed 004 §2.1). */
export type LadderAskKind = 'discount' | 'freeShipping' | 'gift' | 'price';

/** One ask of the bargaining ladder: the concession wanted and the line-bank key that asks it. */
export interface LadderAsk {
  kind: LadderAskKind;
  /** Line-bank key (namespace "buyer"); "price" lines get `{{amount}}`. */
  lineKey: string;
  /** For "price": the percentage off the list price the buyer names. */
  percentOff?: number;
}

/** How a persona bargains on price and budget beats. */
export interface BargainLadder {
  /** The asks in order; empty = this buyer does not haggle once value is shown. */
  asks: LadderAsk[];
  /** Concessions the buyer needs before they accept the price (0 = a polite answer is enough). */
  concessionsWanted: number;
}

/** How long a buyer waits and what they send while waiting for the agent. */
export interface WaitingTraits {
  /** Seconds of silence before the first follow-up ("?", "在吗"). */
  followUpSeconds: number;
  /** Follow-ups sent before the buyer gives up. */
  maxFollowUps: number;
  /** Line-bank keys the follow-ups are picked from. */
  followUpKeys: string[];
  /** Longest continuous wait (seconds) before the buyer leaves. */
  maxWaitSeconds: number;
  /** Patience lost per minute of waiting. */
  patienceCostPerMinute: number;
}

/** A persona: starting gauges, manner, what pleases and angers, bargaining and trust needs. */
export interface PersonaTraits {
  id: PersonaId;
  /** Starting gauges, 0..100. */
  gauges: Gauges;
  /** Typing speed in characters per second. */
  typingCharsPerSecond: number;
  /** Seconds the buyer takes to read a reply before typing. */
  readSeconds: number;
  /** Extra "在吗?" pings sent quickly before the opening (the hasty buyer sends it twice). */
  openingPings: number;
  /** Off-topic chatter: the chance per answered beat that the buyer drifts, and the lines used. */
  offTopic: { chance: number; lineKeys: string[] };
  /** Short acknowledgements used instead of a weak-handling reaction (the taciturn "嗯", "哦"). */
  shortAckKeys: string[];
  /** Persona lines added when a reply pleases (pleasedBy weight ≥ 3) or angers (≥ 3) the buyer. */
  moodLines: { pleased?: string; angered?: string };
  waiting: WaitingTraits;
  /** Reply flags that please this buyer, with weights (1 mild .. 4 strong). */
  pleasedBy: Partial<Record<Flag, number>>;
  /** Reply flags that anger this buyer, with weights (1 mild .. 4 strong). */
  angeredBy: Partial<Record<Flag, number>>;
  /** Replies longer than this many characters anger the buyer (walls of text), if set. */
  maxReplyChars?: number;
  /** Bad-handling strikes before the buyer walks out. */
  strikesToExit: number;
  /** How the buyer walks out after repeated bad handling. */
  exitOnStrikes: 'leftAngry' | 'complaint';
  /** A line-bank key the buyer threatens with at the first strike (bad review, complaint), if any. */
  threatKey?: string;
  ladder: BargainLadder;
  /** Trust needed to place an order. */
  trustNeed: number;
  /** Purchase intent needed to place an order. */
  intentToOrder: number;
  /** Chance (0..1) the buyer pays without a payment reminder. */
  paysUnprompted: number;
  /** Seconds between placing the order and paying. */
  paySeconds: number;
  /** The seed passage each trait comes from, e.g. { angeredBy: "002 急躁型 应对技巧" }. */
  sources: Partial<Record<Exclude<keyof PersonaTraits, 'sources' | 'id'>, string>>;
}

/** Per-buyer overrides as written in a scenario (schema `traits`). */
export type TraitOverrides = NonNullable<Buyer['traits']>;

/**
 * Applies a scenario buyer's trait overrides to a persona. Gauges and typing speed replace the
 * persona's; `maxWaitSeconds` replaces the waiting limit. The persona object is not modified.
 */
export function mergeTraits(persona: PersonaTraits, overrides?: TraitOverrides): PersonaTraits {
  if (!overrides) return persona;
  return {
    ...persona,
    gauges: {
      patience: overrides.patience ?? persona.gauges.patience,
      trust: overrides.trust ?? persona.gauges.trust,
      intent: overrides.intent ?? persona.gauges.intent,
    },
    typingCharsPerSecond: overrides.typingCharsPerSecond ?? persona.typingCharsPerSecond,
    waiting: {
      ...persona.waiting,
      maxWaitSeconds: overrides.maxWaitSeconds ?? persona.waiting.maxWaitSeconds,
    },
  };
}
