/**
 * The rule engine of the reply analyzer: runs one locale's rules over a normalised reply,
 * applies negation, vetoes and the cross-flag rules, and maps every span back to the original.
 */
import { FLAGS, type Flag } from './flags';
import {
  EMOTICON,
  eachMatch,
  PUNCT_RUN,
  findEmoji,
  isClauseEnd,
  sentenceAt,
  splitSentences,
  type Range,
} from './features';
import { toOriginalSpan, type NormalizedText } from './normalize';
import { mergeRules } from './rules/merge';
import { narrowing, narrowRegExp, narrowText, type Narrowing } from './rules/narrow';
import { buildPrefilter, isLive, liveRules, type Prefilter } from './rules/prefilter';
import type { LocaleRules, PhraseRule } from './rules/types';
import type { ReplyAnalysis, Span } from './types';

/** Flags whose matches are dropped inside a sentence that also shows one of these flags. */
const SUPPRESSED_BY: readonly (readonly [Flag, readonly Flag[]])[] = [
  // A hedged or promised fact is not a value argument (004 §2.3, 003 §8). A fact stated after a
  // contradiction ("No, that's not correct — it is waterproof") still argues the product's worth.
  ['value', ['hedge', 'absolute_promise']],
  // Urgency about an order already placed is a payment reminder, not a push to order.
  ['closing_push', ['payment_reminder']],
];

/** Every locale's `isQuestion` needs one of these characters in the sentence. */
const MAY_ASK = /[?¿吗么嘛呢]/;

/**
 * A locale's rules as the engine runs them: merged per flag and options, rewritten for one-byte
 * scanning when they can be (`narrowing`, see rules/narrow.ts), and prefiltered.
 */
interface Compiled {
  rules: PhraseRule[];
  prefilter: Prefilter;
  narrowing: Narrowing | null;
}

const COMPILED = new WeakMap<LocaleRules, Compiled>();

/** Merge and prefilter a locale's rules on its first reply (not when the module loads). */
function compiled(rules: LocaleRules): Compiled {
  let c = COMPILED.get(rules);
  if (c === undefined) {
    let merged = mergeRules(rules.rules);
    const n = narrowing(merged.flatMap((r) => (r.veto ? [r.re, r.veto] : [r.re])));
    if (n !== null) {
      merged = merged.map((r) => ({
        ...r,
        re: narrowRegExp(r.re, n),
        veto: r.veto && narrowRegExp(r.veto, n),
      }));
    }
    c = { rules: merged, prefilter: buildPrefilter(merged, rules.gramLength), narrowing: n };
    if (rules.sample !== undefined) primeRules(merged, rules.sample, n);
    COMPILED.set(rules, c);
  }
  return c;
}

/**
 * Compile every merged rule's RegExp to native code on a long sample of the locale's chat text.
 * V8 compiles a RegExp on the text it first runs on for long enough, and tunes its scan to the
 * character frequencies of 128 characters from that text: compiled on a two-word reply, a rule
 * scans a long reply several times slower than compiled on typical text.
 */
function primeRules(merged: readonly PhraseRule[], sample: string, n: Narrowing | null): void {
  let text = sample;
  while (text.length < PRIME_LENGTH) text += ' ' + sample;
  const scan = n === null ? text : narrowText(text, n);
  for (const rule of merged) {
    rule.re.lastIndex = 0;
    rule.re.test(scan);
    rule.re.lastIndex = 0;
  }
}
/** A subject this long makes V8 compile a RegExp to native code on its first run. */
const PRIME_LENGTH = 1200;

/** Scratch for liveRules (the engine is synchronous: one reply at a time). */
const LIVE = new Int32Array(2);

/** How far around a match (code units) a veto phrase may reach. */
const VETO_REACH = 24;

/** Position of each flag in FLAGS. */
const FLAG_INDEX = new Map<Flag, number>(FLAGS.map((f, i) => [f, i]));
const EMOJI = FLAG_INDEX.get('emoji') as number;

/** Matches found so far: per flag (at its position in FLAGS), ranges of the normalised text. */
type Found = (Range[] | undefined)[];

function add(found: Found, flag: Flag, r: Range): void {
  const i = FLAG_INDEX.get(flag) as number;
  const list = found[i];
  if (list === undefined) found[i] = [r];
  else list.push(r);
}

/** True when a negator sits in the clause just before `start`. */
function negatedBefore(text: string, start: number, rules: LocaleRules): boolean {
  let from = start;
  const limit = Math.max(0, start - rules.negationWindow);
  while (from > limit && !isClauseEnd(text[from - 1] as string)) from--;
  if (from === start) return false;
  let clause = text.slice(from, start);
  if (rules.negatorExceptions) clause = clause.replace(rules.negatorExceptions, ' ');
  return rules.negatorBefore.test(clause);
}

/** True when a negation follows `end` ("isn't available", "不了"). */
function negatedAfter(text: string, end: number, rules: LocaleRules): boolean {
  return rules.negatorAfter.test(text.slice(end, end + 24));
}

