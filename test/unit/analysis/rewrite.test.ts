/**
 * The analyzer runs each locale's rules merged, rewritten (optimize.ts) and prefiltered
 * (prefilter.ts) for speed. Both must be invisible: over every labelled line (and each line with
 * capitals and without punctuation), every merged rule matches exactly where the plain
 * alternation of the rules as written matches, and a rule the prefilter skips matches nowhere.
 */
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../../fixtures/analysis/lines';
import type { Locale } from '../../../src/core/locale';
import { normalizeText } from '../../../src/core/analysis/normalize';
import { enRules } from '../../../src/core/analysis/rules/en';
import { esRules } from '../../../src/core/analysis/rules/es';
import { zhRules } from '../../../src/core/analysis/rules/zh';
import { groupRules, mergeRules } from '../../../src/core/analysis/rules/merge';
import { buildPrefilter, isLive, liveRules } from '../../../src/core/analysis/rules/prefilter';
import type { LocaleRules } from '../../../src/core/analysis/rules/types';

const lines = fixtureLines();

const LOCALES: [Locale, LocaleRules][] = [
  ['zh-CN', zhRules],
  ['en', enRules],
  ['es', esRules],
];

const spans = (re: RegExp, text: string): string[] =>
  [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0].length}`);

describe('the speed rewrites of the rules change nothing', () => {
  it.each(LOCALES)(
    '%s: merged + optimised rules match as written; skipped rules never match',
    (locale, lr) => {
      const merged = mergeRules(lr.rules);
      // The plain alternation of the rules as written, one per merged rule, in the same order.
      const plain = groupRules(lr.rules).map((g) => new RegExp(g.source, g.rule.re.flags));
      expect(merged.length).toBe(plain.length);
      const pf = buildPrefilter(merged, lr.gramLength);
      const live = new Int32Array(2);
      const texts = lines
        .filter((l) => l.locale === locale)
        .flatMap((l) => [l.text, l.text.toUpperCase(), l.text.replace(/[\p{P}]/gu, ' ')]);
      expect(texts.length).toBeGreaterThan(500);
      let skipped = 0;
      for (const raw of texts) {
        const text = normalizeText(raw, locale).text;
        liveRules(pf, text, live);
        merged.forEach((rule, i) => {
          const want = spans(plain[i]!, text);
          expect(spans(rule.re, text), `${locale} rule ${i} on "${text}"`).toEqual(want);
          const slot = pf.slots[i]!;
          if (slot >= 0 && !isLive(slot, live)) {
            skipped++;
            expect(want, `${locale} rule ${i} skipped on "${text}"`).toEqual([]);
          }
        });
      }
      // The prefilter does skip work (else it is dead weight).
      expect(skipped).toBeGreaterThan(texts.length);
    },
  );
});

describe('the sample each locale compiles its rules on', () => {
  it.each(LOCALES)('%s: is normalised chat text of at least 128 characters', (locale, lr) => {
    const sample = lr.sample ?? '';
    expect(sample.length).toBeGreaterThanOrEqual(128); // V8 samples 128 characters
    expect(normalizeText(sample, locale).text).toBe(sample);
  });
});
