// Why: after each payment stage the facilitator reconciles what every household should have received with what it did; a shortfall or a missing payment needs a reason, and the stage summary lists the differences first.
import { z } from "zod";
import { isValidIsoDate } from "../dates";
import { components } from "./components";
import { expectedForStage, parseStageId, type BenefitAmounts } from "./benefits";
import type { HouseholdLimits } from "./components";
import type { HouseholdInput, MemberInput } from "./records";

const rupiah = z.number({ error: "v.number" }).int("v.pkh.rupiahWhole").min(0, "v.number");

/** One household's payment at one stage, as the facilitator records it. */
export const paymentEntrySchema = z.object({
  /** The stage paid (year and tahap), as the benefits rules name it. */
  stageId: z.string().min(1, "v.required"),
  householdId: z.string().min(1, "v.required"),
  received: z.boolean(),
  /** Rupiah actually received; 0 when not received. */
  amountReceived: rupiah,
  /** Why it was not received, or why the amount differs from the expected one. */
  reason: z.string().trim().max(500, "v.maxLength:500").default(""),
});
export type PaymentEntry = z.infer<typeof paymentEntrySchema>;

/** Everything wrong with one entry against the expected amounts (household id -> Rupiah); empty when it may be saved. */
export function paymentEntryProblems(
  e: Pick<PaymentEntry, "householdId" | "received" | "amountReceived" | "reason">,
  expected: ReadonlyMap<string, number>,
): string[] {
  const due = expected.get(e.householdId);
  if (due === undefined) return ["v.pkh.notExpected"];
  const hasReason = e.reason.trim().length > 0;
  if (!e.received) {
    const problems: string[] = [];
    if (e.amountReceived !== 0) problems.push("v.pkh.amountWhenNotReceived");
    if (!hasReason) problems.push("v.pkh.reasonNotReceived");
    return problems;
  }
  if (e.amountReceived <= 0) return ["v.pkh.amountZero"];
  if (e.amountReceived === due || hasReason) return [];
  return [e.amountReceived > due ? "v.pkh.amountAboveExpected" : "v.pkh.reasonDifferent"];
}

export type ReconciliationRow = {
  householdId: string;
  expected: number;
  /** Null when nothing was recorded for the household yet. */
  received: boolean | null;
  amountReceived: number;
  /** Received minus expected (negative when short). */
  difference: number;
  reason: string;
};

export type ReconciliationSummary = {
  householdsExpected: number;
  received: number;
  notReceived: number;
  notRecorded: number;
  totalExpected: number;
  totalReceived: number;
  /** Rows with a difference (short, over, not received, not recorded) first, the largest gap first; then the rest. */
  rows: ReconciliationRow[];
  /** How many of `rows` (from the top) have a difference. */
  differences: number;
};

const byId = (a: ReconciliationRow, b: ReconciliationRow) =>
  a.householdId < b.householdId ? -1 : a.householdId > b.householdId ? 1 : 0;

/**
 * A stage's reconciliation summary. Entries for households not expected are left out (paymentEntryProblems refuses
 * them); the last entry of a household counts.
 */
export function reconcileStage(
  expected: ReadonlyMap<string, number>,
  entries: readonly Pick<PaymentEntry, "householdId" | "received" | "amountReceived" | "reason">[],
): ReconciliationSummary {
  const recorded = new Map(entries.map((e) => [e.householdId, e]));
  const diff: ReconciliationRow[] = [];
  const same: ReconciliationRow[] = [];
  let received = 0;
  let notReceived = 0;
  let totalExpected = 0;
  let totalReceived = 0;
  for (const [householdId, due] of expected) {
    const e = recorded.get(householdId);
    const amount = e?.received ? e.amountReceived : 0;
    totalExpected += due;
    totalReceived += amount;
    if (e?.received) received += 1;
    else if (e) notReceived += 1;
    const row: ReconciliationRow = {
      householdId,
      expected: due,
      received: e ? e.received : null,
      amountReceived: amount,
      difference: amount - due,
      reason: e?.reason ?? "",
    };
    (e?.received && amount === due ? same : diff).push(row);
  }
  diff.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || byId(a, b));
  same.sort(byId);
  return {
    householdsExpected: expected.size,
    received,
    notReceived,
    notRecorded: expected.size - received - notReceived,
    totalExpected,
    totalReceived,
    rows: [...diff, ...same],
    differences: diff.length,
  };
}

const isoDate = z.string().refine(isValidIsoDate, "v.date");

/** What one counted component brings a household at a stage (benefits.ts `expectedForStage` lines). */
export const stageLineSchema = z.object({
  component: z.enum(components),
  count: z.number().int().min(1),
  amount: rupiah,
});

/**
 * A household's payment at a stage as stored: prepared with who should receive what (the expected amount and its
 * components on the stage's day, the KPM's number and name as they stood), then reconciled: `received` stays null
 * until the pendamping records what came.
 */
