/**
 * The session handle of src/core/session (C2) as the browser drives it.
 */
import type { SessionOptions as CoreSessionOptions } from '../../core/session';

/** What the browser chooses when it starts a session (the rest of the core's options keep their defaults). */
export type SessionOptions = Pick<
  CoreSessionOptions,
  'scenario' | 'locale' | 'seed' | 'mode' | 'buyerIds'
>;

/** The session handle the workbench drives (src/core/session). */
export type { SessionHandle } from '../../core/session';
