// Why: PKH complaints: editable categories, status from the follow-ups, a deadline in working days (Indonesian weekend, office holidays) and the overdue flag on a given date.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PKH_COMPLAINT_SETTINGS,
  PKH_WEEKEND,
  categoryProblem,
  pkhComplaintDeadline,
  pkhComplaintSchema,
  pkhComplaintSettingsSchema,
  pkhComplaintStatus,
} from "../../../shared/domain/pkh/complaints";
import type { OfficeCalendar } from "../../../shared/domain/working-days";

// December 2026: the 4th is a Friday; the 25th (Natal) a holiday.
const cal: OfficeCalendar = { weekend: PKH_WEEKEND, holidays: ["2026-12-25"] };
const complaint = {
  kpmId: "k1",
  category: "pembayaran",
  receivedDate: "2026-12-04",
  description: "Bantuan tahap IV belum diterima",
  followUps: [],
  resolvedDate: null,
};

describe("PKH complaint settings", () => {
  it("start with four categories and 15 working days", () => {
    expect(pkhComplaintSettingsSchema.safeParse(DEFAULT_PKH_COMPLAINT_SETTINGS).success).toBe(true);
    expect(DEFAULT_PKH_COMPLAINT_SETTINGS.categories.map((c) => c.code)).toEqual([
      "pembayaran",
      "data-kepesertaan",
      "layanan-pendamping",
      "lain-lain",
    ]);
  });

  it("refuse no active category, a category twice and a deadline of 0 days", () => {
    const cats = DEFAULT_PKH_COMPLAINT_SETTINGS.categories;
    const none = { categories: cats.map((c) => ({ ...c, active: false })), deadlineDays: 15 };
    expect(pkhComplaintSettingsSchema.safeParse(none).error?.issues[0]?.message).toBe("v.pkh.categoryNone");
    const twice = { categories: [cats[0], cats[0]], deadlineDays: 15 };
    expect(pkhComplaintSettingsSchema.safeParse(twice).error?.issues[0]?.message).toBe("v.pkh.categoryTwice");
    const zero = { categories: cats, deadlineDays: 0 };
    expect(pkhComplaintSettingsSchema.safeParse(zero).error?.issues[0]?.message).toBe("v.pkh.deadlineDays");
  });

  it("offer only active categories for a new complaint, keep retired ones on old ones", () => {
    const cats = DEFAULT_PKH_COMPLAINT_SETTINGS.categories.map((c) =>
      c.code === "lain-lain" ? { ...c, active: false } : c,
    );
    expect(categoryProblem("pembayaran", cats, true)).toBeNull();
    expect(categoryProblem("lain-lain", cats, true)).toBe("v.pkh.categoryUnknown");
    expect(categoryProblem("lain-lain", cats, false)).toBeNull();
    expect(categoryProblem("x", cats, false)).toBe("v.pkh.categoryUnknown");
  });
});

describe("PKH complaint", () => {
  const followUp = { date: "2026-12-07", action: "Dicek ke kantor pos", by: "Siti" };

  it("is baru, then diproses with a follow-up, then selesai", () => {
    expect(pkhComplaintStatus(complaint)).toBe("baru");
    expect(pkhComplaintStatus({ followUps: [followUp], resolvedDate: null })).toBe("diproses");
    expect(pkhComplaintStatus({ followUps: [followUp], resolvedDate: "2026-12-08" })).toBe("selesai");
  });

  it("refuses resolving without a follow-up and dates before receipt", () => {
    expect(pkhComplaintSchema.safeParse(complaint).success).toBe(true);
    const noFollowUp = pkhComplaintSchema.safeParse({ ...complaint, resolvedDate: "2026-12-08" });
    expect(noFollowUp.error?.issues.map((i) => i.message)).toEqual(["v.pkh.resolveNeedsFollowUp"]);
    const early = pkhComplaintSchema.safeParse({
      ...complaint,
      followUps: [{ ...followUp, date: "2026-12-01" }],
      resolvedDate: "2026-12-02",
    });
    expect(early.error?.issues.map((i) => i.message)).toEqual([
      "v.pkh.beforeReceived",
      "v.pkh.beforeReceived",
    ]);
  });

  it("is due after the setting's working days, skipping the weekend and holidays", () => {
    // From Friday 4 December, 15 working days: 7-11, 14-18, 21-24, 28 (25th a holiday).
    expect(pkhComplaintDeadline(complaint, "2026-12-04", cal, 15).dueBy).toBe("2026-12-28");
    expect(pkhComplaintDeadline(complaint, "2026-12-04", cal, 1).dueBy).toBe("2026-12-07");
  });

  it("is overdue only when still open after its deadline", () => {
    expect(pkhComplaintDeadline(complaint, "2026-12-28", cal, 15)).toMatchObject({
      state: "open",
      overdue: false,
    });
    expect(pkhComplaintDeadline(complaint, "2026-12-29", cal, 15)).toMatchObject({
      state: "overdue",
      overdue: true,
    });
    const late = { ...complaint, resolvedDate: "2026-12-29" };
    expect(pkhComplaintDeadline(late, "2027-01-05", cal, 15)).toMatchObject({
      state: "late",
      overdue: false,
    });
    const inTime = { ...complaint, resolvedDate: "2026-12-28" };
    expect(pkhComplaintDeadline(inTime, "2027-01-05", cal, 15)).toMatchObject({
      state: "inTime",
      overdue: false,
    });
  });
});
