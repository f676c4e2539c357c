// Why: the app's backups: the key (kept as a non-extractable CryptoKey, never the passphrase), making a backup, reading
// it back to verify it, rotating the folder and logging every result; and restoring one. Screens and the recovery
// screen call these functions; the heavy work runs in the backup worker (client.ts).
import { BackupError } from "../../shared/backup/errors";
import { backupHeader, type BackupSummary } from "../../shared/backup/backup-file";
import { readHeader, type EnvelopeHeader, type PassphraseKey } from "../../shared/backup/envelope";
import { backupFileName, parseBackupFileName, type BackupReason } from "../../shared/backup/names";
import { backupsToDelete } from "../../shared/backup/rotation";
import { demoBackupPassphrase } from "../../shared/demo/backup";
import { newId } from "../../shared/ids";
import type { BackupEntry } from "../../shared/host-api";
import type { AppDB, OfficeRecord } from "../db/app-db";
import { AppError } from "../db/errors";
import { db as appDb } from "../db/instance";
import { schemaVersion } from "../db/migrations";
import { host } from "../host";
import { runJob } from "./client";
import { openRaw } from "./idb-tables";
import type { AppVersions, Progress } from "./jobs";
import { backupStore, lastResults, type BackupLogRow, type BackupStoreDB, type KeyRow } from "./store";
import { reportQuietly } from "../db/exchange/pc-report";

/** App tables left out of backups (and left alone by a restore). None: drafts and login lockouts are kept too. */
export const EXCLUDED_TABLES: string[] = [];
/** Automatic backups while the app is used: at least this often when anything changed. */
export const AUTO_EVERY_MS = 30 * 60_000;
/** The home screen warns when the newest good backup is older than this. */
export const STALE_AFTER_MS = 24 * 60 * 60_000;

export type { Progress };

export function appVersions(): AppVersions {
  return { version: __APP_VERSION__, schemaVersion: schemaVersion() };
}

/** A BackupError as the app's message (`e.backup.<problem>`); anything else as it is. */
export function asAppError(e: unknown): unknown {
  return e instanceof BackupError ? new AppError(`e.backup.${e.problem}`) : e;
}

type Deps = { db: AppDB; store: BackupStoreDB };
const defaults: Deps = { db: appDb, store: backupStore };

let memoryKey: { key: PassphraseKey; officeCreatedAt: string } | null = null;

async function office(db: AppDB): Promise<OfficeRecord | undefined> {
  return db.office.get("office");
}

/**
 * The key automatic backups use for this office: from memory, else the CryptoKey kept in the backup store (the choice
 * that lets backups run after a restart), else the demo office's known passphrase; null when none was ever set.
 */
export async function currentKey(deps: Deps = defaults): Promise<PassphraseKey | null> {
  const o = await office(deps.db);
  if (!o) return null;
  if (memoryKey?.officeCreatedAt === o.createdAt) return memoryKey.key;
  const row = await deps.store.keys.get("backup");
  if (row && row.officeCreatedAt === o.createdAt) {
    memoryKey = { key: { base: row.base, kdf: row.kdf }, officeCreatedAt: o.createdAt };
    return memoryKey.key;
  }
  if (o.demo) return setPassphrase(demoBackupPassphrase, deps);
  return null;
}

/** Keeps `key` (memory and the backup store) as this office's backup key. */
export async function rememberKey(
  key: PassphraseKey,
  officeCreatedAt: string,
  deps: Deps = defaults,
): Promise<void> {
  const row: KeyRow = {
    id: "backup",
    officeCreatedAt,
    kdf: key.kdf,
    base: key.base,
    setAt: new Date().toISOString(),
  };
  await deps.store.keys.put(row);
  memoryKey = { key, officeCreatedAt };
}

/** Sets (or changes) the office's backup passphrase: only its derived key is kept. */
export async function setPassphrase(passphrase: string, deps: Deps = defaults): Promise<PassphraseKey> {
  const o = await office(deps.db);
  if (!o) throw new AppError("e.backup.noOffice");
  const key = await runJob("deriveKey", { passphrase });
  await rememberKey(key, o.createdAt, deps);
  return key;
}

/** Forgets the key in memory (the stored one stays; tests use this to act as a restarted app). */
export function forgetKeyInMemory(): void {
  memoryKey = null;
}

async function auditHead(db: AppDB): Promise<string> {
  return String((await db.audit.orderBy(":id").lastKey()) ?? "");
}

export { lastResults };

