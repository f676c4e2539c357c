// Why: a backup file is the archive of every table sealed in the envelope; this is where the two meet, and where a file
// from a newer app or schema is refused before anything is read into the database.
import { encodeArchive, readArchive, type ArchiveTable, type ReadArchive } from "./archive";
import {
  readHeader,
  seal,
  unseal,
  type EnvelopeHeader,
  type HeaderInfo,
  type PassphraseKey,
} from "./envelope";
import { BackupError } from "./errors";

export const BACKUP_KIND = "backup";

export type BackupSummary = {
  header: EnvelopeHeader;
  /** Records per table, in the archive's order. */
  counts: Record<string, number>;
};

/** -1, 0 or 1 as version `a` is older, the same or newer than `b` (dotted numbers, e.g. 0.1.0). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d > 0 ? 1 : -1;
  }
  return 0;
}

/** Refuses a header this app cannot restore: another kind of file, a newer app or a newer schema. */
export function checkRestorable(
  header: EnvelopeHeader,
  app: { version: string; schemaVersion: number },
): void {
  if (header.kind !== BACKUP_KIND) throw new BackupError("notBackup", `kind ${header.kind}`);
  checkNotNewer(header, app);
}

/** Refuses a file made by a newer app or with a newer schema than this one reads. */
export function checkNotNewer(header: EnvelopeHeader, app: { version: string; schemaVersion: number }): void {
  if (header.schemaVersion > app.schemaVersion)
    throw new BackupError("newerSchema", `${header.schemaVersion} > ${app.schemaVersion}`);
  if (compareVersions(header.appVersion, app.version) > 0)
    throw new BackupError("newerApp", `${header.appVersion} > ${app.version}`);
}

/** Reads the plain header of a backup file, refusing anything that is not one this app can restore. */
export function backupHeader(
  file: Uint8Array<ArrayBuffer>,
  app: { version: string; schemaVersion: number },
): EnvelopeHeader {
  const header = readHeader(file);
  checkRestorable(header, app);
  return header;
}

export async function makeBackupFile(
  tables: readonly ArchiveTable[],
  info: Omit<HeaderInfo, "kind">,
  key: PassphraseKey,
  onPart?: (recordsDone: number) => void,
): Promise<{
  file: Uint8Array<ArrayBuffer>;
  counts: Record<string, number>;
  jsonBytes: number;
  binBytes: number;
}> {
  const archive = await encodeArchive(tables, info.schemaVersion, onPart);
  const file = await seal(archive.chunks, key, { ...info, kind: BACKUP_KIND });
  const counts = Object.fromEntries(archive.manifest.tables.map((t) => [t.name, t.records]));
  return { file, counts, jsonBytes: archive.jsonBytes, binBytes: archive.binBytes };
}

/** Decrypts and checks a backup file whole (authentication, every count and checksum, schema) before it is used. */
export async function openBackupFile(
  file: Uint8Array<ArrayBuffer>,
  key: PassphraseKey,
  app: { version: string; schemaVersion: number },
): Promise<{ summary: BackupSummary; archive: ReadArchive }> {
  const header = backupHeader(file, app);
  const { plain } = await unseal(file, key);
  const archive = await readArchive(plain);
  if (archive.manifest.schemaVersion !== header.schemaVersion)
    throw new BackupError("damaged", "schema differs");
  const counts = Object.fromEntries(archive.manifest.tables.map((t) => [t.name, t.records]));
  return { summary: { header, counts }, archive };
}
