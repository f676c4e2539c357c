// Why: the pure rules behind meetings, action items and needs: urgency order, counts, attendees, plans and programmes.
import { describe, expect, it } from "vitest";
import { byUrgency, countsByMeeting, isOpen } from "../../renderer/features/ppr/perjumpaan/action-items";
import {
  addFreeName,
  stakeholderIds,
  withOrganisation,
  withStakeholders,
} from "../../renderer/features/ppr/perjumpaan/attendees";
import { inputOf } from "../../renderer/features/ppr/perjumpaan/record-input";
import { actionItemFormSchema, meetingFormSchema } from "../../renderer/features/ppr/perjumpaan/form-schemas";
import {
  answeringProgrammes,
  byPriority,
  emptyStep,
  progress,
  withoutPlan,
} from "../../renderer/features/ppr/keperluan/needs";
import { actionPlanSchema, type NeedInput } from "../../shared/domain/community";

const today = "2026-11-20";

describe("action items", () => {
  it("puts overdue items first, then the earliest due date, and keeps ties in order", () => {
    const items = [
      { id: "a", dueDate: "2026-11-25", status: "belum" as const },
      { id: "b", dueDate: "2026-11-18", status: "selesai" as const },
      { id: "c", dueDate: "2026-11-19", status: "dalam-tindakan" as const },
      { id: "d", dueDate: "2026-11-21", status: "belum" as const },
      { id: "e", dueDate: "2026-11-10", status: "belum" as const },
      { id: "f", dueDate: "2026-11-21", status: "belum" as const },
    ];
    expect(byUrgency(items, today).map((i) => i.id)).toEqual(["e", "c", "b", "d", "f", "a"]);
  });
  it("an item due today is not overdue yet", () => {
    const items = [
      { id: "x", dueDate: today, status: "belum" as const },
      { id: "y", dueDate: "2026-11-19", status: "belum" as const },
    ];
    expect(byUrgency(items, today).map((i) => i.id)).toEqual(["y", "x"]);
  });
  it("counts open and overdue items per meeting, leaving done ones out", () => {
    const counts = countsByMeeting(
      [
        { meetingId: "m1", dueDate: "2026-11-01", status: "belum" },
        { meetingId: "m1", dueDate: "2026-12-01", status: "dalam-tindakan" },
        { meetingId: "m1", dueDate: "2026-11-01", status: "selesai" },
        { meetingId: "m2", dueDate: "2026-11-01", status: "selesai" },
      ],
      today,
    );
    expect(counts.get("m1")).toEqual({ open: 2, overdue: 1 });
    expect(counts.has("m2")).toBe(false);
    expect(isOpen({ status: "selesai" })).toBe(false);
    expect(isOpen({ status: "dalam-tindakan" })).toBe(true);
  });
});

describe("attendees", () => {
  const stakeholders = [
    { id: "s1", name: "Encik Rosli (Pengerusi PPR)" },
    { id: "s2", name: "Puan Lee (NGO Harapan)" },
  ];
  it("replaces the chosen stakeholders and keeps free names", () => {
    let a = addFreeName([], "  Mak  Cik Som ");
    a = withStakeholders(a, ["s2", "s1"], stakeholders);
    expect(a).toEqual([
      { stakeholderId: "s2", name: "Puan Lee (NGO Harapan)" },
      { stakeholderId: "s1", name: "Encik Rosli (Pengerusi PPR)" },
      { stakeholderId: null, name: "Mak Cik Som" },
    ]);
    a = withStakeholders(a, ["s1"], stakeholders);
    expect(stakeholderIds(a)).toEqual(["s1"]);
    expect(a).toHaveLength(2);
  });
  it("keeps a stakeholder who was deleted since (by the name recorded) and ignores unknown ids", () => {
    const a = withStakeholders(
      [{ stakeholderId: "old", name: "Tuan Haji Ali" }],
      ["old", "nope"],
      stakeholders,
    );
    expect(a).toEqual([{ stakeholderId: "old", name: "Tuan Haji Ali" }]);
  });
  it("ties an attendee to a directory organisation, kept while the stakeholder stays chosen", () => {
    let a = addFreeName(withStakeholders([], ["s1", "s2"], stakeholders), "Dr. Farah");
    a = withOrganisation(a, 0, "org-1");
    a = withOrganisation(a, 2, "org-2");
    expect(a.map((x) => x.organisationId ?? null)).toEqual(["org-1", null, "org-2"]);
    a = withStakeholders(a, ["s1"], stakeholders);
    expect(a).toEqual([
      { stakeholderId: "s1", name: "Encik Rosli (Pengerusi PPR)", organisationId: "org-1" },
      { stakeholderId: null, name: "Dr. Farah", organisationId: "org-2" },
    ]);
    a = withOrganisation(a, 0, null);
    expect(a[0]).toStrictEqual({ stakeholderId: "s1", name: "Encik Rosli (Pengerusi PPR)" });
  });
  it("does not add the same name twice or an empty name", () => {
    const a = addFreeName([{ stakeholderId: "s1", name: "Mak Cik Som" }], "mak cik som");
    expect(a).toHaveLength(1);
    expect(addFreeName(a, "   ")).toHaveLength(1);
  });
});

