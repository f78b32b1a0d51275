/**
 * Sessions in IndexedDB: a record per session and its event log, written as it grows, so that
 * an unfinished session can be resumed after a reload (resumeSession replays the log).
 */
import type { Locale } from '../core/locale';
import type { LogEntry, SessionMode } from '../core/session/contract';
import { committed, done, openDb, STORES } from './db';

/** What is needed to rebuild a session from its log. */
export interface StoredSession {
  id: string;
  scenarioId: string;
  /** The scenario's JSON text when it was dropped on the page (not a bundled file). */
  scenarioText?: string;
  scenarioFile?: string;
  locale: Locale;
  mode: SessionMode;
  seed: number;
  buyerIds?: string[];
  /** Wall-clock ms when the session started (for the history list only). */
  startedAt: number;
  finished: boolean;
}

/** Creates or replaces the record of a session. */
export async function saveSession(session: StoredSession): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORES.sessions, 'readwrite');
  tx.objectStore(STORES.sessions).put(session);
  await committed(tx);
}

/** Appends log entries (idempotent per seq). */
export async function appendLog(sessionId: string, entries: readonly LogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const db = await openDb();
  const tx = db.transaction(STORES.log, 'readwrite');
  const store = tx.objectStore(STORES.log);
  for (const entry of entries) store.put({ sessionId, ...entry });
  await committed(tx);
}

/** The stored log of a session, in sequence order. */
export async function loadLog(sessionId: string): Promise<LogEntry[]> {
  const db = await openDb();
  const tx = db.transaction(STORES.log, 'readonly');
  const rows = await done(
    tx.objectStore(STORES.log).index('bySession').getAll(IDBKeyRange.only(sessionId)),
  );
  return (rows as (LogEntry & { sessionId: string })[])
    .map(({ sessionId: _sessionId, ...entry }) => entry)
    .sort((a, b) => a.seq - b.seq);
}

/** The most recent unfinished session, if any. */
export async function findUnfinished(): Promise<StoredSession | null> {
  const db = await openDb();
  const tx = db.transaction(STORES.sessions, 'readonly');
  const all = (await done(tx.objectStore(STORES.sessions).getAll())) as StoredSession[];
  const open = all.filter((s) => !s.finished).sort((a, b) => b.startedAt - a.startedAt);
  return open[0] ?? null;
}

/** Marks a session finished (it is no longer offered for resume). */
export async function finishSession(sessionId: string): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORES.sessions, 'readwrite');
  const store = tx.objectStore(STORES.sessions);
  const record = (await done(store.get(sessionId))) as StoredSession | undefined;
  if (record) store.put({ ...record, finished: true });
  await committed(tx);
}

/** Drops a session and its log. */
export async function deleteSession(sessionId: string): Promise<void> {
  const db = await openDb();
  const tx = db.transaction([STORES.sessions, STORES.log], 'readwrite');
  tx.objectStore(STORES.sessions).delete(sessionId);
  const index = tx.objectStore(STORES.log).index('bySession');
  const keys = await done(index.getAllKeys(IDBKeyRange.only(sessionId)));
  for (const key of keys) tx.objectStore(STORES.log).delete(key);
  await committed(tx);
}
