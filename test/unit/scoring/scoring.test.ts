import { describe, expect, it } from 'vitest';
import { RULES, scoreSession, type Annotation } from '../../../src/core/scoring';
import { loadFixture } from '../../fixtures/session/deps';
import { LogBuilder } from './log-builder';

const scenario = loadFixture();

/** A well-handled hasty buyer (b1): fast, warm, facts and moves, the closing flow, paid. */
function goodHasty(): LogBuilder {
  const b = new LogBuilder(scenario, ['b1']);
  b.at(0).arrive('b1');
  b.at(2).say('b1', 'b1-open');
  b.at(3).say('b1', 'b1-material', 'material');
  b.at(10).agent(
    'b1',
    '您好😊 我们是100%纯棉,透气',
    ['greeting', 'emoji', 'we_language', 'value'],
    { stated: ['material'] },
  );
  b.at(12).say('b1', 'b1-material-good', 'material');
  b.at(13).say('b1', 'b1-ship', 'ship');
  b.at(20).agent(
    'b1',
    '抱歉让您着急了,48小时内发货,还推荐您看看棉袜,喜欢可以直接拍下',
    ['apology', 'recommend', 'closing_push'],
    { stated: ['shipping'] },
  );
  b.at(22).say('b1', 'b1-ship-good', 'ship');
  b.at(23).order('b1', 'placed', 79);
  b.at(30).agent('b1', '跟您核对一下收货地址,记得付款哦', ['order_check', 'payment_reminder']);
  b.at(50).order('b1', 'paid', 79);
  b.at(55).agent('b1', '谢谢亲,欢迎下次光临', ['thanks', 'farewell']);
  b.at(60).done('b1', 'paid');
  return b;
}

const rules = (as: Annotation[]) => as.map((a) => a.ruleId);

describe('scoreSession', () => {
  it('scores a well-handled buyer high on every dimension', () => {
    const s = scoreSession(scenario, goodHasty().end());
    const b1 = s.buyers[0]!.scores;
    expect(b1.responseTime).toBe(100);
    expect(b1.courtesy).toBe(100);
    expect(b1.objectionHandling).toBe(100);
    expect(b1.closing).toBe(100);
    expect(b1.overall).toBe(100);
    expect(s.session.scores).toEqual(b1);
  });

  it('ties every annotation to a rule, a message, a seed and a coaching key', () => {
    const s = scoreSession(scenario, goodHasty().end());
    for (const a of s.annotations) {
      const rule = RULES[a.ruleId];
      expect(rule.dimension).toBe(a.dimension);
      expect(a.seed).toBe(rule.seed);
      expect(a.coachingKey).toBe(`coaching:rule.${a.ruleId}`);
      expect(a.messageId).toMatch(/^m\d+$/);
      expect(a.buyerId).toBe('b1');
    }
  });

  it('is a pure function of the log', () => {
    const log = goodHasty().end();
    expect(JSON.stringify(scoreSession(scenario, log))).toBe(
      JSON.stringify(scoreSession(scenario, log)),
    );
  });

  it('rejects a log without session.start', () => {
    expect(() => scoreSession(scenario, [])).toThrow(/session.start/);
  });
});

describe('response time (003 §6 二 及时解答)', () => {
  const first = (seconds: number) => {
    const b = new LogBuilder(scenario, ['b1']);
    b.at(0).arrive('b1');
    b.at(2).say('b1', 'b1-open');
    b.at(2 + seconds).agent('b1', '您好', ['greeting']);
    b.at(2 + seconds).done('b1', 'left');
    const s = scoreSession(scenario, b.end());
    return { score: s.buyers[0]!.scores.responseTime, rules: rules(s.annotations) };
  };

  it('grades the first response against 15 s / 30 s / the 3-minute floor', () => {
    expect(first(10)).toMatchObject({ score: 100 });
    expect(first(10).rules).toContain('rt-first-good');
    expect(first(25)).toMatchObject({ score: 80 });
    expect(first(25).rules).toContain('rt-first-ok');
    const slow = first(120);
    expect(slow.rules).toContain('rt-first-slow');
    expect(slow.score).toBeLessThan(80);
    expect(slow.score).toBeGreaterThan(10);
    expect(first(200)).toMatchObject({ score: 10 });
    expect(first(200).rules).toContain('rt-first-floor');
  });

  it('counts a wait the buyer left on as unanswered, but not a line said on the way out', () => {
    const b = new LogBuilder(scenario, ['b1']);
    b.at(0).arrive('b1');
    b.at(2).say('b1', 'b1-open');
    b.at(100).done('b1', 'left');
    const s = scoreSession(scenario, b.end());
    expect(s.buyers[0]!.scores.responseTime).toBe(0);
    expect(rules(s.annotations)).toContain('rt-unanswered');
    expect(s.session.kpis.abandonedChats).toBe(1);

    const c = new LogBuilder(scenario, ['b1']);
    c.at(0).arrive('b1');
    c.at(2).say('b1', 'b1-open');
    c.at(5).agent('b1', '您好', ['greeting']);
    c.at(6).say('b1', 'b1-ship-good', 'ship');
    c.at(7).done('b1', 'paid');
    const t = scoreSession(scenario, c.end());
    expect(t.buyers[0]!.scores.responseTime).toBe(100);
    expect(t.session.kpis.abandonedChats).toBe(0);
  });

  it('costs points for answering a later asker first (首问优先)', () => {
    const b = new LogBuilder(scenario, ['b1', 'b2']);
    b.at(0).arrive('b1').arrive('b2');
    b.at(1).say('b1', 'b1-open');
    b.at(3).say('b2', 'b2-open');
    b.at(5).agent('b2', '您好', ['greeting']);
    b.at(8).agent('b1', '您好', ['greeting']);
    const s = scoreSession(scenario, b.end());
    const fafs = s.annotations.filter((a) => a.ruleId === 'rt-fafs');
    expect(fafs).toHaveLength(1);
    expect(fafs[0]).toMatchObject({ buyerId: 'b1', messageId: 'm5', points: -5 });
  });
});

