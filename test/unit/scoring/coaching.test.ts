import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OBJECTION_TYPES, PERSONAS } from '../../../src/core/scenario';
import { AGENT_ACTIONS } from '../../../src/core/session/contract';
import { RULES } from '../../../src/core/scoring';
import { LOCALES } from '../../../src/core/locale';

type Coaching = {
  rule: Record<string, string>;
  hint: { greet: string; objection: Record<string, string> };
  personaHint: Record<string, string>;
  system: { action: Record<string, string> };
};

const load = (locale: string): Coaching =>
  JSON.parse(
    readFileSync(
      new URL(`../../../src/i18n/locales/${locale}/coaching.json`, import.meta.url),
      'utf8',
    ),
  ) as Coaching;

describe('coaching.json', () => {
  for (const locale of LOCALES) {
    const c = load(locale);
    it(`${locale}: a coaching text for every rule, naming its seed, and nothing else`, () => {
      expect(Object.keys(c.rule).sort()).toEqual(Object.keys(RULES).sort());
      for (const [id, text] of Object.entries(c.rule)) {
        const seed = RULES[id as keyof typeof RULES].seed.match(/^(\d{3})/)?.[1];
        if (seed) expect(text, id).toContain(seed);
        else expect(text.length, id).toBeGreaterThan(10);
      }
    });
    it(`${locale}: hints for every objection type, persona hints and action lines`, () => {
      expect(Object.keys(c.hint.objection).sort()).toEqual([...OBJECTION_TYPES].sort());
      expect(c.hint.greet.length).toBeGreaterThan(5);
      expect(Object.keys(c.personaHint).sort()).toEqual([...PERSONAS].sort());
      expect(Object.keys(c.system.action).sort()).toEqual([...AGENT_ACTIONS].sort());
    });
  }

  it('uses the same interpolation parameters in every locale', () => {
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const zh = load('zh-CN');
    for (const locale of ['en', 'es']) {
      const c = load(locale);
      for (const id of Object.keys(zh.rule))
        expect(params(c.rule[id]!), `${locale} ${id}`).toEqual(params(zh.rule[id]!));
    }
  });
});