function vetoed(rule: PhraseRule, scan: string, sentence: Range, m: Range): boolean {
  if (rule.veto === undefined) return false;
  const re = rule.veto;
  // Vetoes are short phrases: look only near the match, within its sentence.
  const from = Math.max(sentence.start, m.start - VETO_REACH);
  const s = scan.slice(from, Math.min(sentence.end, m.end + VETO_REACH));
  let hit = false;
  eachMatch(re, s, (a, b) => {
    if (from + a < m.end && from + b > m.start) hit = true;
  });
  return hit;
}

/**
 * Run one merged rule: its RegExp (and veto) over `scan`, the text as the compiled rules read it
 * (see Compiled), and everything else over `text`, of which `scan` is a same-length copy.
 */
function runRule(
  rule: PhraseRule,
  text: string,
  scan: string,
  sentences: Range[],
  questions: (boolean | undefined)[],
  rules: LocaleRules,
  found: Found,
): void {
  // The loop of eachMatch, written out: this runs for every rule on every reply, and most rules
  // find nothing, so no callback and no per-question map are made until a match needs them.
  const re = rule.re;
  let tails: Map<number, Range> | undefined;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(scan)) !== null) {
    const length = m[0].length;
    if (length === 0) {
      re.lastIndex++;
      continue;
    }
    const r: Range = { start: m.index, end: m.index + length };
    const si = sentenceAt(sentences, r.start);
    const sentence = sentences[si] ?? { start: 0, end: text.length };
    let tail: Range | undefined;
    if (rule.questionOnly === true) {
      let q = questions[si];
      if (q === undefined) {
        q = rules.isQuestion(text.slice(sentence.start, sentence.end).trim());
        questions[si] = q;
      }
      if (!q) continue;
      tails ??= new Map<number, Range>();
      tail = tails.get(si);
      if (tail === undefined) {
        tail = questionTail(text, sentence);
        tails.set(si, tail);
      } else if (found[FLAG_INDEX.get(rule.flag) as number]?.at(-1) === tail) {
        continue; // one span per question
      }
      if (r.start < tail.start) continue;
    }
    if (rule.negatable === true && negatedBefore(text, r.start, rules)) continue;
    if (rule.postNegatable === true && negatedAfter(text, r.end, rules)) continue;
    if (vetoed(rule, scan, sentence, r)) continue;
    add(found, rule.flag, tail ?? r);
  }
}

/**
 * The asking part of a question sentence: its last two clauses ("…建议您拍S码,您看要S还是M呢?"
 * asks only in the end), trimmed. A need word in an earlier, declarative clause is not a probe.
 */
function questionTail(text: string, sentence: Range): Range {
  // A Spanish question opens with ¿: what comes before it does not ask.
  for (let k = sentence.end - 1; k >= sentence.start; k--) {
    if (text.charCodeAt(k) === 0xbf) return trimRange(text, { start: k, end: sentence.end });
  }
  let i = sentence.end;
  while (i > sentence.start && isClauseEnd(text[i - 1] as string)) i--;
  let clauses = 0;
  let start = sentence.start;
  for (let j = i - 1; j >= sentence.start; j--) {
    const c = text[j] as string;
    if (c === ',' || c === '、' || c === ';' || c === ':') {
      clauses++;
      if (clauses === 2) {
        start = j + 1;
        break;
      }
    }
  }
  return trimRange(text, { start, end: sentence.end });
}

const SPACE = /\s/;

function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && SPACE.test(text[start] as string)) start++;
  while (end > start && SPACE.test(text[end - 1] as string)) end--;
  return { start, end };
}

const NO_SPANS: readonly Span[] = [];

/** Spans in text order (by start, then end). */
function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** True when `list` is already in bySpan order (then the stable sort would leave it as it is). */
function inOrder(list: Span[]): boolean {
  for (let i = 1; i < list.length; i++) {
    if (bySpan(list[i - 1] as Span, list[i] as Span) > 0) return false;
  }
  return true;
}

function regexRanges(re: RegExp, text: string): Range[] {
  const out: Range[] = [];
  eachMatch(re, text, (start, end) => out.push({ start, end }));
  return out;
}

