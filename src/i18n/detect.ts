/** Which locale to start in: `?lng=`, then the saved choice, then the browser's languages. */
import { isLocale, type Locale } from '../core/locale';

export interface LocaleSources {
  /** The page's query string, e.g. "?lng=en&speed=20". */
  search: string;
  /** The locale the trainee chose last time, if any. */
  saved: string | null;
  /** navigator.languages */
  browser: readonly string[];
}

/** Maps a BCP 47 tag to a shipped locale: "zh", "zh-Hans-CN", "zh-TW" → zh-CN; "en-GB" → en; "es-MX" → es. */
export function matchLocale(tag: string): Locale | null {
  const lower = tag.trim().toLowerCase();
  if (!lower) return null;
  if (isLocale(tag)) return tag;
  const base = lower.split(/[-_]/)[0];
  if (base === 'zh') return 'zh-CN';
  if (base === 'en') return 'en';
  if (base === 'es') return 'es';
  return null;
}

/** Picks the start locale; zh-CN when nothing matches. */
export function pickLocale(sources: LocaleSources): Locale {
  const fromQuery = new URLSearchParams(sources.search).get('lng');
  const candidates = [fromQuery, sources.saved, ...sources.browser];
  for (const candidate of candidates) {
    const match = candidate ? matchLocale(candidate) : null;
    if (match) return match;
  }
  return 'zh-CN';
}
