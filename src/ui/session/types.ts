/**
 * The session handle of src/core/session (C2) as the browser drives it.
 */
import type { Locale } from '../../core/locale';
import type { Scenario } from '../../core/scenario/schema';
import type { SessionMode } from '../../core/session/contract';

export interface SessionOptions {
  scenario: Scenario;
  locale: Locale;
  seed: number;
  mode: SessionMode;
  buyerIds?: string[];
}

/** The session handle the workbench drives (src/core/session). */
export type { SessionHandle } from '../../core/session';
