/** Lazy entry of the workbench chunk: parse a scenario text, then run the workbench. */
import type { Locale } from '../../core/locale';
import { formatProblem, parseScenario, requireLocale } from '../../core/scenario';
import type { Scenario } from '../../core/scenario/schema';

export { runWorkbench } from './run';

export type Prepared =
  | { ok: true; scenario: Scenario; sessionLocale: Locale; localeNote: boolean }
  | { ok: false; problems: string[] };

/**
 * Validates a scenario text. When the scenario lacks the chosen language, the session runs in
 * zh-CN (every scenario has it) and the workbench shows a note.
 */
export function prepareScenario(text: string, fileName: string, locale: Locale): Prepared {
  const parsed = parseScenario(text, fileName);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map(formatProblem) };
  const check = requireLocale(parsed.scenario, locale);
  if (check.ok)
    return { ok: true, scenario: parsed.scenario, sessionLocale: locale, localeNote: false };
  return { ok: true, scenario: parsed.scenario, sessionLocale: 'zh-CN', localeNote: true };
}
