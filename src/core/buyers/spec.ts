/**
 * What a reply is judged against at each stage of the conversation: the scenario beat in play, or
 * a pseudo-beat with its own good moves ("opening", "offTopic", "hesitation", "payment",
 * "farewell", "leaving"; between two beats, the previous beat's id with no moves required).
 */
import type { Flag } from '../analysis/flags';
import type { Beat } from '../scenario/schema';
import type { BuyerContext } from './context';
import type { BeatSpec } from './judge';

/** Flags that offer a concession (they answer a price or budget beat too). */
export const CONCESSION_FLAGS: readonly Flag[] = ['discount_offer', 'gift_offer', 'free_shipping'];

const PSEUDO: Record<string, Omit<BeatSpec, 'id'>> = {
  opening: { requiredFacts: [], goodMoves: ['greeting', 'probe', 'thanks'], badMoves: [] },
  between: { requiredFacts: [], goodMoves: [], badMoves: [] },
  offTopic: {
    requiredFacts: [],
    goodMoves: ['probe', 'recommend', 'value', 'choice_question'],
    badMoves: [],
  },
  hesitation: {
    requiredFacts: [],
    goodMoves: [
      'closing_push',
      'assurance',
      'value',
      'social_proof',
      'discount_offer',
      'gift_offer',
      'free_shipping',
    ],
    badMoves: [],
  },
  payment: {
    requiredFacts: [],
    goodMoves: ['payment_reminder', 'order_check', 'thanks', 'recommend', 'farewell'],
    badMoves: [],
  },
  farewell: {
    requiredFacts: [],
    goodMoves: ['farewell', 'thanks', 'order_check', 'recommend'],
    badMoves: [],
  },
  leaving: { requiredFacts: [], goodMoves: ['apology', 'farewell', 'empathy'], badMoves: [] },
};

/** Moves that answer a bargaining ask: a concession, value, assurance, escalation, apology. */
export const BARGAIN_MOVES: readonly Flag[] = [
  'discount_offer',
  'gift_offer',
  'free_shipping',
  'value',
  'assurance',
  'escalate',
  'apology',
  'empathy',
];

/** The beat in play, if any. */
export function currentBeat(ctx: BuyerContext): Beat | undefined {
  return ctx.buyer.beats[ctx.beatIndex];
}

/** True for price and budget beats (where the persona may haggle). */
export function isPriceBeat(beat: Beat | undefined): boolean {
  return beat !== undefined && (beat.objection === 'price' || beat.objection === 'budget');
}

/** A pseudo-beat's spec, under `id` (default: its name). */
function pseudo(name: string, id = name): BeatSpec {
  return { id, ...PSEUDO[name]! };
}

/** What a reply is judged against right now. */
export function specFor(ctx: BuyerContext): BeatSpec {
  const beat = currentBeat(ctx);
  switch (ctx.stage) {
    case 'opening':
      return pseudo('opening');
    case 'beats': {
      if (!beat) return pseudo('between');
      if (!ctx.asked) {
        const prev = ctx.buyer.beats[ctx.beatIndex - 1];
        return prev ? pseudo('between', prev.id) : pseudo('opening');
      }
      const goodMoves = isPriceBeat(beat)
        ? [...beat.goodMoves, ...CONCESSION_FLAGS.filter((f) => !beat.goodMoves.includes(f))]
        : beat.goodMoves;
      return {
        id: beat.id,
        objection: beat.objection,
        requiredFacts: beat.requiredFacts,
        goodMoves,
        badMoves: beat.badMoves,
      };
    }
    case 'bargaining':
      return {
        id: beat?.id ?? 'bargain',
        ...(beat ? { objection: beat.objection } : {}),
        requiredFacts: [],
        goodMoves: BARGAIN_MOVES,
        badMoves: beat?.badMoves ?? [],
      };
    case 'drifting':
      return pseudo('offTopic');
    case 'hesitating':
      return pseudo('hesitation');
    case 'ordering':
    case 'ordered':
      return pseudo('payment');
    case 'paid':
      return pseudo('farewell');
    case 'leaving':
      return pseudo('leaving');
  }
}
