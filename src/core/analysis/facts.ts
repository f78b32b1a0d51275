/**
 * Fact check: does a reply state the product facts in play, and does it state any wrongly?
 * A fact is stated when one of its accept words occurs and is not negated; it is wrong when a
 * reject word occurs, or an accept word occurs under negation ("不是纯棉", "not cotton").
 * Matching is on normalised text (case, full/half width, accents).
 */
import type { FactCheck } from '../buyers/contract';
import type { Locale } from '../locale';
import type { Fact } from '../scenario/schema';
import { normalizeText } from './normalize';

const NEGATION: Record<Locale, RegExp> = {
  'zh-CN': /(?:不是|并非|并不是|不含|没有|没|不|非|无)(?:[^,.!?。;~]{0,2})$/,
  en: /\b(?:not|no|never|isn't|aren't|wasn't|isnt|without|non|nor)\b(?:\W+\w+){0,2}\W*$/,
  es: /\b(?:no|sin|nunca|ni|tampoco)\b(?:\W+\w+){0,2}\W*$/,
};
const WINDOW = 24;

function wordsFor(words: Partial<Record<Locale, string[]>> | undefined, locale: Locale): string[] {
  return words?.[locale] ?? [];
}

/** Positions where `needle` occurs in `hay`; for Latin scripts only as a whole word. */
function occurrences(hay: string, needle: string, locale: Locale): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  let i = hay.indexOf(needle);
  while (i !== -1) {
    const before = hay[i - 1];
    const after = hay[i + needle.length];
    const wordy = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    const latin = locale !== 'zh-CN' && /^[\p{L}\p{N}]/u.test(needle);
    if (!latin || (!wordy(before) && !wordy(after))) out.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return out;
}

function negatedAt(hay: string, pos: number, locale: Locale): boolean {
  const window = hay.slice(Math.max(0, pos - WINDOW), pos);
  return NEGATION[locale].test(window);
}

/**
 * Check a reply against the product facts in play.
 * @param text the reply as typed
 * @param locale the reply's locale
 * @param facts the facts to check (accept / reject words per locale)
 * @returns the ids of facts stated correctly and of facts stated wrongly (a fact is never both:
 * wrong wins)
 */
export function checkFacts(text: string, locale: Locale, facts: readonly Fact[]): FactCheck {
  const hay = normalizeText(typeof text === 'string' ? text : '', locale).text;
  const stated: string[] = [];
  const wrong: string[] = [];
  for (const fact of facts) {
    let isStated = false;
    let isWrong = false;
    for (const w of wordsFor(fact.reject, locale)) {
      const needle = normalizeText(w, locale).text.trim();
      if (occurrences(hay, needle, locale).some((p) => !negatedAt(hay, p, locale))) isWrong = true;
    }
    for (const w of wordsFor(fact.accept, locale)) {
      const needle = normalizeText(w, locale).text.trim();
      for (const p of occurrences(hay, needle, locale)) {
        if (negatedAt(hay, p, locale)) isWrong = true;
        else isStated = true;
      }
    }
    if (isWrong) wrong.push(fact.id);
    else if (isStated) stated.push(fact.id);
  }
  return { stated, wrong };
}
