/**
 * The reply analyzer: one agent reply + its locale → the flags of shared/reply-flags.md, each
 * with the span(s) of the original text that triggered it.
 */
import type { Locale } from '../locale';
import { FLAGS, type Flag } from './flags';
import { normalizeText, toOriginalSpan } from './normalize';
import type { AnalysisContext, ReplyAnalysis, Span } from './types';

export { normalizeText } from './normalize';
export type { NormalizedText } from './normalize';

const CRUDE: Record<Locale, Partial<Record<Flag, RegExp>>> = {
  'zh-CN': {
    greeting: /您好|你好|欢迎光临|在的/g,
    thanks: /谢谢|感谢/g,
    apology: /抱歉|不好意思|对不起/g,
    we_language: /我们/g,
    emoji: /\[[\u4e00-\u9fff]{1,4}\]|\p{Extended_Pictographic}/gu,
    excess_punctuation: /[!?]{2,}/g,
  },
  en: {
    greeting: /\b(?:hello|hi|welcome)\b/g,
    thanks: /\bthank/g,
    apology: /\bsorry\b|\bapologi[sz]e/g,
    we_language: /\b(?:we|our|us)\b/g,
    emoji: /\p{Extended_Pictographic}|[:;]-?[)(dp]/gu,
    excess_punctuation: /[!?]{2,}/g,
  },
  es: {
    greeting: /\b(?:hola|bienvenid[oa]s?|buenos dias)\b/g,
    thanks: /\bgracias\b/g,
    apology: /\blo siento\b|\bdisculpe?\b|\bperdon\b/g,
    we_language: /\bnuestr[oa]s?\b|\bnosotros\b/g,
    emoji: /\p{Extended_Pictographic}|[:;]-?[)(dp]/gu,
    excess_punctuation: /[!?¡¿]{2,}/g,
  },
};

/**
 * Analyse one agent reply. Never throws, for any string.
 * @param text the reply as the trainee typed it
 * @param locale the reply's locale
 * @param _context optional context (the buyer's last message)
 */
export function analyzeReply(
  text: string,
  locale: Locale,
  _context?: AnalysisContext,
): ReplyAnalysis {
  const norm = normalizeText(typeof text === 'string' ? text : '', locale);
  const found: Partial<Record<Flag, Span[]>> = {};
  for (const [flag, re] of Object.entries(CRUDE[locale] ?? {}) as [Flag, RegExp][]) {
    re.lastIndex = 0;
    for (const m of norm.text.matchAll(re)) {
      const span = toOriginalSpan(norm, m.index, m.index + m[0].length);
      if (span) (found[flag] ??= []).push(span);
    }
  }
  const flags = FLAGS.filter((f) => found[f] !== undefined);
  return { flags, spans: found };
}
