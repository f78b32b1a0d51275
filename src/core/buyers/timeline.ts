/**
 * The buyer's clock-driven side: saying the next queued line (and its effect), paying, and the
 * waiting ticks that drain patience, send follow-ups, warn, and end in an outcome.
 */
import type { BuyerOutcome } from '../session/contract';
import type { BuyerOutput } from './contract';
import type { BuyerContext } from './context';
import { addGauges, draw, enqueueBank, moodOf, pickWith } from './context';
import { exitLine, leave } from './flow';
import type { Reaction } from './outputs';
import { gaugesOut, orderOut } from './outputs';

/** Says the first queued line, with its effect (asking a beat, placing or paying the order). */
export function sayNext(ctx: BuyerContext): Reaction {
  const line = ctx.queue[0];
  if (!line) return { context: ctx, outputs: [] };
  let next: BuyerContext = { ...ctx, queue: ctx.queue.slice(1) };
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
    const outcome: BuyerOutcome =
      next.stage === 'ordered' ? 'unpaid' : angry ? 'leftAngry' : 'left';
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
