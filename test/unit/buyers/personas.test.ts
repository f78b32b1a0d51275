import { describe, expect, it } from 'vitest';
import { mergeTraits, PERSONA_TRAITS, personaTraits } from '../../../src/core/buyers';
import { FLAGS } from '../../../src/core/analysis/flags';
import { PERSONAS } from '../../../src/core/scenario/schema';

describe('persona traits', () => {
  it('defines the seven personas of seed 002, each with its id', () => {
    expect(Object.keys(PERSONA_TRAITS).sort()).toEqual([...PERSONAS].sort());
    for (const id of PERSONAS) expect(personaTraits(id).id).toBe(id);
  });

  it.each(PERSONAS)('%s: gauges in range, weights are reply flags, sources cite a seed', (id) => {
    const p = personaTraits(id);
    for (const g of Object.values(p.gauges)) expect(g).toBeGreaterThanOrEqual(0);
    for (const g of Object.values(p.gauges)) expect(g).toBeLessThanOrEqual(100);
    for (const map of [p.pleasedBy, p.angeredBy]) {
      for (const [flag, w] of Object.entries(map)) {
        expect(FLAGS).toContain(flag);
        expect(w).toBeGreaterThanOrEqual(1);
        expect(w).toBeLessThanOrEqual(4);
      }
    }
    expect(Object.keys(p.sources).length).toBeGreaterThan(1);
    for (const s of Object.values(p.sources)) expect(s).toMatch(/^00[0-4] /);
    expect(p.typingCharsPerSecond).toBeGreaterThan(0);
    expect(p.waiting.maxFollowUps).toBeGreaterThan(0);
    expect(p.waiting.maxWaitSeconds).toBeGreaterThan(p.waiting.followUpSeconds);
  });

  it('grounds the handling techniques of seed 002 in the weights', () => {
    expect(PERSONA_TRAITS.arrogant.pleasedBy.compliment).toBe(4);
    expect(PERSONA_TRAITS.arrogant.angeredBy.argue).toBe(4);
    expect(PERSONA_TRAITS.hasty.pleasedBy.apology).toBeGreaterThanOrEqual(3);
    expect(PERSONA_TRAITS.hasty.pleasedBy.empathy).toBeGreaterThanOrEqual(3);
    for (const f of ['argue', 'blame', 'hedge'] as const) {
      expect(PERSONA_TRAITS.hasty.angeredBy[f]).toBeGreaterThan(0);
    }
    expect(PERSONA_TRAITS.picky.pleasedBy.value).toBeGreaterThanOrEqual(3);
    expect(PERSONA_TRAITS.picky.angeredBy.hedge).toBe(4);
    expect(PERSONA_TRAITS.cautious.pleasedBy.assurance).toBe(4);
    expect(PERSONA_TRAITS.cautious.angeredBy.absolute_promise).toBe(4);
    for (const f of ['gift_offer', 'free_shipping', 'discount_offer'] as const) {
      expect(PERSONA_TRAITS.greedy.pleasedBy[f]).toBeGreaterThan(0);
    }
    expect(PERSONA_TRAITS.greedy.threatKey).toBe('greedy.threatReview');
    expect(PERSONA_TRAITS.greedy.ladder.asks.length).toBeGreaterThanOrEqual(3);
    expect(PERSONA_TRAITS.taciturn.pleasedBy.probe).toBeGreaterThan(0);
    expect(PERSONA_TRAITS.taciturn.pleasedBy.choice_question).toBeGreaterThan(0);
    expect(PERSONA_TRAITS.taciturn.angeredBy.closing_push).toBeGreaterThan(0);
    expect(PERSONA_TRAITS.taciturn.maxReplyChars).toBeDefined();
    expect(PERSONA_TRAITS.chatty.offTopic.chance).toBeGreaterThan(0);
    expect(PERSONA_TRAITS.chatty.pleasedBy.recommend).toBeGreaterThan(0);
    expect(PERSONA_TRAITS.hasty.openingPings).toBeGreaterThan(0);
    // the hasty buyer is the least patient: shortest wait, fastest follow-up
    const waits = PERSONAS.map((id) => PERSONA_TRAITS[id].waiting.maxWaitSeconds);
    expect(PERSONA_TRAITS.hasty.waiting.maxWaitSeconds).toBe(Math.min(...waits));
    // the cautious buyer starts with the least trust and needs the most
    const needs = PERSONAS.map((id) => PERSONA_TRAITS[id].trustNeed);
    expect(PERSONA_TRAITS.cautious.trustNeed).toBe(Math.max(...needs));
  });

  it('merges scenario overrides without touching the persona', () => {
    const base = personaTraits('hasty');
    const merged = mergeTraits(base, { patience: 10, typingCharsPerSecond: 2, maxWaitSeconds: 99 });
    expect(merged.gauges).toEqual({ ...base.gauges, patience: 10 });
    expect(merged.typingCharsPerSecond).toBe(2);
    expect(merged.waiting.maxWaitSeconds).toBe(99);
    expect(merged.waiting.followUpSeconds).toBe(base.waiting.followUpSeconds);
    expect(base.gauges.patience).toBe(40);
    expect(mergeTraits(base, undefined)).toBe(base);
    expect(mergeTraits(merged, { patience: 10 })).toEqual(merged);
  });
});
