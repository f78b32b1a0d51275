/** The default quick phrases (快捷短语), from the ui namespace of the current language. */
import { t } from '../../i18n';

export const QUICK_PHRASE_COUNT = 9;

/** Nine phrases for Ctrl/Cmd+1..9, in the reception flow's order (seed 003 §6). */
export function defaultQuickPhrases(): string[] {
  return Array.from({ length: QUICK_PHRASE_COUNT }, (_, i) => t(`phrases.p${i + 1}`));
}
