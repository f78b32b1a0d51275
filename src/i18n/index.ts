/**
 * i18next set-up. Namespaces: `ui` (the DOM shell, bundled), `buyer` (persona line bank),
 * `coaching` (rubric coaching texts and hints) and `game` (Phaser labels), the last three
 * loaded lazily per locale.
 */
import i18next from 'i18next';
import { LOCALES, type Locale } from '../core/locale';
import zhCN from './locales/zh-CN/ui.json';
import en from './locales/en/ui.json';
import es from './locales/es/ui.json';

/** Namespaces loaded on demand (files may be missing while other parts are built). */
export const LAZY_NAMESPACES = ['buyer', 'coaching', 'game'] as const;
export type LazyNamespace = (typeof LAZY_NAMESPACES)[number];

const lazyFiles = import.meta.glob<{ default: Record<string, unknown> }>(
  ['./locales/*/*.json', '!./locales/*/ui.json'],
  { eager: false },
);

/** The shared i18next instance. */
export const i18n = i18next.createInstance();

/** Initialises i18next in `locale` with the ui namespace and loads the lazy namespaces. */
export async function initI18n(locale: Locale): Promise<void> {
  await i18n.init({
    lng: locale,
    fallbackLng: 'zh-CN',
    supportedLngs: [...LOCALES],
    ns: ['ui'],
    defaultNS: 'ui',
    resources: { 'zh-CN': { ui: zhCN }, en: { ui: en }, es: { ui: es } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await loadNamespaces(locale);
}

const loaded = new Set<string>();

/** Loads buyer, coaching and game for `locale` (and zh-CN, the fallback). */
export async function loadNamespaces(locale: Locale): Promise<void> {
  const wanted = new Set<Locale>([locale, 'zh-CN']);
  const jobs: Promise<void>[] = [];
  for (const lng of wanted) {
    for (const ns of LAZY_NAMESPACES) {
      const key = `${lng}/${ns}`;
      const load = lazyFiles[`./locales/${key}.json`];
      if (!load || loaded.has(key)) continue;
      loaded.add(key);
      jobs.push(
        load().then((mod) => {
          i18n.addResourceBundle(lng, ns, mod.default, true, true);
        }),
      );
    }
  }
  await Promise.all(jobs);
}

/** Switches the language (loading its lazy namespaces first). */
export async function setLanguage(locale: Locale): Promise<void> {
  await loadNamespaces(locale);
  await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

/** The current locale. */
export function currentLocale(): Locale {
  const lng = i18n.language;
  return (LOCALES as readonly string[]).includes(lng) ? (lng as Locale) : 'zh-CN';
}

/** Translates a key of the ui namespace (or `ns:key`) with interpolation values. */
export function t(key: string, params?: Record<string, unknown>): string {
  return i18n.t(key, params ?? {}) as string;
}

/** Translates a key of another namespace (buyer, coaching, game). */
export function tNs(ns: string, key: string, params?: Record<string, unknown>): string {
  return i18n.t(key, { ...(params ?? {}), ns }) as string;
}

/** True when `key` exists in namespace `ns` for the current language or the fallback. */
export function hasKey(ns: string, key: string): boolean {
  return i18n.exists(key, { ns });
}
