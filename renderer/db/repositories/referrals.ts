// Why: a referral from a case to an organisation, its weekly status checks and its closing, each with the case kept in step.
import type { Actor } from "../../../shared/domain/access";
import { withoutMeta } from "../../../shared/domain/record";
import { todayIn } from "../../../shared/domain/dates";
import {
  checkState,
  closeReferralFields,
  organisationSchema,
  referralFields,
  statusCheckFields,
  type CheckState,
  type CloseReferralInput,
  type ReferralInput,
  type StatusCheckInput,
} from "../../../shared/domain/referral";
import type { OrganisationInput } from "../../../shared/domain/referral";
import type {
  AppDB,
  CaseRecord,
  OrganisationRecord,
  ReferralData,
  ReferralRecord,
  StatusCheckData,
} from "../app-db";
import { AppError, ValidationError } from "../errors";
import { Repository, requirePermission, validate } from "./repository";
import { caseNotesRepo, casesRepo } from "./cases";
import { z } from "zod";

/** Organisations cases are referred to; district-wide, so every site's PPK can use them. The directory issue will own them. */
export function organisationsRepo(db: AppDB): Repository<OrganisationInput> {
  return new Repository<OrganisationInput>(db, db.organisations, {
    tableName: "organisations",
    schema: organisationSchema,
    label: (o) => o.name,
    siteOf: () => null,
    writePermission: "records.write",
  });
}

const referralDataSchema = z.object({
  caseId: z.string(),
  siteId: z.string(),
  organisationId: z.string(),
  reason: z.string(),
  date: z.string(),
  officerId: z.string(),
  status: z.enum(["terbuka", "ditutup"]),
  lastCheckDate: z.string().nullable(),
  closedDate: z.string().nullable(),
  outcome: z.string(),
});

export function referralsRepo(db: AppDB): Repository<ReferralData> {
  return new Repository<ReferralData>(db, db.referrals, {
    tableName: "referrals",
    schema: referralDataSchema,
    label: (r) => r.reason.slice(0, 60),
    siteOf: (r) => r.siteId,
    writePermission: "records.write",
  });
}

const checksSchema = statusCheckFields.extend({ referralId: z.string(), siteId: z.string() });
function checksRepo(db: AppDB): Repository<StatusCheckData> {
  return new Repository<StatusCheckData>(db, db.statusChecks, {
    tableName: "statusChecks",
    schema: checksSchema,
    label: (c) => c.response.slice(0, 60),
    siteOf: (c) => c.siteId,
    writePermission: "records.write",
  });
}

/** Refers a case: the referral is made and the case marked "Dirujuk" in one transaction. */
export async function referCase(
  db: AppDB,
  actor: Actor,
  c: CaseRecord,
  input: Omit<ReferralInput, "caseId">,
): Promise<ReferralRecord> {
  requirePermission(actor, "records.write");
  const r = validate(referralFields, { ...input, caseId: c.id });
  if (r.date > todayIn()) throw new ValidationError({ date: "v.futureDate" });
  if (r.date < c.date) throw new ValidationError({ date: "v.referralBeforeCase" });
  return db.transaction(
    "rw",
    [db.referrals, db.cases, db.organisations, db.audit, db.users, db.persons, db.sites, db.counters],
    async () => {
      const org = await db.organisations.get(r.organisationId);
      if (!org || org.deletedAt) throw new ValidationError({ organisationId: "v.required" });
      const current = await casesRepo(db).get(actor, c.id);
      const referral = await referralsRepo(db).create(actor, {
        ...r,
        siteId: current.siteId,
        officerId: actor.userId,
        status: "terbuka",
        lastCheckDate: null,
        closedDate: null,
        outcome: "",
      });
      if (current.status !== "dirujuk") {
        await casesRepo(db).update(actor, current.id, current.rev, {
          ...withoutMeta(current),
          status: "dirujuk",
        });
      }
      return referral;
    },
  );
}

/** Records a weekly status check and moves the referral's "last checked" date. */
export async function recordCheck(
  db: AppDB,
  actor: Actor,
  referralId: string,
  input: StatusCheckInput,
): Promise<void> {
  requirePermission(actor, "records.write");
  const check = validate(statusCheckFields, input);
  if (check.date > todayIn()) throw new ValidationError({ date: "v.futureDate" });
  await db.transaction("rw", [db.referrals, db.statusChecks, db.audit, db.users], async () => {
    const ref = await referralsRepo(db).get(actor, referralId);
    if (ref.status !== "terbuka") throw new AppError("e.referralClosed");
    if (check.date < ref.date) throw new ValidationError({ date: "v.checkBeforeReferral" });
    await checksRepo(db).create(actor, { ...check, referralId, siteId: ref.siteId });
    const last = ref.lastCheckDate && ref.lastCheckDate > check.date ? ref.lastCheckDate : check.date;
    await referralsRepo(db).update(actor, ref.id, ref.rev, { ...withoutMeta(ref), lastCheckDate: last });
  });
}

