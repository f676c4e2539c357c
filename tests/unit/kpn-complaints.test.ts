// Why: complaint deadlines (1 and 15 working days) across a weekend and a public holiday, and what counts as overdue.
import { describe, expect, it } from "vitest";
import { complaintDeadlines, complaintState } from "../../shared/domain/kpn/complaints";
import type { OfficeCalendar } from "../../shared/domain/working-days";

const cal: OfficeCalendar = { weekend: [6, 0], holidays: ["2026-12-25", "2027-01-01"] };

describe("complaint deadlines", () => {
  it("gives a Saturday complaint until Monday to be acknowledged and 15 working days to be resolved", () => {
    // Saturday 19 Dec: 21-24 (4), 28-31 (8), 4-8 Jan (13), 11-12 Jan (15).
    expect(complaintDeadlines("2026-12-19", cal)).toEqual({
      acknowledgeBy: "2026-12-21",
      resolveBy: "2027-01-12",
    });
  });

  it("follows the charter days set by the administrator", () => {
    expect(complaintDeadlines("2026-12-19", cal, { acknowledge: 2, resolve: 5 })).toEqual({
      acknowledgeBy: "2026-12-22",
      resolveBy: "2026-12-28",
    });
  });

  it("marks each step in time, late, open or overdue", () => {
    const open = { receivedDate: "2026-12-19", acknowledgedDate: null, resolvedDate: null };
    expect(complaintState(open, "2026-12-21", cal)).toMatchObject({ acknowledge: "open", overdue: false });
    expect(complaintState(open, "2026-12-22", cal)).toMatchObject({ acknowledge: "overdue", overdue: true });
    const late = { ...open, acknowledgedDate: "2026-12-23" };
    expect(complaintState(late, "2027-01-12", cal)).toMatchObject({
      acknowledge: "late",
      resolve: "open",
      overdue: false,
    });
    expect(complaintState(late, "2027-01-13", cal)).toMatchObject({ resolve: "overdue", overdue: true });
    const done = { ...open, resolvedDate: "2026-12-21" };
    expect(complaintState(done, "2027-02-01", cal)).toMatchObject({
      acknowledge: "inTime",
      resolve: "inTime",
      overdue: false,
    });
  });
});
