/** Finished reports kept in IndexedDB: the trainee's history. */
import { committed, done, openDb, STORES } from './db';

export interface StoredReport {
  id: string;
  scenarioId: string;
  savedAt: number;
  overall: number | null;
  report: unknown;
}

/** Keeps a finished report. */
export async function saveReport(record: StoredReport): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORES.reports, 'readwrite');
  tx.objectStore(STORES.reports).put(record);
  await committed(tx);
}

/** Every kept report, newest first. */
export async function listReports(): Promise<StoredReport[]> {
  const db = await openDb();
  const tx = db.transaction(STORES.reports, 'readonly');
  const all = (await done(tx.objectStore(STORES.reports).getAll())) as StoredReport[];
  return all.sort((a, b) => b.savedAt - a.savedAt);
}
