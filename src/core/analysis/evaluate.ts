/**
 * Scoring the analyzer against labelled replies: precision, recall and F1 per flag, and the
 * macro-F1 over the flags that occur (in the labels or in the predictions). Pure.
 */
import { isLocale, type Locale } from '../locale';
import { FLAGS, isFlag, type Flag } from './flags';
import type { AnalyzeReply } from './types';

/** One labelled line of a corpus file (shared/corpus/replies.dev.jsonl format). */
export interface LabelledReply {
  locale: Locale;
  text: string;
  flags: Flag[];
}

/** Counts and scores for one flag. */
export interface FlagScore {
  /** Lines labelled with the flag. */
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A line where the analyzer and the label disagree. */
export interface Mismatch {
  line: number;
  locale: Locale;
  text: string;
  missed: Flag[];
  extra: Flag[];
}

/** The result of an evaluation. */
export interface Evaluation {
  lines: number;
  /** Per flag, only for flags that occur in the labels or the predictions. */
  perFlag: Partial<Record<Flag, FlagScore>>;
  /** Mean F1 over the flags in `perFlag`. */
  macroF1: number;
  mismatches: Mismatch[];
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/**
 * Parse JSONL corpus text into labelled replies. Throws an Error naming the line for a line
 * that is not valid (bad JSON, unknown locale, unknown flag).
 */
export function parseLabelled(jsonl: string): LabelledReply[] {
  const out: LabelledReply[] = [];
  const lines = jsonl.split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      throw new Error(`line ${i + 1}: not valid JSON`);
    }
    const o = v as { locale?: unknown; text?: unknown; flags?: unknown };
    if (typeof o !== 'object' || o === null) throw new Error(`line ${i + 1}: not an object`);
    if (!isLocale(o.locale)) throw new Error(`line ${i + 1}: unknown locale ${String(o.locale)}`);
    if (typeof o.text !== 'string') throw new Error(`line ${i + 1}: "text" is not a string`);
    if (!Array.isArray(o.flags) || !o.flags.every(isFlag))
      throw new Error(`line ${i + 1}: "flags" must be a list of flag names`);
    out.push({ locale: o.locale, text: o.text, flags: o.flags });
  });
  return out;
}

/**
 * Run `analyze` over labelled replies and score it per flag.
 * @param data the labelled replies
 * @param analyze the analyzer to score (analyzeReply)
 */
export function evaluate(data: readonly LabelledReply[], analyze: AnalyzeReply): Evaluation {
  const tp = new Map<Flag, number>();
  const fp = new Map<Flag, number>();
  const fn = new Map<Flag, number>();
  const inc = (m: Map<Flag, number>, f: Flag): void => {
    m.set(f, (m.get(f) ?? 0) + 1);
  };
  const mismatches: Mismatch[] = [];
  data.forEach((item, i) => {
    const predicted = new Set(analyze(item.text, item.locale).flags);
    const gold = new Set(item.flags);
    const missed: Flag[] = [];
    const extra: Flag[] = [];
    for (const f of FLAGS) {
      const p = predicted.has(f);
      const g = gold.has(f);
      if (p && g) inc(tp, f);
      else if (p) {
        inc(fp, f);
        extra.push(f);
      } else if (g) {
        inc(fn, f);
        missed.push(f);
      }
    }
    if (missed.length > 0 || extra.length > 0)
      mismatches.push({ line: i + 1, locale: item.locale, text: item.text, missed, extra });
  });
  const perFlag: Partial<Record<Flag, FlagScore>> = {};
  let sum = 0;
  let count = 0;
  for (const f of FLAGS) {
    const t = tp.get(f) ?? 0;
    const p = fp.get(f) ?? 0;
    const n = fn.get(f) ?? 0;
    if (t + p + n === 0) continue;
    const precision = t + p === 0 ? 1 : t / (t + p);
    const recall = t + n === 0 ? 1 : t / (t + n);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perFlag[f] = {
      support: t + n,
      tp: t,
      fp: p,
      fn: n,
      precision: round(precision),
      recall: round(recall),
      f1: round(f1),
    };
    sum += f1;
    count++;
  }
  return {
    lines: data.length,
    perFlag,
    macroF1: count === 0 ? 1 : round(sum / count),
    mismatches,
  };
}
