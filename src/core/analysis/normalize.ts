/**
 * Text normalisation for the reply analyzer: NFKC (full-/half-width), lower case and, for the
 * Latin-script locales, accents stripped — with a map from every normalised code unit back to
 * the original text, so that spans found on the normalised text point into the text as given.
 */
import type { Locale } from '../locale';
import type { Span } from './types';

/** Normalised text plus, per normalised code unit, the original range it came from. */
export interface NormalizedText {
  /** The normalised text that rules match against. */
  text: string;
  /** For normalised code unit i: the start (UTF-16 offset) of the original code point it came from. */
  starts: Uint32Array;
  /** For normalised code unit i: the end (exclusive) of the original code point it came from. */
  ends: Uint32Array;
  /** Length of the original text. */
  originalLength: number;
}

const CACHE_LIMIT = 20000;
const cacheFolded = new Map<number, string>();
const cacheKept = new Map<number, string>();
const COMBINING = /\p{M}/gu;

function foldCodePoint(cp: number, stripMarks: boolean): string {
  const cache = stripMarks ? cacheFolded : cacheKept;
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  if (cp >= 0xd800 && cp <= 0xdfff) {
    // a lone surrogate: keep it as it is (it matches nothing)
    out = String.fromCharCode(cp);
  } else {
    out = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
    if (stripMarks) out = out.normalize('NFD').replace(COMBINING, '');
  }
  if (cache.size < CACHE_LIMIT) cache.set(cp, out);
  return out;
}

/**
 * Normalise a reply for matching: NFKC, lower case, accents stripped for en/es (the Chinese
 * text keeps its marks, though it rarely has any). Never throws, for any string.
 */
export function normalizeText(text: string, locale: Locale): NormalizedText {
  const stripMarks = locale !== 'zh-CN';
  const n = text.length;
  const starts = new Uint32Array(n * 2 + 4);
  const ends = new Uint32Array(n * 2 + 4);
  let buf = '';
  let len = 0;
  let starts2 = starts;
  let ends2 = ends;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const lc = c >= 65 && c <= 90 ? c + 32 : c;
      buf += String.fromCharCode(lc);
      if (len >= starts2.length) [starts2, ends2] = grow(starts2, ends2);
      starts2[len] = i;
      ends2[len] = i + 1;
      len++;
      i++;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const folded = foldCodePoint(cp, stripMarks);
    for (let k = 0; k < folded.length; k++) {
      if (len >= starts2.length) [starts2, ends2] = grow(starts2, ends2);
      starts2[len] = i;
      ends2[len] = i + width;
      len++;
    }
    buf += folded;
    i += width;
  }
  return {
    text: buf,
    starts: starts2.subarray(0, len),
    ends: ends2.subarray(0, len),
    originalLength: n,
  };
}

function grow(a: Uint32Array, b: Uint32Array): [Uint32Array, Uint32Array] {
  const a2 = new Uint32Array(a.length * 2 + 16);
  const b2 = new Uint32Array(b.length * 2 + 16);
  a2.set(a);
  b2.set(b);
  return [a2, b2];
}

/** Map a [start, end) range of the normalised text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): Span | null {
  if (end <= start || start < 0 || end > norm.starts.length) return null;
  const s = norm.starts[start];
  const e = norm.ends[end - 1];
  if (s === undefined || e === undefined || e <= s) return null;
  return { start: s, end: e };
}
