// Why: a KPM's complaint (pengaduan) is written like every record, in the KPM's wilayah, with a reference number
// `PGD/{YYYY}/{NNNN}` given inside the save's transaction; follow-ups and resolving are edits of the same record; the
// wilayah's complaints are read by day of receipt and the open ones alone through `openSince`.
import { z } from "zod";
import type { Actor } from "../../../../shared/domain/access";
import { canSeeSite } from "../../../../shared/domain/access";
import { todayIn } from "../../../../shared/domain/dates";
import {
  categoryProblem,
  followUpSchema,
  formatPkhComplaintNo,
  openSince,
  pkhComplaintCounterKey,
  pkhComplaintSchema,
} from "../../../../shared/domain/pkh/complaints";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { OFFICE_ID } from "../../../../shared/domain/office";
import { withoutMeta } from "../../../../shared/domain/record";
import type { AppDB } from "../../app-db";
import { NotFoundError, ValidationError } from "../../errors";
import { numberingTables, readNumbering, takeNumber } from "../../exchange/identity";
import type { PkhComplaintData, PkhComplaintRecord } from "../../pkh-tables";
import { Repository, validate } from "../repository";

/** The stored fields: the rules' complaint with its wilayah; the number is never taken from input. */
const storedSchema = z
  .object({ siteId: z.string().min(1, "v.required"), refNo: z.string().default("") })
  .and(pkhComplaintSchema)
  .transform((c) => ({ ...c, openSince: openSince(c) }));

export const complaintsRepo = (db: AppDB) =>
  new Repository<PkhComplaintData>(db, db.pkhComplaints, {
    tableName: "pkhComplaints",
    schema: storedSchema as unknown as z.ZodType<PkhComplaintData>,
    label: (c) => c.refNo,
    siteOf: (c) => c.siteId,
    writePermission: "records.write",
    checkTables: (d) => [d.office, d.pkhHouseholds, ...numberingTables(d)],
    async check(database, c, id) {
      const before = id ? await database.pkhComplaints.get(id) : undefined;
      const today = todayIn();
      if (c.receivedDate > today) throw new ValidationError({ receivedDate: "v.futureDate" });
      if (c.resolvedDate && c.resolvedDate > today)
        throw new ValidationError({ resolvedDate: "v.futureDate" });
      const late = c.followUps.findIndex((f) => f.date > today);
      if (late >= 0) throw new ValidationError({ [`followUps.${late}.date`]: "v.futureDate" });
      if (!before || before.category !== c.category) {
        const office = await database.office.get(OFFICE_ID);
        const problem = categoryProblem(c.category, pkhSettingsOf(office ?? {}).complaints.categories, true);
        if (problem) throw new ValidationError({ category: problem });
      }
      if (!before || before.kpmId !== c.kpmId) {
        const kpm = await database.pkhHouseholds.get(c.kpmId);
        if (!kpm || kpm.deletedAt || kpm.siteId !== c.siteId)
          throw new ValidationError({ kpmId: "v.pkh.kpmUnknown" });
      }
    },
    onCreate: async (database, record) => {
      const year = Number(record.receivedDate.slice(0, 4));
      const key = pkhComplaintCounterKey(year);
      // This PC's next number (its own blocks once the office exchanges: exchange/identity.ts).
      const seq = takeNumber(await readNumbering(database), (await database.counters.get(key))?.next ?? 1);
      await database.counters.put({ key, next: seq + 1 });
      return { ...record, refNo: formatPkhComplaintNo(year, seq) };
    },
  });

/** A wilayah's live complaints, newest received first. */
export async function complaintsOfSite(
  db: AppDB,
  actor: Actor,
  siteId: string,
): Promise<PkhComplaintRecord[]> {
  if (!canSeeSite(actor, siteId)) return [];
  const rows = await db.pkhComplaints
    .where("[siteId+receivedDate]")
    .between([siteId, ""], [siteId, "\uffff"])
    .reverse()
    .toArray();
  return rows.filter((c) => !c.deletedAt);
}

/** The live open complaints of the actor's wilayah (only open ones are in the `openSince` index). */
export async function openComplaints(db: AppDB, actor: Actor): Promise<PkhComplaintRecord[]> {
  const rows = await db.pkhComplaints.where("openSince").above("").toArray();
  return rows.filter((c) => !c.deletedAt && canSeeSite(actor, c.siteId));
}

/** A household's live complaints, newest first (the KPM page). */
export async function complaintsOfKpm(db: AppDB, actor: Actor, kpmId: string): Promise<PkhComplaintRecord[]> {
  const rows = await db.pkhComplaints.where("kpmId").equals(kpmId).toArray();
  return rows
    .filter((c) => !c.deletedAt && canSeeSite(actor, c.siteId))
    .sort((a, b) => b.receivedDate.localeCompare(a.receivedDate));
}

/** Adds a follow-up (tindak lanjut) to a complaint, rev-checked. */
export async function addFollowUp(
  db: AppDB,
  actor: Actor,
  id: string,
  expectedRev: number,
  input: unknown,
): Promise<PkhComplaintRecord> {
  const followUp = validate(followUpSchema, input);
  const c = await db.pkhComplaints.get(id);
  if (!c || c.deletedAt) throw new NotFoundError();
  return complaintsRepo(db).update(actor, id, expectedRev, {
    ...withoutMeta(c),
    followUps: [...c.followUps, followUp],
  });
}

/** Resolves a complaint on `date` (it needs a follow-up first), or opens it again with null. */
export async function resolveComplaint(
  db: AppDB,
  actor: Actor,
  id: string,
  expectedRev: number,
  date: string | null,
): Promise<PkhComplaintRecord> {
  const c = await db.pkhComplaints.get(id);
  if (!c || c.deletedAt) throw new NotFoundError();
  return complaintsRepo(db).update(actor, id, expectedRev, { ...withoutMeta(c), resolvedDate: date });
}
