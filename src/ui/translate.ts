/** Resolves a key the core emits (buyer line bank, coaching, ui) in the current language. */
import { hasKey, tNs } from '../i18n';

/** Looks `key` up in buyer, coaching and ui (an "ns:" prefix picks the namespace); null if unknown. */
export function translateAny(key: string, params?: Record<string, string | number>): string | null {
  for (const ns of ['buyer', 'coaching', 'ui']) {
    if (hasKey(ns, key)) return tNs(ns, key, params);
  }
  return null;
}
