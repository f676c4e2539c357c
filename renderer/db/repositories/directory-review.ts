// Why: "Perlu disemak": the entries never confirmed or confirmed before the cutoff, read through one index range, and
// the one-action confirmation (today in the office's time zone, audited as "confirm").
import type { Actor } from "../../../shared/domain/access";
import { todayIn } from "../../../shared/domain/dates";
import { DEFAULT_REVIEW_MONTHS, reviewCutoff, reviewKeyOf } from "../../../shared/domain/directory";
import type { Office } from "../../../shared/domain/office";
import type { AppDB, OrganisationRecord } from "../app-db";
import { NotFoundError } from "../errors";
import { appendAudit, requirePermission } from "./repository";

/** The office's review period in months (its setting, or the default). */
export function reviewMonthsOf(office: Pick<Office, "directory"> | undefined): number {
  return office?.directory?.reviewMonths ?? DEFAULT_REVIEW_MONTHS;
}

/** Live entries needing review (`reviewKey` below the cutoff: "" = never confirmed), oldest confirmation first. */
export function toReview(db: AppDB, months: number, today = todayIn()) {
  return db.organisations
    .where("reviewKey")
    .below(reviewCutoff(today, months))
    .filter((o) => !o.deletedAt);
}

export async function entriesToReview(
  db: AppDB,
  months: number,
  today = todayIn(),
): Promise<OrganisationRecord[]> {
  return toReview(db, months, today).toArray();
}

export async function countToReview(db: AppDB, months: number, today = todayIn()): Promise<number> {
  return toReview(db, months, today).count();
}

/** Marks an entry as confirmed today (office time zone), with its own audit row. */
export async function confirmOrganisation(db: AppDB, actor: Actor, id: string): Promise<OrganisationRecord> {
  requirePermission(actor, "records.write");
  return db.transaction("rw", [db.organisations, db.audit], async () => {
    const before = await db.organisations.get(id);
    if (!before || before.deletedAt) throw new NotFoundError();
    const now = new Date();
    const confirmedAt = todayIn(undefined, now);
    const record: OrganisationRecord = {
      ...before,
      confirmedAt,
      reviewKey: reviewKeyOf(confirmedAt),
      rev: before.rev + 1,
      updatedAt: now.toISOString(),
      updatedBy: actor.userId,
    };
    await db.organisations.put(record);
    await appendAudit(
      db,
      actor,
      { action: "confirm", table: "organisations", recordId: id, label: before.name, before, after: record },
      now,
    );
    return record;
  });
}
