// Why: components are derived on a date, at every age boundary and across a birth, and a household's counted ones
// never exceed the limits in force on that date; benefit amounts follow the stage's date and the amounts' dates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  componentsOn,
  householdComponents,
  limitsOn,
  type HouseholdLimits,
} from "../../../shared/domain/pkh/components";
import {
  DEFAULT_BENEFIT_AMOUNTS,
  expectedForStage,
  parseStageId,
  stageDate,
  stageId,
  stageOf,
} from "../../../shared/domain/pkh/benefits";
import { DEFAULT_PKH_SETTINGS, pkhSettingsOf, pkhSettingsSchema } from "../../../shared/domain/pkh/settings";

const m = (over: Partial<Parameters<typeof componentsOn>[0]> = {}) => ({
  birthDate: null,
  schoolLevel: null,
  expectedDelivery: null,
  deliveryDate: null,
  severeDisability: false,
  sex: null,
  ...over,
});

describe("components of a member", () => {
  it("anak usia dini until the day before the 6th birthday, then the school level until 21", () => {
    const child = m({ birthDate: "2020-07-01", schoolLevel: "sd" });
    expect(componentsOn(child, "2020-07-01")).toEqual(["anak_usia_dini"]);
    expect(componentsOn(child, "2026-06-30")).toEqual(["anak_usia_dini"]);
    expect(componentsOn(child, "2026-07-01")).toEqual(["anak_sd"]);
    expect(componentsOn(m({ birthDate: "2020-07-01" }), "2026-07-01")).toEqual([]);
    const youth = m({ birthDate: "2005-03-10", schoolLevel: "sma" });
    expect(componentsOn(youth, "2011-03-10")).toEqual(["anak_sma"]);
    expect(componentsOn(youth, "2027-03-09")).toEqual(["anak_sma"]);
    // 21 is the last age counted: the day before the 22nd birthday still counts, the birthday does not.
    expect(componentsOn(youth, "2027-03-10")).toEqual([]);
  });

  it("lanjut usia from the 70th birthday; disabilitas berat whenever recorded", () => {
    const elder = m({ birthDate: "1956-11-19" });
    expect(componentsOn(elder, "2026-11-18")).toEqual([]);
    expect(componentsOn(elder, "2026-11-19")).toEqual(["lanjut_usia"]);
    expect(componentsOn(m({ severeDisability: true, birthDate: "1950-01-01" }), "2026-01-01")).toEqual([
      "lanjut_usia",
      "disabilitas_berat",
    ]);
  });

  it("across a birth: ibu hamil until the delivery, ibu nifas for 42 days, the baby anak usia dini", () => {
    const before = m({ sex: "P", birthDate: "1995-01-01", expectedDelivery: "2026-11-20" });
    expect(componentsOn(before, "2026-11-18")).toEqual(["ibu_hamil"]);
    const after = { ...before, deliveryDate: "2026-11-19" };
    expect(componentsOn(after, "2026-11-18")).toEqual(["ibu_hamil"]);
    expect(componentsOn(after, "2026-11-19")).toEqual(["ibu_nifas"]);
    expect(componentsOn(after, "2026-12-30")).toEqual(["ibu_nifas"]);
    expect(componentsOn(after, "2026-12-31")).toEqual([]);
    expect(componentsOn(m({ birthDate: "2026-11-19" }), "2026-11-19")).toEqual(["anak_usia_dini"]);
    expect(componentsOn(m({ birthDate: "2026-11-19" }), "2026-11-18")).toEqual([]);
  });
});

