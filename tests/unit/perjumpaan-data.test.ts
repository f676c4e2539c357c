// Why: the reads behind the home-screen panels: the user's open and overdue action items, and needs with no plan.
import { describe, expect, it } from "vitest";
import { overdueActionItems } from "../../renderer/features/ppr/perjumpaan/counts";
import { myOpenActionItems, meetingsOfSite } from "../../renderer/features/ppr/perjumpaan/meetings-data";
import { needsOfSite, needsWithoutPlan } from "../../renderer/features/ppr/keperluan/needs-data";
import {
  actionItemsRepo,
  actionPlansRepo,
  meetingsRepo,
  needsRepo,
} from "../../renderer/db/repositories/community";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { AccessError, ValidationError } from "../../renderer/db/errors";
import { actor, freshDb, siteInput } from "./helpers";

async function setup() {
  const db = freshDb();
  const admin = actor("pentadbir");
  const a = await sitesRepo(db).create(admin, siteInput("SPH"));
  const b = await sitesRepo(db).create(admin, siteInput("TPD"));
  const ppk = actor("ppk", [a.id], "u-ppk");
  const other = actor("ppk", [b.id], "u-other");
  const meeting = (siteId: string, date: string) =>
    meetingsRepo(db).create(admin, {
      siteId,
      date,
      time: "20:00",
      type: "perjumpaan",
      venue: "Dewan Serbaguna",
      attendees: [{ stakeholderId: null, name: "Mak Cik Som" }],
      agenda: "",
      minutes: "",
      decisions: "",
    });
  const item = (m: { id: string; siteId: string }, ownerId: string, dueDate: string, status = "belum") =>
    actionItemsRepo(db).create(admin, {
      meetingId: m.id,
      siteId: m.siteId,
      text: `Tindakan ${dueDate}`,
      ownerKind: "pengguna",
      ownerId,
      dueDate,
      status,
    });
  return { db, admin, a, b, ppk, other, meeting, item };
}

describe("my action items", () => {
  it("counts only my open, overdue items of live meetings at sites I see", async () => {
    const { db, admin, a, b, ppk, meeting, item } = await setup();
    const m1 = await meeting(a.id, "2026-11-01");
    const m2 = await meeting(a.id, "2026-11-05");
    const mB = await meeting(b.id, "2026-11-01");
    await item(m1, "u-ppk", "2026-11-10"); // overdue
    await item(m1, "u-ppk", "2026-11-19", "dalam-tindakan"); // overdue
    await item(m1, "u-ppk", "2026-11-20"); // due today: not overdue
    await item(m1, "u-ppk", "2026-11-02", "selesai"); // done
    await item(m1, "u-other", "2026-11-02"); // someone else's
    await item(mB, "u-ppk", "2026-11-02"); // a site I no longer see
    const gone = await item(m2, "u-ppk", "2026-11-06");
    const deletedMeeting = await meeting(a.id, "2026-10-01");
    await item(deletedMeeting, "u-ppk", "2026-10-02");
    await meetingsRepo(db).softDelete(admin, deletedMeeting.id, deletedMeeting.rev);
    await actionItemsRepo(db).softDelete(admin, gone.id, gone.rev);

    expect(await overdueActionItems(db, ppk, "2026-11-20")).toBe(2);
    const mine = await myOpenActionItems(db, ppk);
    expect(mine.map((x) => x.item.dueDate).sort()).toEqual(["2026-11-10", "2026-11-19", "2026-11-20"]);
    expect(mine[0]!.site?.code).toBe("SPH");
  });
  it("refuses an item due before its meeting, and lists a site's meetings newest first with counts", async () => {
    const { db, a, ppk, other, meeting, item } = await setup();
    const m1 = await meeting(a.id, "2026-11-01");
    const m2 = await meeting(a.id, "2026-11-08");
    await expect(item(m2, "u-ppk", "2026-11-07")).rejects.toBeInstanceOf(ValidationError);
    await item(m1, "u-ppk", "2026-11-02");
    await item(m1, "u-ppk", "2026-11-30");
    const rows = await meetingsOfSite(db, ppk, a.id, "2026-11-20");
    expect(rows.map((r) => r.meeting.date)).toEqual(["2026-11-08", "2026-11-01"]);
    expect(rows[1]!.counts).toEqual({ open: 2, overdue: 1 });
    expect(rows[0]!.counts).toEqual({ open: 0, overdue: 0 });
    await expect(meetingsOfSite(db, other, a.id, "2026-11-20")).rejects.toBeInstanceOf(AccessError);
  });
});

describe("needs without a plan", () => {
  it("lists open needs of my sites with no plan, and the register shows plan and meeting", async () => {
    const { db, admin, a, b, ppk, meeting } = await setup();
    const m = await meeting(a.id, "2026-11-01");
    const need = (
      siteId: string,
      problem: string,
      priority: string,
      status = "dikenal-pasti",
      raisedInMeetingId: string | null = null,
    ) => needsRepo(db).create(admin, { siteId, problem, evidence: "", raisedInMeetingId, priority, status });
    const lift = await need(a.id, "Lif Blok A kerap rosak", "tinggi", "dikenal-pasti", m.id);
    await need(a.id, "Kelas tuisyen untuk anak-anak", "rendah");
    await need(a.id, "Sampah tidak dikutip", "tinggi", "selesai");
    await need(b.id, "Tiada taman permainan", "tinggi");
    const planned = await need(a.id, "Warga emas tinggal seorang", "sederhana");
    await actionPlansRepo(db).create(admin, {
      needId: planned.id,
      siteId: a.id,
      steps: [{ text: "Senarai warga emas", partner: "", from: "", to: "", done: false }],
      programmeIds: [],
    });
    const list = await needsWithoutPlan(db, ppk);
    expect(list.map((x) => x.need.problem)).toEqual([
      "Lif Blok A kerap rosak",
      "Kelas tuisyen untuk anak-anak",
    ]);
    const rows = await needsOfSite(db, ppk, a.id);
    expect(rows).toHaveLength(4);
    const liftRow = rows.find((r) => r.need.id === lift.id)!;
    expect(liftRow.meeting?.id).toBe(m.id);
    expect(liftRow.plan).toBeUndefined();
    expect(rows.find((r) => r.need.id === planned.id)!.plan).toBeDefined();
  });
});
