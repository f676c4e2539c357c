// Why: a backup's file name carries when it was made and why, so the folder sorts by time and rotation needs no index.
export const BACKUP_EXTENSION = "rkbak";

export type BackupReason = "auto" | "manual" | "lock" | "close" | "migration" | "restore";
const REASONS: readonly BackupReason[] = ["auto", "manual", "lock", "close", "migration", "restore"];

const NAME = /^rekod-sandaran-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z]+)\.rkbak$/;

/** e.g. rekod-sandaran-20261204T103012345Z-auto.rkbak (UTC, to the millisecond). */
export function backupFileName(at: Date, reason: BackupReason): string {
  const stamp = at.toISOString().replace(/[-:.]/g, "");
  return `rekod-sandaran-${stamp}-${reason}.${BACKUP_EXTENSION}`;
}

/** When and why a backup named by this app was made; null for any other file name (never rotated or deleted). */
export function parseBackupFileName(name: string): { createdAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, reason] = m;
  if (!REASONS.includes(reason as BackupReason)) return null;
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  if (Number.isNaN(at.getTime())) return null;
  return { createdAt: at.toISOString(), reason: reason as BackupReason };
}
