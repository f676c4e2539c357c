import { describe, expect, it } from "vitest";
import { checkState } from "../../shared/domain/referral";
import { assessIncome, rateOn, submitProblems, type InvestigationInput } from "../../shared/domain/aid";
import { daysBetween, todayIn } from "../../shared/domain/dates";
import { formatRecordNo } from "../../shared/domain/case";
import { caseSchema } from "../../shared/domain/case";
import { personSchema } from "../../shared/domain/person";
import { nameMatches, nameTokens, parseSearch } from "../../shared/domain/search";

describe("weekly status-check rule", () => {
  it("is overdue exactly 7 calendar days after the last check, due soon from day 5", () => {
    expect(checkState("2026-11-01", "2026-11-10", "2026-11-14")).toEqual({ days: 4, state: "ok" });
    expect(checkState("2026-11-01", "2026-11-10", "2026-11-15")).toEqual({ days: 5, state: "dueSoon" });
    expect(checkState("2026-11-01", "2026-11-10", "2026-11-16")).toEqual({ days: 6, state: "dueSoon" });
    expect(checkState("2026-11-01", "2026-11-10", "2026-11-17")).toEqual({ days: 7, state: "overdue" });
  });
  it("counts from the referral date before the first check, across month ends", () => {
    expect(checkState("2026-10-28", null, "2026-11-04")).toEqual({ days: 7, state: "overdue" });
    expect(daysBetween("2026-02-26", "2026-03-05")).toBe(7);
  });
  it("takes 'today' in the office time zone, not the PC's UTC clock", () => {
    // 23:30 UTC on 16 Nov is already 17 Nov in Kuala Lumpur (UTC+8).
    const late = new Date("2026-11-16T23:30:00Z");
    expect(todayIn("Asia/Kuala_Lumpur", late)).toBe("2026-11-17");
    expect(todayIn("UTC", late)).toBe("2026-11-16");
    expect(checkState("2026-11-01", "2026-11-10", todayIn("Asia/Kuala_Lumpur", late)).state).toBe("overdue");
  });
});

describe("PGK and income per capita", () => {
  const rates = [
    { kind: "PGK" as const, amount: 2208, effectiveFrom: "2022-01-01" },
    { kind: "PGK" as const, amount: 2589, effectiveFrom: "2026-07-01" },
    { kind: "BWE" as const, amount: 600, effectiveFrom: "2026-01-01" },
  ];
  const inv = (
    income: number[],
    date: string,
  ): Pick<InvestigationInput, "members" | "expenses" | "date"> => ({
    date,
    expenses: [{ item: "Sewa", amount: 124.5 }],
    members: income.map((i, n) => ({
      name: `Ahli ${n}`,
      relationship: "anak",
      docNo: "",
      age: 30,
      occupation: "",
      income: i,
    })),
  });
  it("uses the PGK in force on the investigation date, across an effective-date change", () => {
    expect(rateOn(rates, "PGK", "2026-06-30")?.amount).toBe(2208);
    expect(rateOn(rates, "PGK", "2026-07-01")?.amount).toBe(2589);
    expect(rateOn(rates, "PGK", "2021-12-31")).toBeNull();
  });
  it("compares household income with the PGK at the boundary (equal is not below)", () => {
    expect(assessIncome(inv([2000, 588.99], "2026-07-01"), rates)).toMatchObject({
      householdIncome: 2588.99,
      againstPgk: "bawah",
      members: 2,
      perCapita: 1294.5,
    });
    expect(assessIncome(inv([2000, 589], "2026-07-01"), rates).againstPgk).toBe("atas");
    expect(assessIncome(inv([2000, 589], "2026-06-30"), rates).againstPgk).toBe("atas");
    expect(assessIncome(inv([1000, 0, 0], "2026-07-01"), rates)).toMatchObject({
      perCapita: 333.33,
      expenses: 124.5,
    });
    expect(assessIncome(inv([100], "2020-01-01"), rates).againstPgk).toBeNull();
  });
  it("a draft cannot be sent without visit, findings and recommendation", () => {
    const draft = {
      ...inv([100], "2026-07-01"),
      caseId: "c",
      scheme: "BWE",
      visitDate: "",
      findings: "",
      recommendation: null,
      recommendedScheme: null,
      recommendedAmount: null,
    } as InvestigationInput;
    expect(submitProblems(draft)).toEqual({
      visitDate: "v.required",
      findings: "v.required",
      recommendation: "v.required",
    });
    expect(
      submitProblems({
        ...draft,
        visitDate: "2026-07-02",
        findings: "Rumah sewa",
        recommendation: "lulus",
        recommendedScheme: "BWE",
      }),
    ).toEqual({ recommendedAmount: "v.required" });
  });
});

