/**
 * How a buyer reacts: pure reducers over the buyer context that return the next context and the
 * outputs to send to the session. The machine (machine.ts) calls them from named actions.
 */
import type { Flag } from '../analysis/flags';
import type { Beat } from '../scenario/schema';
import type { AgentAction, BuyerOutcome } from '../session/contract';
import type { BuyerOutput, FactCheck, Grade } from './contract';
import type { BuyerContext } from './context';
import {
  addGauges,
  draw,
  enqueueBank,
  enqueueBeat,
  enqueuePick,
  moodOf,
  pickWith,
} from './context';
import type { BeatSpec, Judgement } from './judge';
import { ACTION_FLAGS, judgeReply } from './judge';
import type { ActionParams, ConcessionKind } from './ladder';
import {
  applyConcession,
  applyVerbalConcession,
  askBeyondAuthority,
  askedPrice,
  isBeyondAuthority,
  isConcessionAction,
  ladderOrderReasons,
  orderFigures,
} from './ladder';

/** A reducer's result: the next context and what to send to the session, in order. */
export interface Reaction {
  context: BuyerContext;
  outputs: BuyerOutput[];
}

const CONCESSION_FLAGS: readonly Flag[] = ['discount_offer', 'gift_offer', 'free_shipping'];

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

const BARGAIN_MOVES: readonly Flag[] = [
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

function isPriceBeat(beat: Beat | undefined): boolean {
  return beat !== undefined && (beat.objection === 'price' || beat.objection === 'budget');
}

/** What a reply is judged against right now. */
export function specFor(ctx: BuyerContext): BeatSpec {
  const beat = currentBeat(ctx);
  const pseudo = (name: string, id = name): BeatSpec => ({ id, ...PSEUDO[name]! });
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

function gaugesOut(ctx: BuyerContext, gone = false): BuyerOutput {
  return {
    type: 'buyer.gauges',
    buyerId: ctx.buyerId,
    gauges: { ...ctx.gauges },
    mood: moodOf(ctx.gauges, gone),
  };
}

/** Ends the conversation with a last line: drops whatever the buyer was about to say. */
export function leave(ctx: BuyerContext, outcome: BuyerOutcome, lineKey: string): BuyerContext {
  return enqueueBank({ ...ctx, queue: [], stage: 'leaving', outcome }, lineKey);
}

/** The line a buyer walks out with. */
function exitLine(outcome: BuyerOutcome): string {
  if (outcome === 'complaint') return 'common.complaint';
  if (outcome === 'leftAngry') return 'common.leaveAngry';
  if (outcome === 'paid') return 'common.goodbye';
  return 'common.leave';
}

/** Places the order or hesitates once, then leaves, when every beat is done. */
function decideOrder(ctx: BuyerContext): BuyerContext {
  const p = ctx.persona;
  const overBudget =
    ctx.deal.unitPrice * ctx.deal.quantity - ctx.deal.couponAmount > ctx.buyer.budget;
  const intent = ctx.gauges.intent - (overBudget ? 10 : 0);
  if (intent >= p.intentToOrder && ctx.gauges.trust >= p.trustNeed) {
    return enqueueBank({ ...ctx, stage: 'ordering' }, 'common.ordered', { effect: 'placeOrder' });
  }
  if (ctx.stage !== 'hesitating') {
    return enqueueBank({ ...ctx, stage: 'hesitating' }, 'common.thinkAgain');
  }
  return leave(ctx, 'left', 'common.leave');
}

/** Moves past the beat in play: drift (chatty), ask the next beat, or decide on the order. */
export function advanceBeat(ctx: BuyerContext): BuyerContext {
  const next: BuyerContext = {
    ...ctx,
    beatIndex: ctx.beatIndex + 1,
    asked: false,
    weakInBeat: 0,
    ladderStep: 0,
    stage: 'beats',
  };
  const beat = currentBeat(next);
  if (!beat) return decideOrder(next);
  const { chance, lineKeys } = next.persona.offTopic;
  if (chance > 0 && lineKeys.length > 0) {
    const [roll, rngState] = draw(next.rngState);
    if (roll < chance) {
      const [key, rng2] = pickWith(rngState, lineKeys);
      return enqueueBank({ ...next, rngState: rng2, stage: 'drifting', drifts: 1 }, key);
    }
    return enqueueBeat({ ...next, rngState }, beat);
  }
  return enqueueBeat(next, beat);
}

/** The first ladder step from `from` whose concession the buyer has not already been given. */
function nextAskStep(ctx: BuyerContext, from: number): number {
  const asks = ctx.persona.ladder.asks;
  let step = from;
  while (step < asks.length) {
    const kind = asks[step]!.kind;
    const granted =
      (kind === 'freeShipping' && ctx.deal.freeShipping) ||
      (kind === 'gift' && ctx.deal.giftIds.length > 0);
    if (!granted) return step;
    step += 1;
  }
  return step;
}

/** Queues the ladder ask at `ladderStep`. */
function enqueueAsk(ctx: BuyerContext): BuyerContext {
  const ask = ctx.persona.ladder.asks[ctx.ladderStep];
  if (!ask) return ctx;
  const beatId = currentBeat(ctx)?.id;
  const params =
    ask.kind === 'price' ? { amount: askedPrice(ask, ctx.deal, ctx.buyer.budget) } : undefined;
  return enqueueBank(ctx, ask.lineKey, {
    ...(params ? { params } : {}),
    ...(beatId ? { beatId } : {}),
  });
}

function bargainSatisfied(ctx: BuyerContext): boolean {
  return (
    isBeyondAuthority(ctx.scenario.shop, ctx.deal) ||
    ctx.deal.concessions.length >= ctx.persona.ladder.concessionsWanted
  );
}

/** After a good answer to a price/budget beat: haggle (persona ladder) or move on. */
function afterPriceAnswer(ctx: BuyerContext): BuyerContext {
  if (ctx.persona.ladder.asks.length === 0) return advanceBeat(ctx);
  if (ctx.persona.ladder.concessionsWanted > 0 && bargainSatisfied(ctx)) {
    return advanceBeat(enqueueBank(ctx, 'bargain.accept'));
  }
  const step = nextAskStep(ctx, 0);
  if (step >= ctx.persona.ladder.asks.length)
    return advanceBeat(enqueueBank(ctx, 'bargain.accept'));
  return enqueueAsk({ ...ctx, stage: 'bargaining', ladderStep: step });
}

/** One step of haggling after the agent answered an ask. */
function bargainStep(ctx: BuyerContext, conceded: boolean, grade: Grade): BuyerContext {
  const accepted = enqueueBank(ctx, 'bargain.accept');
  if (conceded && bargainSatisfied(ctx)) return advanceBeat(accepted);
  const step = nextAskStep(ctx, ctx.ladderStep + 1);
  if (
    step < ctx.persona.ladder.asks.length &&
    !(ctx.persona.ladder.concessionsWanted === 0 && grade === 'good')
  ) {
    return enqueueAsk({ ...ctx, ladderStep: step });
  }
  if (bargainSatisfied(ctx)) return advanceBeat(accepted);
  const grudging = enqueueBank(
    { ...ctx, gauges: addGauges(ctx.gauges, { patience: 0, trust: 0, intent: -5 }) },
    'bargain.grudging',
  );
  return advanceBeat(grudging);
}

/** The agent's response (reply or action) as judged, before the stage-specific consequences. */
interface Response {
  messageId: string;
  flags: readonly Flag[];
  facts: FactCheck;
  textLength: number;
  action?: AgentAction;
  params?: ActionParams;
}

function respondedTo(ctx: BuyerContext): BuyerContext {
  return { ...ctx, waitedMs: 0, followUps: 0, warned: false };
}

function judgedOut(
  ctx: BuyerContext,
  messageId: string,
  beatId: string,
  j: { grade: Grade; reasons: string[] },
): BuyerOutput {
  return {
    type: 'buyer.judged',
    buyerId: ctx.buyerId,
    messageId,
    beatId,
    grade: j.grade,
    reasons: j.reasons,
  };
}

/** Consequences of bad handling: a strike, a threat, a reaction, or walking out. */
function onBad(ctx: BuyerContext, j: Judgement): BuyerContext {
  const strikes = ctx.strikes + 1;
  let next: BuyerContext = { ...ctx, strikes };
  const p = next.persona;
  if (strikes >= p.strikesToExit) return leave(next, p.exitOnStrikes, exitLine(p.exitOnStrikes));
  if (next.gauges.patience <= 0) return leave(next, 'leftAngry', 'common.leaveAngry');
  const beat = currentBeat(next);
  if (beat && (next.stage === 'beats' || next.stage === 'bargaining') && next.asked) {
    next = enqueuePick(next, beat.reactions.bad, beat.id);
  }
  if (strikes === 1 && p.threatKey) next = enqueueBank(next, p.threatKey);
  else if (j.angered >= 3 && p.moodLines.angered) next = enqueueBank(next, p.moodLines.angered);
  return next;
}

/** Consequences of weak handling on a beat: a re-ask (or "嗯"), or giving up after three. */
function onWeak(ctx: BuyerContext, j: Judgement): BuyerContext {
  if (ctx.gauges.patience <= 0) return leave(ctx, 'leftAngry', 'common.leaveAngry');
  const beat = currentBeat(ctx);
  if (ctx.stage !== 'beats' || !ctx.asked || !beat) return ctx;
  const weakInBeat = ctx.weakInBeat + 1;
  let next: BuyerContext = { ...ctx, weakInBeat };
  if (weakInBeat >= 3) return leave(next, 'left', 'common.leave');
  if (next.persona.shortAckKeys.length > 0) {
    const [key, rngState] = pickWith(next.rngState, next.persona.shortAckKeys);
    next = enqueueBank({ ...next, rngState }, key);
  } else {
    next = enqueuePick(next, beat.reactions.weak, beat.id);
  }
  if (j.angered >= 3 && next.persona.moodLines.angered)
    next = enqueueBank(next, next.persona.moodLines.angered);
  return next;
}

/** Consequences of good handling, by stage. */
function onGood(ctx: BuyerContext, r: Response, j: Judgement, conceded: boolean): BuyerContext {
  const beat = currentBeat(ctx);
  let next = ctx;
  const pleasedLine = j.pleased >= 3 ? next.persona.moodLines.pleased : undefined;
  if (next.stage === 'beats' && beat && next.asked) {
    next = enqueuePick(next, beat.reactions.good, beat.id);
    if (pleasedLine) next = enqueueBank(next, pleasedLine);
    return isPriceBeat(beat) ? afterPriceAnswer(next) : advanceBeat(next);
  }
  if (
    pleasedLine &&
    (next.stage === 'bargaining' || next.stage === 'drifting' || next.stage === 'hesitating')
  ) {
    next = enqueueBank(next, pleasedLine);
  }
  switch (next.stage) {
    case 'bargaining':
      return bargainStep(next, conceded, j.grade);
    case 'drifting': {
      const b = currentBeat(next);
      const back = enqueueBank({ ...next, stage: 'beats', drifts: 0 }, 'chatty.backOnTrack');
      return b ? enqueueBeat(back, b) : decideOrder(back);
    }
    case 'hesitating':
      return decideOrder(next);
    case 'ordered':
      if (r.flags.includes('payment_reminder')) return { ...next, willPay: true, reminded: true };
      return next;
    case 'paid':
      if (r.flags.includes('farewell') || r.flags.includes('thanks'))
        return leave(next, 'paid', 'common.goodbye');
      return next;
    default:
      return next;
  }
}

/** Extra consequences of weak handling while bargaining or drifting. */
function onWeakElsewhere(ctx: BuyerContext, conceded: boolean): BuyerContext {
  if (ctx.stage === 'bargaining') return bargainStep(ctx, conceded, 'weak');
  if (ctx.stage === 'drifting' && ctx.drifts < 2) {
    const [key, rngState] = pickWith(ctx.rngState, ctx.persona.offTopic.lineKeys);
    return enqueueBank({ ...ctx, rngState, drifts: ctx.drifts + 1 }, key);
  }
  if (ctx.stage === 'hesitating') return leave(ctx, 'left', 'common.leave');
  return ctx;
}

/** Applies concessions in the response (an action, or concession flags in a reply) to the deal. */
function concede(
  ctx: BuyerContext,
  r: Response,
): { ctx: BuyerContext; reasons: string[]; conceded: boolean } {
  const shop = ctx.scenario.shop;
  const reasons: string[] = [];
  let deal = ctx.deal;
  let conceded = false;
  const note = (given: ConcessionKind | undefined, rs: string[]): void => {
    reasons.push(...rs);
    if (given) {
      conceded = true;
      reasons.push(...ladderOrderReasons(shop, deal, given));
      if (ctx.stage !== 'bargaining' && !isPriceBeat(currentBeat(ctx)))
        reasons.push('concession:unasked');
    }
  };
  if (r.action && isConcessionAction(r.action)) {
    const res = applyConcession(shop, deal, r.action, r.params);
    deal = res.deal;
    note(res.given, res.reasons);
  } else if (!r.action) {
    const verbal: Array<[Flag, 'freeShipping' | 'gift' | 'discount']> = [
      ['free_shipping', 'freeShipping'],
      ['gift_offer', 'gift'],
      ['discount_offer', 'discount'],
    ];
    for (const [flag, kind] of verbal) {
      if (!r.flags.includes(flag)) continue;
      const res = applyVerbalConcession(shop, deal, kind);
      deal = res.deal;
      note(res.given, res.reasons);
    }
  }
  return { ctx: { ...ctx, deal }, reasons, conceded };
}

/** Reasons an escalation is right: the buyer's current ask is beyond the agent's authority. */
function escalationFits(ctx: BuyerContext): boolean {
  const ask = ctx.persona.ladder.asks[ctx.ladderStep];
  return (
    ctx.stage === 'bargaining' &&
    ask !== undefined &&
    askBeyondAuthority(ctx.scenario.shop, ask, ctx.deal, ctx.buyer.budget)
  );
}

function respond(ctx0: BuyerContext, r: Response): Reaction {
  let ctx = respondedTo(ctx0);
  const spec = specFor(ctx);
  if (ctx.stage === 'leaving') {
    const j = judgeReply({
      beat: spec,
      persona: ctx.persona,
      flags: r.flags,
      facts: r.facts,
      textLength: r.textLength,
    });
    return {
      context: ctx,
      outputs: [
        judgedOut(ctx, r.messageId, spec.id, {
          grade: j.grade,
          reasons: ['afterExit', ...j.reasons],
        }),
      ],
    };
  }
  const conc = concede(ctx, r);
  ctx = conc.ctx;
  const beat = currentBeat(ctx);
  let effSpec = spec;
  const extra: string[] = [...conc.reasons];
  if (
    r.action === 'productCard' &&
    beat &&
    ctx.asked &&
    ctx.stage === 'beats' &&
    (beat.objection === 'need' || beat.objection === 'product')
  ) {
    effSpec = { ...spec, requiredFacts: [], goodMoves: [...spec.goodMoves, 'recommend'] };
    extra.push('action:productCard:fits');
  }
  const escalateFit =
    (r.flags.includes('escalate') || r.action === 'escalate') && escalationFits(ctx);
  if (escalateFit) extra.push('escalate:beyondAuthority');
  const j = judgeReply({
    beat: effSpec,
    persona: ctx.persona,
    flags: r.flags,
    facts: r.facts,
    textLength: r.textLength,
  });
  let grade = j.grade;
  if (escalateFit && grade !== 'bad') grade = 'good';
  if (r.action === 'paymentReminder') {
    if (ctx.stage === 'ordered') {
      grade = 'good';
      extra.push('payment:reminded');
    } else extra.push('payment:noOrder');
  }
  const reasons = [...(r.action ? [`action:${r.action}`] : []), ...j.reasons, ...extra];
  const outputs: BuyerOutput[] = [judgedOut(ctx, r.messageId, effSpec.id, { grade, reasons })];

  if (r.action) {
    // Actions carry no tone: only good handling moves the buyer (and pleases them).
    if (grade !== 'good') return { context: ctx, outputs };
    ctx = {
      ...ctx,
      gauges: addGauges(ctx.gauges, {
        patience: j.delta.patience > 0 ? j.delta.patience : 0,
        trust: Math.max(0, j.delta.trust),
        intent: Math.max(0, j.delta.intent),
      }),
    };
    if (r.action === 'paymentReminder') ctx = { ...ctx, willPay: true, reminded: true };
    else ctx = onGood(ctx, r, { ...j, grade }, conc.conceded);
    outputs.push(gaugesOut(ctx));
    return { context: ctx, outputs };
  }

  ctx = { ...ctx, gauges: addGauges(ctx.gauges, j.delta) };
  if (grade === 'bad') ctx = onBad(ctx, j);
  else if (grade === 'weak')
    ctx = ctx.stage === 'beats' ? onWeak(ctx, j) : onWeakElsewhere(ctx, conc.conceded);
  else ctx = onGood(ctx, r, { ...j, grade }, conc.conceded);
  if (ctx.stage !== 'leaving' && ctx.gauges.patience <= 0)
    ctx = leave(ctx, 'leftAngry', 'common.leaveAngry');
  outputs.push(gaugesOut(ctx));
  return { context: ctx, outputs };
}

/** Reacts to an agent reply (already analysed and fact-checked by the session). */
export function reactToReply(
  ctx: BuyerContext,
  e: { messageId: string; text: string; analysis: { flags: Flag[] }; facts: FactCheck },
): Reaction {
  return respond(ctx, {
    messageId: e.messageId,
    flags: e.analysis.flags,
    facts: e.facts,
    textLength: [...e.text].length,
  });
}

/** Reacts to a workbench action, judged as the flags it stands for. */
export function reactToAction(
  ctx: BuyerContext,
  e: { messageId: string; action: AgentAction; params?: ActionParams },
): Reaction {
  return respond(ctx, {
    messageId: e.messageId,
    flags: ACTION_FLAGS[e.action],
    facts: { stated: [], wrong: [] },
    textLength: 0,
    action: e.action,
    ...(e.params ? { params: e.params } : {}),
  });
}

/** Says the first queued line, with its effect (asking a beat, placing or paying the order). */
export function sayNext(ctx: BuyerContext): Reaction {
  const [line, ...rest] = ctx.queue;
  if (!line) return { context: ctx, outputs: [] };
  let next: BuyerContext = { ...ctx, queue: rest };
  const outputs: BuyerOutput[] = [
    {
      type: 'buyer.say',
      buyerId: ctx.buyerId,
      lineId: line.lineId,
      source: line.source,
      ...(line.params ? { params: line.params } : {}),
      ...(line.beatId ? { beatId: line.beatId } : {}),
    },
  ];
  if (line.effect === 'askBeat' && (next.stage === 'beats' || next.stage === 'opening')) {
    next = { ...next, stage: 'beats', asked: true };
  } else if (line.effect === 'placeOrder' && next.stage === 'ordering') {
    const [roll, rngState] = draw(next.rngState);
    next = { ...next, rngState, stage: 'ordered', willPay: roll < next.persona.paysUnprompted };
    outputs.push(orderOut(next, 'placed'));
  } else if (line.effect === 'pay' && next.stage === 'ordered') {
    next = { ...next, stage: 'paid' };
    outputs.push(orderOut(next, 'paid'));
  }
  return { context: next, outputs };
}

function orderOut(ctx: BuyerContext, status: 'placed' | 'paid'): BuyerOutput {
  return {
    type: 'buyer.order',
    buyerId: ctx.buyerId,
    status,
    ...orderFigures(ctx.scenario.shop, ctx.deal),
  };
}

/** Pays the order: queues "付好了", whose saying reports the order paid. */
export function pay(ctx: BuyerContext): BuyerContext {
  return enqueueBank(ctx, 'common.paid', { effect: 'pay' });
}

/** ms until the next waiting tick: the next follow-up, or the end of the buyer's wait. */
export function nextWaitTick(ctx: BuyerContext): number {
  const w = ctx.persona.waiting;
  const remaining = Math.max(1, w.maxWaitSeconds * 1000 - ctx.waitedMs);
  if (ctx.followUps < w.maxFollowUps) return Math.min(w.followUpSeconds * 1000, remaining);
  return remaining;
}

/**
 * One waiting tick: patience drains with the time waited; the buyer follows up ("?", "在吗"), warns
 * at the last follow-up, and leaves when the wait or patience runs out (left, or leftAngry when
 * patience is gone or the buyer is angry by then, as the hasty buyer is).
 */
export function tickWait(ctx: BuyerContext): Reaction {
  const w = ctx.persona.waiting;
  const tick = nextWaitTick(ctx);
  const waitedMs = ctx.waitedMs + tick;
  const gauges = addGauges(ctx.gauges, {
    patience: -(w.patienceCostPerMinute * tick) / 60000,
    trust: 0,
    intent: 0,
  });
  let next: BuyerContext = { ...ctx, waitedMs, gauges };
  const outputs: BuyerOutput[] = [];
  if (
    waitedMs >= w.maxWaitSeconds * 1000 ||
    gauges.patience <= 0 ||
    ctx.followUps >= w.maxFollowUps
  ) {
    const angry = gauges.patience <= 0 || moodOf(gauges) === 'angry';
    const outcome: BuyerOutcome = next.stage === 'ordered' ? 'unpaid' : angry ? 'leftAngry' : 'left';
    next = leave(next, outcome, exitLine(outcome));
    outputs.push(gaugesOut(next));
    return { context: next, outputs };
  }
  const followUps = ctx.followUps + 1;
  next = { ...next, followUps };
  if (followUps >= w.maxFollowUps && !ctx.warned) {
    next = enqueueBank({ ...next, warned: true }, 'common.patienceWarning', { quick: true });
    outputs.push({ type: 'buyer.patienceWarning', buyerId: ctx.buyerId });
  } else {
    const [key, rngState] = pickWith(next.rngState, w.followUpKeys);
    next = enqueueBank({ ...next, rngState }, key, { quick: true });
  }
  outputs.push(gaugesOut(next));
  return { context: next, outputs };
}

/** The final gauges and outcome outputs. */
export function doneOutputs(ctx: BuyerContext, outcome: BuyerOutcome): BuyerOutput[] {
  return [gaugesOut(ctx, true), { type: 'buyer.done', buyerId: ctx.buyerId, outcome }];
}
