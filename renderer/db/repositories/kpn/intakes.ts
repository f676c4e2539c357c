// Why: a welfare case met at a checkpoint, taken in one step: the person found or registered (the Buku Rekod's MyKad
// rules), then a Buku Rekod case at the person's site, a case referred to a directory organisation, or a "perlu
// susulan" entry for the PKMD to assign; the person, the case, the referral and the intake row are written in ONE
// transaction, so a refusal anywhere leaves nothing behind.
import { z } from "zod";
import type { Actor } from "../../../../shared/domain/access";
import { serviceTypes, targetGroups } from "../../../../shared/domain/codes";
import { todayIn } from "../../../../shared/domain/dates";
import { numberingTables } from "../../exchange/identity";
import { intakeKeys, type IntakeKeys } from "../../../../shared/domain/kpn/list-keys";
import { intakeFields, intakeOutcomes, type IntakeInput } from "../../../../shared/domain/kpn/records";
import { requiredText } from "../../../../shared/domain/validation";
import type { AppDB, CaseRecord, IntakeRecord, PersonRecord, ReferralRecord } from "../../app-db";
import { NotFoundError, ValidationError } from "../../errors";
import { casesRepo } from "../cases";
import { personsRepo } from "../persons";
import { referCase } from "../referrals";
import { Repository, requirePermission, validate } from "../repository";

export type IntakeData = IntakeInput & IntakeKeys;

/** The checked fields with the key of the PKMD's waiting list, worked out on every save. */
const storedSchema = intakeFields.transform((i): IntakeData => ({ ...i, ...intakeKeys(i) }));

export function intakesRepo(db: AppDB): Repository<IntakeData> {
  return new Repository<IntakeData>(db, db.intakes, {
    tableName: "intakes",
    schema: storedSchema as unknown as z.ZodType<IntakeData>,
    label: (i) => i.need.slice(0, 60),
    // A "perlu susulan" entry waits at district level until the PKMD gives it to a site.
    siteOf: (i) => i.assignedSiteId,
    writePermission: "records.write",
  });
}

/** What the quick intake form gives: an existing person or a new one, the need, and what it becomes. */
export const quickIntakeSchema = z
  .object({
    tourId: z.string().min(1),
    checkpointId: z.string().min(1),
    /** A person already registered (found by name or MyKad) ... */
    personId: z.string().nullable().default(null),
    /** ... or the fields of a new one (checked by the persons repository, MyKad rules and all). */
    person: z.record(z.string(), z.unknown()).nullable().default(null),
    need: requiredText(5, 4000),
    outcome: z.enum(intakeOutcomes, { error: "v.required" }),
    targetGroup: z.enum(targetGroups, { error: "v.required" }).optional(),
    service: z.enum(serviceTypes, { error: "v.required" }).optional(),
    organisationId: z.string().optional(),
    referralReason: z.string().trim().max(2000, "v.maxLength:2000").optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.personId && !v.person)
      ctx.addIssue({ code: "custom", path: ["personId"], message: "v.casePerson" });
    if (v.outcome === "susulan") return;
    if (!v.targetGroup) ctx.addIssue({ code: "custom", path: ["targetGroup"], message: "v.required" });
    if (v.outcome === "kes" && !v.service)
      ctx.addIssue({ code: "custom", path: ["service"], message: "v.required" });
    if (v.outcome === "rujukan" && !v.organisationId)
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "v.required" });
  });
export type QuickIntakeInput = z.input<typeof quickIntakeSchema>;

export type IntakeResult = {
  intake: IntakeRecord;
  person: PersonRecord;
  case: CaseRecord | null;
  referral: ReferralRecord | null;
};

/** The case's "problem" is the intake's need: its message belongs on the need field. */
function onIntakeFields(e: unknown): unknown {
  if (!(e instanceof ValidationError) || !("problem" in e.fields)) return e;
  const { problem, ...rest } = e.fields;
  return new ValidationError({ ...rest, need: problem! });
}

export async function recordIntake(db: AppDB, actor: Actor, input: unknown): Promise<IntakeResult> {
  requirePermission(actor, "records.write");
  const v = validate(quickIntakeSchema, input);
  const today = todayIn();
  const tables = [
    db.intakes,
    db.checkpoints,
    db.persons,
    db.cases,
    db.caseNotes,
    db.referrals,
    db.organisations,
    db.sites,
    ...numberingTables(db),
    db.audit,
    db.users,
  ];
  try {
    return await db.transaction("rw", tables, async () => {
      const cp = await db.checkpoints.get(v.checkpointId);
      if (!cp || cp.deletedAt || cp.tourId !== v.tourId) throw new NotFoundError();
      const person = v.personId
        ? await personsRepo(db).get(actor, v.personId)
        : await personsRepo(db).create(actor, v.person);
      let opened: CaseRecord | null = null;
      let referral: ReferralRecord | null = null;
      if (v.outcome !== "susulan") {
        opened = await casesRepo(db).create(actor, {
          siteId: person.siteId,
          personId: person.id,
          date: today,
          targetGroup: v.targetGroup,
          problem: v.need,
          service: v.outcome === "rujukan" ? "rujukan" : v.service,
          action: "",
          officerId: actor.userId,
          followUpDate: "",
          status: "baru",
        });
        if (v.outcome === "rujukan") {
          referral = await referCase(db, actor, opened, {
            organisationId: v.organisationId!,
            reason: v.referralReason || v.need,
            date: today,
          });
          opened = (await db.cases.get(opened.id))!;
        }
      }
      const intake = await intakesRepo(db).create(actor, {
        tourId: v.tourId,
        checkpointId: v.checkpointId,
        personId: person.id,
        need: v.need,
        outcome: v.outcome,
        caseId: opened?.id ?? null,
        referralId: referral?.id ?? null,
        assignedSiteId: opened?.siteId ?? null,
      });
      return { intake, person, case: opened, referral };
    });
  } catch (e) {
    throw onIntakeFields(e);
  }
}

/** The welfare cases met at a checkpoint, newest first. */
export async function intakesAt(db: AppDB, checkpointId: string): Promise<IntakeRecord[]> {
  const rows = await db.intakes.where("checkpointId").equals(checkpointId).toArray();
  return rows.filter((r) => !r.deletedAt).sort((a, b) => b.id.localeCompare(a.id));
}
