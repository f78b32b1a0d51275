/**
 * The bundled scenarios (scenarios/*.json), loaded lazily as raw text so that the loader can
 * report positions. The menu reads only a summary (id, title, personas, locales) from each.
 */
import { isLocale, type Locale } from '../core/locale';

const files = import.meta.glob<string>('/scenarios/*.json', {
  eager: false,
  query: '?raw',
  import: 'default',
});

/** What the menu needs to list a scenario. */
export interface ScenarioSummary {
  id: string;
  file: string;
  text: string;
  title: Record<string, string>;
  briefing: Record<string, string>;
  locales: Locale[];
  personas: string[];
  buyerCount: number;
}

function record(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Reads the summary of one scenario text; null when the text is not a scenario object. */
export function summarize(file: string, text: string): ScenarioSummary | null {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const s = data as Record<string, unknown>;
  if (typeof s.id !== 'string') return null;
  const buyers = Array.isArray(s.buyers) ? (s.buyers as Record<string, unknown>[]) : [];
  const personas = [
    ...new Set(buyers.map((b) => b?.persona).filter((p): p is string => typeof p === 'string')),
  ];
  const locales = Array.isArray(s.locales) ? s.locales.filter(isLocale) : [];
  return {
    id: s.id,
    file,
    text,
    title: record(s.title),
    briefing: record(s.briefing),
    locales: locales.length > 0 ? locales : ['zh-CN'],
    personas,
    buyerCount: buyers.length,
  };
}

/** Every bundled scenario's summary, sorted by id. */
export async function loadCatalog(): Promise<ScenarioSummary[]> {
  const entries = await Promise.all(
    Object.entries(files).map(async ([path, load]) => summarize(path.slice(1), await load())),
  );
  return entries
    .filter((s): s is ScenarioSummary => s !== null)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Picks the text of a LocalizedText in `locale`, falling back to zh-CN. */
export function localized(text: Record<string, string> | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] ?? text['zh-CN'] ?? Object.values(text)[0] ?? '';
}
