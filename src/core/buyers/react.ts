/**
 * How a buyer reacts to the agent: pure reducers over the buyer context that judge a reply or a
 * workbench action against the beat in play and return the next context and the outputs to send
 * to the session. The machine (machine.ts) calls them from named actions.
 */
import type { Flag } from '../analysis/flags';
import type { AgentAction } from '../session/contract';
import type { BuyerOutput, FactCheck } from './contract';
import type { BuyerContext } from './context';
import { addGauges, enqueueBank, enqueueBeat, enqueuePick, pickWith } from './context';
import type { Judgement } from './judge';
import { ACTION_FLAGS, judgeReply } from './judge';
import type { ActionParams } from './ladder';
import { afterPriceAnswer, bargainStep, concede, escalationFits } from './bargain';
import { advanceBeat, decideOrder, exitLine, leave } from './flow';
import type { AgentResponse, Reaction } from './outputs';
import { gaugesOut, judgedOut } from './outputs';
import { currentBeat, isPriceBeat, specFor } from './spec';

function respondedTo(ctx: BuyerContext): BuyerContext {
  return { ...ctx, waitedMs: 0, followUps: 0, warned: false };
}

/** True when a real beat (asked, or being haggled over) is in play, not a pseudo-beat. */
function inPlay(ctx: BuyerContext): boolean {
  return (ctx.stage === 'beats' && ctx.asked) || ctx.stage === 'bargaining';
}

/**
 * Gauge changes of a reply to a pseudo-beat (a greeting, small talk between questions): a good
 * one helps a little (a quarter of the intent, half the trust); weak and bad ones cost in full.
 */
function smallTalk(j: Judgement): Judgement['delta'] {
  if (j.grade !== 'good') return j.delta;
  return {
    patience: j.delta.patience,
    trust: Math.round(j.delta.trust / 2),
    intent: Math.round(j.delta.intent / 4),
  };
}

/** Consequences of bad handling: a strike, a threat, a reaction, or walking out. */
function onBad(ctx: BuyerContext, j: Judgement): BuyerContext {
  const strikes = ctx.strikes + 1;
  let next: BuyerContext = { ...ctx, strikes };
  const p = next.persona;
  // A paid order stays paid: the buyer just leaves the chat upset.
  if (next.stage === 'paid' && (strikes >= p.strikesToExit || next.gauges.patience <= 0)) {
    return leave(next, 'paid', 'common.leaveAngry');
  }
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
function onGood(
  ctx: BuyerContext,
  r: AgentResponse,
  j: Judgement,
  conceded: boolean,
): BuyerContext {
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

function respond(ctx0: BuyerContext, r: AgentResponse): Reaction {
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

  ctx = { ...ctx, gauges: addGauges(ctx.gauges, inPlay(ctx) ? j.delta : smallTalk(j)) };
  if (grade === 'bad') ctx = onBad(ctx, j);
  else if (grade === 'weak')
    ctx = ctx.stage === 'beats' ? onWeak(ctx, j) : onWeakElsewhere(ctx, conc.conceded);
  else ctx = onGood(ctx, r, { ...j, grade }, conc.conceded);
  if (ctx.stage !== 'leaving' && ctx.gauges.patience <= 0) {
    ctx = leave(ctx, ctx.stage === 'paid' ? 'paid' : 'leftAngry', 'common.leaveAngry');
  }
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
    flags: [...new Set(e.analysis.flags)],
    facts: e.facts,
    textLength: e.text.length,
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
