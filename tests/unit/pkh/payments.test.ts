// Why: payment reconciliation: a missing or different payment needs a reason, more than expected without one is refused, and the stage summary adds up with the differences listed first.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  paymentEntryProblems,
  paymentEntrySchema,
  reconcileStage,
} from "../../../shared/domain/pkh/payments";

const expected = new Map([
  ["h1", 750_000],
  ["h2", 975_000],
  ["h3", 600_000],
  ["h4", 225_000],
]);
const entry = (householdId: string, received: boolean, amountReceived: number, reason = "") => ({
  stageId: "2026-IV",
  householdId,
  received,
  amountReceived,
  reason,
});

describe("a household's payment", () => {
  it("accepts the expected amount without a reason", () => {
    expect(paymentEntryProblems(entry("h1", true, 750_000), expected)).toEqual([]);
  });

  it("refuses more than expected without a reason, accepts it with one", () => {
    expect(paymentEntryProblems(entry("h1", true, 750_001), expected)).toEqual(["v.pkh.amountAboveExpected"]);
    expect(paymentEntryProblems(entry("h1", true, 900_000, "Rapel tahap III"), expected)).toEqual([]);
  });

  it("needs a reason when less was received or nothing", () => {
    expect(paymentEntryProblems(entry("h1", true, 500_000), expected)).toEqual(["v.pkh.reasonDifferent"]);
    expect(paymentEntryProblems(entry("h1", true, 500_000, "Dipotong ketua"), expected)).toEqual([]);
    expect(paymentEntryProblems(entry("h1", false, 0), expected)).toEqual(["v.pkh.reasonNotReceived"]);
    expect(paymentEntryProblems(entry("h1", false, 0, "KKS hilang"), expected)).toEqual([]);
    expect(paymentEntryProblems(entry("h1", false, 10, "KKS hilang"), expected)).toEqual([
      "v.pkh.amountWhenNotReceived",
    ]);
    expect(paymentEntryProblems(entry("h1", true, 0, "x"), expected)).toEqual(["v.pkh.amountZero"]);
  });

  it("refuses a household not expected at the stage, whole Rupiah only, and a reason of blanks", () => {
    expect(paymentEntryProblems(entry("hx", true, 1), expected)).toEqual(["v.pkh.notExpected"]);
    expect(paymentEntrySchema.safeParse(entry("h1", true, 1.5)).error?.issues[0]?.message).toBe(
      "v.pkh.rupiahWhole",
    );
    const blank = paymentEntrySchema.parse(entry("h1", true, 1, "   "));
    expect(paymentEntryProblems(blank, expected)).toEqual(["v.pkh.reasonDifferent"]);
  });

  it("never accepts above the expected amount without a reason (property)", () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.integer({ min: 1, max: 10_000_000 }), (due, extra) => {
        const exp = new Map([["h", due]]);
        expect(paymentEntryProblems(entry("h", true, due + extra), exp)).toEqual([
          "v.pkh.amountAboveExpected",
        ]);
      }),
    );
  });
});

describe("a stage's reconciliation", () => {
  it("counts households and totals, differences first, the largest first", () => {
    const s = reconcileStage(expected, [
      entry("h1", true, 750_000),
      entry("h2", true, 900_000, "Dipotong"),
      entry("h3", false, 0, "Meninggal"),
    ]);
    expect(s).toMatchObject({
      householdsExpected: 4,
      received: 2,
      notReceived: 1,
      notRecorded: 1,
      totalExpected: 2_550_000,
      totalReceived: 1_650_000,
      differences: 3,
    });
    expect(s.rows.map((r) => [r.householdId, r.difference, r.received])).toEqual([
      ["h3", -600_000, false],
      ["h4", -225_000, null],
      ["h2", -75_000, true],
      ["h1", 0, true],
    ]);
  });

  it("adds up for any stage (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(5_000_000), fc.boolean(), fc.nat(5_000_000)), { maxLength: 40 }),
        (rows) => {
          const exp = new Map(rows.map(([due], i) => [`h${i}`, due]));
          const s = reconcileStage(
            exp,
            rows.map(([, got, amount], i) => entry(`h${i}`, got, got ? amount : 0, "r")),
          );
          expect(s.received + s.notReceived + s.notRecorded).toBe(exp.size);
          expect(s.rows).toHaveLength(exp.size);
          expect(s.totalReceived - s.totalExpected).toBe(s.rows.reduce((a, r) => a + r.difference, 0));
          expect(s.rows.slice(s.differences).every((r) => r.difference === 0 && r.received)).toBe(true);
        },
      ),
    );
  });
});
