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
  /**
   * For normalised code unit i: the start (UTF-16 offset) of the original code point it came
   * from. `null` when normalisation kept every code point's length (then offsets are equal).
   */
  starts: Uint32Array | null;
  /** For normalised code unit i: the end (exclusive) of the original code point it came from. */
  ends: Uint32Array | null;
  /** Length of the original text. */
  originalLength: number;
}

const CACHE_LIMIT = 20000;
const cacheFolded = new Map<number, string>();
const cacheKept = new Map<number, string>();
const COMBINING = /\p{M}/gu;
const ASCII_UPPER = /[A-Z]+/g;
const lowerAscii = (s: string): string => s.toLowerCase();
/** Typographic apostrophes (’ ‘ ʼ ′ ＇) read as "'", so "can’t" matches "can't". */
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x02bc, 0x2032, 0xff07]);
/** Typographic double quotes read as '"'. */
const QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xff02]);

function foldCodePoint(cp: number, stripMarks: boolean): string {
  const cache = stripMarks ? cacheFolded : cacheKept;
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  if (cp >= 0xd800 && cp <= 0xdfff) {
    // a lone surrogate: keep it as it is (it matches nothing)
    out = String.fromCharCode(cp);
  } else if (APOSTROPHES.has(cp)) {
    out = "'";
  } else if (QUOTES.has(cp)) {
    out = '"';
  } else {
    out = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
    if (stripMarks) out = out.normalize('NFD').replace(COMBINING, '');
  }
  // normalizeText lower-cases ASCII capitals only where they are copied as they are: do it here
  out = out.replace(ASCII_UPPER, lowerAscii);
  if (cache.size < CACHE_LIMIT) cache.set(cp, out);
  return out;
}

/** CJK unified ideographs: NFKC and lower case leave them alone. */
function isPlainHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * Normalise a reply for matching: NFKC, lower case, accents stripped for en/es (the Chinese
 * text keeps its marks, though it rarely has any). Never throws, for any string.
 */
export function normalizeText(text: string, locale: Locale): NormalizedText {
  const stripMarks = locale !== 'zh-CN';
  const n = text.length;
  const parts: string[] = [];
  let runStart = 0; // start of the pending run of code units copied as they are
  let upper = false; // the pending run holds an ASCII capital
  let sameLength = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || isPlainHan(c)) {
      if (c >= 0x41 && c <= 0x5a) upper = true;
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
    if (folded.length !== width) sameLength = false;
    if (runStart < i) parts.push(copyRun(text, runStart, i, upper));
    parts.push(folded);
    i += width;
    runStart = i;
    upper = false;
  }
  if (runStart < n) parts.push(copyRun(text, runStart, n, upper));
  const out = parts.length === 1 ? (parts[0] as string) : parts.join('');
  if (sameLength) return { text: out, starts: null, ends: null, originalLength: n };
  return { text: out, ...buildMaps(text, stripMarks, out.length), originalLength: n };
}

/**
 * A run of ASCII and CJK ideographs, as it is but for ASCII capitals, lower-cased: on such a run
 * toLowerCase changes A-Z alone (ideographs have no case).
 */
function copyRun(text: string, start: number, end: number, upper: boolean): string {
  const run = start === 0 && end === text.length ? text : text.slice(start, end);
  return upper ? run.toLowerCase() : run;
}

/** Second pass, only when some code point changed length: where each output unit came from. */
function buildMaps(
  text: string,
  stripMarks: boolean,
  outLength: number,
): { starts: Uint32Array; ends: Uint32Array } {
  const starts = new Uint32Array(outLength);
  const ends = new Uint32Array(outLength);
  const n = text.length;
  let k = 0;
  let i = 0;
  while (i < n && k < outLength) {
    const c = text.charCodeAt(i);
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const len = c < 0x80 || isPlainHan(c) ? 1 : foldCodePoint(cp, stripMarks).length;
    for (let j = 0; j < len && k < outLength; j++, k++) {
      starts[k] = i;
      ends[k] = i + width;
    }
    i += width;
  }
  return { starts, ends };
}

/** Map a [start, end) range of the normalised text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): Span | null {
  if (end <= start || start < 0 || end > norm.text.length) return null;
  if (norm.starts === null || norm.ends === null) {
    return end <= norm.originalLength ? { start, end } : null;
  }
  const s = norm.starts[start];
  const e = norm.ends[end - 1];
  if (s === undefined || e === undefined || e <= s) return null;
  return { start: s, end: e };
}
