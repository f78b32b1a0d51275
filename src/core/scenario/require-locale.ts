/** Checking that a scenario provides the locale a session asks for. */
import { LOCALES, isLocale, type Locale } from '../locale';
import type { Scenario } from './schema';

/** The result of asking a scenario for a locale. */
export type RequireLocaleResult =
  | { ok: true; locale: Locale }
  | {
      ok: false;
      /** i18n key for adapters; `message` is the same in English for the CLI and logs. */
      key: 'scenario.localeMissing' | 'scenario.localeUnknown';
      locale: string;
      available: Locale[];
      message: string;
    };

/**
 * Whether `scenario` can be played in `locale`. A locale the scenario does not declare in
 * `locales`, or one Kefu Dojo does not ship, is a clear error listing what is available.
 */
export function requireLocale(scenario: Scenario, locale: string): RequireLocaleResult {
  const available = [...scenario.locales];
  if (!isLocale(locale)) {
    return {
      ok: false,
      key: 'scenario.localeUnknown',
      locale,
      available,
      message: `unknown locale "${locale}": Kefu Dojo ships ${LOCALES.join(', ')}`,
    };
  }
  if (!scenario.locales.includes(locale)) {
    return {
      ok: false,
      key: 'scenario.localeMissing',
      locale,
      available,
      message: `scenario "${scenario.id}" has no "${locale}" text; it is available in ${available.join(', ')}`,
    };
  }
  return { ok: true, locale };
}
