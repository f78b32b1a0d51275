/**
 * The analyzer runs each locale's rules merged, rewritten (optimize.ts) and cut down per reply to
 * the alternatives that can match it (alternatives.ts) for speed. All must be invisible: over
 * every labelled line (each also with capitals and without punctuation, and long texts of many
 * lines), every merged rule, and the RegExp of its live alternatives that the reply runs, match
 * exactly where the plain alternation of the rules as written matches; a rule skipped matches
 * nowhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/locale';
import { normalizeText } from '../../../src/core/analysis/normalize';
import { enRules } from '../../../src/core/analysis/rules/en';
import { esRules } from '../../../src/core/analysis/rules/es';
import { zhRules } from '../../../src/core/analysis/rules/zh';
import { groupRules, mergeRules } from '../../../src/core/analysis/rules/merge';
import {
  buildAlternatives,
  liveRegExp,
  markLive,
} from '../../../src/core/analysis/rules/alternatives';
import type { LocaleRules } from '../../../src/core/analysis/rules/types';

const root = resolve(__dirname, '../../..');
const dir = resolve(root, 'test/fixtures/analysis');
const lines = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(resolve(dir, f), 'utf8').split('\n'))
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { locale: Locale; text: string });

const LOCALES: [Locale, LocaleRules][] = [
  ['zh-CN', zhRules],
  ['en', enRules],
  ['es', esRules],
];

const spans = (re: RegExp, text: string): string[] =>
  [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0].length}`);

describe('the speed rewrites of the rules change nothing', () => {
  it.each(LOCALES)(
    '%s: merged + optimised rules, and their live alternatives, match as written',
    (locale, lr) => {
      const groups = groupRules(lr.rules);
      const merged = mergeRules(lr.rules);
      // The plain alternation of the rules as written, one per merged rule, in the same order.
      const plain = groups.map((g) => new RegExp(g.source, g.rule.re.flags));
      expect(merged.length).toBe(plain.length);
      const alternatives = buildAlternatives(
        groups.map((g) => g.members),
        lr.gramLength,
        null,
      );
      const short = lines
        .filter((l) => l.locale === locale)
        .flatMap((l) => [l.text, l.text.toUpperCase(), l.text.replace(/[\p{P}]/gu, ' ')]);
      expect(short.length).toBeGreaterThan(500);
      // Long texts (V8 compiles a RegExp anew for them: see alternatives.ts), of lines in a row.
      const long: string[] = [];
      for (let i = 0; i < short.length && long.length < 8; i += 300) {
        let t = '';
        for (let j = i; j < short.length && t.length < 1200; j++) t += short[j] + ' ';
        if (t.length >= 1000) long.push(t);
      }
      expect(long.length).toBeGreaterThanOrEqual(4);
      let skipped = 0;
      let cut = 0;
      for (const raw of [...short, ...long]) {
        const text = normalizeText(raw, locale).text;
        markLive(alternatives, text);
        merged.forEach((rule, i) => {
          const want = spans(plain[i]!, text);
          expect(spans(rule.re, text), `${locale} rule ${i} on "${text}"`).toEqual(want);
          const live = liveRegExp(alternatives, i, rule.re, text.length);
          if (live === null) {
            skipped++;
            expect(want, `${locale} rule ${i} skipped on "${text}"`).toEqual([]);
          } else {
            if (live !== rule.re) cut++;
            expect(spans(live, text), `${locale} rule ${i} cut on "${text}"`).toEqual(want);
          }
        });
      }
      // The cutting does skip and shorten work (else it is dead weight).
      expect(skipped).toBeGreaterThan(short.length);
      expect(cut).toBeGreaterThan(short.length);
    },
  );
});
