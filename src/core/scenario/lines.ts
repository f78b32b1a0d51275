/**
 * Scenario lines by id: buyers' openings, beat lines and reactions. The core emits line ids;
 * adapters resolve them to text in the session's locale with these helpers.
 */
import type { Locale } from '../locale';
import type { Grade } from '../buyers/contract';
import type { Line, LocalizedText, Scenario } from './schema';

/** Where a line sits in the scenario. */
export interface LineEntry {
  line: Line;
  buyerId: string;
  kind: 'opening' | 'beat' | 'reaction';
  /** For beat lines and reactions. */
  beatId?: string;
  /** For reactions. */
  grade?: Grade;
}

const indexes = new WeakMap<Scenario, ReadonlyMap<string, LineEntry>>();

/** Every line of the scenario by id (computed once per scenario object). */
export function lineIndex(scenario: Scenario): ReadonlyMap<string, LineEntry> {
  const cached = indexes.get(scenario);
  if (cached) return cached;
  const index = new Map<string, LineEntry>();
  for (const buyer of scenario.buyers) {
    for (const line of buyer.opening)
      index.set(line.id, { line, buyerId: buyer.id, kind: 'opening' });
    for (const beat of buyer.beats) {
      for (const line of beat.lines) {
        index.set(line.id, { line, buyerId: buyer.id, kind: 'beat', beatId: beat.id });
      }
      for (const grade of ['good', 'weak', 'bad'] as const) {
        for (const line of beat.reactions[grade]) {
          index.set(line.id, { line, buyerId: buyer.id, kind: 'reaction', beatId: beat.id, grade });
        }
      }
    }
  }
  indexes.set(scenario, index);
  return index;
}

/** The text in `locale`, falling back to zh-CN (which every scenario has). */
export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}

/**
 * The text of a scenario line in `locale` (zh-CN when the line lacks that locale), or undefined
 * when no line has this id (e.g. a persona line-bank key, which the i18n layer resolves).
 */
export function lineText(scenario: Scenario, lineId: string, locale: Locale): string | undefined {
  const entry = lineIndex(scenario).get(lineId);
  return entry === undefined ? undefined : localized(entry.line.text, locale);
}
