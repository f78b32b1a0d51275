/** The locales Kefu Dojo ships: zh-CN is required in every scenario, en and es are optional. */
export const LOCALES = ['zh-CN', 'en', 'es'] as const;

/** One of the shipped locales. */
export type Locale = (typeof LOCALES)[number];

/** True when `value` names a shipped locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
