// Why: an aid investigation moves Draf -> Dihantar -> Diputuskan, each step stamped with who and when; attachments stay with it.
import type { Actor } from "../../../shared/domain/access";
import { withoutMeta } from "../../../shared/domain/record";
import {
  decisionFields,
  investigationFields,
  investigationRefNo,
  investigationStatuses,
  isEditableStatus,
  rateSchema,
  returnEntrySchema,
  returnFields,
  submitProblems,
  type DecisionInput,
  type InvestigationInput,
  type RateInput,
  type ReturnInput,
} from "../../../shared/domain/aid";
import { todayIn } from "../../../shared/domain/dates";
import type { AppDB, AttachmentData, CaseRecord, InvestigationData, InvestigationRecord } from "../app-db";
import { AppError, ValidationError } from "../errors";
import { Repository, requirePermission, validate } from "./repository";
import { casesRepo } from "./cases";
import { z } from "zod";

const dataSchema = investigationFields.extend({
  siteId: z.string(),
  status: z.enum(investigationStatuses),
  refNo: z.string().optional(),
  returns: z.array(returnEntrySchema).optional(),
  officerId: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  decision: z.enum(["lulus", "tidak-lulus"]).nullable(),
  decisionAmount: z.number().nullable(),
  decisionNote: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
});

export function investigationsRepo(db: AppDB): Repository<InvestigationData> {
  return new Repository<InvestigationData>(db, db.investigations, {
    tableName: "investigations",
    schema: dataSchema,
    label: (i) => `Siasatan ${i.scheme}`,
    siteOf: (i) => i.siteId,
    writePermission: "records.write",
    checkTables: (d) => [d.cases],
    // The number is the case's record number and the investigation's order on it; deleted ones keep theirs.
    onCreate: async (database, record) => {
      const c = await database.cases.get(record.caseId);
      if (!c) throw new ValidationError({ caseId: "v.required" });
      const n = await database.investigations.where("caseId").equals(record.caseId).count();
      return { ...record, refNo: investigationRefNo(c.recordNo, n + 1), returns: [] };
    },
  });
}

function checkDates(inv: InvestigationInput, c: CaseRecord): void {
  const today = todayIn();
  if (inv.date > today) throw new ValidationError({ date: "v.futureDate" });
  if (inv.visitDate && inv.visitDate > today) throw new ValidationError({ visitDate: "v.futureDate" });
  if (inv.date < c.date) throw new ValidationError({ date: "v.investigationBeforeCase" });
}

export async function openInvestigation(
  db: AppDB,
  actor: Actor,
  c: CaseRecord,
  input: InvestigationInput,
): Promise<InvestigationRecord> {
  const inv = validate(investigationFields, { ...input, caseId: c.id });
  const current = await casesRepo(db).get(actor, c.id);
  checkDates(inv, current);
  return investigationsRepo(db).create(actor, {
    ...inv,
    siteId: current.siteId,
    status: "draf",
    officerId: actor.userId,
    submittedAt: null,
    submittedBy: null,
    decision: null,
    decisionAmount: null,
    decisionNote: "",
    decidedAt: null,
    decidedBy: null,
  });
}

export async function saveInvestigation(
  db: AppDB,
  actor: Actor,
  id: string,
  expectedRev: number,
  input: InvestigationInput,
) {
  const repo = investigationsRepo(db);
  const before = await repo.get(actor, id);
  if (!isEditableStatus(before.status)) throw new AppError("e.investigationLocked");
  const inv = validate(investigationFields, { ...input, caseId: before.caseId });
  checkDates(inv, await casesRepo(db).get(actor, before.caseId));
  return repo.update(actor, id, expectedRev, { ...withoutMeta(before), ...inv });
}

/**
 * Sends the draft (or the corrected investigation sent back) to the PKMD; refused with field messages until the visit,
 * findings and recommendation are there.
 */
export async function submitInvestigation(db: AppDB, actor: Actor, id: string, expectedRev: number) {
  const repo = investigationsRepo(db);
  const before = await repo.get(actor, id);
  if (!isEditableStatus(before.status)) throw new AppError("e.investigationLocked");
  const problems = submitProblems(before);
  if (Object.keys(problems).length) throw new ValidationError(problems);
  return repo.update(actor, id, expectedRev, {
    ...withoutMeta(before),
    status: "dihantar",
    submittedAt: new Date().toISOString(),
    submittedBy: actor.userId,
  });
}

