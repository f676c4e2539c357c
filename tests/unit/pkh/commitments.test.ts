// Why: commitment verification: school attendance at exactly 85% passes and just under fails, no school days asks nothing, health-post schedules count cumulatively, and the consequence ladder follows consecutive months.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_COMMITMENT_RULES,
  commitmentRulesOn,
  commitmentRecordSchema,
  commitmentRulesSchema,
  consecutiveNonCompliant,
  consequenceAfter,
  followUpList,
  monthEnd,
  previousMonth,
  verifyMemberMonth,
  type CommitmentRules,
  commitmentKindOn,
  verificationId,
} from "../../../shared/domain/pkh/commitments";

const rules: CommitmentRules = DEFAULT_COMMITMENT_RULES[0]!;
const school = (daysPresent: number, schoolDays: number) =>
  verifyMemberMonth({ kind: "sekolah", daysPresent, schoolDays }, "2026-11", rules).status;

describe("commitment rules as settings", () => {
  it("the defaults parse, and the ladder must climb", () => {
    expect(commitmentRulesSchema.safeParse(rules).success).toBe(true);
    const bad = { ...rules, ladder: [...rules.ladder].reverse() };
    expect(commitmentRulesSchema.safeParse(bad).error?.issues[0]?.message).toBe("v.pkh.ladderOrder");
  });

  it("picks the rules in force on a date", () => {
    const later = { ...rules, effectiveFrom: "2026-07-01", schoolMinPercent: 90 };
    expect(commitmentRulesOn([rules, later], "2026-06-30")?.schoolMinPercent).toBe(85);
    expect(commitmentRulesOn([later, rules], "2026-07-01")?.schoolMinPercent).toBe(90);
    expect(commitmentRulesOn([later], "2020-01-01")).toBeNull();
  });

  it("knows month ends and the month before", () => {
    expect(monthEnd("2028-02")).toBe("2028-02-29");
    expect(monthEnd("2026-12")).toBe("2026-12-31");
    expect(previousMonth("2026-01")).toBe("2025-12");
  });
});

describe("school attendance", () => {
  it("is compliant at exactly 85% and not just under", () => {
    expect(school(17, 20)).toBe("compliant"); // 85%
    expect(school(16, 20)).toBe("nonCompliant"); // 80%
    expect(school(85, 100)).toBe("compliant");
    expect(school(84, 100)).toBe("nonCompliant");
    expect(school(18, 21)).toBe("compliant"); // 85.7%
    expect(school(17, 21)).toBe("nonCompliant"); // 80.95%
  });

  it("stores a month only with days present within the school days", () => {
    const rec = {
      householdId: "h1",
      memberId: "m1",
      month: "2026-11",
      data: { kind: "sekolah", schoolDays: 20, daysPresent: 20 },
    };
    expect(commitmentRecordSchema.safeParse(rec).success).toBe(true);
    const over = { ...rec, data: { kind: "sekolah", schoolDays: 20, daysPresent: 21 } };
    expect(commitmentRecordSchema.safeParse(over).error?.issues[0]?.message).toBe("v.pkh.presentAboveDays");
    expect(commitmentRecordSchema.safeParse({ ...rec, month: "2026-13" }).error?.issues[0]?.message).toBe(
      "v.pkh.month",
    );
    const hamil = { ...rec, data: { kind: "ibuHamil", expectedDelivery: "2027-02-30", antenatalChecks: 1 } };
    expect(commitmentRecordSchema.safeParse(hamil).error?.issues[0]?.message).toBe("v.date");
  });

  it("asks nothing in a month without school days", () => {
    expect(school(0, 0)).toBe("notApplicable");
  });

  it("gives the reason with the figures", () => {
    expect(verifyMemberMonth({ kind: "sekolah", daysPresent: 10, schoolDays: 20 }, "2026-11", rules)).toEqual(
      {
        status: "nonCompliant",
        reason: "e.pkh.schoolBelowMin",
        params: { present: 10, days: 20, min: 85 },
      },
    );
  });

  it("is compliant exactly when present * 100 >= 85 * days (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.nat(31), (days, p) => {
        const present = Math.min(p, days);
        expect(school(present, days)).toBe(present * 100 >= 85 * days ? "compliant" : "nonCompliant");
      }),
    );
  });
});