describe("person and case rules", () => {
  const base = {
    name: "Siti binti Ali",
    docType: "mykad",
    docNo: "850101-14-5678",
    noDocReason: null,
    birthDate: "1985-01-01",
    sex: "P",
    ethnicity: "melayu",
    phone: "",
    siteId: "s1",
    block: "A",
    unit: "A-1-1",
    oku: false,
    okuCardNo: "",
    maritalStatus: "berkahwin",
    occupation: "",
    income: 0,
  };
  const today = "2026-11-22";
  const problems = (v: object) => {
    const r = personSchema(today).safeParse(v);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
  };
  it("accepts a consistent MyKad and refuses a mismatch, an impossible number or negative income", () => {
    expect(problems(base)).toEqual({});
    expect(problems({ ...base, sex: "L" })).toEqual({ sex: "v.mykadSexMismatch" });
    expect(problems({ ...base, docNo: "851301-14-5678" })).toEqual({ docNo: "v.mykadDate" });
    expect(problems({ ...base, income: -1 })).toEqual({ income: "v.notNegative" });
  });
  it("allows no document only with a reason, and no future birth date", () => {
    expect(problems({ ...base, docType: "none", docNo: "" })).toEqual({ noDocReason: "v.noDocReason" });
    expect(
      problems({ ...base, docType: "none", docNo: "", noDocReason: "kanak-kanak", birthDate: "2026-11-23" }),
    ).toEqual({ birthDate: "v.futureDate" });
  });
  it("refuses a future case date and a follow-up before the case date", () => {
    const c = {
      siteId: "s",
      personId: "p",
      date: "2026-11-20",
      targetGroup: "oku",
      problem: "Perlu kerusi roda",
      service: "rujukan",
      action: "",
      officerId: "u",
      followUpDate: "2026-11-19",
      status: "baru",
    };
    const r = caseSchema(today).safeParse(c);
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(["v.followUpBeforeDate"]);
    const f = caseSchema(today).safeParse({ ...c, date: "2026-11-23", followUpDate: "" });
    expect(f.success ? [] : f.error.issues.map((i) => i.message)).toEqual(["v.futureDate"]);
  });
  it("formats record numbers and parses what the search box gets", () => {
    expect(formatRecordNo("SPH", 2026, 42)).toBe("SPH/2026/0042");
    expect(parseSearch("sph/2026/0042")).toEqual({ kind: "recordNo", value: "SPH/2026/0042" });
    expect(parseSearch("850101-14-5678")).toEqual({ kind: "mykad", digits: "850101145678" });
    expect(parseSearch("012-345 6789")).toEqual({ kind: "phone", digits: "0123456789" });
    // As people also write them: without the leading zeros, or with the country code.
    expect(parseSearch("sph/2026/83")).toEqual({ kind: "recordNo", value: "SPH/2026/0083" });
    expect(parseSearch("+6012-345 6789")).toEqual({ kind: "phone", digits: "0123456789" });
    expect(parseSearch("60123456789")).toEqual({ kind: "phone", digits: "0123456789" });
    expect(parseSearch("+60 11-2345 6789")).toEqual({ kind: "phone", digits: "01123456789" });
    expect(parseSearch("  Zulkifli  ")).toEqual({ kind: "name", tokens: ["zulkifli"] });
    expect(nameTokens("Nur Aisyah binti Ismaïl")).toEqual(["nur", "aisyah", "binti", "ismail"]);
    expect(nameMatches(nameTokens("Nur Aisyah binti Ismail"), ["ais", "ism"])).toBe(true);
    expect(nameMatches(nameTokens("Nur Aisyah binti Ismail"), ["isyah"])).toBe(false);
  });
});
