/**
 * A reply under construction: sentences (parts) with priorities, and how the model cuts a reply
 * down — dropping what would show a forbidden flag, asking one question at a time, keeping it
 * short for a buyer who wants short answers (seed 002 缄默型 一问一答式).
 */
import type { Flag } from '../analysis/flags';
import type { AnalyzeReply } from '../analysis/types';
import type { Locale } from '../locale';
import type { ModelPhrases, PhraseParams } from './phrases';

/** One sentence of a reply. */
export interface Part {
  text: string;
  /** A shorter way to say the same, used when the reply must be cut and the part is required. */
  short?: string;
  /** Higher survives longer when the reply must be cut. */
  priority: number;
  required: boolean;
  flag?: Flag;
}

/** Adds a phrase (by the flag it shows, or a fact / filler) to the reply. */
export type Say = (
  flag: Flag | 'fact' | 'filler',
  priority: number,
  required?: boolean,
  extra?: Partial<PhraseParams>,
) => void;

/** What limits a reply for a buyer. */
export interface ReplyLimits {
  maxChars: number;
  oneQuestion: boolean;
}

const LIMIT = 20_000;
const pruned = new WeakMap<AnalyzeReply, WeakMap<ModelPhrases, Map<string, string>>>();

/**
 * Drops parts until the reply is clean (no forbidden flag), short enough and asks one question at
 * most. The result depends only on the arguments (the analyzer is pure), so it is memoised per
 * analyzer and phrase set: the model agent composes the same parts for the same situation again
 * and again.
 */
export function prune(
  analyze: AnalyzeReply,
  locale: Locale,
  parts: Part[],
  forbidden: Set<Flag>,
  c: ReplyLimits,
  ph: ModelPhrases,
): string {
  let byPhrases = pruned.get(analyze);
  if (!byPhrases) pruned.set(analyze, (byPhrases = new WeakMap()));
  let cache = byPhrases.get(ph);
  if (!cache) byPhrases.set(ph, (cache = new Map()));
  let key = `${locale}\u0001${c.maxChars}\u0001${c.oneQuestion ? 1 : 0}\u0001${[...forbidden].sort().join(',')}`;
  for (const p of parts) {
    key += `\u0001${p.priority}\u0002${p.required ? 1 : 0}\u0002${p.text}\u0002${p.short ?? '\u0003'}`;
  }
  let text = cache.get(key);
  if (text === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    text = pruneParts(analyze, locale, parts, forbidden, c, ph);
    cache.set(key, text);
  }
  return text;
}

function pruneParts(
  analyze: AnalyzeReply,
  locale: Locale,
  parts: Part[],
  forbidden: Set<Flag>,
  c: ReplyLimits,
  ph: ModelPhrases,
): string {
  const flagsOf = (text: string) => analyze(text, locale).flags;
  let kept = parts.filter((p) => p.required || !flagsOf(p.text).some((f) => forbidden.has(f)));
  const byPriority = () =>
    [...kept].filter((p) => !p.required).sort((a, b) => a.priority - b.priority);
  const questions = (ps: Part[]) => ps.filter((p) => /[?？¿]/.test(p.text)).length;
  for (;;) {
    const text = ph.join(kept.map((p) => p.text));
    const tooLong = [...text].length > c.maxChars;
    const dirty = flagsOf(text).some((f) => forbidden.has(f));
    const manyQ = c.oneQuestion && questions(kept) > 1;
    if (!tooLong && !dirty && !manyQ) return text;
    // Too long: first say the required facts the short way, then drop the least useful parts.
    const longPart = tooLong ? kept.find((p) => p.short !== undefined) : undefined;
    if (longPart) {
      kept = kept.map((p) =>
        p === longPart ? { text: p.short!, priority: p.priority, required: p.required } : p,
      );
      continue;
    }
    const optional = byPriority();
    if (optional.length === 0) return text;
    let drop = optional[0]!;
    if (dirty) {
      drop = optional.find((p) => flagsOf(p.text).some((f) => forbidden.has(f))) ?? drop;
    } else if (manyQ) {
      drop = optional.find((p) => /[?？¿]/.test(p.text)) ?? drop;
    } else {
      // Too long: the least useful part whose removal is enough, else the longest one.
      const fits = (p: Part) =>
        [...ph.join(kept.filter((k) => k !== p).map((k) => k.text))].length <= c.maxChars;
      drop = optional.find(fits) ?? [...optional].sort((a, b) => b.text.length - a.text.length)[0]!;
    }
    kept = kept.filter((p) => p !== drop);
  }
}
