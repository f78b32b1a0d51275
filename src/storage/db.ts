/** The IndexedDB database of Kefu Dojo: sessions (with their event logs) and finished reports. */

export const DB_NAME = 'kefu-dojo';
export const DB_VERSION = 1;

/** Object stores: `sessions` (one record per session), `log` (one record per log entry), `reports`. */
export const STORES = { sessions: 'sessions', log: 'log', reports: 'reports' } as const;

let opening: Promise<IDBDatabase> | null = null;

/** Opens (and on first use creates) the database; the same connection is reused. */
export function openDb(): Promise<IDBDatabase> {
  if (!opening) {
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(STORES.sessions)) {
          db.createObjectStore(STORES.sessions, { keyPath: 'id' });
        }
        if (!db.objectStoreNames.contains(STORES.log)) {
          const log = db.createObjectStore(STORES.log, { keyPath: ['sessionId', 'seq'] });
          log.createIndex('bySession', 'sessionId');
        }
        if (!db.objectStoreNames.contains(STORES.reports)) {
          db.createObjectStore(STORES.reports, { keyPath: 'id' });
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
    opening.catch(() => {
      opening = null;
    });
  }
  return opening;
}

/** Wraps an IDBRequest in a promise. */
export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when a transaction commits. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}
