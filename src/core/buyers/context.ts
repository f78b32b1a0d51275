/**
 * The buyer machine's context: gauges, where the conversation stands, the lines the buyer is about
 * to type, the deal. Plain data (no closures), so that a snapshot can be read, serialised and
 * explored by model-based tests; the PRNG state is a number advanced with createRng.
 */
import { createRng } from '../random';
import type { Beat, Buyer, Line, Scenario } from '../scenario/schema';
import type { BuyerOutcome, Mood } from '../session/contract';
import type { Gauges } from './contract';
import type { Deal } from './ladder';
import { createDeal } from './ladder';
import { BUYER_LINE_LENGTHS, isBuyerLineKey } from './lineBank';
import type { PersonaTraits } from './traits';
import { mergeTraits } from './traits';

/** Where the conversation stands. */
export type Stage =
  /** Saying the opening lines; no beat asked yet. */
  | 'opening'
  /** A beat is in play (asked, or about to be asked). */
  | 'beats'
  /** Haggling on a price or budget beat (the persona's ladder). */
  | 'bargaining'
  /** The chatty buyer drifted off topic and waits to be steered back. */
  | 'drifting'
  /** All beats done but intent or trust too low: one more chance to convince. */
  | 'hesitating'
  /** About to place the order (the "拍下了" line is being typed). */
  | 'ordering'
  /** Order placed, not paid. */
  | 'ordered'
  /** Order paid; the buyer lingers for a farewell. */
  | 'paid'
  /** The buyer is saying a last line before ending with `outcome`. */
  | 'leaving';

/** Side effect that happens when a queued line is said. */
export type LineEffect = 'askBeat' | 'placeOrder' | 'pay';

/** A line the buyer is about to type. */
export interface PendingLine {
  lineId: string;
  source: 'scenario' | 'bank';
  params?: Record<string, string | number>;
  beatId?: string;
  /** Typing time before the line appears, ms. */
  delayMs: number;
  effect?: LineEffect;
}

/** The buyer machine's input: the scenario buyer, the scenario, the persona, a seed. */
export interface BuyerMachineInput {
  buyer: Buyer;
  scenario: Scenario;
  /** Persona traits; the buyer's scenario `traits` overrides are merged in by the machine. */
  persona: PersonaTraits;
  seed: number;
}

/** The buyer machine's context (readable from a snapshot). */
export interface BuyerContext {
  buyerId: string;
  buyer: Buyer;
  scenario: Scenario;
  persona: PersonaTraits;
  /** State of the PRNG (advanced by {@link draw}). */
  rngState: number;
  gauges: Gauges;
  stage: Stage;
  /** Index of the beat in play (equals beats.length once all are done). */
  beatIndex: number;
  /** True once the first line of the beat in play has been said. */
  asked: boolean;
  /** Weak replies to the beat in play. */
  weakInBeat: number;
  /** Bad-handling strikes over the whole conversation. */
  strikes: number;
  /** Rung of the bargaining ladder being asked. */
  ladderStep: number;
  /** Off-topic drifts in a row (chatty). */
  drifts: number;
  queue: PendingLine[];
  /** ms waited since the agent last responded (only while waiting). */
  waitedMs: number;
  followUps: number;
  warned: boolean;
  deal: Deal;
  /** Pays without a reminder (drawn when the order is placed), or reminded. */
  willPay: boolean;
  reminded: boolean;
  /** Outcome once decided (stage "leaving" or a final state). */
  outcome?: BuyerOutcome;
}

/** Clamps a gauge to 0..100. */
export function clampGauge(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)));
}

/** Adds a delta to gauges, clamped. */
export function addGauges(g: Gauges, d: Gauges): Gauges {
  return {
    patience: clampGauge(g.patience + d.patience),
    trust: clampGauge(g.trust + d.trust),
    intent: clampGauge(g.intent + d.intent),
  };
}

/** The mood the trainee sees for a buyer's gauges. */
export function moodOf(gauges: Gauges, gone = false): Mood {
  if (gone) return 'gone';
  if (gauges.patience < 25) return 'angry';
  if (gauges.patience < 45) return 'impatient';
  if (gauges.trust >= 55 && gauges.intent >= 60) return 'happy';
  return 'neutral';
}

/** Draws a float in [0, 1) and returns it with the next PRNG state. */
export function draw(rngState: number): [number, number] {
  // Two steps of the same generator as createRng(rngState): next(), then int(0, 0xffffffff);
  // inlined so that the hot path allocates no generator object.
  const s1 = (rngState + 0x6d2b79f5) >>> 0;
  const s2 = (s1 + 0x6d2b79f5) >>> 0;
  return [mulberry(s1), Math.floor(mulberry(s2) * 4294967296)];
}

