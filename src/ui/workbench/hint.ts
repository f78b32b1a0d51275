/** Reads the hint the session gave from its log (an `agent.hint` entry's payload). */
import type { LogEntry } from '../../core/session/contract';

/** The i18n key of the latest hint in the log, or null (refused, or none for this beat). */
export function hintKeyFromLog(log: readonly LogEntry[]): string | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i];
    if (!entry || !entry.type.includes('hint')) continue;
    const p = entry.payload ?? {};
    for (const field of ['hintKey', 'key', 'coachingKey']) {
      const value = p[field];
      if (typeof value === 'string' && value) return value;
    }
    return null;
  }
  return null;
}
