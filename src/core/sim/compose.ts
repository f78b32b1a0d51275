/**
 * The model agent's replies: seed best practice for the situation in the chat and the buyer's
 * persona (seed 002 应对技巧, 003 reception flow and phrasing rules, 004 concession ladder), built
 * from phrase templates and checked with the analyzer like a careful trainee would re-read a
 * reply: parts that would show a bad move, a negative tone or anger the persona are dropped, and
 * the reply is kept short for a buyer who wants one question at a time.
 */
import { NEGATIVE_FLAGS, type Flag } from '../analysis/flags';
import type { AnalyzeReply } from '../analysis/types';
import { personaTraits } from '../buyers';
import type { Locale } from '../locale';
import type { Beat, Buyer, Fact, Scenario } from '../scenario/schema';
import type { AgentInput } from '../session/contract';
import { answerBargain } from './bargain';
import type { ScenarioIndex } from '../session/scenario-index';
import type { BuyerSeen } from './observe';
import { PHRASES, type ModelPhrases, type PhraseParams } from './phrases';
import { prune, type Part } from './reply-parts';

/** Line-bank keys with which a waiting buyer follows up. */
const FOLLOW_UPS = new Set([
  'common.ping',
  'common.question',
  'common.anyone',
  'common.stillThere',
  'common.patienceWarning',
  'hasty.hurry',
  'hasty.angry',
  'chatty.stillThere',
]);
const LEAVING = new Set([
  'common.leave',
  'common.leaveAngry',
  'common.complaint',
  'common.goodbye',
]);
const CONCESSIONS: readonly Flag[] = ['free_shipping', 'gift_offer', 'discount_offer'];
/** Good moves the model prefers, in order (concessions only when nothing else fits). */
const MOVE_ORDER: readonly Flag[] = [
  'value',
  'assurance',
  'empathy',
  'apology',
  'compliment',
  'probe',
  'choice_question',
  'recommend',
  'social_proof',
  'we_language',
  'emoji',
  'thanks',
  'order_check',
  'escalate',
  'closing_push',
  'free_shipping',
  'gift_offer',
];

/** One reply of the model agent: the message and any workbench actions to send after it. */
export interface ModelReply {
  text: string;
  actions: AgentInput[];
  /** Closing-flow steps this reply performs (recorded by the agent). */
  steps: string[];
  /** The beat this reply answers, if any. */
  beatId?: string;
}

/** Per-session context of the composer. */
export interface ComposeContext {
  scenario: Scenario;
  index: ScenarioIndex;
  locale: Locale;
  analyze: AnalyzeReply;
}

/** phraseParams results by buyer, scenario and locale (they depend on nothing else). */
const paramsCache = new WeakMap<Buyer, WeakMap<Scenario, Map<Locale, Readonly<PhraseParams>>>>();

/** The params of the phrases for one buyer, in the locale (computed once, then shared: read-only). */
export function phraseParams(ctx: ComposeContext, buyer: Buyer): Readonly<PhraseParams> {
  let byScenario = paramsCache.get(buyer);
  if (!byScenario) paramsCache.set(buyer, (byScenario = new WeakMap()));
  let byLocale = byScenario.get(ctx.scenario);
  if (!byLocale) byScenario.set(ctx.scenario, (byLocale = new Map()));
  let params = byLocale.get(ctx.locale);
  if (!params) byLocale.set(ctx.locale, (params = Object.freeze(computeParams(ctx, buyer))));
  return params;
}

function computeParams(ctx: ComposeContext, buyer: Buyer): PhraseParams {
  const { scenario, index, locale } = ctx;
  const t = (x: Scenario['title']) => x[locale] ?? x['zh-CN'];
  const product = index.product(buyer.product);
  const related = product?.related.map((id) => index.product(id)).find((p) => p !== undefined);
  const variants = product?.variants ?? [];
  const p: PhraseParams = {
    product: product ? t(product.name) : '',
    returnPolicy: t(scenario.shop.returnPolicy),
    safeguard: t(scenario.shop.paymentSafeguards[0] ?? scenario.shop.returnPolicy),
    shipping: t(scenario.shop.shippingTime),
  };
  if (related) p.related = t(related.name);
  const gift = scenario.shop.gifts[0];
  if (gift) p.gift = t(gift.name);
  if (variants.length >= 2) {
    p.optionA = t(variants[0]!.name);
    p.optionB = t(variants[1]!.name);
  }
  return p;
}

/** Persona constraints the model respects (seed 002, as the buyer traits encode them). */
interface Constraints {
  maxChars: number;
  angers: ReadonlySet<Flag>;
  noPush: boolean;
  oneQuestion: boolean;
}

