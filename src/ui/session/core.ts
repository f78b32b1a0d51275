/**
 * The core as the browser drives it: the session (with its default analyzer, fact checker and
 * buyer machine) and the report. All of it lives in the lazy workbench chunk, so the menu stays
 * small.
 */
import { prepareAnalyzer } from '../../core/analysis';
import type { Locale } from '../../core/locale';
import { buildReport, type Report } from '../../core/report';
import type { Scenario } from '../../core/scenario/schema';
import { createSession, defaultDeps, resumeSession, type SessionHandle } from '../../core/session';
import type { LogEntry } from '../../core/session/contract';
import type { SessionOptions } from './types';

/** Starts a new session. */
export function create(options: SessionOptions): SessionHandle {
  return createSession({ ...options, deps: defaultDeps });
}

/** Rebuilds a session from its stored log (the page was reloaded mid-session). */
export function resume(scenario: Scenario, log: readonly LogEntry[]): SessionHandle {
  return resumeSession(scenario, log, { deps: defaultDeps });
}

/** The report of a finished session. */
export function report(scenario: Scenario, log: readonly LogEntry[]): Report {
  return buildReport(scenario, log);
}

/**
 * Compiles the analyzer's rules for `locale` once the browser is idle (the buyer's first line
 * takes seconds to arrive), so that the trainee's first reply does not wait for it.
 */
export function warmAnalyzer(locale: Locale): void {
  const warm = (): void => prepareAnalyzer(locale);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 1000 });
  else setTimeout(warm, 0);
}
