import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  createSession,
  examSeed,
  ReplayMismatchError,
  resumeSession,
  SessionError,
  type SessionHandle,
} from '../../../src/core/session';
import type { AgentInput, SessionCue } from '../../../src/core/session/contract';
import { parseScenario } from '../../../src/core/scenario';
import { fakeDeps, loadFixture } from '../../fixtures/session/deps';

const scenario = loadFixture();
const start = (mode: 'practice' | 'shift' | 'exam' = 'shift', seed = 3) =>
  createSession({ scenario, locale: 'zh-CN', seed, mode, deps: fakeDeps });

/** A scripted run: inputs at given times (ms), then the clock runs on to `until`. */
function play(session: SessionHandle, script: [number, AgentInput][], until: number, step = 1000) {
  for (const [t, input] of script) {
    while (session.now() + step < t) session.advance(step);
    session.advanceTo(t);
    session.send(input);
  }
  while (session.now() < until && !session.isEnded()) session.advance(step);
}

const SCRIPT: [number, AgentInput][] = [
  [5000, { type: 'agent.message', buyerId: 'b1', text: '您好,是纯棉的😊' }],
  [9000, { type: 'agent.focus', buyerId: 'b1' }],
  [12000, { type: 'agent.message', buyerId: 'b1', text: '抱歉,48小时内发货' }],
  [15000, { type: 'agent.message', buyerId: 'b2', text: '您好' }],
  [26000, { type: 'agent.message', buyerId: 'b2', text: '您好,纯棉的,给您包邮' }],
  [27000, { type: 'agent.action', buyerId: 'b2', action: 'freeShipping' }],
  [30000, { type: 'agent.action', buyerId: 'b1', action: 'paymentReminder' }],
];

