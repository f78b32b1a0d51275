import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/core/analysis/flags';
import { judgeReply, personaTraits } from '../../../src/core/buyers';
import type { BeatSpec } from '../../../src/core/buyers';
import type { PersonaId } from '../../../src/core/scenario/schema';

const needBeat: BeatSpec = {
  id: 'need',
  objection: 'need',
  requiredFacts: ['stage'],
  goodMoves: ['probe', 'recommend'],
  badMoves: ['rude'],
};
const priceBeat: BeatSpec = {
  id: 'price',
  objection: 'price',
  requiredFacts: [],
  goodMoves: ['value'],
  badMoves: ['argue'],
};

function judge(
  persona: PersonaId,
  flags: Flag[],
  opts: { beat?: BeatSpec; stated?: string[]; wrong?: string[]; length?: number } = {},
) {
  return judgeReply({
    beat: opts.beat ?? needBeat,
    persona: personaTraits(persona),
    flags,
    facts: { stated: opts.stated ?? [], wrong: opts.wrong ?? [] },
    textLength: opts.length ?? 20,
  });
}

describe('judgeReply', () => {
  it('grades a reply that states the required facts politely as good', () => {
    const j = judge('chatty', ['greeting', 'recommend'], { stated: ['stage'] });
    expect(j.grade).toBe('good');
    expect(j.reasons).toContain('fact:stated:stage');
    expect(j.reasons).toContain('goodMove:recommend');
    expect(j.delta.intent).toBeGreaterThan(0);
  });

  it('grades a bare "在。" to a question as weak (irrelevant, curt)', () => {
    const j = judge('chatty', ['curt'], { length: 2 });
    expect(j.grade).toBe('weak');
    expect(j.reasons).toContain('irrelevant');
    expect(j.reasons).toContain('fact:missing:stage');
  });

  it('grades a missing required fact as weak even with good moves', () => {
    expect(judge('chatty', ['probe', 'greeting']).grade).toBe('weak');
  });

  it('grades a wrong fact as bad and costs trust', () => {
    const j = judge('chatty', ['recommend'], { stated: ['stage'], wrong: ['material'] });
    expect(j.grade).toBe('bad');
    expect(j.reasons).toContain('fact:wrong:material');
    expect(j.delta.trust).toBeLessThan(-10);
  });

  it('grades a bad move or a severe tone flag as bad', () => {
    expect(judge('chatty', ['rude'], { stated: ['stage'] }).grade).toBe('bad');
    expect(judge('cautious', ['value', 'argue'], { beat: priceBeat }).grade).toBe('bad');
    expect(judge('chatty', ['blame', 'recommend'], { stated: ['stage'] }).grade).toBe('bad');
  });

  it('lets the persona weigh tone: a hedge on a fact is bad for the picky buyer only', () => {
    expect(judge('picky', ['hedge'], { stated: ['stage'] }).grade).toBe('bad');
    expect(judge('hasty', ['hedge'], { stated: ['stage'] }).grade).toBe('weak');
    expect(judge('chatty', ['hedge'], { stated: ['stage'] }).grade).toBe('good');
    expect(judge('picky', ['hedge'], { stated: ['stage'] }).reasons).toContain('angeredBy:hedge');
  });

  it('the arrogant buyer is pleased by a compliment, the cautious one put off by a promise', () => {
    const proud = judge('arrogant', ['compliment', 'value'], { beat: priceBeat });
    expect(proud.grade).toBe('good');
    expect(proud.pleased).toBe(4 + 1);
    const wary = judge('cautious', ['value', 'absolute_promise'], { beat: priceBeat });
    expect(wary.grade).toBe('bad');
    expect(wary.reasons).toContain('angeredBy:absolute_promise');
  });

  it('the taciturn buyer is angered by a wall of text', () => {
    const j = judge('taciturn', ['probe', 'recommend'], { stated: ['stage'], length: 300 });
    expect(j.reasons).toContain('tooLong');
    expect(j.score).toBeLessThan(
      judge('taciturn', ['probe', 'recommend'], { stated: ['stage'] }).score,
    );
  });

  it('with no moves or facts set, any content or warmth answers; nothing at all is weak', () => {
    const open: BeatSpec = { id: 'x', requiredFacts: [], goodMoves: [], badMoves: [] };
    expect(judge('chatty', ['greeting'], { beat: open }).grade).toBe('good');
    expect(judge('chatty', [], { beat: open }).grade).toBe('weak');
  });

  it('is pure: same input, same judgement', () => {
    const a = judge('greedy', ['value', 'free_shipping'], { beat: priceBeat });
    const b = judge('greedy', ['value', 'free_shipping'], { beat: priceBeat });
    expect(a).toEqual(b);
  });
});
