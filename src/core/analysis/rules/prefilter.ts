/**
 * A cheap test of which merged rules can match a reply at all, so that the engine skips the scans
 * of the others: most rules match nothing in most replies, yet each scan visits every position.
 *
 * For each rule, `grams` works out from its RegExp source a set of strings of k characters such
 * that every match of the RegExp contains one of them. A text that holds none of a rule's grams
 * cannot match the rule, so skipping the rule there changes nothing. The grams of all rules are
 * hashed into one table, and a reply is hashed k characters at a time to find the rules to run.
 */
import type { PhraseRule } from './types';

/**
 * A parsed RegExp, for the syntax the rules use: `lit` is a run of plain characters, `set` one
 * character out of `chars` (null: any character), `empty` an assertion (it consumes nothing).
 */
type Node =
  | { t: 'alt'; alts: Node[] }
  | { t: 'seq'; items: Node[] }
  | { t: 'lit'; s: string }
  | { t: 'set'; chars: string | null }
  | { t: 'empty' }
  | { t: 'rep'; node: Node; min: number; max: number };

const EMPTY: Node = { t: 'empty' };
const ANY: Node = { t: 'set', chars: null };
const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
const QUANTIFIER = /\?|\*|\+|\{(\d+)(,(\d*))?\}/y;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

/** The characters an escape `\e` stands for; null: too many to list; undefined: an assertion. */
export function escapeChars(e: string): string | null | undefined {
  if (e === 'b' || e === 'B') return undefined;
  if (e === 'd') return '0123456789';
  if (e === 'w') return WORD;
  const plain = ESCAPES[e];
  if (plain !== undefined) return plain;
  return /[a-zA-Z0-9]/.test(e) ? null : e; // \s, \W, \p{…}, …: any; \. \? \$ …: the character
}

