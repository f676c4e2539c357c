import { describe, expect, it } from "vitest";
import { parseMyKad } from "../../shared/domain/mykad";

const today = new Date("2026-11-22T00:00:00Z");

describe("MyKad", () => {
  it("reads date of birth and sex, with or without dashes", () => {
    const a = parseMyKad("850101-14-5677", today);
    const b = parseMyKad("850101145677", today);
    expect(a).toEqual(b);
    expect(a.ok && a.info).toMatchObject({
      birthDate: "1985-01-01",
      sex: "L",
      placeCode: "14",
      formatted: "850101-14-5677",
    });
  });
  it("even last digit is female", () => {
    const r = parseMyKad("900229-10-1234", today);
    expect(r.ok).toBe(false); // 1990 is not a leap year
    const f = parseMyKad("920229-10-1234", today);
    expect(f.ok && f.info.sex).toBe("P");
    expect(f.ok && f.info.birthDate).toBe("1992-02-29");
  });
  it("puts a two-digit year in the latest century not after today", () => {
    const r = parseMyKad("261121-14-0001", today);
    expect(r.ok && r.info.birthDate).toBe("2026-11-21");
    const old = parseMyKad("261123-14-0001", today);
    expect(old.ok && old.info.birthDate).toBe("1926-11-23");
  });
  it("rejects impossible dates, bad place codes and wrong lengths", () => {
    expect(parseMyKad("851301-14-5677", today)).toEqual({ ok: false, problem: "v.mykadDate" });
    expect(parseMyKad("850132-14-5677", today)).toEqual({ ok: false, problem: "v.mykadDate" });
    expect(parseMyKad("850101-00-5677", today)).toEqual({ ok: false, problem: "v.mykadPlace" });
    expect(parseMyKad("85010114567", today)).toEqual({ ok: false, problem: "v.mykadFormat" });
    expect(parseMyKad("85O101-14-5677", today)).toEqual({ ok: false, problem: "v.mykadFormat" });
  });
});
