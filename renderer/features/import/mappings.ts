// Why: a file's column mapping is remembered by its headers, so next month's file from the same register maps itself.
import { z } from "zod";
import type { Actor } from "../../../shared/domain/access";
import type { AppDB, ImportMappingData, ImportMappingRecord } from "../../db/app-db";
import { Repository } from "../../db/repositories/repository";

const schema = z.object({
  signature: z.string().min(1).max(4000),
  columns: z.array(z.string().max(40).nullable()).max(500),
});

export function importMappingsRepo(db: AppDB): Repository<ImportMappingData> {
  return new Repository<ImportMappingData>(db, db.importMappings, {
    tableName: "importMappings",
    schema,
    label: (m) => m.signature.split("|").slice(0, 4).join(" | "),
    siteOf: () => null,
    writePermission: "records.write",
  });
}

export async function rememberedColumns(
  db: AppDB,
  signature: string,
): Promise<ImportMappingRecord | undefined> {
  const m = await db.importMappings.where("signature").equals(signature).first();
  return m && !m.deletedAt ? m : undefined;
}

/** Stores the mapping for these headers (a new record, or the stored one changed when it differs). */
export async function rememberColumns(
  db: AppDB,
  actor: Actor,
  signature: string,
  columns: (string | null)[],
): Promise<void> {
  const stored = await db.importMappings.where("signature").equals(signature).first();
  const repo = importMappingsRepo(db);
  if (!stored) await repo.create(actor, { signature, columns });
  else if (stored.deletedAt || JSON.stringify(stored.columns) !== JSON.stringify(columns))
    await repo.update(actor, stored.id, stored.rev, { signature, columns });
}