const NOT_WORDS = /[\s\p{P}\p{S}]+/gu;
/** NOT_WORDS on an all-ASCII text, where each printable non-alphanumeric is a P or S character. */
const NOT_WORDS_ASCII = /[\s!-/:-@[-`{-~]+/g;
const NON_ASCII = /[^\0-\x7f]/;

/** Per curt pattern: the CJK ideographs it names (it can match no other), or null if unknown. */
const CURT_IDEOGRAPHS = new Map<RegExp, ReadonlySet<string> | null>();

function isIdeograph(ch: string): boolean {
  return ch >= '\u4e00' && ch <= '\u9fff';
}

/**
 * False when `norm` holds a CJK ideograph that the curt pattern does not name: ideographs are
 * neither spaces nor P/S characters, so it would stay in the core and fail the pattern. (This
 * spares the Unicode-class scan below for most short Chinese replies.)
 */
function mayBeCurt(norm: string, curt: RegExp): boolean {
  let named = CURT_IDEOGRAPHS.get(curt);
  if (named === undefined) {
    // With no class range, escape or wildcard, an ideograph matches only as itself.
    named = /[-.\\]/.test(curt.source) ? null : new Set([...curt.source].filter(isIdeograph));
    CURT_IDEOGRAPHS.set(curt, named);
  }
  if (named === null) return true;
  for (let i = 0; i < norm.length; i++) {
    const ch = norm[i] as string;
    if (isIdeograph(ch) && !named.has(ch)) return false;
  }
  return true;
}

/** `curt`: the whole reply is one bare minimal answer, with no emoji and no courtesy. */
function curtRange(norm: string, rules: LocaleRules, hasEmoji: boolean): Range | null {
  if (hasEmoji || norm.length > 40) return null;
  if (!mayBeCurt(norm, rules.curt)) return null;
  const notWords = NON_ASCII.test(norm) ? NOT_WORDS : NOT_WORDS_ASCII;
  const core = norm.replace(notWords, ' ').trim();
  if (core.length === 0) return null;
  if (!rules.curt.test(core)) return null;
  return trimRange(norm, { start: 0, end: norm.length });
}

function dropSuppressed(found: Found, sentences: Range[]): void {
  for (const [flag, by] of SUPPRESSED_BY) {
    const i = FLAG_INDEX.get(flag) as number;
    const list = found[i];
    if (list === undefined) continue;
    const blocked = new Set<number>();
    for (const other of by) {
      for (const r of found[FLAG_INDEX.get(other) as number] ?? []) {
        blocked.add(sentenceAt(sentences, r.start));
      }
    }
    const kept = list.filter((r) => !blocked.has(sentenceAt(sentences, r.start)));
    found[i] = kept.length === 0 ? undefined : kept;
  }
}

/**
 * Analyse a normalised reply with one locale's rules. `original` is the text as given; every
 * span in the result indexes into it.
 * @param extra locale-specific detectors (e.g. zh sentence-final particles), run after the rules
 */
export function runEngine(
  original: string,
  norm: NormalizedText,
  rules: LocaleRules,
  extra?: (text: string, sentences: Range[], add: (flag: Flag, r: Range) => void) => void,
): ReplyAnalysis {
  const text = norm.text;
  const sentences = splitSentences(text);
  const questions: (boolean | undefined)[] = [];
  const found: Found = new Array<Range[] | undefined>(FLAGS.length);

  // Question-only rules cannot fire in a reply with no question mark or question particle
  // (every locale's isQuestion needs one of these): skip their scans.
  const mayAsk = MAY_ASK.test(text);
  const { rules: merged, prefilter, narrowing: n } = compiled(rules);
  const scan = n === null ? text : narrowText(text, n);
  liveRules(prefilter, scan, LIVE);
  for (let i = 0; i < merged.length; i++) {
    const rule = merged[i] as PhraseRule;
    if (rule.questionOnly === true && !mayAsk) continue;
    // Every match of the rule holds one of its grams: without any, there is nothing to scan for.
    if (!isLive(prefilter.slots[i] as number, LIVE)) continue;
    runRule(rule, text, scan, sentences, questions, rules, found);
  }
  for (const r of regexRanges(PUNCT_RUN, text)) add(found, 'excess_punctuation', r);
  for (const r of regexRanges(EMOTICON, text)) add(found, 'emoji', r);
  if (extra) extra(text, sentences, (flag, r) => add(found, flag, r));
  dropSuppressed(found, sentences);

  // Emoji are found on the original text (NFKC drops variation selectors): spans are original.
  const emoji = findEmoji(original);
  const curt = curtRange(text, rules, emoji.length > 0 || found[EMOJI] !== undefined);
  if (curt) add(found, 'curt', curt);

  // In FLAGS order: the result lists its flags, and holds its span lists, in that order.
  const flags: Flag[] = [];
  const spans: Partial<Record<Flag, Span[]>> = {};
  for (let i = 0; i < FLAGS.length; i++) {
    const f = FLAGS[i] as Flag;
    const ranges = found[i];
    const more = i === EMOJI ? emoji : NO_SPANS;
    if (ranges === undefined && more.length === 0) continue;
    const list: Span[] = [];
    if (ranges !== undefined) {
      for (const r of ranges) {
        const s = toOriginalSpan(norm, r.start, r.end);
        if (s) list.push(s);
      }
    }
    for (const s of more) list.push(s);
    if (list.length === 0) continue;
    if (list.length > 1 && !inOrder(list)) list.sort(bySpan);
    flags.push(f);
    spans[f] = list;
  }
  return { flags, spans };
}
