// Why: opening the database is a checked step of its own: a newer stored schema is refused before Dexie touches it,
// and every table is read once, so a damaged store leads to the recovery screen instead of a blank page.
import type { AppDB } from "./app-db";
import { StorageFailure, classifyStorageError } from "./storage-errors";

/** The IndexedDB version number Dexie uses for the app's schema (Dexie stores its version times ten). */
export function nativeVersion(db: AppDB): number {
  return Math.round(db.verno * 10);
}

/** The stored database's version without opening it (0 when it does not exist or the browser cannot tell). */
export async function storedVersion(name: string): Promise<number> {
  const list = await indexedDB.databases?.();
  return list?.find((d) => d.name === name)?.version ?? 0;
}

/** Dexie's own schema patches add 1 to the native version; only a higher schema version (tens) is newer. */
function isNewer(stored: number, ours: number): boolean {
  return Math.floor(stored / 10) > Math.floor(ours / 10);
}

function newerSchema(stored: number, app: number): StorageFailure {
  const versions = { stored: Math.floor(stored / 10), app: Math.floor(app / 10) };
  return new StorageFailure("newerSchema", `stored schema ${versions.stored} is newer than ${versions.app}`, {
    versions,
  });
}

/** Wraps any failure as a StorageFailure that names its problem (an unexplained open failure counts as damage). */
function asFailure(e: unknown): StorageFailure {
  if (e instanceof StorageFailure) return e;
  const problem = classifyStorageError(e) ?? "damaged";
  const message = e instanceof Error ? e.message : String(e);
  return new StorageFailure(problem, message, { cause: e });
}

/**
 * Opens `db` and reads the first row of every table; throws a StorageFailure when the stored schema is newer than
 * this app (Dexie 4 would otherwise open it at the newer version and may patch it), or when anything cannot be read.
 */
export async function openChecked(db: AppDB): Promise<void> {
  try {
    const ours = nativeVersion(db);
    const before = await storedVersion(db.name);
    if (isNewer(before, ours)) throw newerSchema(before, ours);
    // An older stored schema is backed up (read raw, at its own version) before Dexie upgrades it.
    if (before > 0 && isNewer(ours, before)) {
      const { backupBeforeMigration } = await import("../backup/service");
      await backupBeforeMigration(db.name);
    }
    await db.open();
    const opened = db.backendDB()?.version ?? ours;
    if (isNewer(opened, ours)) {
      db.close();
      throw newerSchema(opened, ours);
    }
    await db.transaction("r", db.tables, async () => {
      for (const table of db.tables) await table.limit(1).toArray();
    });
  } catch (e) {
    throw asFailure(e);
  }
}
