// Why: the programme calendar must put each programme on the right days of a Monday-first month grid.
import { describe, expect, it } from "vitest";
import {
  calendarWeeks,
  isMonth,
  monthRange,
  overlapsMonth,
  runsOn,
  shiftMonth,
  weekdayOf,
} from "../../renderer/features/ppr/program/month";

describe("month helpers", () => {
  it("moves across year ends", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-11", -13)).toBe("2025-10");
  });
  it("knows the last day of each month, leap years included", () => {
    expect(monthRange("2026-02")).toEqual({ start: "2026-02-01", end: "2026-02-28" });
    expect(monthRange("2028-02").end).toBe("2028-02-29");
    expect(monthRange("2026-12").end).toBe("2026-12-31");
  });
  it("accepts only yyyy-mm", () => {
    expect(isMonth("2026-11")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-1")).toBe(false);
    expect(isMonth(null)).toBe(false);
  });
  it("lays a month out Monday to Sunday in whole weeks", () => {
    expect(weekdayOf("2026-11-02")).toBe(0); // a Monday
    expect(weekdayOf("2026-11-01")).toBe(6); // a Sunday
    const weeks = calendarWeeks("2026-11");
    expect(weeks[0]![0]).toBe("2026-10-26");
    expect(weeks[0]![6]).toBe("2026-11-01");
    expect(weeks.at(-1)![6]).toBe("2026-12-06");
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(calendarWeeks("2027-02")).toHaveLength(4); // 1 Feb 2027 is a Monday, 28 days
  });
  it("puts a programme on each day it runs and finds those touching a month", () => {
    const p = { startDate: "2026-10-30", endDate: "2026-11-02" };
    expect(
      ["2026-10-29", "2026-10-30", "2026-11-01", "2026-11-02", "2026-11-03"].map((d) => runsOn(p, d)),
    ).toEqual([false, true, true, true, false]);
    expect(overlapsMonth(p, "2026-11")).toBe(true);
    expect(overlapsMonth(p, "2026-10")).toBe(true);
    expect(overlapsMonth(p, "2026-12")).toBe(false);
  });
});