/** True when an automatic backup is due: none good yet, or the last is 30 minutes old and records changed since. */
export async function backupDue(deps: Deps = defaults, now = Date.now()): Promise<boolean> {
  const { lastOk } = await lastResults(deps.store);
  if (!lastOk) return true;
  if (now - Date.parse(lastOk.at) < AUTO_EVERY_MS) return false;
  return lastOk.auditHead !== (await auditHead(deps.db));
}

async function log(
  store: BackupStoreDB,
  data: Omit<BackupLogRow, keyof import("../../shared/domain/record").RecordMeta>,
) {
  const at = new Date().toISOString();
  const row: BackupLogRow = {
    ...data,
    id: newId(),
    createdAt: at,
    createdBy: "system",
    updatedAt: at,
    updatedBy: "system",
    rev: 1,
    deletedAt: null,
  };
  await store.log.add(row);
  return row;
}

/** Deletes what the rotation rule leaves out; only files named by this app are ever considered. */
export async function rotateBackups(now = new Date()): Promise<string[]> {
  const entries = (await host.listBackups())
    .map((e) => ({ e, parsed: parseBackupFileName(e.name) }))
    .filter((x) => x.parsed !== null)
    .map((x) => ({ name: x.e.name, createdAt: x.parsed!.createdAt }));
  const gone = backupsToDelete(entries, now);
  for (const f of gone) await host.deleteBackup({ name: f.name });
  return gone.map((f) => f.name);
}

let running: Promise<BackupLogRow> | null = null;

/** Sizes of the last backup made in this run: its JSON lines, binary values (photos, attachments) and file. */
export type BackupSizes = { jsonBytes: number; binBytes: number; fileBytes: number };
let lastSizes: BackupSizes | null = null;
export function lastBackupSizes(): BackupSizes | null {
  return lastSizes;
}

/**
 * Makes a backup now: read every table at one moment, seal, write to the backup folder, read it back and verify it
 * (decrypts, checksums, counts), log the result, rotate. A backup that fails verification is deleted and logged as
 * failed, never as good. One at a time: a call while one runs gets that one.
 */
export function backupNow(
  reason: BackupReason,
  opts: { onProgress?: (p: Progress) => void; key?: PassphraseKey } = {},
  deps: Deps = defaults,
): Promise<BackupLogRow> {
  running ??= (async () => {
    const key = opts.key ?? (await currentKey(deps));
    if (!key) throw new AppError("e.backup.noKey");
    // Whether it was good or failed, this PC's report to the office says so (never failing the backup itself).
    return runBackup(
      reason,
      { ...opts, key, dbName: deps.db.name, head: await auditHead(deps.db) },
      deps.store,
    ).finally(() => reportQuietly(deps.db, deps.store));
  })().finally(() => (running = null));
  return running;
}

/**
 * Before a migration: the database still at its old version is read raw (Dexie has not opened it) and backed up with
 * the office's stored key. Returns what happened; a failure is in the backup log and the status, and the app goes on.
 */
export async function backupBeforeMigration(
  dbName: string,
  store: BackupStoreDB = backupStore,
): Promise<"done" | "noKey" | "failed"> {
  try {
    const row = await store.keys.get("backup");
    const officeCreatedAt = await readOfficeCreatedAt(dbName);
    if (!row || row.officeCreatedAt !== officeCreatedAt) return "noKey";
    await runBackup("migration", { key: { base: row.base, kdf: row.kdf }, dbName, head: "" }, store);
    return "done";
  } catch (e) {
    console.error("backup before migration", e);
    return "failed";
  }
}

async function readOfficeCreatedAt(dbName: string): Promise<string | null> {
  const idb = await openRaw(dbName);
  try {
    if (!idb.objectStoreNames.contains("office")) return null;
    const req = idb.transaction("office", "readonly").objectStore("office").get("office");
    const row = await new Promise<{ createdAt?: string } | undefined>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result as { createdAt?: string } | undefined);
      req.onerror = () => reject(req.error);
    });
    return row?.createdAt ?? null;
  } finally {
    idb.close();
  }
}