/** Closes a referral with its outcome; the case notes it and leaves "Dirujuk" when no referral is left open. */
export async function closeReferral(
  db: AppDB,
  actor: Actor,
  referralId: string,
  input: CloseReferralInput,
): Promise<void> {
  requirePermission(actor, "records.write");
  const close = validate(closeReferralFields, input);
  if (close.date > todayIn()) throw new ValidationError({ date: "v.futureDate" });
  await db.transaction(
    "rw",
    [
      db.referrals,
      db.cases,
      db.caseNotes,
      db.organisations,
      db.audit,
      db.users,
      db.persons,
      db.sites,
      db.counters,
    ],
    async () => {
      const ref = await referralsRepo(db).get(actor, referralId);
      if (ref.status !== "terbuka") throw new AppError("e.referralClosed");
      if (close.date < ref.date) throw new ValidationError({ date: "v.checkBeforeReferral" });
      await referralsRepo(db).update(actor, ref.id, ref.rev, {
        ...withoutMeta(ref),
        status: "ditutup",
        closedDate: close.date,
        outcome: close.outcome,
      });
      const org = await db.organisations.get(ref.organisationId);
      const c = await casesRepo(db).get(actor, ref.caseId);
      await caseNotesRepo(db).create(actor, {
        caseId: c.id,
        siteId: c.siteId,
        date: close.date,
        kind: "tindakan",
        text: `Rujukan ke ${org?.name ?? "-"} ditutup: ${close.outcome}`,
      });
      const stillOpen = await db.referrals
        .where("caseId")
        .equals(c.id)
        .filter((r) => r.status === "terbuka" && !r.deletedAt)
        .count();
      if (stillOpen === 0 && c.status === "dirujuk") {
        await casesRepo(db).update(actor, c.id, c.rev, { ...withoutMeta(c), status: "dalam-tindakan" });
      }
    },
  );
}

export type BoardRow = {
  referral: ReferralRecord;
  organisation: OrganisationRecord | undefined;
  caseRecord: CaseRecord | undefined;
  personName: string;
  days: number;
  state: CheckState;
};

/**
 * "Semakan minggu ini": the open referrals of this officer whose check is due soon or overdue,
 * most overdue first. Uses the [officerId+status] index, so it reads only that officer's open referrals.
 */
export async function weeklyBoard(db: AppDB, actor: Actor, today = todayIn()): Promise<BoardRow[]> {
  const open = await db.referrals.where("[officerId+status]").equals([actor.userId, "terbuka"]).toArray();
  const rows: BoardRow[] = [];
  for (const referral of open) {
    if (referral.deletedAt) continue;
    const { days, state } = checkState(referral.date, referral.lastCheckDate, today);
    if (state === "ok") continue;
    rows.push({ referral, organisation: undefined, caseRecord: undefined, personName: "", days, state });
  }
  rows.sort((a, b) => b.days - a.days);
  // Organisations are few: one read of them all beats one lookup per row.
  const orgIds = [...new Set(rows.map((r) => r.referral.organisationId))];
  const [orgs, cases] = await Promise.all([
    db.organisations.bulkGet(orgIds),
    db.cases.bulkGet(rows.map((r) => r.referral.caseId)),
  ]);
  const orgById = new Map(orgIds.map((id, i) => [id, orgs[i]]));
  const personIds = [...new Set(cases.map((c) => c?.personId ?? ""))];
  const persons = await db.persons.bulkGet(personIds);
  const nameById = new Map(personIds.map((id, i) => [id, persons[i]?.name ?? ""]));
  rows.forEach((r, i) => {
    r.organisation = orgById.get(r.referral.organisationId);
    r.caseRecord = cases[i];
    r.personName = nameById.get(cases[i]?.personId ?? "") ?? "";
  });
  return rows;
}

/** A case's referrals with their checks, newest first. */
export async function referralsOfCase(db: AppDB, actor: Actor, caseId: string) {
  await casesRepo(db).get(actor, caseId);
  const refs = (await db.referrals.where("caseId").equals(caseId).toArray()).filter((r) => !r.deletedAt);
  const out = [];
  for (const r of refs.sort((a, b) => b.date.localeCompare(a.date))) {
    const checks = (await db.statusChecks.where("referralId").equals(r.id).toArray())
      .filter((c) => !c.deletedAt)
      .sort((a, b) => b.date.localeCompare(a.date));
    out.push({ referral: r, organisation: await db.organisations.get(r.organisationId), checks });
  }
  return out;
}