const constraintsCache = new WeakMap<Buyer, Constraints>();

/** The buyer's constraints (computed once per buyer object; they depend on its persona only). */
function constraints(buyer: Buyer): Constraints {
  let c = constraintsCache.get(buyer);
  if (!c) constraintsCache.set(buyer, (c = computeConstraints(buyer)));
  return c;
}

function computeConstraints(buyer: Buyer): Constraints {
  const traits = personaTraits(buyer.persona);
  const angers = new Set(Object.keys(traits.angeredBy) as Flag[]);
  const noPush =
    buyer.persona === 'taciturn' || buyer.persona === 'cautious' || angers.has('closing_push');
  return {
    maxChars: traits.maxReplyChars ?? 400,
    angers,
    noPush,
    oneQuestion: buyer.persona === 'taciturn',
  };
}

/** Composes the model's reply to what the buyer said since the agent's last message. */
export function composeModelReply(ctx: ComposeContext, buyer: Buyer, seen: BuyerSeen): ModelReply {
  const ph = PHRASES[ctx.locale].model;
  const params = phraseParams(ctx, buyer);
  const c = constraints(buyer);
  const parts: Part[] = [];
  const actions: AgentInput[] = [];
  const steps: string[] = [];
  const say = (
    flag: Flag | 'fact' | 'filler',
    priority: number,
    required = false,
    extra: Partial<PhraseParams> = {},
  ) => {
    const fn = ph[flag as keyof ModelPhrases] as (p: PhraseParams) => string;
    let text = fn({ ...params, ...extra });
    if (flag === 'assurance') {
      // Shop policy texts may carry other flags (e.g. free return shipping): fall back to plainer ones.
      const clean = (t: string) => {
        const f = ctx.analyze(t, ctx.locale).flags;
        return f.includes('assurance') && !f.some((x) => x !== 'assurance' && x !== 'we_language');
      };
      const alts = [text, fn({ ...params, returnPolicy: params.safeguard }), ph.assuranceGeneric()];
      text = alts.find(clean) ?? text;
    }
    const part: Part = { text, priority, required };
    if (flag === 'value') part.short = ph.valueShort();
    if (flag !== 'fact' && flag !== 'filler') part.flag = flag;
    parts.push(part);
  };
  const lines = seen.unanswered;
  const first = seen.agentMessages === 0;
  const followedUp = lines.some((l) => l.bank && FOLLOW_UPS.has(l.lineId));
  const persona = buyer.persona;
  const beat = pendingBeat(buyer, seen);
  const forbidden = new Set<Flag>([...NEGATIVE_FLAGS, ...c.angers, ...(beat?.badMoves ?? [])]);

  if (first) say('greeting', 100, true);
  if (followedUp || (first && persona === 'hasty')) say('apology', 60);
  if (persona === 'hasty' && (first || followedUp)) say('empathy', 55);
  if ((persona === 'arrogant' || persona === 'picky') && (first || beat)) say('compliment', 70);

  const bargain = [...lines]
    .reverse()
    .find((l) => l.bank && /^bargain\.(cheaper|freeShipping|gift|price)$/.test(l.lineId));
  const leaving = seen.done || lines.some((l) => l.bank && LEAVING.has(l.lineId));

  if (leaving) {
    if (seen.order !== 'none') say('thanks', 50);
    say('farewell', 90, true);
    steps.push('farewell');
  } else if (bargain) {
    const lastAsked = buyer.beats.find((b) => b.id === seen.beatsAsked[seen.beatsAsked.length - 1]);
    answerBargain(ctx, buyer, seen, lastAsked, bargain.lineId, bargain.params, say, actions);
  } else if (beat) {
    for (const factId of beat.requiredFacts) {
      const fact = ctx.index.product(buyer.product)?.facts.find((f) => f.id === factId);
      if (fact) parts.push(factPart(ctx, fact, forbidden));
    }
    const moves = chooseMoves(beat, buyer, c, forbidden, first);
    moves.forEach((m, i) => say(m, 80 - i * 5, beat.requiredFacts.length === 0 && i === 0));
    if (
      moves.some((m) => CONCESSIONS.includes(m)) &&
      !moves.includes('value') &&
      !forbidden.has('value')
    )
      say('value', 85);
    if (moves.includes('recommend')) steps.push('recommend');
    if (moves.includes('closing_push')) steps.push('push');
    if (
      isLastBeat(buyer, beat) &&
      !c.noPush &&
      !forbidden.has('closing_push') &&
      !moves.includes('closing_push')
    ) {
      say('closing_push', 20);
      steps.push('push');
    }
  } else if (lines.some((l) => l.bank && l.lineId.startsWith('chatty.offTopic'))) {
    say('empathy', 50);
    say('probe', 90, true);
    if (!seen.sent.has('recommend')) {
      say('recommend', 40);
      steps.push('recommend');
    }
  } else if (lines.some((l) => l.lineId === 'common.thinkAgain')) {
    say('assurance', 90, true);
    say('value', 60);
    if (!c.noPush) {
      say('closing_push', 50);
      steps.push('push');
    } else say('social_proof', 40);
  } else if (seen.order === 'placed' && !seen.sent.has('orderCheck')) {
    say('thanks', 40);
    say('order_check', 90, true);
    steps.push('orderCheck');
    if (!seen.sent.has('recommend') && params.related) {
      say('recommend', 45);
      steps.push('recommend');
    }
  } else if (seen.order === 'paid' && !seen.sent.has('farewell')) {
    say('thanks', 40);
    if (!seen.sent.has('recommend') && params.related) {
      say('recommend', 45);
      steps.push('recommend');
    }
    say('farewell', 90, true);
    steps.push('farewell');
  } else if (first) {
    say(c.oneQuestion ? 'probe' : 'we_language', 50);
  } else {
    say('filler', 90, true);
  }
  const text = prune(ctx.analyze, ctx.locale, parts, forbidden, c, ph);
  const reply: ModelReply = { text, actions, steps };
  if (beat && !leaving && !bargain) reply.beatId = beat.id;
  return reply;
}

