// Why: restoring from the recovery screen, where the database may not open at all: find the newest backup in the
// folder that opens with the passphrase and checks whole (or open a file chosen from elsewhere), keep what still reads beside the backups (a salvage file the
// rotation never touches), remove the unusable database and restore the backup into a fresh one.
import Dexie from "dexie";
import { parseBackupFileName } from "../../../shared/backup/names";
import type { PassphraseKey } from "../../../shared/backup/envelope";
import type { BackupSummary } from "../../../shared/backup/backup-file";
import { DB_NAME } from "../../db/app-db";
import { AppError } from "../../db/errors";
import { db } from "../../db/instance";
import { salvageDatabase } from "../../db/salvage";
import { host } from "../../host";
import { runJob } from "../../backup/client";
import {
  EXCLUDED_TABLES,
  appVersions,
  asAppError,
  openWithPassphrase,
  readFolderBackup,
  rememberKey,
  type Progress,
} from "../../backup/service";
import { salvageBackupFile, salvageFileName } from "./salvage-file";

export type Restored = {
  name: string;
  createdAt: string;
  kept: string | null;
  counts: Record<string, number>;
};

/** The folder's backups named by this app, newest first. */
async function folderBackups(): Promise<{ name: string; createdAt: string }[]> {
  return (await host.listBackups())
    .flatMap((e) => {
      const parsed = parseBackupFileName(e.name);
      return parsed ? [{ name: e.name, createdAt: parsed.createdAt }] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

type Verified = {
  name: string;
  createdAt: string;
  file: Uint8Array<ArrayBuffer>;
  key: PassphraseKey;
  summary: BackupSummary;
};

/** The newest backup that decrypts and checks whole; a wrong passphrase stops at once, a damaged file is passed over. */
async function newestVerified(passphrase: string): Promise<Verified> {
  const entries = await folderBackups();
  if (!entries.length) throw new AppError("pemulihan.restoreNone");
  let problem: unknown = null;
  for (const entry of entries) {
    try {
      const file = await readFolderBackup(entry);
      const { summary, key } = await openWithPassphrase(file, passphrase);
      return { ...entry, file, key, summary };
    } catch (e) {
      if (e instanceof AppError && e.key === "e.backup.wrongPassphrase") throw e;
      problem = e;
    }
  }
  throw problem ?? new AppError("pemulihan.noVerified");
}

/** What still reads, sealed with the backup's key into the backup folder; null when nothing reads. */
async function keepWhatReads(key: PassphraseKey, now: Date): Promise<string | null> {
  const salvage = await salvageDatabase(DB_NAME).catch(() => null);
  if (!salvage || salvage.tables.every((t) => t.rows.length === 0)) return null;
  const { bytes } = await salvageBackupFile(salvage, key, { appVersion: __APP_VERSION__, savedAt: now });
  const name = salvageFileName(now);
  await host.writeBackup({ name, data: bytes });
  return name;
}

export async function restoreNewestVerified(
  passphrase: string,
  onProgress: (p: Progress) => void,
): Promise<Restored> {
  return replaceWith(await newestVerified(passphrase), onProgress);
}

/** A backup file chosen from elsewhere (a USB drive, another PC), opened and checked whole with its passphrase. */
export async function restoreChosenFile(
  chosen: { fileName: string; file: Uint8Array<ArrayBuffer> },
  passphrase: string,
  onProgress: (p: Progress) => void,
): Promise<Restored> {
  const { summary, key } = await openWithPassphrase(chosen.file, passphrase);
  const verified = {
    name: chosen.fileName,
    createdAt: summary.header.createdAt,
    file: chosen.file,
    key,
    summary,
  };
  return replaceWith(verified, onProgress);
}

/** Keeps what still reads, removes the unusable database and restores `chosen` into a fresh one. */
async function replaceWith(chosen: Verified, onProgress: (p: Progress) => void): Promise<Restored> {
  const kept = await keepWhatReads(chosen.key, new Date());
  db.close();
  try {
    await Dexie.delete(DB_NAME);
  } catch (e) {
    throw new AppError("pemulihan.cannotReplace", { detail: e instanceof Error ? e.message : String(e) });
  }
  let counts: Record<string, number>;
  try {
    counts = await runJob(
      "restoreBackup",
      { file: chosen.file, key: chosen.key, dbName: DB_NAME, exclude: EXCLUDED_TABLES, app: appVersions() },
      onProgress,
    );
  } catch (e) {
    throw asAppError(e);
  }
  // Automatic backups go on with the passphrase just used (the key store is a database of its own).
  await rememberKey(chosen.key, chosen.summary.header.office.createdAt).catch(() => {});
  return { name: chosen.name, createdAt: chosen.createdAt, kept, counts };
}
