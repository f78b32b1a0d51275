/**
 * The reply analyzer: one agent reply + its locale → the flags of shared/reply-flags.md, each
 * with the span(s) of the original text that triggered it. Pure: no I/O, no clock, no randomness.
 */
import { isLocale, type Locale } from '../locale';
import { runEngine } from './engine';
import { normalizeText } from './normalize';
import { enRules } from './rules/en';
import { esRules } from './rules/es';
import type { LocaleRules } from './rules/types';
import { zhRules } from './rules/zh';
import { findHarshParticles } from './rules/zh-harsh';
import type { AnalysisContext, ReplyAnalysis } from './types';

export { normalizeText, toOriginalSpan } from './normalize';
export type { NormalizedText } from './normalize';
export { checkFacts } from './facts';
export { evaluate, type Evaluation, type FlagScore, type LabelledReply } from './evaluate';

const RULES: Record<Locale, LocaleRules> = { 'zh-CN': zhRules, en: enRules, es: esRules };

/** The zh-CN extra detector, made once rather than per reply. */
const ZH_EXTRA = (t: string, _s: unknown, add: Parameters<typeof findHarshParticles>[1]): void =>
  findHarshParticles(t, add);

/**
 * Analyse one agent reply: which of the 29 flags it shows, and where.
 *
 * Never throws: any string (empty, emoji only, control characters, lone surrogates, megabytes)
 * gives a result. Spans are half-open UTF-16 ranges into `text` as given.
 *
 * @param text the reply as the trainee typed it
 * @param locale the reply's locale (an unknown value is read as zh-CN)
 * @param _context optional context; the rules do not need it today (kept for the contract)
 */
export function analyzeReply(
  text: string,
  locale: Locale,
  _context?: AnalysisContext,
): ReplyAnalysis {
  const original = typeof text === 'string' ? text : '';
  const loc: Locale = isLocale(locale) ? locale : 'zh-CN';
  const norm = normalizeText(original, loc);
  return runEngine(original, norm, RULES[loc], loc === 'zh-CN' ? ZH_EXTRA : undefined);
}

/**
 * Compile a locale's rules now rather than on its first reply: merging them, building the
 * prefilter and V8's native code for each RegExp take some 50-150 ms, which the trainee's first
 * message would otherwise wait for. Results are the same either way.
 * @param locale the locale whose rules to compile (an unknown value is read as zh-CN)
 */
export function prepareAnalyzer(locale: Locale): void {
  analyzeReply('', locale);
}
