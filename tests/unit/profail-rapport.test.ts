// Why: the rapport line on a stakeholder's page counts contacts in calendar-month windows ending today.
import { describe, expect, it } from "vitest";
import { monthsBefore, rapport } from "../../renderer/features/ppr/pihak/rapport";
import { matchesSearch } from "../../renderer/features/ppr/pihak/search";
import type { StakeholderRecord } from "../../renderer/db/app-db";

describe("monthsBefore", () => {
  it("goes back whole calendar months, across years, kept within shorter months", () => {
    expect(monthsBefore("2026-05-15", 3)).toBe("2026-02-15");
    expect(monthsBefore("2026-02-10", 3)).toBe("2025-11-10");
    expect(monthsBefore("2026-05-31", 3)).toBe("2026-02-28");
    expect(monthsBefore("2028-05-31", 3)).toBe("2028-02-29");
    expect(monthsBefore("2026-05-15", 12)).toBe("2025-05-15");
  });
});

describe("rapport", () => {
  const today = "2026-05-15";
  it("counts contacts in the last 3, 6 and 12 months and names the first and last", () => {
    const r = rapport(
      ["2026-05-15", "2026-02-15", "2026-02-14", "2025-11-20", "2025-05-15", "2025-05-14"],
      today,
    );
    expect(r).toEqual({
      total: 6,
      last3: 2,
      last6: 4,
      last12: 5,
      first: "2025-05-14",
      last: "2026-05-15",
    });
  });
  it("leaves contacts dated after today out of the windows", () => {
    expect(rapport(["2026-05-20"], today)).toMatchObject({ total: 1, last3: 0, last12: 0 });
  });
  it("is empty without contacts", () => {
    expect(rapport([], today)).toEqual({ total: 0, last3: 0, last6: 0, last12: 0, first: null, last: null });
  });
});

describe("stakeholder search", () => {
  const s = {
    name: "Encik Rahman bin Ali",
    organisation: "Persatuan Penduduk PPR Seri Pahang",
  } as StakeholderRecord;
  it("finds by part of the name or the organisation, in any case", () => {
    expect(matchesSearch(s, "rahman")).toBe(true);
    expect(matchesSearch(s, "  SERI pahang ")).toBe(true);
    expect(matchesSearch(s, "")).toBe(true);
    expect(matchesSearch(s, "zainal")).toBe(false);
  });
});