describe("household limits", () => {
  const babies = [1, 2, 3].map((i) => m({ birthDate: `2024-0${i}-01` }));
  it("counts the first members up to the limit and names what is over it", () => {
    const h = householdComponents(
      [...babies, m({ birthDate: "1950-01-01" }), m({ birthDate: "1940-01-01" })],
      "2026-11-18",
    );
    expect(h.counted.anak_usia_dini).toBe(2);
    expect(h.counted.lanjut_usia).toBe(1);
    expect(h.items.filter((i) => !i.counted).map((i) => i.memberIndex)).toEqual([2, 4]);
    expect(h.over).toEqual([
      { group: "anakUsiaDini", present: 3, limit: 2 },
      { group: "lanjutUsia", present: 2, limit: 1 },
    ]);
  });

  it("a limit changes on its effective date", () => {
    const limits: HouseholdLimits[] = [
      { from: "2021-01-01", kehamilan: 2, anakUsiaDini: 2, lanjutUsia: 1, disabilitasBerat: 1 },
      { from: "2027-01-01", kehamilan: 2, anakUsiaDini: 3, lanjutUsia: 1, disabilitasBerat: 1 },
    ];
    expect(limitsOn(limits, "2026-12-31").anakUsiaDini).toBe(2);
    expect(householdComponents(babies, "2026-12-31", limits).counted.anak_usia_dini).toBe(2);
    expect(householdComponents(babies, "2027-01-01", limits).counted.anak_usia_dini).toBe(3);
  });

  it("never counts more than the limits, whatever the household", () => {
    const member = fc.record({
      birthDate: fc.option(
        fc.constantFrom("1940-05-01", "1990-01-01", "2010-06-01", "2022-02-02", "2026-01-01"),
        { nil: null },
      ),
      schoolLevel: fc.option(fc.constantFrom("sd" as const, "smp" as const, "sma" as const), { nil: null }),
      expectedDelivery: fc.option(fc.constantFrom("2026-12-01"), { nil: null }),
      deliveryDate: fc.option(fc.constantFrom("2026-11-01", "2026-12-05"), { nil: null }),
      severeDisability: fc.boolean(),
      sex: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(member, { maxLength: 12 }), (members) => {
        const { counted } = householdComponents(members, "2026-11-18");
        expect(counted.ibu_hamil + counted.ibu_nifas).toBeLessThanOrEqual(2);
        expect(counted.anak_usia_dini).toBeLessThanOrEqual(2);
        expect(counted.lanjut_usia).toBeLessThanOrEqual(1);
        expect(counted.disabilitas_berat).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("benefit stages", () => {
  it("names stages by quarter, reads components on the stage's first day, a quarter of the yearly amount", () => {
    expect(["2026-01-01", "2026-03-31", "2026-04-01", "2026-09-30", "2026-12-31"].map(stageOf)).toEqual([
      "I",
      "I",
      "II",
      "III",
      "IV",
    ]);
    expect(stageDate(2026, "III")).toBe("2026-07-01");
    expect(stageId(2026, "IV")).toBe("2026-IV");
    expect(parseStageId("2026-IV")).toEqual({ year: 2026, stage: "IV" });
    expect(parseStageId("2026-V")).toBeNull();
    const household = [
      m({ birthDate: "2020-07-01", schoolLevel: "sd" }),
      m({ birthDate: "2012-01-01", schoolLevel: "smp" }),
      m({ birthDate: "1950-01-01" }),
    ];
    // On 1 April 2026 the first child is still anak usia dini (6 on 1 July): 750,000 + 375,000 + 600,000.
    expect(expectedForStage(household, 2026, "II", { amounts: DEFAULT_BENEFIT_AMOUNTS }).total).toBe(
      1_725_000,
    );
    // From 1 July the child counts as anak SD: 225,000 + 375,000 + 600,000.
    const q3 = expectedForStage(household, 2026, "III", { amounts: DEFAULT_BENEFIT_AMOUNTS });
    expect(q3.lines).toEqual([
      { component: "anak_sd", count: 1, amount: 225_000 },
      { component: "anak_smp", count: 1, amount: 375_000 },
      { component: "lanjut_usia", count: 1, amount: 600_000 },
    ]);
    expect(q3.total).toBe(1_200_000);
  });

  it("follows an amount's effective date", () => {
    const amounts = [
      ...DEFAULT_BENEFIT_AMOUNTS,
      { from: "2026-07-01", amounts: { ...DEFAULT_BENEFIT_AMOUNTS[0]!.amounts, lanjut_usia: 2_800_000 } },
    ];
    const elder = [m({ birthDate: "1950-01-01" })];
    expect(expectedForStage(elder, 2026, "II", { amounts }).total).toBe(600_000);
    expect(expectedForStage(elder, 2026, "III", { amounts }).total).toBe(700_000);
  });

  it("the default settings are valid and fill what an office has not set", () => {
    expect(pkhSettingsSchema.safeParse(DEFAULT_PKH_SETTINGS).success).toBe(true);
    expect(pkhSettingsOf({}).caseload).toEqual({ min: 150, max: 375 });
    expect(pkhSettingsOf({ pkh: { caseload: { min: 100, max: 300 } } }).caseload.max).toBe(300);
  });
});
