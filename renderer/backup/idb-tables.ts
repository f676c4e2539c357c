// Why: backups read and restore every object store of the database generically (raw IndexedDB, in a worker or not), so a
// table added later is backed up and restored with no new code.
import type { ArchivePart, ArchiveTable } from "../../shared/backup/archive";

/** Opens an existing database at whatever version it has now, never creating or upgrading it. */
export function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    let created = false;
    req.onupgradeneeded = () => {
      // Only a database that does not exist yet asks for an upgrade here: leave it uncreated.
      created = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      // Never hold up the app's own upgrade: a newer version closes this connection.
      req.result.onversionchange = () => req.result.close();
      resolve(req.result);
    };
    req.onerror = () => reject(created ? new Error("database does not exist") : req.error);
    req.onblocked = () => reject(new Error("database blocked"));
  });
}

/** Dexie stores its schema version times ten as the IndexedDB version. */
export function schemaVersionOf(idb: IDBDatabase): number {
  return Math.floor(idb.version / 10);
}

function done<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Every store but `exclude`, read in one read-only transaction (one consistent moment), in key order. */
export async function readAllTables(
  idb: IDBDatabase,
  exclude: readonly string[] = [],
): Promise<ArchiveTable[]> {
  const names = [...idb.objectStoreNames].filter((n) => !exclude.includes(n));
  if (!names.length) return [];
  const tx = idb.transaction(names, "readonly");
  return Promise.all(
    names.map(async (name) => {
      const store = tx.objectStore(name);
      if (store.keyPath !== null) return { name, rows: await done(store.getAll()) };
      const [rows, keys] = await Promise.all([done(store.getAll()), done(store.getAllKeys())]);
      return { name, rows, outOfLineKeys: keys };
    }),
  );
}

/**
 * Replaces the contents of every store but `exclude` in ONE read-write transaction (strict durability): each is
 * cleared, then the archive's parts are added, two parts in flight at a time so only those are parsed at once. Any
 * failure aborts the transaction and leaves the database as it was.
 */
export function replaceAllTables(
  idb: IDBDatabase,
  parts: readonly ArchivePart[],
  exclude: readonly string[] = [],
  onProgress?: (recordsDone: number) => void,
  /** Runs in the same transaction once every record is in (requests issued there keep it open). */
  finish?: (tx: IDBTransaction) => void,
): Promise<void> {
  const names = [...idb.objectStoreNames].filter((n) => !exclude.includes(n));
  return new Promise((resolve, reject) => {
    let failure: unknown = null;
    const tx = idb.transaction(names, "readwrite", { durability: "strict" });
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(failure ?? tx.error ?? new Error("restore aborted"));
    const fail = (e: unknown) => {
      failure ??= e;
      try {
        tx.abort();
      } catch {
        // Already finished.
      }
    };
    for (const name of names) tx.objectStore(name).clear();
    let next = 0;
    let inFlight = 0;
    let recordsDone = 0;
    let finished = false;
    const feed = (): void => {
      while (failure === null && inFlight < 2 && next < parts.length) issue(parts[next++]!);
      if (failure === null && inFlight === 0 && next === parts.length && !finished) {
        finished = true;
        try {
          finish?.(tx);
        } catch (e) {
          fail(e);
        }
      }
    };
    const issue = (part: ArchivePart): void => {
      try {
        if (!names.includes(part.table)) throw new Error(`no table ${part.table} here`);
        const { keys, values } = part.rows();
        const store = tx.objectStore(part.table);
        inFlight++;
        let last: IDBRequest | null = null;
        for (let i = 0; i < values.length; i++)
          last = keys ? store.add(values[i], keys[i] as IDBValidKey) : store.add(values[i]);
        const finish = () => {
          inFlight--;
          recordsDone += part.records;
          onProgress?.(recordsDone);
          feed();
        };
        if (last) last.addEventListener("success", finish);
        else finish();
      } catch (e) {
        fail(e);
      }
    };
    feed();
  });
}
