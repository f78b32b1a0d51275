/**
 * Robustness: any string — empty, emoji only, mixed scripts, control characters, lone
 * surrogates, a megabyte — gives a result, never throws, and every span lies within the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../../src/core/analysis/index';
import { FLAGS } from '../../../src/core/analysis/flags';
import { LOCALES, type Locale } from '../../../src/core/locale';

function checkResult(text: string, locale: Locale): void {
  const a = analyzeReply(text, locale);
  expect(Array.isArray(a.flags)).toBe(true);
  const seen = new Set<string>();
  let last = -1;
  for (const f of a.flags) {
    expect(seen.has(f)).toBe(false);
    seen.add(f);
    const i = FLAGS.indexOf(f);
    expect(i).toBeGreaterThan(last);
    last = i;
    const spans = a.spans[f];
    expect(spans && spans.length).toBeGreaterThan(0);
    for (const s of spans ?? []) {
      expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(text.length);
    }
  }
  expect(Object.keys(a.spans).sort()).toEqual([...a.flags].sort());
}

const locale = fc.constantFrom(...LOCALES);
const pieces = fc.constantFrom(
  '您好',
  '谢谢',
  '不',
  '没有优惠',
  '吧',
  '啊',
  '。',
  '！',
  '？',
  '!',
  '?',
  '¿',
  '¡',
  '~',
  ',',
  ' ',
  '😊',
  '👍🏽',
  '🇨🇳',
  '1️⃣',
  '[微笑]',
  ':)',
  '^_^',
  'é',
  'É',
  'ñ',
  'ＡＢＣ',
  'ﬁ',
  '㎏',
  'İ',
  '\u0000',
  '\u0007',
  '\n',
  '\r\n',
  '\t',
  '\u200d',
  '\ufe0f',
  '\u0301',
  '\ud800',
  '\udfff',
  "can't",
  'free shipping',
  'no',
  'or',
  ' o ',
  '还是',
  'discount',
  'descuento',
);
const mixed = fc.array(pieces, { maxLength: 60 }).map((a) => a.join(''));

describe('analyzer robustness', () => {
  it('never throws and keeps spans in range, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), locale, (text, loc) => {
        checkResult(text, loc);
      }),
      { numRuns: 400 },
    );
  });

  it('handles mixed scripts, emoji, control characters and lone surrogates', () => {
    fc.assert(
      fc.property(mixed, locale, (text, loc) => {
        checkResult(text, loc);
      }),
      { numRuns: 400 },
    );
  });

  it('handles the empty string, emoji only and whitespace only', () => {
    for (const loc of LOCALES) {
      expect(analyzeReply('', loc)).toEqual({ flags: [], spans: {} });
      expect(analyzeReply('   \n\t', loc).flags).toEqual([]);
      expect(analyzeReply('😊😊👍', loc).flags).toEqual(['emoji']);
      checkResult('\ud83d', loc);
      checkResult('\udc00\ud800abc', loc);
    }
  });

  it('is deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(mixed, locale, (text, loc) => {
        expect(JSON.stringify(analyzeReply(text, loc))).toBe(
          JSON.stringify(analyzeReply(text, loc)),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('analyses a 1 MB reply', () => {
    const unit = '亲,您好!这款卖得很好,给您包邮哦😊 Great choice!! ¿Prefiere el rojo o el azul? ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    for (const loc of LOCALES) checkResult(text, loc);
  });
});
