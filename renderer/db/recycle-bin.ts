// Why: one place that knows every soft-deletable table, so the Tong Sampah lists and restores them all.
import type { Actor } from "../../shared/domain/access";
import type { AppDB } from "./app-db";
import { sitesRepo } from "./repositories/sites";
import { personsRepo } from "./repositories/persons";
import { caseNotesRepo, casesRepo } from "./repositories/cases";
import { organisationsRepo, referralsRepo } from "./repositories/referrals";
import { attachmentsRepo, investigationsRepo, ratesRepo } from "./repositories/investigations";
import type { Repository } from "./repositories/repository";

export type BinEntry = { table: string; id: string; label: string; deletedAt: string; deletedBy: string };

type Binnable = {
  table: string;
  repo: (db: AppDB) => Repository<never>;
  label: (r: Record<string, unknown>) => string;
};

/** Later features add their tables here. */
const binnables: Binnable[] = [
  {
    table: "sites",
    repo: (db) => sitesRepo(db) as unknown as Repository<never>,
    label: (r) => `${r.code} ${r.name}`,
  },
];

export async function listBin(db: AppDB, actor: Actor): Promise<BinEntry[]> {
  const out: BinEntry[] = [];
  for (const b of binnables) {
    const rows = (await b.repo(db).listDeleted(actor)) as unknown as Record<string, unknown>[];
    for (const r of rows) {
      const user = await db.users.get(String(r.updatedBy));
      out.push({
        table: b.table,
        id: String(r.id),
        label: b.label(r),
        deletedAt: String(r.deletedAt),
        deletedBy: user?.name ?? String(r.updatedBy),
      });
    }
  }
  return out.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

export async function restoreFromBin(db: AppDB, actor: Actor, table: string, id: string): Promise<void> {
  const b = binnables.find((x) => x.table === table);
  if (!b) throw new Error(`unknown table ${table}`);
  await b.repo(db).restore(actor, id);
}