describe('courtesy (seed 002, 003 §6 / §8)', () => {
  const courtesy = (
    persona: 'b1' | 'b2',
    text: string,
    flags: Parameters<LogBuilder['agent']>[2],
  ) => {
    const b = new LogBuilder(scenario, [persona]);
    b.at(0).arrive(persona);
    b.at(1).say(persona, `${persona}-open`);
    b.at(3).agent(persona, text, flags);
    return scoreSession(scenario, b.end());
  };

  it('credits a greeting, thanks, "we" and an emoji once each', () => {
    const s = courtesy('b2', '您好,谢谢,我们😊', ['greeting', 'thanks', 'we_language', 'emoji']);
    expect(s.buyers[0]!.scores.courtesy).toBe(100);
    expect(rules(s.annotations)).toEqual(
      expect.arrayContaining(['co-greeting', 'co-thanks', 'co-we', 'co-emoji']),
    );
  });

  it('makes curt and rude replies cost points', () => {
    expect(courtesy('b2', '有。', ['curt']).buyers[0]!.scores.courtesy).toBe(70 - 10 - 15);
    expect(courtesy('b2', '爱买不买', ['rude']).buyers[0]!.scores.courtesy).toBe(70 - 10 - 45);
  });

  it('weights a tone flag per persona: arguing with the hasty costs double', () => {
    const hasty = courtesy('b1', '您好,您说得不对', ['greeting', 'argue']);
    const greedy = courtesy('b2', '您好,您说得不对', ['greeting', 'argue']);
    const argue = (s: ReturnType<typeof scoreSession>) =>
      s.annotations.find((a) => a.ruleId === 'co-argue')!.points;
    expect(argue(hasty)).toBe(-40);
    expect(argue(greedy)).toBe(-20);
  });

  it('credits the persona technique: an apology for the hasty buyer', () => {
    const s = courtesy('b1', '抱歉', ['apology']);
    expect(rules(s.annotations)).toContain('co-persona-soothe');
  });
});