/** The PKMD's decision on a submitted investigation. */
export async function decideInvestigation(
  db: AppDB,
  actor: Actor,
  id: string,
  expectedRev: number,
  input: DecisionInput,
) {
  requirePermission(actor, "aid.decide");
  const d = validate(decisionFields, input);
  if (d.decision === "lulus" && d.amount === null) throw new ValidationError({ amount: "v.required" });
  const repo = investigationsRepo(db);
  const before = await repo.get(actor, id);
  if (before.status !== "dihantar") throw new AppError("e.investigationNotSubmitted");
  return repo.update(actor, id, expectedRev, {
    ...withoutMeta(before),
    status: "diputuskan",
    decision: d.decision,
    decisionAmount: d.decision === "lulus" ? d.amount : null,
    decisionNote: d.note,
    decidedAt: new Date().toISOString(),
    decidedBy: actor.userId,
  });
}

/** The PKMD sends a submitted investigation back to its officer for correction, saying what to correct. */
export async function returnInvestigation(
  db: AppDB,
  actor: Actor,
  id: string,
  expectedRev: number,
  input: ReturnInput,
) {
  requirePermission(actor, "aid.decide");
  const { note } = validate(returnFields, input);
  const repo = investigationsRepo(db);
  const before = await repo.get(actor, id);
  if (before.status !== "dihantar") throw new AppError("e.investigationNotSubmitted");
  return repo.update(actor, id, expectedRev, {
    ...withoutMeta(before),
    status: "dikembalikan",
    returns: [...(before.returns ?? []), { at: new Date().toISOString(), by: actor.userId, note }],
  });
}

/** Dated rates (PGK and scheme amounts), editable by the administrator; old rates stay for past investigations. */
export function ratesRepo(db: AppDB): Repository<RateInput> {
  return new Repository<RateInput>(db, db.rates, {
    tableName: "rates",
    schema: rateSchema,
    label: (r) => `${r.kind} ${r.effectiveFrom}`,
    siteOf: () => null,
    writePermission: "rates.manage",
    check: async (database, r, id) => {
      const same = await database.rates
        .where("kind")
        .equals(r.kind)
        .filter((x) => !x.deletedAt && x.effectiveFrom === r.effectiveFrom && x.id !== id)
        .first();
      if (same) throw new ValidationError({ effectiveFrom: "v.rateDuplicate" });
    },
  });
}

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const attachmentMimes = ["image/jpeg", "image/png", "application/pdf"] as const;

const attachmentSchema = z.object({
  ownerTable: z.string(),
  ownerId: z.string(),
  siteId: z.string(),
  name: z.string().min(1).max(200),
  label: z.string().trim().max(100),
  mime: z.enum(attachmentMimes, { error: "v.attachmentType" }),
  size: z.number().max(MAX_ATTACHMENT_BYTES, "v.attachmentSize"),
  data: z.instanceof(Blob),
});

export function attachmentsRepo(db: AppDB): Repository<AttachmentData> {
  return new Repository<AttachmentData>(db, db.attachments, {
    tableName: "attachments",
    schema: attachmentSchema,
    label: (a) => a.name,
    siteOf: (a) => a.siteId,
    writePermission: "records.write",
    redact: ["data"],
    checkTables: (d) => [d.investigations],
    check: async (database, a) => {
      if (a.ownerTable !== "investigations") return;
      const inv = await database.investigations.get(a.ownerId);
      if (!inv || inv.deletedAt || inv.siteId !== a.siteId)
        throw new ValidationError({ ownerId: "v.required" });
      if (inv.status === "diputuskan") throw new AppError("e.investigationLocked");
    },
    // Once sent to the PKMD, what was sent stays: a document may still be added until the decision, never taken out.
    checkRemove: async (database, a) => {
      if (a.ownerTable !== "investigations") return;
      const inv = await database.investigations.get(a.ownerId);
      if (inv && inv.status !== "draf") throw new AppError("e.attachmentSent");
    },
  });
}
