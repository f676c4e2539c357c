// Why: the organisation import against the database: rows are matched with the directory's live entries, and the
// commit creates the new ones (organisationsRepo.createMany) and updates the matched ones, all or nothing in one
// transaction; an entry changed since the check stops the import.
import type { Actor } from "../../../shared/domain/access";
import { organisationSchema } from "../../../shared/domain/directory";
import { todayIn } from "../../../shared/domain/dates";
import type {
  OrganisationContext,
  OrganisationRow,
  StoredOrganisation,
} from "../../../shared/import/organisations";
import type { AppDB } from "../../db/app-db";
import { AppError } from "../../db/errors";
import { organisationsRepo } from "../../db/repositories/directory";
import { requirePermission } from "../../db/repositories/repository";

/** The directory's live entries, for matching. */
export async function organisationContext(
  db: AppDB,
  defaults: OrganisationContext["defaults"],
): Promise<OrganisationContext> {
  const all = await db.organisations.toArray();
  const stored: StoredOrganisation[] = all
    .filter((o) => !o.deletedAt)
    .map((o) => {
      // An entry stored before a rule tightened is still matched; updating it then names what it must fix.
      const r = organisationSchema.safeParse(o);
      return { ...(r.success ? r.data : o), id: o.id, rev: o.rev };
    });
  return { today: todayIn(), defaults, stored };
}

export type OrganisationSummary = { created: number; updated: number; unchanged: number };

export async function commitOrganisations(
  db: AppDB,
  actor: Actor,
  rows: readonly OrganisationRow[],
  onStep: (step: "create" | "update" | "done") => void = () => {},
): Promise<OrganisationSummary> {
  requirePermission(actor, "records.write");
  const repo = organisationsRepo(db);
  return db.transaction("rw", [db.organisations, db.audit, db.users], async () => {
    onStep("create");
    const fresh = rows.filter((r) => !r.match).map((r) => r.fields);
    const created = await repo.createMany(actor, fresh);
    onStep("update");
    const changed = rows.filter((r) => r.match && r.match.changes.length);
    for (const r of changed) {
      const m = r.match!;
      const now = await db.organisations.get(m.id);
      // Checked against the entry as it was when the rows were read; an entry changed or deleted since stops it all.
      if (!now || now.deletedAt || now.rev !== m.rev) throw new AppError("imp.changedSinceCheck");
      await repo.update(actor, m.id, m.rev, m.merged);
    }
    onStep("done");
    return {
      created: created.length,
      updated: changed.length,
      unchanged: rows.length - fresh.length - changed.length,
    };
  });
}