/**
 * One required fact, stated with the product's own value; when that wording would show a
 * forbidden flag (a hedge like "左右" in the value), or to keep the reply short, with the
 * fact's accept words instead.
 */
function factPart(ctx: ComposeContext, fact: Fact, forbidden: Set<Flag>): Part {
  const ph = PHRASES[ctx.locale].model;
  const label = fact.label[ctx.locale] ?? fact.label['zh-CN'];
  const value = fact.value[ctx.locale] ?? fact.value['zh-CN'];
  const words = fact.accept[ctx.locale] ?? fact.accept['zh-CN'];
  const full = ph.fact({ ...EMPTY, label, value });
  const short = ph.fact({
    ...EMPTY,
    label,
    value: words.slice(0, 2).join(ctx.locale === 'zh-CN' ? '、' : ', '),
  });
  const dirty = ctx.analyze(full, ctx.locale).flags.some((f) => forbidden.has(f));
  return dirty
    ? { text: short, priority: 95, required: true }
    : { text: full, short, priority: 95, required: true };
}

const EMPTY: PhraseParams = { product: '', returnPolicy: '', safeguard: '', shipping: '' };

/** The beat to answer: the latest asked beat not answered since. */
function pendingBeat(buyer: Buyer, seen: BuyerSeen): Beat | undefined {
  for (let i = seen.beatsAsked.length - 1; i >= 0; i--) {
    const id = seen.beatsAsked[i]!;
    if (!seen.beatsAnswered.has(id)) return buyer.beats.find((b) => b.id === id);
  }
  return undefined;
}

function isLastBeat(buyer: Buyer, beat: Beat): boolean {
  return buyer.beats[buyer.beats.length - 1]?.id === beat.id;
}

function chooseMoves(
  beat: Beat,
  buyer: Buyer,
  c: Constraints,
  forbidden: Set<Flag>,
  first: boolean,
): Flag[] {
  const usable = (f: Flag) =>
    beat.goodMoves.includes(f) &&
    !forbidden.has(f) &&
    !(f === 'closing_push' && c.noPush) &&
    !(f === 'greeting' && !first) &&
    f !== 'payment_reminder' &&
    f !== 'farewell' &&
    f !== 'discount_offer';
  const plain = MOVE_ORDER.filter((f) => usable(f) && !CONCESSIONS.includes(f));
  const concessions = MOVE_ORDER.filter((f) => usable(f) && CONCESSIONS.includes(f));
  const picked = plain.slice(0, 2);
  // The ladder (004 §2.1): a concession only on a money beat, after value, lowest rung first.
  const money = beat.objection === 'price' || beat.objection === 'budget';
  if ((money || picked.length === 0) && concessions.length > 0 && buyer.persona === 'greedy') {
    picked.push(concessions[0]!);
  } else if (picked.length === 0 && concessions.length > 0) {
    picked.push(concessions[0]!);
  }
  if (c.oneQuestion) {
    const q = picked.filter((f) => f === 'probe' || f === 'choice_question');
    if (q.length > 1) picked.splice(picked.indexOf(q[1]!), 1);
  }
  return picked;
}
