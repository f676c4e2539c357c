// Why: the heavy backup work (read every table, serialise, compress, encrypt; decrypt, check, restore) in one place that
// runs in the backup worker, or inline where no worker exists (unit tests).
import Dexie from "dexie";
import type { ArchivePart, ReadArchive } from "../../shared/backup/archive";
import { makeBackupFile, openBackupFile, type BackupSummary } from "../../shared/backup/backup-file";
import { derivePassphraseKey, keyForFile, type PassphraseKey } from "../../shared/backup/envelope";
import { BackupError } from "../../shared/backup/errors";
import { migrations } from "../db/migrations";
import { openRaw, readAllTables, replaceAllTables, schemaVersionOf } from "./idb-tables";
import { renewAfterRestore } from "../db/exchange/restored";
import { newId } from "../../shared/ids";

/** The app a file is checked against: this build's version and schema version. */
export type AppVersions = { version: string; schemaVersion: number };

export type Progress = { phase: "read" | "pack" | "check" | "write"; done: number; total: number };
type OnProgress = (p: Progress) => void;

export type MadeBackup = {
  file: Uint8Array<ArrayBuffer>;
  counts: Record<string, number>;
  schemaVersion: number;
  officeName: string;
  jsonBytes: number;
  binBytes: number;
};

type OfficeRow = { id: string; officeName?: string; createdAt?: string };

/** Reads every table of `dbName` (but `exclude`) at one moment and seals it with `key`. */
export async function makeBackup(
  args: { dbName: string; exclude: string[]; appVersion: string; key: PassphraseKey; now: string },
  onProgress: OnProgress = () => {},
): Promise<MadeBackup> {
  const idb = await openRaw(args.dbName);
  let tables;
  let schemaVersion;
  try {
    schemaVersion = schemaVersionOf(idb);
    onProgress({ phase: "read", done: 0, total: 1 });
    tables = await readAllTables(idb, args.exclude);
  } finally {
    idb.close();
  }
  const total = tables.reduce((n, t) => n + t.rows.length, 0);
  const office = (tables.find((t) => t.name === "office")?.rows[0] ?? null) as OfficeRow | null;
  const officeName = office?.officeName ?? "";
  const made = await makeBackupFile(
    tables,
    {
      appVersion: args.appVersion,
      schemaVersion,
      office: { id: office?.id ?? "", name: officeName, createdAt: office?.createdAt ?? "" },
      createdAt: args.now,
    },
    args.key,
    (done) => onProgress({ phase: "pack", done, total }),
  );
  return { ...made, schemaVersion, officeName };
}

/** Checks a written backup read back from its folder: it opens with `key`, and holds exactly `counts`. */
export async function verifyBackup(args: {
  file: Uint8Array<ArrayBuffer>;
  key: PassphraseKey;
  counts: Record<string, number>;
  app: AppVersions;
}): Promise<void> {
  const { summary } = await openBackupFile(args.file, args.key, args.app);
  const a = JSON.stringify(Object.entries(summary.counts).sort());
  const b = JSON.stringify(Object.entries(args.counts).sort());
  if (a !== b) throw new BackupError("verifyFailed", "counts differ");
}

/** The passphrase's key (PBKDF2, the slow step), with a new salt unless one is given. */
export function deriveKey(args: { passphrase: string }): Promise<PassphraseKey> {
  return derivePassphraseKey(args.passphrase);
}

/** Opens a backup with its passphrase (or a key already derived for it) and says what it holds. */
export async function inspectBackup(args: {
  file: Uint8Array<ArrayBuffer>;
  passphrase?: string;
  key?: PassphraseKey;
  app: AppVersions;
}): Promise<{ summary: BackupSummary; key: PassphraseKey }> {
  const key = args.key ?? (await keyForFile(args.file, args.passphrase ?? ""));
  const { summary } = await openBackupFile(args.file, key, args.app);
  return { summary, key };
}

/** A backup of an older schema is restored into a scratch database at its own version and upgraded there. */
async function upgradedParts(archive: ReadArchive, from: number, dbName: string): Promise<ArchivePart[]> {
  const name = `${dbName}-pulih-${Date.now()}`;
  const old = new Dexie(name);
  for (const apply of migrations.slice(0, from)) apply(old);
  try {
    await old.open();
    await replaceAllTables(old.backendDB(), archive.parts);
    old.close();
    const now = new Dexie(name);
    for (const apply of migrations) apply(now);
    await now.open();
    const tables = await readAllTables(now.backendDB());
    now.close();
    return tables.map((t) => ({
      table: t.name,
      records: t.rows.length,
      rows: () => ({ keys: null, values: t.rows }),
    }));
  } finally {
    old.close();
    await Dexie.delete(name);
  }
}

/**
 * Replaces every table of `dbName` (but `exclude`) with the backup's records in one transaction; the file is opened
 * and checked whole first, so a wrong passphrase or a damaged file leaves the database untouched.
 */
export async function restoreBackup(
  args: {
    file: Uint8Array<ArrayBuffer>;
    key: PassphraseKey;
    dbName: string;
    exclude: string[];
    app: AppVersions;
  },
  onProgress: OnProgress = () => {},
): Promise<Record<string, number>> {
  onProgress({ phase: "check", done: 0, total: 1 });
  const { summary, archive } = await openBackupFile(args.file, args.key, args.app);
  const from = summary.header.schemaVersion;
  const parts =
    from < args.app.schemaVersion ? await upgradedParts(archive, from, args.dbName) : archive.parts;
  const total = parts.reduce((n, p) => n + p.records, 0);
  const idb = await openRaw(args.dbName).catch(async () => {
    // A new PC whose database was never opened: create it at this app's schema first.
    const fresh = new Dexie(args.dbName);
    for (const apply of migrations) apply(fresh);
    await fresh.open();
    fresh.close();
    return openRaw(args.dbName);
  });
  try {
    if (schemaVersionOf(idb) !== args.app.schemaVersion)
      throw new BackupError("newerSchema", "database version");
    onProgress({ phase: "write", done: 0, total });
    await replaceAllTables(
      idb,
      parts,
      args.exclude,
      (done) => onProgress({ phase: "write", done, total }),
      (tx) => renewAfterRestore(tx, newId()),
    );
  } finally {
    idb.close();
  }
  return summary.counts;
}
