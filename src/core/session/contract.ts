/**
 * The contract between the session actor (src/core/session) and its adapters (the browser
 * workbench, the Phaser game layer, the CLI). Adapters send AgentInput events and render from
 * TraineeView snapshots and SessionCue emissions; they never mutate core state.
 *
 * This file holds types only. The simulation core implements them; the UI consumes them.
 */
import type { Locale } from '../locale';
import type { PersonaId } from '../scenario/schema';

/** Workbench actions (DESIGN.md, the workbench's right panel). */
export const AGENT_ACTIONS = [
  'productCard',
  'coupon',
  'discount',
  'gift',
  'freeShipping',
  'modifyPrice',
  'paymentReminder',
  'verifyAddress',
  'escalate',
] as const;
export type AgentAction = (typeof AGENT_ACTIONS)[number];

export type SessionMode = 'practice' | 'shift' | 'exam' | 'double11';

/** What the trainee (or a scripted agent) does. Times come from the session clock, not the event. */
export type AgentInput =
  | { type: 'agent.message'; buyerId: string; text: string }
  | {
      type: 'agent.action';
      buyerId: string;
      action: AgentAction;
      /** productId for productCard; amount (currency) for discount / modifyPrice; couponId; giftId. */
      params?: { productId?: string; amount?: number; couponId?: string; giftId?: string };
    }
  | { type: 'agent.hint'; buyerId: string }
  | { type: 'agent.focus'; buyerId: string }
  | { type: 'session.end' };

export type BuyerOutcome = 'paid' | 'unpaid' | 'left' | 'leftAngry' | 'complaint';
export type Mood = 'happy' | 'neutral' | 'impatient' | 'angry' | 'gone';
export type OrderStatus = 'none' | 'placed' | 'paid';

/** One chat bubble as the trainee sees it. Buyer text is a line id, resolved per locale by the adapter. */
export interface MessageView {
  id: string;
  from: 'buyer' | 'agent' | 'system';
  /** ms since the session started */
  at: number;
  /** Buyer and system messages: the id of the line (scenario line or persona line bank). */
  lineId?: string;
  /** Values to interpolate in a line (prices, amounts). */
  params?: Record<string, string | number>;
  /** Agent messages: the text as sent. */
  text?: string;
}

export interface OrderView {
  status: OrderStatus;
  productId: string;
  variantId?: string;
  quantity: number;
  listPrice: number;
  /** Price after discounts, coupons and price changes. */
  price: number;
  freeShipping: boolean;
  giftIds: string[];
}

/** One conversation in the left-hand list, with its chat. Hides motive, budget and persona. */
export interface ConversationView {
  buyerId: string;
  /** Localised display name from the scenario. */
  name: string;
  arrived: boolean;
  /** A hint of the buyer's manner, shown only after the first exchange (an i18n key). */
  personaHintKey?: string;
  messages: MessageView[];
  unread: number;
  /** ms since the session start when the buyer's oldest unanswered message arrived, or null. */
  waitingSince: number | null;
  typing: boolean;
  mood: Mood;
  order: OrderView;
  outcome?: BuyerOutcome;
}

export interface TraineeView {
  scenarioId: string;
  locale: Locale;
  mode: SessionMode;
  /** ms since the session start, on the session clock. */
  now: number;
  conversations: ConversationView[];
  hintsUsed: number;
  ended: boolean;
  /**
   * Double Eleven only: the session time (ms) at which the sale opens (the in-game 00:00).
   * Optional; the game layer counts down to a default when it is absent.
   */
  countdownEndsAt?: number;
}

/** One entry of the append-only event log: the single source of truth. */
export interface LogEntry {
  /** sequence number, from 0 */
  seq: number;
  /** ms since the session start */
  t: number;
  buyerId?: string;
  type: string;
  payload?: Record<string, unknown>;
}

/** Cues for sound and animation; adapters react, never reply. */
export type SessionCue =
  | { type: 'cue.buyerArrived'; buyerId: string }
  | { type: 'cue.buyerTyping'; buyerId: string }
  | { type: 'cue.buyerMessage'; buyerId: string; messageId: string }
  | { type: 'cue.patienceWarning'; buyerId: string }
  | { type: 'cue.buyerLeft'; buyerId: string; outcome: BuyerOutcome }
  | { type: 'cue.orderPlaced'; buyerId: string }
  | { type: 'cue.orderPaid'; buyerId: string }
  | { type: 'cue.sessionEnded' };

/** Hidden facts shown only in the report (DESIGN.md rule 5). */
export interface BuyerReveal {
  buyerId: string;
  persona: PersonaId;
  budget: number;
  hiddenMotiveLineId?: string;
}