/** Parse a RegExp source. Throws on what it does not know (captures, backreferences, …). */
function parse(src: string): Node {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i}`);
  };
  const hex = (n: number): string => {
    const digits = src.slice(i, i + n);
    if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== n) fail('bad escape');
    i += n;
    return String.fromCharCode(parseInt(digits, 16));
  };
  /** An escape (after the backslash): its characters, as escapeChars. */
  const escape = (): string | null | undefined => {
    const e = src[i++] ?? fail('trailing \\');
    if (e === 'u') return hex(4);
    if (e === 'x') return hex(2);
    if (/[1-9k]/.test(e)) fail('backreference');
    return escapeChars(e);
  };
  const parseClass = (): Node => {
    i++; // [
    let any = src[i] === '^';
    if (any) i++;
    const chars = new Set<string>();
    while (i < src.length && src[i] !== ']') {
      let lo: string | null | undefined = src[i++];
      if (lo === '\\') lo = escape();
      if (lo === undefined) return fail('\\b in a class');
      if (lo === null) {
        any = true;
      } else if (lo.length === 1 && src[i] === '-' && i + 1 < src.length && src[i + 1] !== ']') {
        i++;
        let hi: string | null | undefined = src[i++];
        if (hi === '\\') hi = escape();
        if (typeof hi !== 'string' || hi.length !== 1) return fail('bad range');
        const a = lo.charCodeAt(0);
        const b = hi.charCodeAt(0);
        if (b - a > 256) any = true;
        else for (let c = a; c <= b; c++) chars.add(String.fromCharCode(c));
      } else {
        for (const c of lo) chars.add(c);
      }
    }
    if (src[i++] !== ']') fail('unclosed class');
    return any ? ANY : { t: 'set', chars: [...chars].join('') };
  };
  const parseAtom = (): Node => {
    const c = src[i++] as string;
    if (c === '(') {
      // (?: … ) is the group; (?= (?! (?<= (?<! are assertions; anything else is unknown.
      let look = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) [look, i] = [true, i + 2];
      else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) [look, i] = [true, i + 3];
      else fail('capture group');
      const inner = parseAlt();
      if (src[i++] !== ')') fail('unclosed group');
      return look ? EMPTY : inner;
    }
    if (c === '[') {
      i--;
      return parseClass();
    }
    if (c === '\\') {
      const chars = escape();
      if (chars === undefined) return EMPTY;
      if (chars === null) return ANY;
      return chars.length === 1 ? { t: 'lit', s: chars } : { t: 'set', chars };
    }
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    if ('*+?{})|'.includes(c)) fail(`stray ${c}`);
    return { t: 'lit', s: c };
  };
  const parseSeq = (): Node => {
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom = parseAtom();
      QUANTIFIER.lastIndex = i;
      const q = QUANTIFIER.exec(src);
      if (q !== null) {
        i = QUANTIFIER.lastIndex;
        if (src[i] === '?') i++; // lazy: the same strings
        let [min, max] = q[0] === '?' ? [0, 1] : q[0] === '*' ? [0, Infinity] : [1, Infinity];
        if (q[1] !== undefined) {
          min = Number(q[1]);
          max = q[2] === undefined ? min : q[3] === '' ? Infinity : Number(q[3]);
        }
        atom = { t: 'rep', node: atom, min, max };
      }
      // Runs of plain characters become one literal.
      const last = items[items.length - 1];
      if (atom.t === 'lit' && last?.t === 'lit') last.s += atom.s;
      else items.push(atom);
    }
    return { t: 'seq', items };
  };
  const parseAlt = (): Node => {
    const alts = [parseSeq()];
    while (src[i] === '|') {
      i++;
      alts.push(parseSeq());
    }
    return alts.length === 1 ? (alts[0] as Node) : { t: 'alt', alts };
  };
  const node = parseAlt();
  if (i !== src.length) fail('unexpected )');
  return node;
}

/** The most strings a gram set may hold (past that it is not worth the table space). */
const LIMIT = 1000;
/** A class of more characters than this makes no useful gram: it counts as any character. */
const WIDE = 24;

type Strings = Set<string> | null;

/** The strings a match of `items[from…]` can start with, cut to k characters (shorter: whole). */
function starts(items: readonly Node[], from: number, k: number): Strings {
  if (k === 0 || from >= items.length) return new Set(['']);
  const head = startsOf(items[from] as Node, k);
  if (head === null) return null;
  const out = new Set<string>();
  const tails = new Map<number, Strings>();
  for (const s of head) {
    if (s.length >= k) {
      out.add(s);
      continue;
    }
    if (!tails.has(k - s.length)) tails.set(k - s.length, starts(items, from + 1, k - s.length));
    const rest = tails.get(k - s.length) as Strings;
    if (rest === null) return null;
    for (const t of rest) out.add(s + t);
    if (out.size > LIMIT) return null;
  }
  return out;
}

function startsOf(node: Node, k: number): Strings {
  switch (node.t) {
    case 'empty':
      return new Set(['']);
    case 'lit':
      return new Set([node.s.slice(0, k)]);
    case 'set':
      return node.chars === null || node.chars.length > WIDE ? null : new Set(node.chars);
    case 'seq':
      return starts(node.items, 0, k);
    case 'alt': {
      const out = new Set<string>();
      for (const a of node.alts) {
        const s = startsOf(a, k);
        if (s === null) return null;
        for (const x of s) out.add(x);
        if (out.size > LIMIT) return null;
      }
      return out;
    }
    case 'rep': {
      // From min copies to min + k: more copies add no new first k characters.
      const out = new Set<string>();
      for (let n = node.min; n <= Math.min(node.max, node.min + k); n++) {
        const s = starts(new Array<Node>(n).fill(node.node), 0, k);
        if (s === null) return null;
        for (const x of s) out.add(x);
        if (out.size > LIMIT) return null;
      }
      return out;
    }
  }
}

/**
 * How common a gram is, roughly: the product of its characters' frequencies in chat text
 * (English letter frequencies; a space or a mark is very common). It only steers which grams are
 * picked: a rarer gram skips its rule in more replies.
 */
function weightOf(gram: string): number {
  let w = 1;
  for (const c of gram) {
    const letter = LETTERS.indexOf(c);
    if (letter >= 0) w *= FREQUENCIES[letter] as number;
    else w *= c >= '\u4e00' && c <= '\u9fff' ? 0.02 : c >= '0' && c <= '9' ? 0.01 : 10;
  }
  return w;
}
/** English letters, the most frequent first, and their frequencies in running text. */
const LETTERS = 'etaoinshrdlcumwfgypbvkjxqz';
const FREQUENCIES = [
  0.12, 0.09, 0.08, 0.075, 0.07, 0.067, 0.063, 0.061, 0.06, 0.043, 0.04, 0.028, 0.028, 0.024, 0.024,
  0.022, 0.02, 0.02, 0.019, 0.015, 0.01, 0.008, 0.002, 0.002, 0.001, 0.001,
];

/** Grams one of which every match of a node contains, and how common they are together. */
interface Cover {
  weight: number;
  grams: ReadonlySet<string>;
}

/**
 * The least common cover of `node` found, or null: for a sequence, the rarest k characters of a
 * literal in it, or the cover of a group every match goes through, or (failing those) what the
 * rest of the sequence starts with from some point; for an alternation, its alternatives' covers.
 */
function cover(node: Node, k: number): Cover | null {
  if (node.t === 'alt') {
    const grams = new Set<string>();
    let weight = 0;
    for (const a of node.alts) {
      const c = cover(a, k);
      if (c === null) return null;
      for (const g of c.grams) grams.add(g);
      weight += c.weight;
    }
    return grams.size > LIMIT ? null : { weight, grams };
  }
  if (node.t === 'rep') return node.min >= 1 ? cover(node.node, k) : null;
  if (node.t === 'lit') return cover({ t: 'seq', items: [node] }, k);
  if (node.t !== 'seq') return null;
  let best: Cover | null = null;
  const consider = (c: Cover | null): void => {
    if (c !== null && (best === null || c.weight < best.weight)) best = c;
  };
  for (const item of node.items) {
    if (item.t === 'lit') {
      for (let at = 0; at + k <= item.s.length; at++) {
        const g = item.s.slice(at, at + k);
        consider({ weight: weightOf(g), grams: new Set([g]) });
      }
    } else if (item.t === 'alt' || item.t === 'seq' || item.t === 'rep') {
      consider(cover(item, k));
    }
  }
  if (best !== null) return best;
  for (let from = 0; from < node.items.length; from++) {
    const set = starts(node.items, from, k);
    if (set === null || set.size === 0 || [...set].some((g) => g.length < k)) continue;
    let weight = 0;
    for (const g of set) weight += weightOf(g);
    consider({ weight, grams: set });
  }
  return best;
}

/**
 * Strings of k characters one of which every match of the RegExp `source` (flags `g` alone)
 * contains, or null when the source is beyond this parser or no small enough set is found.
 */
export function grams(source: string, k: number): ReadonlySet<string> | null {
  try {
    return cover(parse(source), k)?.grams ?? null;
  } catch {
    return null;
  }
}

/** The multiplier of the gram hash. */
const B = 0x01000193;

/**
 * Hash of the k code units of `text` from `at`, kept to 30 bits so that V8 holds it as a small
 * integer; liveRules rolls the same hash along a reply.
 */
function hashAt(text: string, at: number, k: number): number {
  let h = 0;
  for (let j = 0; j < k; j++) h = (Math.imul(h, B) + text.charCodeAt(at + j)) & 0x3fffffff;
  return h;
}

/** Bits of the prefilter's bucket index (a bucket per gram hash modulo 2^BUCKET_BITS). */
const BUCKET_BITS = 16;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

/**
 * Which rules a reply may match. Every gram hash falls in a bucket (its low bits), and a bucket
 * holds the bits of every rule with a gram there: two grams in one bucket cost at most a needless
 * scan, never a missed match, and a reply's lookup is two array reads per position.
 */
export interface Prefilter {
  k: number;
  /** The bits of all the rules with a slot: once a reply has them all, it need not be read on. */
  all: readonly [number, number];
  /** Per rule: its slot (bit slot % 31 of word slot / 31 of a LiveSet), or -1 (always runs). */
  slots: number[];
  /** Per bucket: the bits of the rules in slots 0–30 and 31–61 with a gram there. */
  lo: Int32Array;
  hi: Int32Array;
  /** B^(k-1) mod 2^32, to roll the hash of a gram on by one code unit. */
  lead: number;
}

/** The rules a reply may match, as filled in by liveRules: two words of 31 bits. */
export type LiveSet = Int32Array;

/** Build the prefilter of a locale's merged rules (62 of them at most get a slot). */
export function buildPrefilter(rules: readonly PhraseRule[], k: number): Prefilter {
  const slots: number[] = [];
  const lo = new Int32Array(BUCKET_MASK + 1);
  const hi = new Int32Array(BUCKET_MASK + 1);
  let allLo = 0;
  let allHi = 0;
  for (const rule of rules) {
    const slot = slots.filter((s) => s >= 0).length;
    const set = slot < 62 && rule.re.flags === 'g' ? grams(rule.re.source, k) : null;
    if (set === null || set.size === 0) {
      slots.push(-1);
      continue;
    }
    slots.push(slot);
    const bit = 1 << (slot % 31);
    for (const g of set) {
      const b = hashAt(g, 0, k) & BUCKET_MASK;
      if (slot < 31) lo[b] = (lo[b] as number) | bit;
      else hi[b] = (hi[b] as number) | bit;
    }
    if (slot < 31) allLo |= bit;
    else allHi |= bit;
  }
  let lead = 1;
  for (let j = 1; j < k; j++) lead = Math.imul(lead, B);
  return { k, slots, lo, hi, all: [allLo, allHi], lead };
}

/**
 * Fill `live` with the rules `text` may match: those with a gram whose bucket turns up in it.
 * The hash of each k code units is rolled on from the previous one (the same value as hashAt).
 */
export function liveRules(pf: Prefilter, text: string, live: LiveSet): void {
  const { k, lead } = pf;
  const [allLo, allHi] = pf.all;
  const loT = pf.lo;
  const hiT = pf.hi;
  let lo = 0;
  let hi = 0;
  if (text.length >= k) {
    // Unmasked (mod 2^32) while rolling: its low 30 bits are hashAt's value.
    let h = 0;
    for (let j = 0; j < k - 1; j++) h = Math.imul(h, B) + text.charCodeAt(j);
    for (let at = 0; at + k <= text.length; at++) {
      h = (Math.imul(h, B) + text.charCodeAt(at + k - 1)) | 0;
      const b = h & BUCKET_MASK;
      lo |= loT[b] as number;
      hi |= hiT[b] as number;
      if (lo === allLo && hi === allHi) break;
      h = (h - Math.imul(text.charCodeAt(at), lead)) | 0;
    }
  }
  live[0] = lo;
  live[1] = hi;
}

/** True when the rule in `slot` may match, by what liveRules filled in. */
export function isLive(slot: number, live: LiveSet): boolean {
  return slot < 0 || ((live[slot < 31 ? 0 : 1] as number) & (1 << (slot % 31))) !== 0;
}
