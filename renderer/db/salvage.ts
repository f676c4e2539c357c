// Why: when the database cannot be opened as the app expects, read every table that still reads (row by row past a
// broken stretch) straight from IndexedDB, without Dexie and without ever changing the stored database.
import { openRaw } from "../backup/idb-tables";
import { storedVersion } from "./open-checked";

/** One table as far as it could be read. */
export type SalvagedTable = {
  name: string;
  rows: unknown[];
  /** The keys of a store without a key path (in the order of `rows`). */
  keys?: IDBValidKey[];
  /** Rows known to exist that could not be read (a broken row, or the rest of a table after an unreadable key). */
  lost: number;
  /** True when the table read whole in one go. */
  complete: boolean;
  /** The first read failure, for the IT person. */
  error?: string;
};
export type Salvage = { dbName: string; version: number; tables: SalvagedTable[] };

/** Gives up on a table after this many unreadable rows in a row-by-row walk. */
const MAX_SKIPS = 500;

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = (ev) => {
      ev.preventDefault();
      reject(r.error ?? new Error("IndexedDB request failed"));
    };
  });
}

const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

function store(idb: IDBDatabase, name: string): IDBObjectStore {
  return idb.transaction(name, "readonly").objectStore(name);
}

/** Values from `after` (exclusive) on, pushed to `out` one at a time; rejects at the first row that fails. */
function walk(
  idb: IDBDatabase,
  name: string,
  after: IDBValidKey | undefined,
  out: (k: IDBValidKey, v: unknown) => void,
) {
  return new Promise<void>((resolve, reject) => {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const r = store(idb, name).openCursor(range);
    r.onsuccess = () => {
      const c = r.result;
      if (!c) return resolve();
      out(c.primaryKey, c.value);
      c.continue();
    };
    r.onerror = (ev) => {
      ev.preventDefault();
      reject(r.error ?? new Error("cursor failed"));
    };
  });
}

/** The first key after `after` (keys often still read where values do not), or undefined at the end. */
async function nextKey(
  idb: IDBDatabase,
  name: string,
  after: IDBValidKey | undefined,
): Promise<IDBValidKey | undefined> {
  const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
  const c = await req(store(idb, name).openKeyCursor(range));
  return c?.primaryKey;
}

async function readTable(idb: IDBDatabase, name: string): Promise<SalvagedTable> {
  const outOfLine = store(idb, name).keyPath === null;
  let error: string | undefined;
  try {
    const rows = await req(store(idb, name).getAll());
    const keys = outOfLine ? { keys: await req(store(idb, name).getAllKeys()) } : {};
    if (!outOfLine || keys.keys?.length === rows.length)
      return { name, rows, ...keys, lost: 0, complete: true };
  } catch (e) {
    error = describe(e);
  }
  // Row by row with a cursor; a row that fails is skipped by its key and the walk goes on after it.
  const rows: unknown[] = [];
  const keys: IDBValidKey[] = [];
  let last: IDBValidKey | undefined;
  let lost = 0;
  for (;;) {
    try {
      await walk(idb, name, last, (k, v) => {
        rows.push(v);
        keys.push(k);
        last = k;
      });
      break;
    } catch {
      let skip: IDBValidKey | undefined;
      try {
        skip = await nextKey(idb, name, last);
      } catch {
        skip = undefined;
      }
      lost += 1;
      if (skip === undefined || lost >= MAX_SKIPS) break;
      last = skip;
    }
  }
  if (lost > 0) {
    // What the index says is there beyond what was read, when it can still count.
    try {
      const total = await req(store(idb, name).count());
      lost = Math.max(lost, total - rows.length);
    } catch {
      // Counting failed too: `lost` stays at the rows skipped.
    }
  }
  return { name, rows, ...(outOfLine ? { keys } : {}), lost, complete: false, ...(error ? { error } : {}) };
}

/**
 * Reads whatever can be read of database `name`, table by table; a table that fails whole is returned empty with its
 * error. Null when there is no such database or it cannot be opened at all.
 */
export async function salvageDatabase(
  name: string,
  onTable?: (done: number, total: number) => void,
): Promise<Salvage | null> {
  if (!(await storedVersion(name))) return null;
  const idb = await openRaw(name);
  try {
    const names = Array.from(idb.objectStoreNames);
    const tables: SalvagedTable[] = [];
    for (const [i, n] of names.entries()) {
      try {
        tables.push(await readTable(idb, n));
      } catch (e) {
        tables.push({ name: n, rows: [], lost: 0, complete: false, error: describe(e) });
      }
      onTable?.(i + 1, names.length);
    }
    return { dbName: name, version: idb.version, tables };
  } finally {
    idb.close();
  }
}
