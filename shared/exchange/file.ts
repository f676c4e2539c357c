// Why: an exchange file is the changes another PC lacks, as archive tables, sealed with the office exchange key; it is
// refused before anything is read when it is not for this office, was made here, or comes from a newer app.
import { encodeArchive, readArchive, type ArchiveTable } from "../backup/archive";
import { checkNotNewer } from "../backup/backup-file";
import {
  readHeader,
  seal,
  unseal,
  type EnvelopeHeader,
  type HeaderInfo,
  type PassphraseKey,
} from "../backup/envelope";
import { BackupError } from "../backup/errors";
import { versionStampSchema, type ExchangeHeader } from "./version";
import { z } from "zod";

export const EXCHANGE_KIND = "exchange";

/** Every travelling record carries these beside its own fields; a row without them is refused. */
const versionRowSchema = versionStampSchema.extend({ id: z.string().min(1).max(200) }).passthrough();

export type ChangeFileInfo = Omit<HeaderInfo, "kind" | "exchange"> & { exchange: ExchangeHeader };

/** Seals the changes (one archive table per database table, each row a record's version). */
export async function makeChangeFile(
  tables: readonly ArchiveTable[],
  info: ChangeFileInfo,
  key: PassphraseKey,
): Promise<{ file: Uint8Array<ArrayBuffer>; counts: Record<string, number> }> {
  const archive = await encodeArchive(tables, info.schemaVersion);
  const file = await seal(archive.chunks, key, { ...info, kind: EXCHANGE_KIND });
  const counts = Object.fromEntries(archive.manifest.tables.map((t) => [t.name, t.records]));
  return { file, counts };
}

export type Receiver = { officeId: string; pc: string; version: string; schemaVersion: number };

/** The header of a file this PC may read, or the reason it may not (before any key is used). */
export function changeFileHeader(
  file: Uint8Array<ArrayBuffer>,
  me: Receiver,
): EnvelopeHeader & { exchange: ExchangeHeader } {
  const header = readHeader(file);
  if (header.kind !== EXCHANGE_KIND || !header.exchange)
    throw new BackupError("notExchange", `kind ${header.kind}`);
  if (header.office.id !== me.officeId) throw new BackupError("otherOffice", header.office.id);
  if (header.exchange.from === me.pc) throw new BackupError("ownFile");
  checkNotNewer(header, { version: me.version, schemaVersion: me.schemaVersion });
  return { ...header, exchange: header.exchange };
}

/** Opens a file whole (authentication, every count and checksum, every row's version stamp) before it is used. */
export async function openChangeFile(
  file: Uint8Array<ArrayBuffer>,
  key: PassphraseKey,
  me: Receiver,
): Promise<{
  header: EnvelopeHeader & { exchange: ExchangeHeader };
  tables: Map<string, Record<string, unknown>[]>;
}> {
  const header = changeFileHeader(file, me);
  if (header.kdf.name !== "OFFICE-KEY" || key.kdf.name !== "OFFICE-KEY" || header.kdf.keyId !== key.kdf.keyId)
    throw new BackupError("otherOffice", "another exchange key");
  const { plain } = await unseal(file, key);
  return { header, tables: await readChanges(plain, header.schemaVersion) };
}

/**
 * The versions in a plain archive of changes, per table, each row checked for its version stamp (an exchange file
 * once unsealed, or a batch to or from the office hub once unzipped): the one reading of the change format.
 */
export async function readChanges(
  plain: Uint8Array,
  schemaVersion: number,
): Promise<Map<string, Record<string, unknown>[]>> {
  const archive = await readArchive(plain);
  if (archive.manifest.schemaVersion !== schemaVersion) throw new BackupError("damaged", "schema differs");
  const tables = new Map<string, Record<string, unknown>[]>();
  for (const part of archive.parts) {
    const rows = part.rows().values;
    for (const row of rows)
      if (!versionRowSchema.safeParse(row).success) throw new BackupError("damaged", `row of ${part.table}`);
    tables.set(part.table, [...(tables.get(part.table) ?? []), ...(rows as Record<string, unknown>[])]);
  }
  return tables;
}
