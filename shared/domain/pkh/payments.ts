// Why: after each payment stage the facilitator reconciles what every household should have received with what it did; a shortfall or a missing payment needs a reason, and the stage summary lists the differences first.
import { z } from "zod";

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
