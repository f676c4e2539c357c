// Why: a referral from a case to an organisation, its weekly status checks and its closing, each with the case kept in step.
import { canSeeSite, type Actor } from "../../../shared/domain/access";
import { withoutMeta } from "../../../shared/domain/record";
import { todayIn } from "../../../shared/domain/dates";
import type { TimelineEvent } from "../../../shared/domain/case";
import {
  checkState,
  closeReferralFields,
  referralFields,
  statusCheckFields,
  type CheckState,
  type CloseReferralInput,
  type ReferralInput,
  type StatusCheckInput,
} from "../../../shared/domain/referral";
import type {
  AppDB,
  CaseRecord,
  OrganisationRecord,
  ReferralData,
  ReferralRecord,
  StatusCheckData,
} from "../app-db";
import { AppError, ValidationError } from "../errors";
import { numberingTables } from "../exchange/identity";
import { Repository, requirePermission, validate } from "./repository";
import { caseNotesRepo, casesRepo } from "./cases";
import { z } from "zod";

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

/** What a referral's write touches: the referral, its case (and what a case save reads) and the case's timeline. */
const caseWriteTables = (db: AppDB) => [
  db.referrals,
  db.cases,
  db.caseNotes,
  db.organisations,
  db.audit,
  db.users,
  db.persons,
  db.sites,
  ...numberingTables(db),
];

/** An entry the app records on a case's timeline: a code and its params, read in the reader's language. */
function timelineEvent(
  db: AppDB,
  actor: Actor,
  c: CaseRecord,
  date: string,
  event: TimelineEvent,
  params: Record<string, string>,
) {
  return caseNotesRepo(db).create(actor, {
    caseId: c.id,
    siteId: c.siteId,
    date,
    kind: "tindakan",
    text: "",
    event,
    params,
  });
}

/** Refers a case: the referral is made, the case marked "Dirujuk" and the timeline told, in one transaction. */
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
  return db.transaction("rw", caseWriteTables(db), async () => {
    const org = await db.organisations.get(r.organisationId);
    if (!org || org.deletedAt) throw new ValidationError({ organisationId: "v.required" });
    const current = await casesRepo(db).get(actor, c.id);
    await timelineEvent(db, actor, current, r.date, "referralMade", { org: org.name, reason: r.reason });
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
  });
}

/** Records a weekly status check on the case's timeline and moves the referral's "last checked" date. */
export async function recordCheck(
  db: AppDB,
  actor: Actor,
  referralId: string,
  input: StatusCheckInput,
): Promise<void> {
  requirePermission(actor, "records.write");
  const check = validate(statusCheckFields, input);
  if (check.date > todayIn()) throw new ValidationError({ date: "v.futureDate" });
  const tables = [
    db.referrals,
    db.statusChecks,
    db.cases,
    db.caseNotes,
    db.organisations,
    db.audit,
    db.users,
  ];
  await db.transaction("rw", tables, async () => {
    const ref = await referralsRepo(db).get(actor, referralId);
    if (ref.status !== "terbuka") throw new AppError("e.referralClosed");
    // A referral of a case in the recycle bin is not followed up (restore the case first).
    const c = await casesRepo(db).get(actor, ref.caseId);
    if (check.date < ref.date) throw new ValidationError({ date: "v.checkBeforeReferral" });
    await checksRepo(db).create(actor, { ...check, referralId, siteId: ref.siteId });
    const org = await db.organisations.get(ref.organisationId);
    await timelineEvent(
      db,
      actor,
      c,
      check.date,
      check.contactMade ? "referralChecked" : "referralNoContact",
      {
        org: org?.name ?? "-",
        response: check.response,
        nextStep: check.nextStep,
      },
    );
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
  await db.transaction("rw", caseWriteTables(db), async () => {
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
    await timelineEvent(db, actor, c, close.date, "referralClosed", {
      org: org?.name ?? "-",
      outcome: close.outcome,
    });
    const stillOpen = await db.referrals
      .where("caseId")
      .equals(c.id)
      .filter((r) => r.status === "terbuka" && !r.deletedAt)
      .count();
    if (stillOpen === 0 && c.status === "dirujuk") {
      await casesRepo(db).update(actor, c.id, c.rev, { ...withoutMeta(c), status: "dalam-tindakan" });
    }
  });
}

/** An open referral whose weekly check is due or overdue, with its (live) case. */
export type DueReferral = {
  referral: ReferralRecord;
  caseRecord: CaseRecord;
  days: number;
  state: CheckState;
};

export type BoardRow = DueReferral & {
  organisation: OrganisationRecord | undefined;
  personName: string;
  /** Who made the referral (the district view lists every officer's). */
  officerName: string;
};

/**
 * The open referrals due or overdue for their weekly check, most overdue first: a PPK's own (the [officerId+status]
 * index), for the PKMD and other district roles those of every site they may see ([siteId+status]). A referral whose
 * case is deleted (in the recycle bin) or out of the actor's sites is left out. The home figure counts exactly these.
 */
export async function dueReferrals(db: AppDB, actor: Actor, today = todayIn()): Promise<DueReferral[]> {
  const open =
    actor.role === "ppk"
      ? await db.referrals.where("[officerId+status]").equals([actor.userId, "terbuka"]).toArray()
      : (
          await Promise.all(
            (await db.sites.toArray())
              .filter((site) => !site.deletedAt && canSeeSite(actor, site.id))
              .map((site) => db.referrals.where("[siteId+status]").equals([site.id, "terbuka"]).toArray()),
          )
        ).flat();
  const due = open.flatMap((referral) => {
    if (referral.deletedAt) return [];
    const { days, state } = checkState(referral.date, referral.lastCheckDate, today);
    return state === "ok" ? [] : [{ referral, days, state }];
  });
  const cases = await db.cases.bulkGet(due.map((d) => d.referral.caseId));
  const rows: DueReferral[] = due.flatMap((d, i) => {
    const c = cases[i];
    return c && !c.deletedAt && canSeeSite(actor, c.siteId) ? [{ ...d, caseRecord: c }] : [];
  });
  return rows.sort((a, b) => b.days - a.days);
}

/** "Semakan minggu ini": the due referrals with the organisation, the person and the officer to show. */
export async function weeklyBoard(db: AppDB, actor: Actor, today = todayIn()): Promise<BoardRow[]> {
  const due = await dueReferrals(db, actor, today);
  // Organisations and officers are few: one read of each beats one lookup per row.
  const orgIds = [...new Set(due.map((r) => r.referral.organisationId))];
  const officerIds = [...new Set(due.map((r) => r.referral.officerId))];
  const personIds = [...new Set(due.map((r) => r.caseRecord.personId))];
  const [orgs, officers, persons] = await Promise.all([
    db.organisations.bulkGet(orgIds),
    db.users.bulkGet(officerIds),
    db.persons.bulkGet(personIds),
  ]);
  const orgById = new Map(orgIds.map((id, i) => [id, orgs[i]]));
  const officerById = new Map(officerIds.map((id, i) => [id, officers[i]?.name ?? ""]));
  const nameById = new Map(personIds.map((id, i) => [id, persons[i]?.name ?? ""]));
  return due.map((r) => ({
    ...r,
    organisation: orgById.get(r.referral.organisationId),
    personName: nameById.get(r.caseRecord.personId) ?? "",
    officerName: officerById.get(r.referral.officerId) ?? "",
  }));
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