describe("forms", () => {
  const meeting = {
    siteId: "s",
    date: "",
    time: "20:00",
    type: "perjumpaan",
    venue: "Dewan Serbaguna",
    attendees: [],
    agenda: "",
    minutes: "",
    decisions: "",
  };
  it("a meeting without a date says the date is required", () => {
    const r = meetingFormSchema.safeParse(meeting);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ["date"], message: "v.required" });
    expect(meetingFormSchema.safeParse({ ...meeting, date: "2026-02-30" }).error!.issues[0]!.message).toBe(
      "v.date",
    );
    expect(meetingFormSchema.safeParse({ ...meeting, date: "2026-11-13" }).success).toBe(true);
  });
  it("a meeting has a start time, written 24-hour", () => {
    const at = (time: string) =>
      meetingFormSchema.safeParse({ ...meeting, date: "2026-11-13", time }).error?.issues[0]?.message;
    expect(at("")).toBe("v.required");
    expect(at("25:00")).toBe("v.time");
    expect(at("8pm")).toBe("v.time");
    expect(at("20:30")).toBeUndefined();
  });
  it("an action item needs an owner and a due date", () => {
    const r = actionItemFormSchema.safeParse({
      meetingId: "m",
      siteId: "s",
      text: "Hubungi Majlis Perbandaran",
      ownerKind: "pengguna",
      ownerId: "",
      dueDate: "",
      status: "belum",
    });
    // The form shows each field's first issue, as the resolver does with errorPriority "first".
    const byPath = Object.fromEntries(r.error!.issues.reverse().map((i) => [i.path.join("."), i.message]));
    expect(byPath).toMatchObject({ ownerId: "v.required", dueDate: "v.required" });
  });
  it("takes a record's metadata off before editing", () => {
    const record = {
      id: "0123456789",
      createdAt: "x",
      createdBy: "u",
      updatedAt: "x",
      updatedBy: "u",
      rev: 3,
      deletedAt: null,
      problem: "Lif rosak",
    };
    expect(inputOf(record)).toEqual({ problem: "Lif rosak" });
  });
});

describe("needs and plans", () => {
  const need = (
    id: string,
    priority: NeedInput["priority"],
    status: NeedInput["status"] = "dikenal-pasti",
    createdAt = "2026-01-01",
  ) => ({ id, priority, status, createdAt });
  it("orders by priority, then the oldest first", () => {
    const out = byPriority([
      need("a", "rendah"),
      need("b", "tinggi", "dikenal-pasti", "2026-02-01"),
      need("c", "tinggi", "dikenal-pasti", "2026-01-15"),
      need("d", "sederhana"),
    ]);
    expect(out.map((n) => n.id)).toEqual(["c", "b", "d", "a"]);
  });
  it("lists open needs with no live plan", () => {
    const needs = [
      need("a", "tinggi"),
      need("b", "tinggi", "selesai"),
      need("c", "rendah"),
      need("d", "sederhana"),
    ];
    const plans = [
      { needId: "a", deletedAt: null },
      { needId: "d", deletedAt: "2026-03-01T00:00:00Z" },
    ];
    expect(withoutPlan(needs, plans).map((n) => n.id)).toEqual(["d", "c"]);
  });
  it("answers a need with programmes made for it and those the plan links, each once", () => {
    const progs = [
      { id: "p1", needId: "n1", startDate: "2026-05-01" },
      { id: "p2", needId: null, startDate: "2026-03-01" },
      { id: "p3", needId: "n2", startDate: "2026-01-01" },
      { id: "p4", needId: "n1", startDate: "2026-02-01" },
    ];
    expect(answeringProgrammes("n1", { programmeIds: ["p2", "p1"] }, progs).map((p) => p.id)).toEqual([
      "p4",
      "p2",
      "p1",
    ]);
    expect(answeringProgrammes("n1", null, progs).map((p) => p.id)).toEqual(["p4", "p1"]);
  });
  it("refuses a step that ends before it starts, and a plan with no steps", () => {
    const plan = {
      needId: "n",
      siteId: "s",
      steps: [{ ...emptyStep(), text: "Mesyuarat dengan JMB", from: "2026-11-10", to: "2026-11-01" }],
      programmeIds: [],
    };
    const r = actionPlanSchema.safeParse(plan);
    expect(r.error!.issues[0]).toMatchObject({ path: ["steps", 0, "to"], message: "v.endBeforeStart" });
    expect(actionPlanSchema.safeParse({ ...plan, steps: [] }).error!.issues[0]!.message).toBe(
      "v.planNeedsStep",
    );
    expect(progress([{ done: true }, { done: false }])).toEqual({ done: 1, total: 2 });
  });
});
