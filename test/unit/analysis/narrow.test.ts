/**
 * One-byte scanning (rules/narrow.ts): the en and es rules run, rewritten, over a Latin-1 copy of
 * the reply, so that V8 compiles them once and not twice. It must be invisible: every rewritten
 * rule and veto matches the copy exactly where the rule as merged matches the reply, whatever
 * characters above U+00FF (emoji, dashes, €, CJK, Unicode spaces and line separators) or control
 * characters the reply holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../../fixtures/analysis/lines';
import type { Locale } from '../../../src/core/locale';
import { normalizeText } from '../../../src/core/analysis/normalize';
import { enRules } from '../../../src/core/analysis/rules/en';
import { esRules } from '../../../src/core/analysis/rules/es';
import { zhRules } from '../../../src/core/analysis/rules/zh';
import { mergeRules } from '../../../src/core/analysis/rules/merge';
import {
  narrowing,
  narrowRegExp,
  narrowText,
  type Narrowing,
} from '../../../src/core/analysis/rules/narrow';
import type { LocaleRules } from '../../../src/core/analysis/rules/types';

const lines = fixtureLines();

/** Every RegExp the engine runs over the scanned text: merged rules and their vetoes. */
const regexpsOf = (lr: LocaleRules): RegExp[] =>
  mergeRules(lr.rules).flatMap((r) => (r.veto ? [r.re, r.veto] : [r.re]));

const spans = (re: RegExp, text: string): string[] =>
  [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0].length}`);

/** Characters that make a reply two-byte, or that the stand-ins must not be confused with. */
const ODD = [
  '😊',
  '🙂',
  '—',
  '–',
  '€',
  '£',
  '¥',
  '×',
  '亲',
  '。',
  '！',
  '’',
  '“',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u1680',
  '\u3000',
  '\u00a0',
  '\n',
  '\t',
  '\u0001',
  '\u0002',
  '\u0003',
  '\u0004',
  '\u001f',
  'ñ',
  '\u0301',
  '¿',
  '¡',
  ' — ',
  ' € ',
  '10€',
  '5 €',
];

const isOneByte = (s: string): boolean => [...s].every((c) => c.charCodeAt(0) <= 0xff);

describe('one-byte scanning of the Latin-script rules', () => {
  it('applies to en and es (es names the euro sign) and not to zh-CN', () => {
    expect(narrowing(regexpsOf(zhRules))).toBeNull();
    const es = narrowing(regexpsOf(esRules)) as Narrowing;
    expect(es).not.toBeNull();
    expect(es.named.has(0x20ac)).toBe(true);
    expect(narrowing(regexpsOf(enRules))).not.toBeNull();
  });

  it('declines what a one-byte copy cannot stand for', () => {
    expect(narrowing([/caf\u00e9/gu])).toBeNull(); // u flag
    expect(narrowing([/free/gi])).toBeNull(); // i flag
    expect(narrowing([/[\u00e0-\u0101]/g])).toBeNull(); // a range past U+00FF
    expect(narrowing([/\p{L}/gu])).toBeNull();
    // eslint-disable-next-line no-control-regex -- the stand-in of every unnamed character
    expect(narrowing([/a\x01b/g])).toBeNull();
    const many = Array.from({ length: 40 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('|');
    expect(narrowing([new RegExp(many, 'g')])).toBeNull(); // more names than stand-ins
    // eslint-disable-next-line no-control-regex -- a rule that names a control keeps it in the copy
    const named = narrowing([/a\x05b|€/g]) as Narrowing;
    const euro = String.fromCharCode(named.named.get(0x20ac) as number);
    expect(narrowText('a\u0005b €', named)).toBe(`a\u0005b ${euro}`);
    expect(euro).not.toBe('\u0005');
    const n = narrowing([/\d+ ?(?:€|\u20ac|eur)|[\w€$]+|a\u2014b/g]) as Narrowing;
    expect([...n.named.keys()].sort()).toEqual([0x2014, 0x20ac]);
    expect(narrowRegExp(/[\w€$]+ \u20ac/g, n).source).toBe(
      `[\\w\\x${n.named.get(0x20ac)!.toString(16).padStart(2, '0')}$]+ \\x${n.named
        .get(0x20ac)!
        .toString(16)
        .padStart(2, '0')}`,
    );
  });

  it('copies a reply to one-byte text of the same length, and leaves a Latin-1 one alone', () => {
    const n = narrowing(regexpsOf(esRules)) as Narrowing;
    const plain = 'hola, ¿que talla usa? envio gratis';
    expect(narrowText(plain, n)).toBe(plain);
    const odd = `precio 10€ — ok 😊 亲\u2028fin\ufeff\u0003`;
    const copy = narrowText(odd, n);
    expect(copy.length).toBe(odd.length);
    expect(isOneByte(copy)).toBe(true);
    expect(copy.slice(0, 6)).toBe('precio');
    expect(copy.includes('\n')).toBe(true); // the line separator stays a line terminator
    expect(copy.includes('\u00a0')).toBe(true); // U+FEFF stays a space
    const long = odd.repeat(1000);
    expect(narrowText(long, n)).toBe(copy.repeat(1000));
  });

  it.each([
    ['en', enRules],
    ['es', esRules],
  ] as [Locale, LocaleRules][])(
    '%s: every rewritten rule and veto matches the copy where the rule matches the reply',
    (locale, lr) => {
      const wide = regexpsOf(lr);
      const n = narrowing(wide) as Narrowing;
      const narrow = wide.map((re) => narrowRegExp(re, n));
      const texts = lines.filter((l) => l.locale === locale).map((l) => l.text);
      expect(texts.length).toBeGreaterThan(100);
      let matched = 0;
      fc.assert(
        fc.property(
          fc.constantFrom(...texts),
          fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ODD)), { maxLength: 6 }),
          fc.option(fc.constantFrom(...ODD)),
          (raw, inserts, space) => {
            // Some replies have every space replaced, so that \s, \b and `.` meet the odd ones.
            let t = space === null ? raw : raw.replaceAll(' ', space);
            for (const [at, s] of inserts) {
              const k = at % (t.length + 1);
              t = t.slice(0, k) + s + t.slice(k);
            }
            const text = normalizeText(t, locale).text;
            const copy = narrowText(text, n);
            expect(copy.length).toBe(text.length);
            wide.forEach((re, i) => {
              const want = spans(re, text);
              matched += want.length;
              expect(spans(narrow[i]!, copy), `${re.source.slice(0, 40)} on ${text}`).toEqual(want);
            });
          },
        ),
        { seed: 20261123, numRuns: 400 },
      );
      expect(matched).toBeGreaterThan(200); // the rules did match: the comparison meant something
    },
  );
});
