/**
 * Running each merged rule as the alternation of only those of its alternatives that can match
 * the reply at hand.
 *
 * A merged rule is the alternation of hundreds of phrasings, and V8 tries them all at every
 * position of the text: the more phrasings a flag has, the slower every reply. But most of them
 * cannot match a given reply at all. For each alternative, `grams` (prefilter.ts) works out
 * strings of k characters one of which every match contains; an alternative none of whose grams
 * occurs in the reply cannot match anywhere in it. Leaving such alternatives out changes no match:
 * at every position the first alternative that matches is the same one, and so is the leftmost
 * match. So each reply runs, per rule, a RegExp of its live alternatives only (built once per set
 * of live alternatives and kept), and skips a rule with none.
 */
import { flatAlternatives, optimizeSource } from './optimize';
import { grams, hashAt } from './prefilter';
import { narrowSource, type Narrowing } from './narrow';
import type { PhraseRule } from './types';

/** The alternatives of a locale's merged rules, and the gram table that tells which are live. */
export interface Alternatives {
  k: number;
  /** Per merged rule: the index of its first alternative (and, at the end, the total). */
  starts: number[];
  /** Per alternative: its source as written (narrowing is applied when a RegExp is built). */
  sources: string[];
  /** Per alternative: 1 when it has no grams (it is live in every reply). */
  always: Uint8Array;
  /** Gram hash → the alternatives with that gram. */
  table: Map<number, number[]>;
  /** Per alternative: the number of the last reply in which it was found live. */
  liveIn: Uint32Array;
  /** The number of the reply being analysed. */
  reply: number;
  /** Built RegExps, by rule and live alternatives. */
  cache: Map<string, RegExp>;
  narrowing: Narrowing | null;
}

/** Past this many RegExps kept, the cache starts again (a bound on memory, never on results). */
const CACHE_LIMIT = 4000;
/** A reply this long gets RegExps of its own: V8 tunes each to the text it is compiled on. */
const LONG = 1000;

/**
 * Split merged rules back into their alternatives (each rule's own, in rule order, whole
 * `(?:…)` alternatives opened up) and hash their grams.
 * @param groups per merged rule, the rules as written that it joins, in order
 * @param k gram length
 */
export function buildAlternatives(
  groups: readonly (readonly PhraseRule[])[],
  k: number,
  narrowing: Narrowing | null,
): Alternatives {
  const starts: number[] = [];
  const sources: string[] = [];
  const none: number[] = [];
  const table = new Map<number, number[]>();
  for (const group of groups) {
    starts.push(sources.length);
    for (const rule of group) {
      for (const alt of flatAlternatives(rule.re.source)) {
        const id = sources.length;
        sources.push(alt);
        const scanned = narrowing === null ? alt : narrowSource(alt, narrowing);
        const set = rule.re.flags === 'g' ? grams(scanned, k) : null;
        if (set === null || set.size === 0) {
          none.push(id);
          continue;
        }
        for (const g of set) {
          const h = hashAt(g, 0, k);
          const ids = table.get(h);
          if (ids === undefined) table.set(h, [id]);
          else if (ids[ids.length - 1] !== id) ids.push(id);
        }
      }
    }
  }
  starts.push(sources.length);
  const always = new Uint8Array(sources.length);
  for (const id of none) always[id] = 1;
  return {
    k,
    starts,
    sources,
    always,
    table,
    liveIn: new Uint32Array(sources.length),
    reply: 0,
    cache: new Map(),
    narrowing,
  };
}

/** Mark the alternatives that `text` (as the rules scan it) may match: those with a gram in it. */
export function markLive(a: Alternatives, text: string): void {
  a.reply = a.reply === 0xffffffff ? 1 : a.reply + 1;
  if (a.reply === 1) a.liveIn.fill(0);
  const reply = a.reply;
  const { k, table, liveIn } = a;
  for (let at = 0; at + k <= text.length; at++) {
    const ids = table.get(hashAt(text, at, k));
    if (ids === undefined) continue;
    for (let j = 0; j < ids.length; j++) liveIn[ids[j] as number] = reply;
  }
}

/**
 * The RegExp to run for merged rule `i` on the reply marked last: `whole` when every alternative
 * is live, null when none is, else the alternation of the live ones (built on first need).
 * @param whole the merged rule's RegExp (all alternatives, as mergeRules builds it)
 * @param length the reply's length (a long reply gets RegExps of its own)
 */
export function liveRegExp(
  a: Alternatives,
  i: number,
  whole: RegExp,
  length: number,
): RegExp | null {
  const from = a.starts[i] as number;
  const to = a.starts[i + 1] as number;
  let key = '';
  let live = 0;
  for (let id = from; id < to; id++) {
    if (a.always[id] === 1 || a.liveIn[id] === a.reply) {
      key += id + ',';
      live++;
    }
  }
  if (live === 0) return null;
  if (live === to - from) return whole;
  if (length >= LONG) key += 'L';
  let re = a.cache.get(key);
  if (re === undefined) {
    const ids = key.split(',').slice(0, live).map(Number);
    const source = ids.map((id) => a.sources[id] as string).join('|');
    const flags = whole.flags;
    const optimized = flags === 'g' ? optimizeSource(source) : source;
    re = new RegExp(a.narrowing === null ? optimized : narrowSource(optimized, a.narrowing), flags);
    if (a.cache.size >= CACHE_LIMIT) a.cache.clear();
    a.cache.set(key, re);
  }
  return re;
}
