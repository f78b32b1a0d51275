/**
 * One-byte scanning for the Latin-script locales.
 *
 * V8 compiles a RegExp twice over when it meets both kinds of subject string: once for one-byte
 * (Latin-1) strings and once for two-byte ones. An en or es reply with a single emoji or dash is a
 * two-byte string, so a Latin-script locale's rules end up compiled both ways — several megabytes
 * of native code. Past a budget (1 MB of RegExp code compiled while more than 16 MB of executable
 * memory is committed), V8 compiles every later RegExp without its optimisations, and those scan
 * many times slower: a 10,000-character reply then takes 10–20 ms instead of 3–4.
 *
 * So the engine scans a copy of the reply that is always one-byte, of the same length (every span
 * and offset is the same), in which each code unit above U+00FF is replaced by a Latin-1 stand-in
 * that behaves the same in every rule:
 * - a character some rule names (the dashes, €) gets a C0 control of its own, and the rules are
 *   rewritten to name that control instead;
 * - a line separator (U+2028, U+2029) becomes "\n" and another Unicode space becomes U+00A0, so
 *   that `\s`, `.` and `\b` see what they saw;
 * - anything else becomes U+0001, which no rule names: like the character it replaces, it is no
 *   word character, no digit, no space and no line terminator, and no class lists it.
 *
 * This holds only for RegExps without the `u` and `i` flags and with no class range reaching past
 * U+00FF; `narrowing` declines rules that are not so (the Chinese ones name thousands of
 * characters), and the engine then scans the text as it is.
 */
import { escapeChars } from './prefilter';

/** The code units a C0 stand-in may take: controls other than \t \n \v \f \r, and not U+0001. */
const POOL: readonly number[] = [
  0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16,
  0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
];
/** The stand-in of every character that no rule names. */
const OTHER = 0x01;
/** Line terminators above U+00FF: they become "\n". */
const LINE_SEPARATORS = new Set([0x2028, 0x2029]);
/** The other code units above U+00FF that `\s` matches: they become U+00A0. */
const SPACES = new Set([
  0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x202f, 0x205f, 0x3000, 0xfeff,
]);

/** How a locale's rules and replies are rewritten for one-byte scanning. */
export interface Narrowing {
  /** Per code unit of a reply (0…0xFFFF): its stand-in in the scanned copy. */
  readonly map: Uint8Array;
  /** Per named character above U+00FF: the C0 control that stands in for it in the rules. */
  readonly named: ReadonlyMap<number, number>;
}

/**
 * The code unit of the class member or literal at `i` of `source` and the index after it: -1 for
 * an escape that stands for a class (`\s`, `\w`, `\d`, `\b`, …), null for what one-byte
 * scanning cannot follow (`\u{…}`, `\p{…}`, `\c`).
 */
function unitAt(source: string, i: number): [unit: number, next: number] | null {
  const c = source[i] as string;
  if (c !== '\\') return [c.charCodeAt(0), i + 1];
  const e = source[i + 1] ?? '';
  if (e === 'p' || e === 'P' || e === 'c' || (e === 'u' && source[i + 2] === '{')) return null;
  if (e === 'u' || e === 'x') {
    const n = e === 'u' ? 4 : 2;
    const unit = parseInt(source.slice(i + 2, i + 2 + n), 16);
    return Number.isNaN(unit) ? null : [unit, i + 2 + n];
  }
  // \n \t \. \? … name one character; \s \w \d \b … are classes or assertions
  const chars = escapeChars(e);
  return [typeof chars === 'string' && chars.length === 1 ? chars.charCodeAt(0) : -1, i + 2];
}

/**
 * The code units a RegExp source names, or null when the source is beyond one-byte scanning (see
 * unitAt, or a class range that reaches past U+00FF). Escapes that stand for classes name
 * nothing: the stand-ins keep to those classes.
 */
