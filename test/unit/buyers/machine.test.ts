import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { buyerMachine, personaTraits, REMINDED_PAY_MS } from '../../../src/core/buyers';
import { fixture } from '../../fixtures/buyers/scenario';
import { PERSONAS } from '../../../src/core/scenario/schema';
import type { PersonaId } from '../../../src/core/scenario/schema';
import { action, isWaiting, modelAgent, ofType, play, reply, startRun } from './harness';
import type { Run } from './harness';

const OUTCOMES = ['paid', 'unpaid', 'left', 'leftAngry', 'complaint'];

/** Advances until the buyer waits for the agent (or is done). */
function untilWaiting(run: Run, limitMs = 120_000): void {
  for (let t = 0; t < limitMs && run.status() === 'active' && !isWaiting(run); t += 250) {
    run.clock.increment(250);
  }
}

function saidLines(run: Run): string[] {
  return ofType(run.outputs, 'buyer.say').map((o) => o.lineId);
}

describe('buyer machine: a model agent', () => {
  it.each(PERSONAS)('%s: sells and gets paid on every seed', (persona) => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const run = startRun(persona, seed);
      play(run, modelAgent);
      const done = ofType(run.outputs, 'buyer.done');
      expect(
        done.map((d) => d.outcome),
        `seed ${seed}`,
      ).toEqual(['paid']);
      expect(run.outputs.at(-1)?.type).toBe('buyer.done');
      const orders = ofType(run.outputs, 'buyer.order');
      expect(orders.map((o) => o.status)).toEqual(['placed', 'paid']);
      expect(run.status()).toBe('done');
      const judged = ofType(run.outputs, 'buyer.judged');
      expect(judged.every((j) => j.grade === 'good')).toBe(true);
      // every beat was asked in order
      const beats = ofType(run.outputs, 'buyer.say')
        .map((o) => o.beatId)
        .filter((b, i, all): b is string => b !== undefined && all.indexOf(b) === i);
      expect(beats).toEqual(['need', 'price', 'trust']);
    }
  });
});

describe('buyer machine: opening and typing', () => {
  it('types before each line, with a delay that follows the persona speed', () => {
    const run = startRun('taciturn');
    expect(run.outputs[0]?.type).toBe('buyer.gauges');
    expect(run.outputs[1]?.type).toBe('buyer.typing');
    untilWaiting(run);
    const says = ofType(run.outputs, 'buyer.say');
    expect(says.map((s) => s.lineId)).toEqual(['open-1', 'need-1', 'need-2']);
    expect(says[0]!.at).toBeGreaterThan(4000);
    expect(says[0]!.source).toBe('scenario');
    const fast = startRun('hasty');
    untilWaiting(fast);
    const fastSays = ofType(fast.outputs, 'buyer.say');
    expect(fastSays.at(-1)!.at).toBeLessThan(says.at(-1)!.at / 2);
  });

  it('the hasty buyer pings twice in quick succession', () => {
    const run = startRun('hasty');
    untilWaiting(run);
    const says = ofType(run.outputs, 'buyer.say');
    expect(says[0]).toMatchObject({ lineId: 'common.ping', source: 'bank' });
    expect(says[1]!.lineId).toBe('open-1');
    expect(says[1]!.at - says[0]!.at).toBeLessThanOrEqual(1000);
  });
});

describe('buyer machine: waiting and patience', () => {
  it.each(PERSONAS)('%s: a silent agent gets follow-ups, a warning, and an outcome', (persona) => {
    const run = startRun(persona);
    run.advance(20 * 60_000);
    expect(run.status()).toBe('done');
    const done = ofType(run.outputs, 'buyer.done');
    expect(done).toHaveLength(1);
    expect(['left', 'leftAngry']).toContain(done[0]!.outcome);
    expect(ofType(run.outputs, 'buyer.patienceWarning')).toHaveLength(1);
    const lines = saidLines(run);
    expect(lines).toContain('common.patienceWarning');
    expect(lines.at(-1)).toMatch(/^common\.leave/);
    const gauges = ofType(run.outputs, 'buyer.gauges');
    expect(gauges.at(-1)!.mood).toBe('gone');
    expect(gauges.at(-2)!.gauges.patience).toBeLessThan(gauges[0]!.gauges.patience);
  });

  it('the hasty buyer gives up angry within a minute, the taciturn one waits minutes', () => {
    const hasty = startRun('hasty');
    hasty.advance(90_000);
    expect(hasty.status()).toBe('done');
    expect(ofType(hasty.outputs, 'buyer.done')[0]!.outcome).toBe('leftAngry');
    expect(saidLines(hasty).filter((l) => l === 'common.ping').length).toBeGreaterThanOrEqual(2);
    const taciturn = startRun('taciturn');
    taciturn.advance(90_000);
    expect(taciturn.status()).toBe('active');
  });

  it('an answer resets the wait', () => {
    const run = startRun('hasty');
    untilWaiting(run);
    run.advance(40_000);
    expect(run.context().followUps).toBeGreaterThan(0);
    run.send(reply(['apology'], [], [], '抱歉亲'));
    expect(run.context().followUps).toBe(0);
    expect(run.context().waitedMs).toBe(0);
    untilWaiting(run);
    run.advance(30_000);
    expect(run.status()).toBe('active');
    run.advance(30_000);
    expect(run.status()).toBe('done');
  });
});