/** The output of mulberry32 for an advanced state (the body of createRng's next()). */
function mulberry(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Picks one element with the PRNG; returns it and the next PRNG state. */
export function pickWith<T>(rngState: number, items: readonly T[]): [T, number] {
  const [value, next] = draw(rngState);
  const item = items[Math.floor(value * items.length)];
  if (item === undefined) throw new RangeError('pickWith needs a non-empty array');
  return [item, next];
}

/** Code points of each scenario line's zh-CN text (scenario lines are immutable data). */
const LINE_LENGTHS = new WeakMap<Line, number>();

/** Characters of a line as typed (zh-CN text for scenario lines, the bank length otherwise). */
export function lineLength(line: Line | string): number {
  if (typeof line !== 'string') {
    let n = LINE_LENGTHS.get(line);
    if (n === undefined) LINE_LENGTHS.set(line, (n = [...line.text['zh-CN']].length));
    return n;
  }
  return isBuyerLineKey(line) ? BUYER_LINE_LENGTHS[line] : 4;
}

/**
 * Typing time for a line: reading time (first line of a burst) plus length / typing speed, with
 * ±15% jitter from the PRNG. Returns the delay in ms and the next PRNG state.
 */
export function typingDelay(
  persona: PersonaTraits,
  chars: number,
  first: boolean,
  rngState: number,
): [number, number] {
  const [jitter, next] = draw(rngState);
  const typing = (chars / persona.typingCharsPerSecond) * 1000;
  const reading = first ? persona.readSeconds * 1000 : 400;
  return [Math.round((reading + typing) * (0.85 + 0.3 * jitter)), next];
}

/** Queues a line at the end of the context's queue (typing time from the persona). */
export function enqueue(
  ctx: BuyerContext,
  line: Omit<PendingLine, 'delayMs'> & { chars: number; quick?: boolean },
): BuyerContext {
  const first = ctx.queue.length === 0;
  let delayMs = 800;
  let rngState = ctx.rngState;
  if (!line.quick) [delayMs, rngState] = typingDelay(ctx.persona, line.chars, first, rngState);
  const pending: PendingLine = { lineId: line.lineId, source: line.source, delayMs };
  if (line.params !== undefined) pending.params = line.params;
  if (line.beatId !== undefined) pending.beatId = line.beatId;
  if (line.effect !== undefined) pending.effect = line.effect;
  const queue = ctx.queue.slice();
  queue.push(pending);
  return { ...ctx, rngState, queue };
}

/** Queues a line-bank line. */
export function enqueueBank(
  ctx: BuyerContext,
  key: string,
  extra: {
    params?: Record<string, string | number>;
    beatId?: string;
    effect?: LineEffect;
    quick?: boolean;
  } = {},
): BuyerContext {
  return enqueue(ctx, { lineId: key, source: 'bank', chars: lineLength(key), ...extra });
}

/** Queues the lines of a beat; the first carries the "askBeat" effect. */
export function enqueueBeat(ctx: BuyerContext, beat: Beat): BuyerContext {
  let next = ctx;
  beat.lines.forEach((line, i) => {
    next = enqueue(next, {
      lineId: line.id,
      source: 'scenario',
      beatId: beat.id,
      chars: lineLength(line),
      ...(i === 0 ? { effect: 'askBeat' as const } : {}),
    });
  });
  return next;
}

/** Queues one of a list of scenario lines (picked with the PRNG). */
export function enqueuePick(
  ctx: BuyerContext,
  lines: readonly Line[],
  beatId: string,
): BuyerContext {
  const [line, rngState] = pickWith(ctx.rngState, lines);
  return enqueue(
    { ...ctx, rngState },
    { lineId: line.id, source: 'scenario', beatId, chars: lineLength(line) },
  );
}

/**
 * The context a buyer starts with: persona traits merged with the buyer's overrides, starting
 * gauges, and the opening queued (the persona's quick pings, the opening lines, the first beat).
 */
export function initialContext(input: BuyerMachineInput): BuyerContext {
  const persona = mergeTraits(input.persona, input.buyer.traits);
  let ctx: BuyerContext = {
    buyerId: input.buyer.id,
    buyer: input.buyer,
    scenario: input.scenario,
    persona,
    rngState: createRng(input.seed).fork(input.buyer.id).int(0, 0xffffffff),
    gauges: { ...persona.gauges },
    stage: 'opening',
    beatIndex: 0,
    asked: false,
    weakInBeat: 0,
    strikes: 0,
    ladderStep: 0,
    drifts: 0,
    queue: [],
    waitedMs: 0,
    followUps: 0,
    warned: false,
    deal: createDeal(input.scenario, input.buyer),
    willPay: false,
    reminded: false,
  };
  for (let i = 0; i < persona.openingPings; i++) {
    ctx = enqueueBank(ctx, 'common.ping', i === 0 ? {} : { quick: true });
  }
  for (const line of input.buyer.opening) {
    ctx = enqueue(ctx, {
      lineId: line.id,
      source: 'scenario',
      chars: lineLength(line),
      ...(ctx.queue.length > 0 && persona.openingPings > 0 ? { quick: true } : {}),
    });
  }
  const first = input.buyer.beats[0];
  return first ? enqueueBeat(ctx, first) : ctx;
}