function namedUnits(source: string): Set<number> | null {
  const out = new Set<number>();
  let inClass = false;
  for (let i = 0; i < source.length;) {
    const c = source[i] as string;
    if (!inClass && c === '[') {
      inClass = true;
      i += source[i + 1] === '^' ? 2 : 1;
      continue;
    }
    if (inClass && c === ']') {
      inClass = false;
      i++;
      continue;
    }
    const read = unitAt(source, i);
    if (read === null) return null;
    let [unit, next] = read;
    if (inClass && unit >= 0 && source[next] === '-' && source[next + 1] !== ']') {
      const hi = unitAt(source, next + 1);
      if (hi === null || hi[0] < 0 || hi[0] > 0xff || unit > 0xff) return null;
      for (let u = unit; u < hi[0]; u++) out.add(u);
      [unit, next] = hi;
    }
    if (unit >= 0) out.add(unit);
    i = next;
  }
  return out;
}

/**
 * How to scan a locale's rules one-byte, or null when they cannot be (see the module comment).
 * @param regexps every RegExp the engine runs over the scanned copy (the merged rules and vetoes)
 */
export function narrowing(regexps: readonly RegExp[]): Narrowing | null {
  const named = new Set<number>();
  for (const re of regexps) {
    if (re.unicode || re.ignoreCase || re.flags.includes('v')) return null;
    const units = namedUnits(re.source);
    if (units === null) return null;
    for (const u of units) named.add(u);
  }
  // The stand-ins must not be named themselves, nor what line and space separators become.
  if (named.has(OTHER) || named.has(0x0a) || named.has(0xa0)) return null;
  const pool = POOL.filter((u) => !named.has(u));
  const above = [...named].filter((u) => u > 0xff).sort((a, b) => a - b);
  if (above.length > pool.length) return null;
  const map = new Uint8Array(0x10000);
  for (let u = 0; u <= 0xff; u++) map[u] = u;
  // A control in the text that may become a stand-in reads as any unnamed character.
  for (const u of pool) map[u] = OTHER;
  for (let u = 0x100; u < 0x10000; u++) {
    map[u] = LINE_SEPARATORS.has(u) ? 0x0a : SPACES.has(u) ? 0xa0 : OTHER;
  }
  const standIns = new Map<number, number>();
  above.forEach((u, k) => {
    const s = pool[k] as number;
    standIns.set(u, s);
    map[u] = s;
  });
  return { map, named: standIns };
}

/** A RegExp source with every named character above U+00FF written as its stand-in. */
export function narrowSource(source: string, n: Narrowing): string {
  if (n.named.size === 0) return source;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (e === 'u') {
        const unit = parseInt(source.slice(i + 2, i + 6), 16);
        const s = n.named.get(unit);
        if (s !== undefined) {
          out += hexEscape(s);
          i += 5;
          continue;
        }
      }
      out += c + e;
      i++;
      continue;
    }
    const s = n.named.get(c.charCodeAt(0));
    out += s === undefined ? c : hexEscape(s);
  }
  return out;
}

function hexEscape(unit: number): string {
  return '\\x' + unit.toString(16).padStart(2, '0');
}

/** A RegExp rewritten for one-byte scanning (same flags). */
export function narrowRegExp(re: RegExp, n: Narrowing): RegExp {
  const source = narrowSource(re.source, n);
  return source === re.source ? re : new RegExp(source, re.flags);
}

/** Chunk size for String.fromCharCode (well under any engine's argument limit). */
const CHUNK = 4096;

/**
 * The one-byte copy of `text` that the narrowed rules scan: the same length, each code unit its
 * stand-in. Returns `text` itself when nothing needs replacing.
 */
export function narrowText(text: string, n: Narrowing): string {
  const map = n.map;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (map[c] !== c) break;
    i++;
  }
  if (i === text.length) return text;
  const units = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) units[k] = map[text.charCodeAt(k)] as number;
  let out = '';
  for (let k = 0; k < units.length; k += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(k, k + CHUNK) as unknown as number[]);
  }
  return out;
}