describe('objection handling (000, 002, 003 §8, 004 §2)', () => {
  const greedy = (steps: (b: LogBuilder) => void) => {
    const b = new LogBuilder(scenario, ['b2']);
    b.at(0).arrive('b2');
    b.at(1).say('b2', 'b2-open');
    b.at(2).say('b2', 'b2-price', 'price');
    b.at(3);
    steps(b);
    return scoreSession(scenario, b.end());
  };

  it('gives the beat share for the required facts and a good move', () => {
    const s = greedy((b) => b.agent('b2', '纯棉的,物有所值', ['value'], { stated: ['material'] }));
    expect(s.buyers[0]!.scores.objectionHandling).toBe(100);
    const none = greedy((b) => b.agent('b2', '嗯', []));
    expect(none.buyers[0]!.scores.objectionHandling).toBe(20);
    expect(rules(none.annotations)).toEqual(
      expect.arrayContaining(['oh-facts-missing', 'oh-move-missing']),
    );
  });

  it('catches a wrong fact, a hedge and an absolute promise', () => {
    const s = greedy((b) =>
      b.agent('b2', '应该是涤纶吧,保证明天到', ['hedge', 'absolute_promise'], {
        wrong: ['material'],
      }),
    );
    expect(rules(s.annotations)).toEqual(
      expect.arrayContaining(['oh-fact-wrong', 'oh-hedge', 'oh-promise']),
    );
    expect(s.buyers[0]!.scores.objectionHandling).toBe(0);
  });

  it('wants value before a concession and the ladder before a discount', () => {
    const s = greedy((b) => b.agent('b2', '给您便宜点', ['discount_offer']));
    expect(rules(s.annotations)).toEqual(expect.arrayContaining(['oh-value-first', 'oh-ladder']));
    const ok = greedy((b) => {
      b.agent('b2', '纯棉的,物有所值,给您包邮', ['value', 'free_shipping'], {
        stated: ['material'],
      });
      b.action('b2', 'discount', { amount: 3 });
    });
    expect(rules(ok.annotations)).not.toContain('oh-value-first');
    expect(rules(ok.annotations)).not.toContain('oh-ladder');
    expect(rules(ok.annotations)).not.toContain('oh-authority');
  });

  it('costs the most for a discount beyond the agent authority, unless escalated first', () => {
    const s = greedy((b) => b.action('b2', 'discount', { amount: 20 }));
    expect(rules(s.annotations)).toContain('oh-authority');
    expect(s.buyers[0]!.scores.objectionHandling).toBe(0);
    const escalated = greedy((b) => {
      b.action('b2', 'escalate');
      b.action('b2', 'discount', { amount: 20 });
    });
    expect(rules(escalated.annotations)).not.toContain('oh-authority');
  });

  it('costs points for each hint', () => {
    const s = greedy((b) => {
      b.hint('b2', 'price');
      b.agent('b2', '纯棉的,物有所值', ['value'], { stated: ['material'] });
    });
    expect(s.buyers[0]!.scores.objectionHandling).toBe(90);
    expect(rules(s.annotations)).toContain('oh-hint');
  });
});

describe('closing (003 reception flow)', () => {
  it('normalises over the steps that apply: no order → no order check or payment reminder', () => {
    const b = new LogBuilder(scenario, ['b2']);
    b.at(0).arrive('b2');
    b.at(1).say('b2', 'b2-open');
    b.at(3).agent('b2', '推荐您看看,可以直接拍下,欢迎下次光临', [
      'recommend',
      'closing_push',
      'farewell',
    ]);
    b.at(10).done('b2', 'left');
    const s = scoreSession(scenario, b.end());
    const ids = rules(s.annotations);
    expect(ids).not.toContain('cl-order-check-missing');
    expect(ids).not.toContain('cl-payment-reminder-missing');
    // recommend 20 + push 10 + farewell 20 of 70 applicable
    expect(s.buyers[0]!.scores.closing).toBe(71);
  });

  it('wants a payment reminder when an order waits unpaid', () => {
    const b = new LogBuilder(scenario, ['b1']);
    b.at(0).arrive('b1');
    b.at(1).say('b1', 'b1-open');
    b.at(2).agent('b1', '您好', ['greeting']);
    b.at(3).order('b1', 'placed', 79);
    b.at(100).done('b1', 'unpaid');
    const s = scoreSession(scenario, b.end());
    expect(rules(s.annotations)).toEqual(
      expect.arrayContaining([
        'cl-payment-reminder-missing',
        'cl-order-check-missing',
        'cl-outcome-unpaid',
      ]),
    );
  });

  it('keeps less of the outcome credit the more margin is given away', () => {
    const paid = (discount: number) => {
      const b = new LogBuilder(scenario, ['b1']);
      b.at(0).arrive('b1');
      b.at(1).say('b1', 'b1-open');
      b.at(2).agent('b1', '您好', ['greeting']);
      b.at(3).order('b1', 'paid', 79 - discount, discount);
      b.at(4).done('b1', 'paid');
      return scoreSession(scenario, b.end()).buyers[0]!.scores.closing;
    };
    expect(paid(0)).toBeGreaterThan(paid(4));
    expect(paid(4)).toBeGreaterThan(paid(15));
  });
});

describe('KPIs', () => {
  it('computes response times, conversion, order value and 答问比', () => {
    const s = scoreSession(scenario, goodHasty().end());
    const k = s.session.kpis;
    expect(k.firstResponseSeconds).toBe(8);
    expect(k.inquiryConversion).toBe(1);
    expect(k.averageOrderValue).toBe(79);
    expect(k.discountGiven).toBe(0);
    expect(k.threeMinuteRate).toBe(1);
    expect(k.agentMessages).toBe(4);
    expect(k.buyerMessages).toBe(5);
    expect(k.answerToQuestionRatio).toBe(0.8);
    expect(k.outcomes.paid).toBe(1);
  });
});