describe('createSession', () => {
  it('logs session.start, then the arrivals on their schedule', () => {
    const s = start();
    const log = s.getLog();
    expect(log[0]).toMatchObject({ seq: 0, t: 0, type: 'session.start' });
    expect(log[0]!.payload).toMatchObject({
      scenarioId: scenario.id,
      mode: 'shift',
      buyerIds: ['b1', 'b2'],
    });
    expect(log.filter((e) => e.type === 'buyer.arrived').map((e) => e.buyerId)).toEqual(['b1']);
    s.advance(19_999);
    expect(s.getView().conversations[1]!.arrived).toBe(false);
    s.advance(1);
    const arrived = s.getLog().find((e) => e.type === 'buyer.arrived' && e.buyerId === 'b2');
    expect(arrived?.t).toBe(20_000);
    expect(log.every((e, i) => e.seq === i)).toBe(true);
  });

  it('hides persona, budget and motive; shows a persona hint only after the first exchange', () => {
    const s = start();
    s.advance(4000);
    const before = s.getView();
    const text = JSON.stringify(before);
    expect(text).not.toContain('hasty');
    expect(text).not.toContain('budget');
    expect(text).not.toContain(scenario.buyers[0]!.hiddenMotive['zh-CN']);
    expect(before.conversations[0]!.personaHintKey).toBeUndefined();
    expect(before.conversations[0]!.waitingSince).toBe(2000);
    s.send({ type: 'agent.message', buyerId: 'b1', text: '您好' });
    const after = s.getView().conversations[0]!;
    expect(after.personaHintKey).toBe('coaching:personaHint.hasty');
    expect(after.messages.map((m) => m.from)).toEqual(['buyer', 'buyer', 'agent', 'buyer']);
    expect(Object.isFrozen(after)).toBe(true);
  });

  it('logs inputs it cannot route as agent.rejected', () => {
    const s = start();
    s.send({ type: 'agent.message', buyerId: 'nobody', text: 'hi' });
    s.send({ type: 'agent.message', buyerId: 'b2', text: 'hi' });
    const rejected = s.getLog().filter((e) => e.type === 'agent.rejected');
    expect(rejected.map((e) => e.payload)).toEqual([
      { input: 'agent.message', reason: 'unknownBuyer' },
      { input: 'agent.message', reason: 'notArrived' },
    ]);
  });

  it('runs the analyzer on agent messages and logs its flags and fact check', () => {
    const s = start();
    s.advance(3000);
    s.send({ type: 'agent.message', buyerId: 'b1', text: '您好,是纯棉的' });
    const msg = s.getLog().find((e) => e.type === 'agent.message')!;
    expect(msg.payload).toMatchObject({ facts: { stated: ['material'], wrong: [] } });
    expect(msg.payload!.flags).toContain('greeting');
    expect((msg.payload!.spans as Record<string, unknown>).greeting).toEqual([
      { start: 0, end: 2 },
    ]);
  });

  it('practice: one buyer at once, hints for the beat in play are logged', () => {
    const s = createSession({
      scenario,
      locale: 'en',
      seed: 1,
      mode: 'practice',
      buyerIds: ['b2'],
      deps: fakeDeps,
    });
    expect(s.getView().conversations.map((c) => c.buyerId)).toEqual(['b2']);
    expect(s.getLog()[1]).toMatchObject({ type: 'buyer.arrived', t: 0, buyerId: 'b2' });
    s.advance(3500);
    s.send({ type: 'agent.hint', buyerId: 'b2' });
    const hint = s.getLog().find((e) => e.type === 'agent.hint')!;
    expect(hint.payload).toMatchObject({
      hintKey: 'coaching:hint.objection.price',
      beatId: 'price',
    });
    expect(s.getView().hintsUsed).toBe(1);
  });

  it('double11: the view counts down to the first wave', () => {
    const s = createSession({
      scenario,
      locale: 'zh-CN',
      seed: 1,
      mode: 'double11',
      buyerIds: ['b2'],
      deps: fakeDeps,
    });
    expect(s.getView().countdownEndsAt).toBe(20_000);
    expect(start().getView().countdownEndsAt).toBeUndefined();
  });

  it('exam: no hints and a fixed seed', () => {
    const s = start('exam', 12345);
    expect(s.seed).toBe(examSeed(scenario));
    s.advance(3000);
    s.send({ type: 'agent.hint', buyerId: 'b1' });
    expect(s.getLog().some((e) => e.type === 'agent.hint')).toBe(false);
    expect(s.getLog().find((e) => e.type === 'agent.hint.refused')?.payload).toEqual({
      reason: 'mode',
    });
    expect(s.getView().hintsUsed).toBe(0);
  });

  it('emits cues for arrivals, messages, orders and the end', () => {
    const cues: SessionCue['type'][] = [];
    const s = createSession({
      scenario,
      locale: 'zh-CN',
      seed: 3,
      mode: 'shift',
      deps: fakeDeps,
      onCue: (c) => cues.push(c.type),
    });
    play(s, SCRIPT, 200_000);
    expect(cues[0]).toBe('cue.buyerArrived');
    expect(cues).toContain('cue.buyerMessage');
    expect(cues).toContain('cue.orderPlaced');
    expect(cues).toContain('cue.orderPaid');
    expect(cues).toContain('cue.buyerLeft');
    expect(cues[cues.length - 1]).toBe('cue.sessionEnded');
  });

  it('end() closes the buyers still in the chat, and later inputs are ignored', () => {
    const s = start();
    s.advance(4000);
    s.end();
    const log = s.getLog();
    expect(log[log.length - 2]).toMatchObject({
      type: 'buyer.done',
      buyerId: 'b1',
      payload: { outcome: 'left' },
    });
    expect(log[log.length - 1]).toMatchObject({
      type: 'session.end',
      payload: { reason: 'agent' },
    });
    expect(s.isEnded()).toBe(true);
    const n = log.length;
    s.send({ type: 'agent.message', buyerId: 'b1', text: 'hi' });
    expect(s.getLog()).toHaveLength(n);
    expect(s.getView().ended).toBe(true);
  });

  it('notifies subscribers with a new view after changes', () => {
    const s = start();
    const views: number[] = [];
    const off = s.subscribe((v) => views.push(v.now));
    s.advance(1000);
    s.advance(1000);
    off();
    s.advance(1000);
    expect(views).toEqual([1000, 2000]);
  });

  it('refuses a locale the scenario lacks, an unknown buyer or mode, with a SessionError', () => {
    const { locales: _omit, ...rest } = scenario;
    const zhOnly = { ...rest, locales: ['zh-CN' as const] };
    expect(() =>
      createSession({ scenario: zhOnly, locale: 'es', seed: 1, mode: 'shift', deps: fakeDeps }),
    ).toThrow(SessionError);
    expect(() =>
      createSession({
        scenario,
        locale: 'en',
        seed: 1,
        mode: 'shift',
        buyerIds: ['zz'],
        deps: fakeDeps,
      }),
    ).toThrow(/no buyer "zz"/);
    expect(() =>
      createSession({ scenario, locale: 'en', seed: 1, mode: 'nap' as 'shift', deps: fakeDeps }),
    ).toThrow(/unknown mode/);
  });
});

