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

/** How far around a match (code units) a veto phrase may reach. */
const VETO_REACH = 24;

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
  let clause = text.slice(from, start);
  if (rules.negatorExceptions) clause = clause.replace(rules.negatorExceptions, ' ');
  return rules.negatorBefore.test(clause);
}

/** True when a negation follows `end` ("isn't available", "不了"). */
function negatedAfter(text: string, end: number, rules: LocaleRules): boolean {
  return rules.negatorAfter.test(text.slice(end, end + 24));
}

function vetoed(rule: PhraseRule, text: string, sentence: Range, m: Range): boolean {
  if (rule.veto === undefined) return false;
  const re = rule.veto;
  // Vetoes are short phrases: look only near the match, within its sentence.
  const from = Math.max(sentence.start, m.start - VETO_REACH);
  const s = text.slice(from, Math.min(sentence.end, m.end + VETO_REACH));
  let hit = false;
  eachMatch(re, s, (a, b) => {
    if (from + a < m.end && from + b > m.start) hit = true;
  });
  return hit;
}

function runRule(
  rule: PhraseRule,
  text: string,
  sentences: Range[],
  questions: (boolean | undefined)[],
  rules: LocaleRules,
  found: Found,
): void {
  const tails = new Map<number, Range>();
  eachMatch(rule.re, text, (start, end) => {
    const r: Range = { start, end };
    const si = sentenceAt(sentences, r.start);
    const sentence = sentences[si] ?? { start: 0, end: text.length };
    let tail: Range | undefined;
    if (rule.questionOnly === true) {
      let q = questions[si];
      if (q === undefined) {
        q = rules.isQuestion(text.slice(sentence.start, sentence.end).trim());
        questions[si] = q;
      }
      if (!q) return;
      tail = tails.get(si);
      if (tail === undefined) {
        tail = questionTail(text, sentence);
        tails.set(si, tail);
      } else if (found.get(rule.flag)?.at(-1) === tail) return; // one span per question
      if (r.start < tail.start) return;
    }
    if (rule.negatable === true && negatedBefore(text, r.start, rules)) return;
    if (rule.postNegatable === true && negatedAfter(text, r.end, rules)) return;
    if (vetoed(rule, text, sentence, r)) return;
    add(found, rule.flag, tail ?? r);
  });
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

function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

function regexRanges(re: RegExp, text: string): Range[] {
  const out: Range[] = [];
  eachMatch(re, text, (start, end) => out.push({ start, end }));
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
  for (const [flag, by] of SUPPRESSED_BY) {
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
  const questions: (boolean | undefined)[] = [];
  const found: Found = new Map();

  // Question-only rules cannot fire in a reply with no question mark or question particle
  // (every locale's isQuestion needs one of these): skip their scans.
  const mayAsk = MAY_ASK.test(text);
  for (const rule of rules.rules) {
    if (rule.questionOnly === true && !mayAsk) continue;
    runRule(rule, text, sentences, questions, rules, found);
  }
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
