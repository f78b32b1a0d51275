/**
 * The rule engine of the reply analyzer: runs one locale's rules over a normalised reply,
 * applies negation, vetoes and the cross-flag rules, and maps every span back to the original.
 */
import { FLAGS, type Flag } from './flags';
import {
  EMOTICON,
  PUNCT_RUN,
  findEmoji,
  isClauseEnd,
  sentenceAt,
  splitSentences,
  type Range,
} from './features';
import { toOriginalSpan, type NormalizedText } from './normalize';
import type { LocaleRules, PhraseRule } from './rules/types';
import type { ReplyAnalysis, Span } from './types';

/** Flags whose matches are dropped inside a sentence that also shows one of these flags. */
const SUPPRESSED_BY: Partial<Record<Flag, readonly Flag[]>> = {
  // A hedged, promised or disputed fact is not a value argument (004 §2.3, 003 §8).
  value: ['hedge', 'absolute_promise', 'argue'],
  // Urgency about an order already placed is a payment reminder, not a push to order.
  closing_push: ['payment_reminder'],
};

/** Matches found so far: per flag, ranges of the normalised text. */
type Found = Map<Flag, Range[]>;

function add(found: Found, flag: Flag, r: Range): void {
  const list = found.get(flag);
  if (list === undefined) found.set(flag, [r]);
  else list.push(r);
}

/** True when a negator sits in the clause just before `start`. */
function negatedBefore(text: string, start: number, rules: LocaleRules): boolean {
  let from = start;
  const limit = Math.max(0, start - rules.negationWindow);
  while (from > limit && !isClauseEnd(text[from - 1] as string)) from--;
  if (from === start) return false;
  let window = text.slice(from, start);
  if (rules.negatorExceptions) window = window.replace(rules.negatorExceptions, ' ');
  return rules.negatorBefore.test(window);
}

/** True when a negation follows `end` ("isn't available", "不了"). */
function negatedAfter(text: string, end: number, rules: LocaleRules): boolean {
  return rules.negatorAfter.test(text.slice(end, end + 24));
}

function vetoed(rule: PhraseRule, text: string, sentence: Range, m: Range): boolean {
  if (rule.veto === undefined) return false;
  const re = rule.veto;
  const s = text.slice(sentence.start, sentence.end);
  re.lastIndex = 0;
  for (const v of s.matchAll(re)) {
    const vs = sentence.start + v.index;
    const ve = vs + v[0].length;
    if (vs < m.end && ve > m.start) return true;
  }
  return false;
}

function runRule(
  rule: PhraseRule,
  text: string,
  sentences: Range[],
  questions: boolean[],
  rules: LocaleRules,
  found: Found,
): void {
  rule.re.lastIndex = 0;
  for (const m of text.matchAll(rule.re)) {
    if (m[0].length === 0) continue;
    const r: Range = { start: m.index, end: m.index + m[0].length };
    const si = sentenceAt(sentences, r.start);
    const sentence = sentences[si] ?? { start: 0, end: text.length };
    if (rule.questionOnly === true && questions[si] !== true) continue;
    if (rule.negatable === true && negatedBefore(text, r.start, rules)) continue;
    if (rule.postNegatable === true && negatedAfter(text, r.end, rules)) continue;
    if (vetoed(rule, text, sentence, r)) continue;
    add(found, rule.flag, rule.questionOnly === true ? trimRange(text, sentence) : r);
  }
}

function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

function regexRanges(re: RegExp, text: string): Range[] {
  const out: Range[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** `curt`: the whole reply is one bare minimal answer, with no emoji and no courtesy. */
function curtRange(norm: string, rules: LocaleRules, hasEmoji: boolean): Range | null {
  if (hasEmoji || norm.length > 40) return null;
  const core = norm.replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
  if (core.length === 0) return null;
  if (!rules.curt.test(core)) return null;
  return trimRange(norm, { start: 0, end: norm.length });
}

function dropSuppressed(found: Found, sentences: Range[]): void {
  for (const [flag, by] of Object.entries(SUPPRESSED_BY) as [Flag, readonly Flag[]][]) {
    const list = found.get(flag);
    if (list === undefined) continue;
    const blocked = new Set<number>();
    for (const other of by) {
      for (const r of found.get(other) ?? []) blocked.add(sentenceAt(sentences, r.start));
    }
    const kept = list.filter((r) => !blocked.has(sentenceAt(sentences, r.start)));
    if (kept.length === 0) found.delete(flag);
    else found.set(flag, kept);
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
  const questions = sentences.map((s) => rules.isQuestion(text.slice(s.start, s.end).trim()));
  const found: Found = new Map();

  for (const rule of rules.rules) runRule(rule, text, sentences, questions, rules, found);
  for (const r of regexRanges(PUNCT_RUN, text)) add(found, 'excess_punctuation', r);
  for (const r of regexRanges(EMOTICON, text)) add(found, 'emoji', r);
  if (extra) extra(text, sentences, (flag, r) => add(found, flag, r));
  dropSuppressed(found, sentences);

  // Emoji are found on the original text (NFKC drops variation selectors): spans are original.
  const emoji = findEmoji(original);
  const curt = curtRange(text, rules, emoji.length > 0 || found.has('emoji'));
  if (curt) add(found, 'curt', curt);

  const spans: Partial<Record<Flag, Span[]>> = {};
  for (const [flag, ranges] of found) {
    const list: Span[] = [];
    for (const r of ranges) {
      const s = toOriginalSpan(norm, r.start, r.end);
      if (s) list.push(s);
    }
    if (list.length > 0) spans[flag] = list;
  }
  if (emoji.length > 0) spans.emoji = [...(spans.emoji ?? []), ...emoji];
  const flags: Flag[] = [];
  for (const f of FLAGS) {
    const list = spans[f];
    if (list === undefined) continue;
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    flags.push(f);
  }
  const ordered: Partial<Record<Flag, Span[]>> = {};
  for (const f of flags) ordered[f] = spans[f];
  return { flags, spans: ordered };
}
