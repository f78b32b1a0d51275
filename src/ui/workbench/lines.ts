/**
 * Resolves the text of a bubble: buyer and system messages carry a line id (a scenario line, or
 * a key of the buyer line bank), agent messages their text.
 */
import type { Locale } from '../../core/locale';
import { lineText } from '../../core/scenario/lines';
import type { Scenario } from '../../core/scenario/schema';
import type { MessageView } from '../../core/session/contract';

/** Replaces {{name}} placeholders with params. */
export function interpolate(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type LineResolver = (message: MessageView) => string;

/**
 * Builds a resolver: scenario lines first, then `translate` (the buyer line bank and other
 * namespaces), which returns null when it has no such key.
 */
export function createLineResolver(
  scenario: Scenario,
  locale: Locale,
  translate: (key: string, params?: Record<string, string | number>) => string | null,
): LineResolver {
  return (message) => {
    if (message.from === 'agent') return message.text ?? '';
    if (!message.lineId) return message.text ?? '';
    const text = lineText(scenario, message.lineId, locale);
    if (text !== undefined) return interpolate(text, message.params);
    return translate(message.lineId, message.params) ?? message.text ?? message.lineId;
  };
}
