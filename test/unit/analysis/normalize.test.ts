import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalSpan } from '../../../src/core/analysis/index';

describe('normalizeText', () => {
  it('folds full width, case and (for en/es) accents', () => {
    expect(normalizeText('ＦＲＥＥ！！', 'en').text).toBe('free!!');
    expect(normalizeText('Envío GRATIS, señora', 'es').text).toBe('envio gratis, senora');
    expect(normalizeText('Can’t', 'en').text).toBe("can't");
    expect(normalizeText('您好！请问？', 'zh-CN').text).toBe('您好!请问?');
  });

  it('maps every normalised range back to the original text', () => {
    const original = '㎏ Envío ＧＲＡＴＩＳ 😊 ﬁne';
    const n = normalizeText(original, 'es');
    const at = n.text.indexOf('gratis');
    const span = toOriginalSpan(n, at, at + 'gratis'.length);
    expect(span && original.slice(span.start, span.end)).toBe('ＧＲＡＴＩＳ');
    const kg = toOriginalSpan(n, 0, 2);
    expect(kg && original.slice(kg.start, kg.end)).toBe('㎏');
    const fi = n.text.indexOf('fine');
    const s2 = toOriginalSpan(n, fi, fi + 4);
    expect(s2 && original.slice(s2.start, s2.end)).toBe('ﬁne');
  });

  it('keeps lone surrogates and control characters without throwing', () => {
    const n = normalizeText('a\ud800b\u0000c', 'en');
    expect(n.text).toBe('a\ud800b\u0000c');
    expect(toOriginalSpan(n, 0, 5)).toEqual({ start: 0, end: 5 });
  });

  it('rejects empty or out-of-range spans', () => {
    const n = normalizeText('abc', 'en');
    expect(toOriginalSpan(n, 2, 2)).toBeNull();
    expect(toOriginalSpan(n, 0, 9)).toBeNull();
  });
});
