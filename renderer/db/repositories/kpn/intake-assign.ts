// Why: a welfare case met on a tour and marked "perlu susulan" waits for the PKMD, who gives it to a site (its PPK sees
// it then on their home screen, and opens a Buku Rekod case from it). Assigning needs "kpn.assign"; each step is
// audited in the same transaction as the change.
import { z } from "zod";
import type { Actor } from "../../../../shared/domain/access";
import { canSeeSite } from "../../../../shared/domain/access";
import { serviceTypes, targetGroups } from "../../../../shared/domain/codes";
import { todayIn } from "../../../../shared/domain/dates";
import { numberingTables } from "../../exchange/identity";
import { AWAITING, intakeKeys } from "../../../../shared/domain/kpn/list-keys";
import type { AppDB, CaseRecord, IntakeRecord, PersonRecord } from "../../app-db";
import { AccessError, AppError, ConflictError, NotFoundError, ValidationError } from "../../errors";
import { casesRepo } from "../cases";
import { appendAudit, requirePermission, validate } from "../repository";

export type FollowUp = { intake: IntakeRecord; person: PersonRecord | undefined; checkpointName: string };

async function withPeople(db: AppDB, intakes: IntakeRecord[]): Promise<FollowUp[]> {
  const [persons, checkpoints] = await Promise.all([
    db.persons.bulkGet(intakes.map((i) => i.personId)),
    db.checkpoints.bulkGet(intakes.map((i) => i.checkpointId)),
  ]);
  return intakes.map((intake, i) => ({
    intake,
    person: persons[i],
    checkpointName: checkpoints[i]?.name ?? "",
  }));
}

/**
 * "Perlu susulan" intakes no site has yet, oldest first, for the PKMD: IndexedDB leaves a null assignedSiteId out of
 * the [outcome+assignedSiteId] index, so they are read through their `awaitingKey` (kpn/list-keys.ts).
 */
export async function unassignedFollowUps(db: AppDB, actor: Actor): Promise<FollowUp[]> {
  requirePermission(actor, "kpn.assign");
  const rows = await db.intakes
    .where("awaitingKey")
    .equals(AWAITING)
    .filter((i) => !i.deletedAt)
    .toArray();
  rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return withPeople(db, rows);
}

/** Follow-ups given to the actor's sites (every site for the PKMD) that no case was opened from yet. */
export async function assignedFollowUps(db: AppDB, actor: Actor): Promise<FollowUp[]> {
  const sites = actor.role === "ppk" ? actor.siteIds : await db.sites.toCollection().primaryKeys();
  const rows = await db.intakes
    .where("[outcome+assignedSiteId]")
    .anyOf(sites.map((s) => ["susulan", s]))
    .filter((i) => !i.deletedAt && !i.caseId && canSeeSite(actor, i.assignedSiteId!))
    .toArray();
  rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return withPeople(db, rows);
}

/** One audited, rev-checked change of an intake, inside the caller's transaction. */
async function changeIntake(
  db: AppDB,
  actor: Actor,
  before: IntakeRecord,
  patch: Partial<IntakeRecord>,
  action: string,
): Promise<IntakeRecord> {
  const now = new Date();
  const changed = { ...before, ...patch };
  const after: IntakeRecord = {
    ...changed,
    ...intakeKeys(changed),
    updatedAt: now.toISOString(),
    updatedBy: actor.userId,
    rev: before.rev + 1,
  };
  await db.intakes.put(after);
  await appendAudit(
    db,
    actor,
    { action, table: "intakes", recordId: before.id, label: before.need.slice(0, 60), before, after },
    now,
  );
  return after;
}

async function currentIntake(db: AppDB, id: string, expectedRev: number): Promise<IntakeRecord> {
  const before = await db.intakes.get(id);
  if (!before || before.deletedAt) throw new NotFoundError();
  if (before.rev !== expectedRev) {
    const by = (await db.users.get(before.updatedBy))?.name ?? before.updatedBy;
    throw new ConflictError(by, before.updatedAt);
  }
  return before;
}

/** The PKMD gives a "perlu susulan" intake to a site; its PPK takes it from there. */
export async function assignFollowUp(
  db: AppDB,
  actor: Actor,
  intakeId: string,
  expectedRev: number,
  input: unknown,
): Promise<IntakeRecord> {
  requirePermission(actor, "kpn.assign");
  const { siteId } = validate(z.object({ siteId: z.string().min(1, "v.required") }), input);
  return db.transaction("rw", [db.intakes, db.sites, db.audit, db.users], async () => {
    const before = await currentIntake(db, intakeId, expectedRev);
    if (before.outcome !== "susulan") throw new AppError("e.kpn.notFollowUp");
    if (before.caseId) throw new AppError("e.kpn.followUpOpened");
    const site = await db.sites.get(siteId);
    if (!site || site.deletedAt) throw new ValidationError({ siteId: "v.siteMissing" });
    return changeIntake(db, actor, before, { assignedSiteId: siteId }, "assign");
  });
}

export const followUpCaseSchema = z.object({
  targetGroup: z.enum(targetGroups, { error: "v.required" }),
  service: z.enum(serviceTypes, { error: "v.required" }),
});

/**
 * The site's PPK (or the PKMD) opens a Buku Rekod case from an assigned follow-up: the case at the assigned site for
 * the intake's person and need, and the intake pointing at it, in one transaction.
 */
export async function openCaseFromFollowUp(
  db: AppDB,
  actor: Actor,
  intakeId: string,
  expectedRev: number,
  input: unknown,
): Promise<CaseRecord> {
  requirePermission(actor, "records.write");
  const v = validate(followUpCaseSchema, input);
  const tables = [db.intakes, db.cases, db.persons, db.sites, ...numberingTables(db), db.audit, db.users];
  return db.transaction("rw", tables, async () => {
    const before = await currentIntake(db, intakeId, expectedRev);
    if (!before.assignedSiteId || before.outcome !== "susulan") throw new AppError("e.kpn.notAssigned");
    if (!canSeeSite(actor, before.assignedSiteId)) throw new AccessError();
    if (before.caseId) throw new AppError("e.kpn.followUpOpened");
    const opened = await casesRepo(db).create(actor, {
      siteId: before.assignedSiteId,
      personId: before.personId,
      date: todayIn(),
      targetGroup: v.targetGroup,
      problem: before.need,
      service: v.service,
      action: "",
      officerId: actor.userId,
      followUpDate: "",
      status: "baru",
    });
    await changeIntake(db, actor, before, { caseId: opened.id }, "update");
    return opened;
  });
}