describe('buyer machine: judging replies', () => {
  it('judges a curt "在。" as weak and re-asks', () => {
    const run = startRun('chatty');
    untilWaiting(run);
    run.send(reply(['curt'], [], [], '在。'));
    const judged = ofType(run.outputs, 'buyer.judged');
    expect(judged).toHaveLength(1);
    expect(judged[0]).toMatchObject({ beatId: 'need', grade: 'weak' });
    expect(judged[0]!.reasons).toContain('irrelevant');
    untilWaiting(run);
    expect(saidLines(run).at(-1)).toBe('need-weak');
    expect(run.context().beatIndex).toBe(0);
  });

  it('the taciturn buyer answers weak handling with "嗯" or "哦"', () => {
    const run = startRun('taciturn');
    untilWaiting(run);
    run.send(reply(['greeting'], [], [], '亲您好'));
    untilWaiting(run);
    expect(['taciturn.ok', 'taciturn.oh']).toContain(saidLines(run).at(-1));
  });

  it('leaves after three weak answers to one beat', () => {
    const run = startRun('chatty');
    for (let i = 0; i < 3; i++) {
      untilWaiting(run);
      run.send(reply(['curt'], [], [], '在。'));
    }
    run.advance(60_000);
    expect(ofType(run.outputs, 'buyer.done')[0]?.outcome).toBe('left');
  });

  it("a wrong fact is bad handling with the beat's bad reaction", () => {
    const run = startRun('chatty');
    untilWaiting(run);
    run.send(reply(['recommend'], ['stage'], ['stage']));
    const j = ofType(run.outputs, 'buyer.judged')[0]!;
    expect(j.grade).toBe('bad');
    expect(j.reasons).toContain('fact:wrong:stage');
    untilWaiting(run);
    expect(saidLines(run)).toContain('need-bad');
  });

  it('several quick messages are each judged, and advance one beat only', () => {
    const run = startRun('hasty');
    untilWaiting(run);
    run.send(reply(['recommend', 'probe'], ['stage']));
    run.send(reply(['recommend', 'probe'], ['stage']));
    run.send(reply(['greeting']));
    const judged = ofType(run.outputs, 'buyer.judged');
    expect(judged).toHaveLength(3);
    expect(judged[0]).toMatchObject({ beatId: 'need', grade: 'good' });
    expect(judged[1]!.beatId).toBe('need');
    expect(judged[1]!.reasons).not.toContain('fact:stated:stage');
    expect(run.context().beatIndex).toBe(1);
    untilWaiting(run);
    expect(run.context().beatIndex).toBe(1);
  });

  it.each<[PersonaId, string]>([
    ['arrogant', 'leftAngry'],
    ['hasty', 'leftAngry'],
    ['picky', 'complaint'],
    ['greedy', 'complaint'],
    ['cautious', 'leftAngry'],
  ])('%s: repeated rudeness ends as %s', (persona, outcome) => {
    const run = startRun(persona);
    for (let i = 0; i < 4 && run.status() === 'active'; i++) {
      untilWaiting(run);
      if (run.status() !== 'active') break;
      run.send(reply(['rude', 'argue'], [], [], '爱买不买'));
    }
    run.advance(60_000);
    expect(ofType(run.outputs, 'buyer.done').map((d) => d.outcome)).toEqual([outcome]);
    const grades = ofType(run.outputs, 'buyer.judged').map((j) => j.grade);
    expect(grades.every((g) => g === 'bad')).toBe(true);
  });

  it('the greedy buyer threatens a bad review at the first strike', () => {
    const run = startRun('greedy');
    untilWaiting(run);
    run.send(reply(['rude'], [], [], '爱买不买'));
    untilWaiting(run);
    expect(saidLines(run)).toContain('greedy.threatReview');
    expect(run.status()).toBe('active');
  });
});