describe("health-post visits", () => {
  const hamil = (expectedDelivery: string, antenatalChecks: number, month: string) =>
    verifyMemberMonth({ kind: "ibuHamil", expectedDelivery, antenatalChecks }, month, rules);

  it("asks an ibu hamil for 1 check after the first trimester, 2 after the second, 4 by delivery", () => {
    // Delivery expected 2027-06-30: 2026-11-30 is 30 weeks before it (week 10), 2027-01-31 week 18.5.
    expect(hamil("2027-06-30", 0, "2026-11").status).toBe("notApplicable");
    expect(hamil("2027-06-30", 0, "2027-01")).toEqual({
      status: "nonCompliant",
      reason: "e.pkh.antenatalBehind",
      params: { checks: 0, needed: 1 },
    });
    expect(hamil("2027-06-30", 1, "2027-01").status).toBe("compliant");
    expect(hamil("2027-06-30", 1, "2027-04").status).toBe("nonCompliant"); // week 31: 2 needed
    expect(hamil("2027-06-30", 2, "2027-04").status).toBe("compliant");
    expect(hamil("2027-06-30", 3, "2027-07").status).toBe("nonCompliant"); // past the expected date: 4 needed
  });

  it("asks an ibu nifas for a birth at a facility and 3 checks by day 42", () => {
    const nifas = (deliveryDate: string, nifasChecks: number, atFacility: boolean, month: string) =>
      verifyMemberMonth({ kind: "ibuNifas", deliveryDate, nifasChecks, atFacility }, month, rules);
    expect(nifas("2026-11-10", 1, false, "2026-11").status).toBe("nonCompliant");
    expect(nifas("2026-11-10", 1, false, "2026-11")).toMatchObject({ reason: "e.pkh.birthNotAtFacility" });
    expect(nifas("2026-11-10", 1, true, "2026-11").status).toBe("compliant"); // day 20: 1 needed
    expect(nifas("2026-11-28", 0, true, "2026-11").status).toBe("compliant"); // day 2: nothing yet
    expect(nifas("2026-11-10", 2, true, "2026-12").status).toBe("nonCompliant"); // day 51: 3 needed
    expect(nifas("2026-11-10", 3, true, "2026-12").status).toBe("compliant");
    expect(nifas("2026-12-10", 0, true, "2026-11").status).toBe("notApplicable");
  });

  it("asks a balita to be weighed each month", () => {
    expect(verifyMemberMonth({ kind: "balita", weighings: 1 }, "2026-11", rules).status).toBe("compliant");
    expect(verifyMemberMonth({ kind: "balita", weighings: 0 }, "2026-11", rules)).toMatchObject({
      status: "nonCompliant",
      reason: "e.pkh.balitaNotWeighed",
    });
  });
});

describe("consequence ladder", () => {
  it("counts consecutive months back from the month, a gap ending the run", () => {
    const months = new Set(["2026-09", "2026-11", "2026-12", "2027-01"]);
    expect(consecutiveNonCompliant(months, "2027-01")).toBe(3);
    expect(consecutiveNonCompliant(months, "2026-10")).toBe(0);
    expect(consecutiveNonCompliant(months, "2026-09")).toBe(1);
  });

  it("warns after 1 month, holds payment after 2, cancels after 3 (settings)", () => {
    expect(consequenceAfter(0, rules)).toBeNull();
    expect(consequenceAfter(1, rules)).toBe("peringatan");
    expect(consequenceAfter(2, rules)).toBe("penangguhan");
    expect(consequenceAfter(3, rules)).toBe("pembatalan");
    expect(consequenceAfter(9, rules)).toBe("pembatalan");
    const softer = { ladder: [{ afterMonths: 3, consequence: "peringatan" as const }] };
    expect(consequenceAfter(2, softer)).toBeNull();
  });

  it("lists households to follow up, the heaviest consequence first", () => {
    const non = (reason: string) => ({ status: "nonCompliant" as const, reason });
    const rows = followUpList(
      [
        { householdId: "h1", memberId: "m1", outcome: non("e.pkh.balitaNotWeighed") },
        { householdId: "h2", memberId: "m2", outcome: { status: "compliant" } },
        { householdId: "h3", memberId: "m3", outcome: non("e.pkh.schoolBelowMin") },
        { householdId: "h3", memberId: "m4", outcome: non("e.pkh.schoolBelowMin") },
        { householdId: "h4", memberId: "m5", outcome: non("e.pkh.antenatalBehind") },
      ],
      "2026-11",
      new Map([
        ["h3", new Set(["2026-09", "2026-10"])],
        ["h4", new Set(["2026-10"])],
      ]),
      rules,
    );
    expect(rows.map((r) => [r.householdId, r.consecutiveMonths, r.consequence])).toEqual([
      ["h3", 3, "pembatalan"],
      ["h4", 2, "penangguhan"],
      ["h1", 1, "peringatan"],
    ]);
    expect(rows[0]!.members.map((m) => m.memberId)).toEqual(["m3", "m4"]);
  });
});

describe("which commitment a member owes", () => {
  const m = (over: object) => ({
    birthDate: null,
    schoolLevel: null,
    expectedDelivery: null,
    deliveryDate: null,
    severeDisability: false,
    sex: null,
    ...over,
  });
  it("reads it from the member on the month's last day", () => {
    expect(commitmentKindOn(m({ birthDate: "2015-07-01", schoolLevel: "sd" }), "2026-11")).toBe("sekolah");
    expect(commitmentKindOn(m({ birthDate: "2022-01-15" }), "2026-11")).toBe("balita");
    // Turning five during the month ends the weighing commitment.
    expect(commitmentKindOn(m({ birthDate: "2021-11-30" }), "2026-11")).toBeNull();
    expect(commitmentKindOn(m({ birthDate: "2021-12-01" }), "2026-11")).toBe("balita");
    expect(commitmentKindOn(m({ sex: "P", expectedDelivery: "2027-02-01" }), "2026-11")).toBe("ibuHamil");
    expect(
      commitmentKindOn(
        m({ sex: "P", expectedDelivery: "2026-11-10", deliveryDate: "2026-11-08" }),
        "2026-11",
      ),
    ).toBe("ibuNifas");
    expect(commitmentKindOn(m({ birthDate: "1950-01-01" }), "2026-11")).toBeNull();
    expect(verificationId("m1", "2026-11")).toBe("komitmen:m1:2026-11");
  });
});
