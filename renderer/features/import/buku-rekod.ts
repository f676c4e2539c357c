// Why: the Buku Rekod import against the database: what the rows are checked with (the user's sites, officers and
// the people already registered) and the commit, persons then cases, all or nothing in one transaction.
import type { Actor } from "../../../shared/domain/access";
import { canSeeSite } from "../../../shared/domain/access";
import { todayIn } from "../../../shared/domain/dates";
import type { BukuRekodContext, BukuRekodRow } from "../../../shared/import/buku-rekod";
import type { AppDB } from "../../db/app-db";
import { numberingTables } from "../../db/exchange/identity";
import { AppError } from "../../db/errors";
import { casesRepo } from "../../db/repositories/cases";
import { personsRepo } from "../../db/repositories/persons";
import { requirePermission } from "../../db/repositories/repository";

/** The sites and officers rows may name, and a lookup of people already registered by MyKad. */
export async function bukuRekodContext(
  db: AppDB,
  actor: Actor,
  defaults: BukuRekodContext["defaults"],
): Promise<BukuRekodContext> {
  const [sites, users] = await Promise.all([db.sites.toArray(), db.users.toArray()]);
  return {
    today: todayIn(),
    sites: sites.filter((s) => !s.deletedAt && canSeeSite(actor, s.id)),
    officers: users.filter((u) => !u.deletedAt && (u.role === "ppk" || u.role === "pkmd")),
    defaults,
    registered: (mykads) => registeredSites(db, mykads),
  };
}

/** The site of each MyKad already registered to a live person. */
export async function registeredSites(db: AppDB, mykads: readonly string[]): Promise<Map<string, string>> {
  const found = await db.persons
    .where("mykad")
    .anyOf([...mykads])
    .filter((p) => !p.deletedAt)
    .toArray();
  return new Map(found.map((p) => [p.mykad!, p.siteId]));
}

export type BukuRekodSummary = {
  personsCreated: number;
  personsMatched: number;
  casesCreated: number;
  /** Cases whose old number was kept as their record number. */
  numbersKept: number;
  /** Cases given a new number, their old one kept as "No. rujukan lama". */
  legacyKept: number;
};

export type CommitStep = "persons" | "cases" | "done";

/**
 * Imports the rows: people matched by MyKad (registered ones are used, one new person per person key in the file),
 * then one case per row, through the repositories' createMany (their rules, numbering, audit rows and the tallies'
 * middleware), in one transaction: any refusal keeps nothing.
 */
export async function commitBukuRekod(
  db: AppDB,
  actor: Actor,
  rows: readonly BukuRekodRow[],
  onStep: (step: CommitStep) => void = () => {},
): Promise<BukuRekodSummary> {
  requirePermission(actor, "records.write");
  const tables = [db.persons, db.cases, db.audit, db.users, db.sites, ...numberingTables(db)];
  return db.transaction("rw", tables, async () => {
    onStep("persons");
    const mykads = [...new Set(rows.flatMap((r) => (r.mykad ? [r.mykad] : [])))];
    const stored = mykads.length
      ? await db.persons
          .where("mykad")
          .anyOf(mykads)
          .filter((p) => !p.deletedAt)
          .toArray()
      : [];
    const byMyKad = new Map(stored.map((p) => [p.mykad!, p]));
    const idOf = new Map(stored.map((p) => [p.mykad!, p.id]));
    const matched = new Set<string>();
    const fresh = new Map<string, BukuRekodRow["person"]>();
    for (const r of rows) {
      const known = r.mykad ? byMyKad.get(r.mykad) : undefined;
      if (known) {
        // Checked when the rows were read; a person moved to another site since then stops the import.
        if (known.siteId !== r.person.siteId) throw new AppError("imp.changedSinceCheck");
        matched.add(known.id);
      } else if (!fresh.has(r.personKey)) fresh.set(r.personKey, r.person);
    }
    const created = await personsRepo(db).createMany(actor, [...fresh.values()]);
    [...fresh.keys()].forEach((key, i) => idOf.set(key, created[i]!.id));
    onStep("cases");
    const cases = await casesRepo(db).createMany(
      actor,
      rows.map((r) => ({
        ...r.case,
        personId: idOf.get(r.mykad ?? r.personKey)!,
        ...(r.legacyNo ? { legacyNo: r.legacyNo } : {}),
      })),
    );
    onStep("done");
    const withOld = rows.filter((r) => r.legacyNo).length;
    const legacyKept = cases.filter((c) => c.legacyNo).length;
    return {
      personsCreated: created.length,
      personsMatched: matched.size,
      casesCreated: cases.length,
      numbersKept: withOld - legacyKept,
      legacyKept,
    };
  });
}