describe('buyer machine: bargaining and orders', () => {
  /** Answers beats well until the greedy buyer asks for a concession. */
  function toBargaining(run: Run): void {
    for (let i = 0; i < 10 && run.context().stage !== 'bargaining'; i++) {
      untilWaiting(run);
      run.send(modelAgent(run.context()));
    }
    untilWaiting(run);
  }

  it('the greedy buyer climbs the ladder and accepts after two concessions', () => {
    const run = startRun('greedy');
    toBargaining(run);
    expect(saidLines(run).at(-1)).toBe('bargain.cheaper');
    run.send(action('freeShipping'));
    untilWaiting(run);
    expect(saidLines(run).at(-1)).toBe('bargain.gift');
    run.send(action('gift'));
    untilWaiting(run);
    expect(saidLines(run)).toContain('bargain.accept');
    expect(run.context().stage).toBe('beats');
    play(run, modelAgent);
    const placed = ofType(run.outputs, 'buyer.order')[0]!;
    expect(placed).toMatchObject({
      status: 'placed',
      price: 240,
      freeShipping: true,
      giftIds: ['spoon'],
    });
    expect(placed.beyondAuthority).toBe(false);
  });

  it('a polite refusal at every rung ends in a grudging yes', () => {
    const run = startRun('greedy');
    toBargaining(run);
    for (let i = 0; i < 6 && run.context().stage === 'bargaining'; i++) {
      run.send(reply(['apology', 'value'], [], [], '抱歉亲,真的是最低价了,品质有保障'));
      untilWaiting(run);
    }
    const lines = saidLines(run);
    expect(lines).toContain('bargain.freeShipping');
    expect(lines).toContain('bargain.price');
    expect(lines).toContain('bargain.grudging');
    const priceAsk = ofType(run.outputs, 'buyer.say').find((s) => s.lineId === 'bargain.price')!;
    expect(priceAsk.params).toEqual({ amount: 204 });
  });

  it('escalating a price beyond authority is good handling', () => {
    const run = startRun('greedy');
    toBargaining(run);
    for (let i = 0; i < 6 && saidLines(run).at(-1) !== 'bargain.price'; i++) {
      run.send(reply(['apology', 'value']));
      untilWaiting(run);
    }
    run.send(action('escalate'));
    const j = ofType(run.outputs, 'buyer.judged').at(-1)!;
    expect(j.grade).toBe('good');
    expect(j.reasons).toContain('escalate:beyondAuthority');
  });

  it('a discount beyond authority delights the buyer and shows in the order', () => {
    const run = startRun('greedy');
    toBargaining(run);
    run.send(action('discount', { amount: 60 }));
    const j = ofType(run.outputs, 'buyer.judged').at(-1)!;
    expect(j.reasons).toContain('discount:beyondAuthority');
    expect(j.reasons).toContain('ladder:skipped:freeShipping');
    play(run, modelAgent);
    const placed = ofType(run.outputs, 'buyer.order')[0]!;
    expect(placed).toMatchObject({
      price: 180,
      discount: 60,
      beyondAuthority: true,
      listPrice: 240,
    });
    expect(ofType(run.outputs, 'buyer.done')[0]!.outcome).toBe('paid');
  });

  it('an unpaid order waits for a payment reminder, then pays', () => {
    const run = startRun('taciturn', 1, { paysUnprompted: 0 });
    play(run, (ctx) => (ctx.stage === 'ordered' ? undefined : modelAgent(ctx)), 3000, 5 * 60_000);
    expect(run.context().stage).toBe('ordered');
    run.advance(5 * 60_000);
    expect(ofType(run.outputs, 'buyer.order').map((o) => o.status)).toEqual(['placed']);
    run.send(action('paymentReminder'));
    expect(ofType(run.outputs, 'buyer.judged').at(-1)).toMatchObject({ grade: 'good' });
    run.advance(REMINDED_PAY_MS + 30_000);
    expect(ofType(run.outputs, 'buyer.order').map((o) => o.status)).toEqual(['placed', 'paid']);
    run.advance(120_000);
    expect(ofType(run.outputs, 'buyer.done')[0]?.outcome).toBe('paid');
  });

  it('a reply with payment_reminder also gets the order paid', () => {
    const run = startRun('taciturn', 1, { paysUnprompted: 0 });
    play(run, (ctx) => (ctx.stage === 'ordered' ? undefined : modelAgent(ctx)), 3000, 5 * 60_000);
    run.send(reply(['payment_reminder', 'thanks'], [], [], '亲,看到您拍下了,记得付款哦'));
    run.advance(REMINDED_PAY_MS + 60_000);
    expect(ofType(run.outputs, 'buyer.order').at(-1)?.status).toBe('paid');
  });

  it('low trust: the buyer hesitates once, then leaves without buying', () => {
    const run = startRun('cautious', 1, { trustNeed: 101 });
    play(run, modelAgent);
    expect(saidLines(run)).toContain('common.thinkAgain');
    expect(ofType(run.outputs, 'buyer.order')).toHaveLength(0);
    expect(ofType(run.outputs, 'buyer.done')[0]?.outcome).toBe('left');
  });
});

