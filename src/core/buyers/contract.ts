/**
 * The contract between a buyer machine (src/core/buyers, one factory for every persona) and the
 * session actor that spawns it (src/core/session). Types only.
 */
import type { ReplyAnalysis } from '../analysis/types';
import type { AgentAction, BuyerOutcome, Mood } from '../session/contract';

/** Result of checking a reply against the product facts in play (src/core/analysis/facts.ts). */
export interface FactCheck {
  /** Fact ids the reply states correctly. */
  stated: string[];
  /** Fact ids the reply states wrongly (a reject word, or an accept word under negation). */
  wrong: string[];
}

/** Events the session sends to a buyer machine. */
export type BuyerInput =
  | {
      type: 'agent.reply';
      messageId: string;
      text: string;
      analysis: ReplyAnalysis;
      facts: FactCheck;
    }
  | {
      type: 'agent.action';
      messageId: string;
      action: AgentAction;
      params?: { productId?: string; amount?: number; couponId?: string; giftId?: string };
    }
  | { type: 'session.end' };

/** Gauges a buyer keeps, 0..100 each (DESIGN.md, Buyer bots). */
export interface Gauges {
  patience: number;
  trust: number;
  intent: number;
}

/** How a buyer judged one reply or action against the beat in play. */
export type Grade = 'good' | 'weak' | 'bad';

/** Events a buyer machine sends to its parent (the session), which logs every one. */
export type BuyerOutput =
  | { type: 'buyer.typing'; buyerId: string }
  | {
      type: 'buyer.say';
      buyerId: string;
      /** A scenario line id, or a persona line-bank key (i18n namespace "buyer"). */
      lineId: string;
      params?: Record<string, string | number>;
      /** The beat this line belongs to, when it opens or reacts within a beat. */
      beatId?: string;
      /** Where `lineId` lives: the scenario's lines, or the persona line bank ("buyer" namespace). */
      source?: 'scenario' | 'bank';
    }
  | {
      type: 'buyer.judged';
      buyerId: string;
      /** The agent message or action judged. */
      messageId: string;
      beatId: string;
      grade: Grade;
      /** Machine-readable reasons, e.g. "pleasedBy:compliment", "angeredBy:argue", "fact:wrong:material". */
      reasons: string[];
    }
  | { type: 'buyer.gauges'; buyerId: string; gauges: Gauges; mood: Mood }
  | { type: 'buyer.patienceWarning'; buyerId: string }
  | {
      type: 'buyer.order';
      buyerId: string;
      status: 'placed' | 'paid';
      /** Unit price after every concession, and what was conceded. */
      price: number;
      quantity: number;
      /** Money off the whole order (direct discounts, price changes and coupons). */
      discount: number;
      freeShipping: boolean;
      giftIds: string[];
      /** Unit list price before concessions. */
      listPrice?: number;
      /** `discount` as a percentage of the order's list value. */
      discountPercent?: number;
      /** True when the direct discount exceeds shop.discountAuthority or the price is under the floor. */
      beyondAuthority?: boolean;
      couponIds?: string[];
      productId?: string;
      variantId?: string;
    }
  | { type: 'buyer.done'; buyerId: string; outcome: BuyerOutcome };
