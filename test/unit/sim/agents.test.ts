import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../../src/core/scenario';
import { scoreSession } from '../../../src/core/scoring';
import { runSim } from '../../../src/core/sim';
import { loadFixture } from '../../fixtures/session/deps';

function scenario(file: string): Scenario {
  const r = parseScenario(
    readFileSync(new URL(`../../../scenarios/${file}`, import.meta.url), 'utf8'),
    file,
  );
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.scenario;
}

const GREEDY = scenario('greedy-longjing-tea.json');

describe('scripted agents', () => {
  it('silent never writes; the buyer leaves on their own', () => {
    const { log } = runSim({ scenario: GREEDY, locale: 'zh-CN', seed: 1, policy: 'silent' });
    expect(log.some((e) => e.type.startsWith('agent.'))).toBe(false);
    expect(log.find((e) => e.type === 'buyer.done')?.payload?.outcome).toMatch(/left/);
  });

  it('slow answers past the 3-minute floor', () => {
    const { log } = runSim({ scenario: GREEDY, locale: 'en', seed: 1, policy: 'slow' });
    const firstLine = log.find((e) => e.type === 'buyer.say')!;
    const firstReply = log.find((e) => e.type === 'agent.message');
    if (firstReply) expect(firstReply.t - firstLine.t).toBeGreaterThan(180_000);
    const s = scoreSession(GREEDY, log).session.scores;
    expect(s.responseTime).toBeLessThanOrEqual(10);
  });

  it('discounter gives the biggest discount at once, beyond the authority', () => {
    const { log } = runSim({ scenario: GREEDY, locale: 'es', seed: 1, policy: 'discounter' });
    const actions = log.filter((e) => e.type === 'agent.action');
    expect(actions).toHaveLength(1);
    expect(actions[0]!.payload).toMatchObject({ action: 'discount' });
    const rules = scoreSession(GREEDY, log).annotations.map((a) => a.ruleId);
    expect(rules).toContain('oh-authority');
  });

  it('model serves several buyers oldest wait first and closes the flow', () => {
    const fixture = loadFixture();
    const { log } = runSim({ scenario: fixture, locale: 'zh-CN', seed: 2, policy: 'model' });
    const score = scoreSession(fixture, log);
    expect(score.annotations.filter((a) => a.ruleId === 'rt-fafs')).toHaveLength(0);
    expect(score.session.scores.overall).toBeGreaterThanOrEqual(80);
    for (const b of score.buyers) expect(b.kpis.outcomes.paid).toBe(1);
  });

  it('ends the session at the time cap when buyers would wait on', () => {
    const { session } = runSim({
      scenario: GREEDY,
      locale: 'zh-CN',
      seed: 1,
      policy: 'silent',
      maxMs: 20_000,
    });
    expect(session.isEnded()).toBe(true);
    expect(session.now()).toBe(20_000);
    const end = session.getLog()[session.getLog().length - 1]!;
    expect(end).toMatchObject({ type: 'session.end', payload: { reason: 'agent' } });
  });
});
