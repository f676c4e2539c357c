// Why: complaint deadlines count working days: weekends differ by state and public holidays do not count.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../shared/domain/dates";
import {
  addWorkingDays,
  isWorkingDay,
  weekendOf,
  workingDaysBetween,
  type OfficeCalendar,
} from "../../shared/domain/working-days";

// December 2026: the 4th is a Friday, the 25th (Christmas) a Friday.
const kl: OfficeCalendar = { weekend: weekendOf("WP Kuala Lumpur"), holidays: ["2026-12-25"] };
const kelantan: OfficeCalendar = { weekend: weekendOf("Kelantan"), holidays: [] };

describe("working days", () => {
  it("knows which states rest on Friday and Saturday", () => {
    expect(weekendOf("Kelantan")).toEqual([5, 6]);
    expect(weekendOf("Selangor")).toEqual([6, 0]);
  });

  it("acknowledges a complaint taken at a Saturday checkpoint on Monday", () => {
    expect(addWorkingDays("2026-12-05", 1, kl)).toBe("2026-12-07");
    expect(addWorkingDays("2026-12-04", 1, kl)).toBe("2026-12-07"); // Friday -> Monday
    expect(addWorkingDays("2026-12-03", 1, kl)).toBe("2026-12-04");
  });

  it("skips a public holiday and the weekend after it", () => {
    expect(addWorkingDays("2026-12-24", 1, kl)).toBe("2026-12-28");
    // From Thursday 10 December: 11, 14-18, 21-24, 28-31 (the 25th off) are 14 working days; the 15th would be
    // 1 January, a holiday too, so it falls on Monday 4 January.
    expect(addWorkingDays("2026-12-10", 14, kl)).toBe("2026-12-31");
    const newYear = { ...kl, holidays: [...kl.holidays, "2027-01-01"] };
    expect(addWorkingDays("2026-12-10", 15, newYear)).toBe("2027-01-04");
  });

  it("follows a Friday-Saturday weekend", () => {
    expect(addWorkingDays("2026-12-03", 1, kelantan)).toBe("2026-12-06"); // Thursday -> Sunday
    expect(isWorkingDay("2026-12-06", kelantan)).toBe(true);
    expect(isWorkingDay("2026-12-06", kl)).toBe(false);
  });

  it("counts back what it added (property)", () => {
    const start = fc.integer({ min: 0, max: 3650 }).map((d) => addDays("2025-01-01", d));
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 40 }), (from, n) => {
        const due = addWorkingDays(from, n, kl);
        return workingDaysBetween(from, due, kl) === n && (n === 0 || isWorkingDay(due, kl));
      }),
    );
  });

  it("refuses a calendar with no working day and a negative count", () => {
    expect(() => addWorkingDays("2026-12-01", 1, { weekend: [0, 1, 2, 3, 4, 5, 6], holidays: [] })).toThrow();
    expect(() => addWorkingDays("2026-12-01", -1, kl)).toThrow();
  });
});
