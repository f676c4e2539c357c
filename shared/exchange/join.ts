// Why: a second PC joins the office through one file sealed with a passphrase read out by the administrator: the
// office, its sites, users and code lists, the office exchange key, and who the new PC is (id, number, sites).
import { z } from "zod";
import { encodeArchive, readArchive, type ArchiveTable } from "../backup/archive";
import { checkNotNewer } from "../backup/backup-file";
import { fromBase64, sha256Hex, toBase64 } from "../backup/bytes";
import { readHeader, seal, unseal, type HeaderInfo, type PassphraseKey } from "../backup/envelope";
import { BackupError } from "../backup/errors";
import { MAX_PC_NUMBER } from "./numbering";
import { pcIdSchema } from "./version";

export const JOIN_KIND = "join";
/** The archive table holding the grant (one row); every other table is records, merged like an exchange file's. */
const GRANT_TABLE = "$grant";

/** The tables a join file brings: the office and what every PC needs before its first exchange. */
export const JOIN_TABLES = ["office", "sites", "users", "rates"] as const;

/** The office exchange key: 32 random bytes, named by the first 16 hex digits of their SHA-256. */
export type ExchangeKey = { raw: string; keyId: string };

export async function newExchangeKey(): Promise<ExchangeKey> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  return { raw: toBase64(raw), keyId: (await sha256Hex(raw)).slice(0, 16) };
}

/** What the issuing PC grants the new one. */
export const joinGrantSchema = z.object({
  /** The new PC's id and number (numbers are given in order by the PC that set the office up). */
  pc: pcIdSchema,
  number: z.number().int().min(1).max(MAX_PC_NUMBER),
  /** What the PC is called on the PKMD desk ("PC PPR Seri Pahang"). */
  name: z.string().trim().min(1).max(100),
  /** The sites it works on; "all" for a PC of the district office. */
  scopes: z.union([z.literal("all"), z.array(z.string().min(1).max(100)).min(1)]),
  /** The PC that made the file. */
  issuedBy: pcIdSchema,
  /**
   * The issuing PC's counters (key -> next number) when it made the file: the new PC numbers past them, so numbers the
   * office's PC gave beyond its first block while it was alone are never given again (docs/exchange.md).
   */
  numbersFrom: z.record(z.string().min(1).max(200), z.number().int().min(1)).optional(),
  /** The office hub the issuing PC syncs with, so the new PC syncs with it too from its first sign-in. */
  hub: z.object({ address: z.string().min(1).max(300), fingerprint: z.string().min(1).max(100) }).optional(),
  exchangeKey: z.object({
    raw: z.string().refine((s) => {
      try {
        return fromBase64(s).byteLength === 32;
      } catch {
        return false;
      }
    }),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
  }),
});
export type JoinGrant = z.infer<typeof joinGrantSchema>;

/** Seals a join file with the passphrase key (PBKDF2: the administrator reads the passphrase out). */
export async function makeJoinFile(
  tables: readonly ArchiveTable[],
  grant: JoinGrant,
  info: Omit<HeaderInfo, "kind" | "exchange">,
  key: PassphraseKey,
): Promise<Uint8Array<ArrayBuffer>> {
  const archive = await encodeArchive([{ name: GRANT_TABLE, rows: [grant] }, ...tables], info.schemaVersion);
  return seal(archive.chunks, key, { ...info, kind: JOIN_KIND });
}

/** Opens a join file whole; `wrongPassphrase`, `damaged`, `newerApp`/`newerSchema` or `notExchange` otherwise. */
export async function openJoinFile(
  file: Uint8Array<ArrayBuffer>,
  key: PassphraseKey,
  app: { version: string; schemaVersion: number },
): Promise<{
  grant: JoinGrant;
  tables: Map<string, Record<string, unknown>[]>;
  office: HeaderInfo["office"];
}> {
  const header = readHeader(file);
  if (header.kind !== JOIN_KIND) throw new BackupError("notExchange", `kind ${header.kind}`);
  checkNotNewer(header, app);
  const { plain } = await unseal(file, key);
  const archive = await readArchive(plain);
  const tables = new Map<string, Record<string, unknown>[]>();
  for (const part of archive.parts)
    tables.set(part.table, [
      ...(tables.get(part.table) ?? []),
      ...(part.rows().values as Record<string, unknown>[]),
    ]);
  const grant = joinGrantSchema.safeParse(tables.get(GRANT_TABLE)?.[0]);
  if (!grant.success) throw new BackupError("damaged", "grant");
  tables.delete(GRANT_TABLE);
  for (const name of tables.keys())
    if (!(JOIN_TABLES as readonly string[]).includes(name)) throw new BackupError("damaged", `table ${name}`);
  return { grant: grant.data, tables, office: header.office };
}