describe('buyer machine: chatty drift', () => {
  it('drifts off topic after an answer and waits to be steered back', () => {
    const run = startRun('chatty', 1, {
      offTopic: { chance: 1, lineKeys: ['chatty.offTopic.weather'] },
    });
    untilWaiting(run);
    run.send(reply(['recommend', 'probe'], ['stage']));
    untilWaiting(run);
    expect(saidLines(run).at(-1)).toBe('chatty.offTopic.weather');
    expect(run.context().stage).toBe('drifting');
    run.send(reply(['emoji'], [], [], '哈哈😊'));
    expect(ofType(run.outputs, 'buyer.judged').at(-1)!.grade).toBe('weak');
    untilWaiting(run);
    expect(saidLines(run).at(-1)).toBe('chatty.offTopic.weather');
    run.send(reply(['probe'], [], [], '宝宝平时喝多少毫升呀?'));
    expect(ofType(run.outputs, 'buyer.judged').at(-1)!.grade).toBe('good');
    untilWaiting(run);
    expect(saidLines(run).slice(-2)).toEqual(['chatty.backOnTrack', 'price-1']);
  });
});

describe('buyer machine: session end and determinism', () => {
  it('session.end: nothing bought → left; ordered → unpaid; paid → paid', () => {
    const fresh = startRun('chatty');
    fresh.advance(2000);
    fresh.send({ type: 'session.end' });
    expect(ofType(fresh.outputs, 'buyer.done')[0]?.outcome).toBe('left');

    const ordered = startRun('taciturn', 1, { paysUnprompted: 0 });
    play(
      ordered,
      (ctx) => (ctx.stage === 'ordered' ? undefined : modelAgent(ctx)),
      3000,
      5 * 60_000,
    );
    ordered.send({ type: 'session.end' });
    expect(ofType(ordered.outputs, 'buyer.done')[0]?.outcome).toBe('unpaid');

    const paid = startRun('hasty', 1, { paysUnprompted: 1 });
    play(paid, modelAgent, 2000, 5 * 60_000, (ctx) => ctx.stage === 'paid');
    expect(paid.context().stage).toBe('paid');
    paid.send({ type: 'session.end' });
    expect(ofType(paid.outputs, 'buyer.done')[0]?.outcome).toBe('paid');
    for (const r of [fresh, ordered, paid]) {
      expect(r.status()).toBe('done');
      expect(OUTCOMES).toContain(r.value());
    }
  });

  it('same seed and same agent events at the same times give the same outputs', () => {
    for (const persona of PERSONAS) {
      const a = startRun(persona, 42);
      const b = startRun(persona, 42);
      play(a, modelAgent);
      play(b, modelAgent);
      expect(JSON.stringify(stripIds(a.outputs))).toBe(JSON.stringify(stripIds(b.outputs)));
    }
    const c = startRun('chatty', 42);
    const d = startRun('chatty', 43);
    play(c, modelAgent);
    play(d, modelAgent);
    expect(JSON.stringify(stripIds(c.outputs))).not.toBe(JSON.stringify(stripIds(d.outputs)));
  });
});

/** Message ids differ between runs (a global counter); everything else must match. */
function stripIds(outputs: Run['outputs']): unknown[] {
  return outputs.map((o) => ('messageId' in o ? { ...o, messageId: '' } : o));
}

describe('buyer machine: without a parent, and after the sale', () => {
  it('emits its outputs when run standalone', () => {
    const { scenario, buyer } = fixture('hasty');
    const clock = new SimulatedClock();
    const actor = createActor(buyerMachine, {
      input: { buyer, scenario, persona: personaTraits('hasty'), seed: 1 },
      clock,
    });
    const said: string[] = [];
    actor.on('buyer.say', (e) => said.push(e.lineId));
    actor.start();
    for (let t = 0; t < 30_000; t += 500) clock.increment(500);
    expect(said.slice(0, 3)).toEqual(['common.ping', 'open-1', 'need-1']);
    actor.send({ type: 'session.end' });
    expect(actor.getSnapshot().output).toEqual({ buyerId: 'b-hasty', outcome: 'left' });
  });

  it('a paid order stays paid when the agent turns rude afterwards', () => {
    const run = startRun('greedy', 1, { paysUnprompted: 1 });
    play(run, modelAgent, 3000, 10 * 60_000, (ctx) => ctx.stage === 'paid');
    expect(run.context().stage).toBe('paid');
    run.send(reply(['rude'], [], [], '爱买不买'));
    run.send(reply(['rude'], [], [], '爱买不买'));
    run.advance(60_000);
    expect(ofType(run.outputs, 'buyer.done').map((d) => d.outcome)).toEqual(['paid']);
    expect(saidLines(run).at(-1)).toBe('common.leaveAngry');
  });
});