async function runBackup(
  reason: BackupReason,
  opts: { onProgress?: (p: Progress) => void; key: PassphraseKey; dbName: string; head: string },
  store: BackupStoreDB,
): Promise<BackupLogRow> {
  const { key, head } = opts;
  const started = performance.now();
  const at = new Date();
  const name = backupFileName(at, reason);
  const folder = await host.backupFolderStatus().catch(() => null);
  let made: Awaited<ReturnType<typeof runJob<"makeBackup">>> | null = null;
  let written = false;
  try {
    made = await runJob(
      "makeBackup",
      {
        dbName: opts.dbName,
        exclude: EXCLUDED_TABLES,
        appVersion: __APP_VERSION__,
        key,
        now: at.toISOString(),
      },
      opts.onProgress,
    );
    const size = made.file.byteLength;
    lastSizes = { jsonBytes: made.jsonBytes, binBytes: made.binBytes, fileBytes: size };
    opts.onProgress?.({ phase: "write", done: 0, total: 1 });
    await host.writeBackup({ name, data: made.file });
    written = true;
    opts.onProgress?.({ phase: "check", done: 0, total: 1 });
    const back = (await host.readBackup({ name })) as Uint8Array<ArrayBuffer>;
    await runJob(
      "verifyBackup",
      { file: back, key, counts: made.counts, app: appVersions() },
      undefined,
      true,
    );
    const row = await log(store, {
      at: at.toISOString(),
      name,
      reason,
      result: "ok",
      problem: null,
      size,
      counts: made.counts,
      durationMs: Math.round(performance.now() - started),
      location: folder?.location ?? "",
      auditHead: head,
    });
    await rotateBackups(at).catch((e) => console.error("rotation failed", e));
    return row;
  } catch (e) {
    if (written) await host.deleteBackup({ name }).catch(() => {});
    const problem =
      e instanceof BackupError
        ? `e.backup.${written ? "verifyFailed" : e.problem}`
        : e instanceof AppError
          ? e.key
          : e instanceof Error && /^host\./.test(e.message)
            ? e.message
            : written
              ? "e.backup.verifyFailed"
              : "e.backup.failed";
    await log(store, {
      at: at.toISOString(),
      name,
      reason,
      result: "failed",
      problem,
      size: 0,
      counts: made?.counts ?? {},
      durationMs: Math.round(performance.now() - started),
      location: folder?.location ?? "",
      auditHead: head,
    });
    throw new AppError(problem);
  }
}

/** The plain header of a chosen file (office, date, app version), refusing anything this app cannot restore. */
export function inspectHeader(file: Uint8Array<ArrayBuffer>): EnvelopeHeader {
  try {
    return backupHeader(file, appVersions());
  } catch (e) {
    throw asAppError(e);
  }
}

/** Decrypts and checks the whole file with its passphrase; what it holds, and the key to restore it with. */
export async function openWithPassphrase(
  file: Uint8Array<ArrayBuffer>,
  passphrase: string,
): Promise<{ summary: BackupSummary; key: PassphraseKey }> {
  inspectHeader(file);
  try {
    return await runJob("inspectBackup", { file, passphrase, app: appVersions() });
  } catch (e) {
    throw asAppError(e);
  }
}

/** Reads a backup in the backup folder. */
export async function readFolderBackup(entry: Pick<BackupEntry, "name">): Promise<Uint8Array<ArrayBuffer>> {
  return (await host.readBackup({ name: entry.name })) as Uint8Array<ArrayBuffer>;
}

/**
 * Restores a backup opened with openWithPassphrase: the current data is backed up first (with the office's key, or the
 * restored file's when none is set), then every table is replaced in one transaction. The caller reloads the app.
 */
export async function restoreFromFile(
  file: Uint8Array<ArrayBuffer>,
  key: PassphraseKey,
  onProgress?: (p: Progress) => void,
  deps: Deps = defaults,
): Promise<Record<string, number>> {
  const header = inspectHeader(file);
  if (await office(deps.db)) {
    const ownKey = (await currentKey(deps)) ?? key;
    await backupNow("restore", { key: ownKey, onProgress }, deps);
  }
  try {
    const counts = await runJob(
      "restoreBackup",
      { file, key, dbName: deps.db.name, exclude: EXCLUDED_TABLES, app: appVersions() },
      onProgress,
    );
    // The restored office's backups go on with the passphrase just used.
    await rememberKey(key, header.office.createdAt, deps);
    return counts;
  } catch (e) {
    throw asAppError(e);
  }
}

/** For the recovery screen: the newest backup in the folder (by its name's time), or null. */
export async function newestFolderBackup(): Promise<BackupEntry | null> {
  const ours = (await host.listBackups()).filter((e) => parseBackupFileName(e.name));
  ours.sort((a, b) =>
    parseBackupFileName(b.name)!.createdAt.localeCompare(parseBackupFileName(a.name)!.createdAt),
  );
  return ours[0] ?? null;
}

export { readHeader };
