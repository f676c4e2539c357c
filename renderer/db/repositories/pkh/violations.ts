// Why: a pendamping's violation is recorded by the koordinator like every record (in the pendamping's wilayah, rev,
// audit, recycle bin), graded by its kind from the settings, followed up and closed once followed up.
import type { Actor } from "../../../../shared/domain/access";
import { canSeeSite } from "../../../../shared/domain/access";
import { todayIn } from "../../../../shared/domain/dates";
import { withoutMeta } from "../../../../shared/domain/record";
import { followUpSchema } from "../../../../shared/domain/pkh/complaints";
import { pkhSettingsOf } from "../../../../shared/domain/pkh/settings";
import { violationSchema } from "../../../../shared/domain/pkh/supervision";
import { OFFICE_ID } from "../../../../shared/domain/office";
import { z } from "zod";
import type { AppDB } from "../../app-db";
import { NotFoundError, ValidationError } from "../../errors";
import type { PkhViolationData, PkhViolationRecord } from "../../pkh-tables";
import { Repository, validate } from "../repository";

const storedSchema = z.object({ siteId: z.string().min(1, "v.required") }).and(violationSchema);

export const violationsRepo = (db: AppDB) =>
  new Repository<PkhViolationData>(db, db.pkhViolations, {
    tableName: "pkhViolations",
    schema: storedSchema as unknown as z.ZodType<PkhViolationData>,
    label: (v) => `${v.kind} ${v.date}`,
    siteOf: (v) => v.siteId,
    writePermission: "supervision.write",
    checkTables: (d) => [d.office],
    async check(database, v, id) {
      if (v.date > todayIn()) throw new ValidationError({ date: "v.futureDate" });
      const before = id ? await database.pkhViolations.get(id) : undefined;
      if (before && before.kind === v.kind && before.grade === v.grade) return;
      const office = await database.office.get(OFFICE_ID);
      const kind = pkhSettingsOf(office ?? {}).violationKinds.find((k) => k.code === v.kind);
      if (!kind || (!before && !kind.active)) throw new ValidationError({ kind: "v.required" });
      if (kind.grade !== v.grade) throw new ValidationError({ grade: "v.pkh.grade" });
    },
  });

/** Violations recorded in the actor's wilayah, newest first (the wilayah's violations are few). */
export async function violationsOf(
  db: AppDB,
  actor: Actor,
  siteIds: readonly string[],
): Promise<PkhViolationRecord[]> {
  const parts = await Promise.all(
    siteIds
      .filter((s) => canSeeSite(actor, s))
      .map((s) =>
        db.pkhViolations
          .where("[siteId+date]")
          .between([s, ""], [s, "\uffff"])
          .filter((v) => !v.deletedAt)
          .toArray(),
      ),
  );
  return parts.flat().sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}

export async function addViolationFollowUp(
  db: AppDB,
  actor: Actor,
  id: string,
  expectedRev: number,
  input: unknown,
): Promise<PkhViolationRecord> {
  const followUp = validate(followUpSchema, input);
  const v = await db.pkhViolations.get(id);
  if (!v || v.deletedAt) throw new NotFoundError();
  return violationsRepo(db).update(actor, id, expectedRev, {
    ...withoutMeta(v),
    followUps: [...v.followUps, followUp],
  });
}

export async function closeViolation(
  db: AppDB,
  actor: Actor,
  id: string,
  expectedRev: number,
  date: string | null,
): Promise<PkhViolationRecord> {
  const v = await db.pkhViolations.get(id);
  if (!v || v.deletedAt) throw new NotFoundError();
  return violationsRepo(db).update(actor, id, expectedRev, { ...withoutMeta(v), closedDate: date });
}