describe('ending', () => {
  /** XState's warnings (development build) while `fn` runs. */
  function xstateWarnings(fn: () => void): string[] {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      fn();
      return warn.mock.calls.map((c) => c.map(String).join(' ')).filter((m) => /actor/.test(m));
    } finally {
      warn.mockRestore();
    }
  }

  it('ends only once every buyer actor has stopped: no buyer end reaches a stopped session', () => {
    const warnings = xstateWarnings(() => {
      // every buyer done on their own (buyers that report to their parent)
      const a = createSession({
        scenario,
        locale: 'zh-CN',
        seed: 3,
        mode: 'shift',
        deps: fakeDeps,
      });
      play(a, SCRIPT, 200_000);
      expect(a.isEnded()).toBe(true);
      // ended by the agent with two buyers in the chat
      const b = start();
      b.advance(20_000);
      b.end();
      expect(b.isEnded()).toBe(true);
      // the real buyers (outputs through the session's sink), ended by the agent mid-shift
      const file = 'scenarios/shift-skincare-evening.json';
      const parsed = parseScenario(readFileSync(file, 'utf8'), file);
      if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
      const c = createSession({
        scenario: parsed.scenario,
        locale: 'zh-CN',
        seed: 1,
        mode: 'shift',
      });
      c.advance(120_000);
      expect(c.getLog().filter((e) => e.type === 'buyer.arrived').length).toBeGreaterThan(1);
      c.end();
      expect(c.getLog().at(-1)?.type).toBe('session.end');
    });
    expect(warnings).toEqual([]);
  });
});

describe('determinism and replay', () => {
  it('writes the same log whatever the clock step size', () => {
    const a = start();
    play(a, SCRIPT, 200_000, 16);
    const b = start();
    play(b, SCRIPT, 200_000, 5000);
    expect(JSON.stringify(a.getLog())).toBe(JSON.stringify(b.getLog()));
  });

  it('resumeSession rebuilds the same state from a log cut mid-session, and goes on alike', () => {
    const original = start();
    play(original, SCRIPT.slice(0, 4), 20_000);
    const cut = original.getLog().map((e) => JSON.parse(JSON.stringify(e)));
    const resumed = resumeSession(scenario, cut, { deps: fakeDeps, now: original.now() });
    expect(resumed.getLog()).toEqual(original.getLog());
    expect(resumed.getView()).toEqual(original.getView());
    play(original, SCRIPT.slice(4), 200_000);
    play(resumed, SCRIPT.slice(4), 200_000);
    expect(JSON.stringify(resumed.getLog())).toBe(JSON.stringify(original.getLog()));
  });

  it('resumeSession replays an ended session, and refuses a log that does not replay', () => {
    const s = start();
    play(s, SCRIPT, 60_000);
    s.end();
    const resumed = resumeSession(scenario, s.getLog(), { deps: fakeDeps });
    expect(resumed.isEnded()).toBe(true);
    expect(resumed.getLog()).toEqual(s.getLog());
    const tampered = s.getLog().map((e) => ({ ...e }));
    const i = tampered.findIndex((e) => e.type === 'buyer.say');
    tampered[i] = { ...tampered[i]!, t: tampered[i]!.t + 1 };
    expect(() => resumeSession(scenario, tampered, { deps: fakeDeps })).toThrow(
      ReplayMismatchError,
    );
    expect(() => resumeSession(scenario, tampered.slice(1), { deps: fakeDeps })).toThrow(
      /session.start/,
    );
  });
});
