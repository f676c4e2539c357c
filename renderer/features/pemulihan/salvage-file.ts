// Why: what the recovery screen saves: every row that still read, as a backup file in the app's own format (archive
// sealed with the passphrase the user gives), so the ordinary restore can read it; a photo or attachment whose bytes
// are gone keeps its record with an empty file, and is counted.
import { BACKUP_EXTENSION } from "../../../shared/backup/names";
import type { PassphraseKey } from "../../../shared/backup/envelope";
import { makeBackupFile } from "../../../shared/backup/backup-file";
import type { ArchiveTable } from "../../../shared/backup/archive";
import type { Salvage } from "../../db/salvage";

export type SalvageSummary = { table: string; rows: number; lost: number; lostFiles: number }[];

/** The value with every Blob whose bytes cannot be read replaced by an empty one of the same type. */
async function readableBlobs(v: unknown, lost: { n: number }): Promise<unknown> {
  if (v instanceof Blob) {
    try {
      return new Blob([await v.arrayBuffer()], { type: v.type });
    } catch {
      lost.n += 1;
      return new Blob([], { type: v.type });
    }
  }
  if (Array.isArray(v)) return Promise.all(v.map((x) => readableBlobs(x, lost)));
  if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = await readableBlobs(x, lost);
    return out;
  }
  return v;
}

type OfficeRow = { id?: unknown; officeName?: unknown; createdAt?: unknown };
const str = (v: unknown, max: number) => (typeof v === "string" ? v.slice(0, max) : "");

/** A backup file holding what was read, sealed with `key`; and what it holds, table by table. */
export async function salvageBackupFile(
  salvage: Salvage,
  key: PassphraseKey,
  meta: { appVersion: string; savedAt: Date },
): Promise<{ bytes: Uint8Array<ArrayBuffer>; summary: SalvageSummary }> {
  const tables: ArchiveTable[] = [];
  const summary: SalvageSummary = [];
  for (const t of salvage.tables) {
    const lost = { n: 0 };
    const rows: unknown[] = [];
    for (const row of t.rows) rows.push(await readableBlobs(row, lost));
    tables.push({ name: t.name, rows, ...(t.keys ? { outOfLineKeys: t.keys } : {}) });
    summary.push({ table: t.name, rows: t.rows.length, lost: t.lost, lostFiles: lost.n });
  }
  const office = (salvage.tables.find((t) => t.name === "office")?.rows[0] ?? {}) as OfficeRow;
  const { file } = await makeBackupFile(
    tables,
    {
      appVersion: meta.appVersion,
      schemaVersion: Math.floor(salvage.version / 10),
      office: {
        id: str(office.id, 100),
        name: str(office.officeName, 300),
        createdAt: str(office.createdAt, 40),
      },
      createdAt: meta.savedAt.toISOString(),
    },
    key,
  );
  return { bytes: file, summary };
}

/** "rekod-diselamatkan-2026-11-18-1005.rkbak" (local time): never mistaken for a regular backup. */
export function salvageFileName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
  return `rekod-diselamatkan-${stamp}.${BACKUP_EXTENSION}`;
}