export const paymentRecordSchema = z
  .object({
    siteId: z.string().min(1, "v.required"),
    stageId: z.string().regex(/^\d{4}-(I|II|III|IV)$/, "v.pkh.stage"),
    householdId: z.string().min(1, "v.required"),
    kpmNo: z.string(),
    headName: z.string(),
    groupId: z.string().nullable(),
    expected: rupiah,
    lines: z.array(stageLineSchema).max(20),
    received: z.boolean().nullable(),
    amountReceived: rupiah,
    reason: z.string().trim().max(500, "v.maxLength:500"),
  })
  .superRefine((p, ctx) => {
    if (p.received === null) {
      if (p.amountReceived !== 0)
        ctx.addIssue({ code: "custom", path: ["amountReceived"], message: "v.pkh.amountWhenNotReceived" });
      return;
    }
    const expected = new Map([[p.householdId, p.expected]]);
    for (const message of paymentEntryProblems({ ...p, received: p.received }, expected))
      ctx.addIssue({
        code: "custom",
        path: [
          message === "v.pkh.amountZero" || message === "v.pkh.amountWhenNotReceived"
            ? "amountReceived"
            : "reason",
        ],
        message,
      });
  });
export type PaymentRecord = z.infer<typeof paymentRecordSchema>;

/** The id of a household's payment at a stage: one per household and stage on every PC, so two preparations meet. */
export function paymentId(stageId: string, householdId: string): string {
  return `bayar:${stageId}:${householdId}`;
}

/** The reconciliation summary of a stage's stored payments (households prepared, what was recorded). */
export function reconcilePayments(
  rows: readonly Pick<PaymentRecord, "householdId" | "expected" | "received" | "amountReceived" | "reason">[],
): ReconciliationSummary {
  const expected = new Map(rows.map((r) => [r.householdId, r.expected]));
  const entries = rows.flatMap((r) => (r.received === null ? [] : [{ ...r, received: r.received }]));
  return reconcileStage(expected, entries);
}

/** A stage's payment day as the pendamping arranges and accompanies it (pkhStages). */
export const stageRecordSchema = z
  .object({
    siteId: z.string().min(1, "v.required"),
    stageId: z.string().regex(/^\d{4}-(I|II|III|IV)$/, "v.pkh.stage"),
    /** The day the stage is paid out (jadwal pembayaran). */
    scheduledDate: isoDate.nullable(),
    /** Where: the post office or bank agent. */
    place: z.string().trim().max(200, "v.maxLength:200"),
    /** The day the pendamping accompanied the payment (pendampingan); null while not done. */
    accompaniedOn: isoDate.nullable(),
    notes: z.string().trim().max(2000, "v.maxLength:2000"),
    /** The day the expected amounts were last prepared. */
    preparedOn: isoDate.nullable(),
  })
  .superRefine((s, ctx) => {
    if (s.accompaniedOn && s.scheduledDate && s.accompaniedOn < s.scheduledDate)
      ctx.addIssue({ code: "custom", path: ["accompaniedOn"], message: "v.pkh.accompaniedBeforeSchedule" });
  });
export type StageRecord = z.infer<typeof stageRecordSchema>;

/** The id of a wilayah's stage record. */
export function stageRecordId(siteId: string, stageId: string): string {
  return `tahap:${siteId}:${stageId}`;
}

type PreparedHousehold = Pick<HouseholdInput, "siteId" | "kpmNo" | "headName" | "groupId" | "active"> & {
  id: string;
};
type PreparedMember = Pick<
  MemberInput,
  "birthDate" | "schoolLevel" | "expectedDelivery" | "deliveryDate" | "severeDisability" | "sex"
>;

/** What preparing (again) a stage does: payments to add, unrecorded ones to re-price, unrecorded ones to drop. */
export type StagePlan = {
  add: PaymentRecord[];
  update: { id: string; record: PaymentRecord }[];
  remove: string[];
  /** Recorded payments left as they were, though the household's expectation has changed since. */
  keptRecorded: number;
};

/**
 * Who should receive what at a stage: every active household with a counted component gets its expected amount from
 * its members on the stage's day. Payments already recorded stay as recorded (the stage was paid on what was known);
 * unrecorded ones follow today's register: re-priced, added for a newly eligible household, dropped for one no longer
 * eligible.
 */
export function planStage(
  stageId: string,
  households: readonly PreparedHousehold[],
  membersOf: (householdId: string) => readonly PreparedMember[],
  settings: { amounts: readonly BenefitAmounts[]; limits?: readonly HouseholdLimits[] },
  existing: readonly (PaymentRecord & { id: string })[],
): StagePlan {
  const stage = parseStageId(stageId);
  if (!stage) throw new Error(`not a stage: ${stageId}`);
  const held = new Map(existing.map((p) => [p.householdId, p]));
  const plan: StagePlan = { add: [], update: [], remove: [], keptRecorded: 0 };
  const due = new Set<string>();
  for (const h of households) {
    if (!h.active) continue;
    const exp = expectedForStage(membersOf(h.id), stage.year, stage.stage, settings);
    if (exp.total <= 0) continue;
    due.add(h.id);
    const fresh: PaymentRecord = {
      siteId: h.siteId,
      stageId,
      householdId: h.id,
      kpmNo: h.kpmNo,
      headName: h.headName,
      groupId: h.groupId,
      expected: exp.total,
      lines: exp.lines,
      received: null,
      amountReceived: 0,
      reason: "",
    };
    const old = held.get(h.id);
    if (!old) plan.add.push(fresh);
    else if (old.received !== null) {
      if (old.expected !== fresh.expected) plan.keptRecorded += 1;
    } else if (JSON.stringify(pick(old)) !== JSON.stringify(pick(fresh)))
      plan.update.push({ id: old.id, record: fresh });
  }
  for (const p of existing) if (!due.has(p.householdId) && p.received === null) plan.remove.push(p.id);
  return plan;
}

const pick = (p: PaymentRecord) => [p.kpmNo, p.headName, p.groupId, p.expected, p.lines];
