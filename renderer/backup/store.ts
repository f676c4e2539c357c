// Why: the backup key and the backup log live in a small database of their own, beside the app's: a restore (or a
// damaged app database) never takes with it the record of which backups are good, or the key automatic backups use.
import Dexie, { type Table } from "dexie";
import type { KdfParams } from "../../shared/backup/envelope";
import type { BackupReason } from "../../shared/backup/names";
import type { Stored } from "../../shared/domain/record";

export const BACKUP_STORE_NAME = "rekod-komuniti-sandaran";

/**
 * The office's backup key: the passphrase's PBKDF2 result held as a NON-EXTRACTABLE HKDF CryptoKey, so automatic
 * backups work after a restart without the passphrase, and no script can read the key bytes out.
 */
export type KeyRow = {
  id: "backup";
  /** The office it belongs to (its createdAt): a key left from another office (demo removed, restore) is not used. */
  officeCreatedAt: string;
  kdf: KdfParams;
  base: CryptoKey;
  setAt: string;
};

export type BackupLogData = {
  /** When the backup was made (its name carries the same moment). */
  at: string;
  name: string;
  reason: BackupReason;
  result: "ok" | "failed";
  /** The problem's message key when it failed. */
  problem: string | null;
  size: number;
  counts: Record<string, number>;
  durationMs: number;
  /** Where it was written, in words an administrator can act on. */
  location: string;
  /** The newest audit id when it was made: no change since means no automatic backup is due. */
  auditHead: string;
};
export type BackupLogRow = Stored<BackupLogData>;

export class BackupStoreDB extends Dexie {
  keys!: Table<KeyRow, string>;
  log!: Table<BackupLogRow, string>;

  constructor(name = BACKUP_STORE_NAME) {
    super(name, { chromeTransactionDurability: "strict" });
    this.version(1).stores({ keys: "id", log: "id, at, [result+at]" });
  }
}

export const backupStore = new BackupStoreDB();

/** The newest good backup in the log, and the newest failure if it came after it. */
export async function lastResults(
  store: BackupStoreDB = backupStore,
): Promise<{ lastOk: BackupLogRow | null; lastFailed: BackupLogRow | null }> {
  const lastOk = (await store.log.where("[result+at]").between(["ok", ""], ["ok", "\uffff"]).last()) ?? null;
  const failed =
    (await store.log.where("[result+at]").between(["failed", ""], ["failed", "\uffff"]).last()) ?? null;
  return { lastOk, lastFailed: failed && (!lastOk || failed.at > lastOk.at) ? failed : null };
}
