// Why: a KPM's complaint gets its number in the save, stays in the KPM's wilayah, takes follow-ups, is resolved only
// after one, and the open ones (and which are overdue) are read alone; bad input is refused whole.
import { describe, expect, it } from "vitest";
import { AccessError, ValidationError } from "../../../renderer/db/errors";
import {
  addFollowUp,
  complaintsOfKpm,
  complaintsOfSite,
  complaintsRepo,
  openComplaints,
  resolveComplaint,
} from "../../../renderer/db/repositories/pkh/complaints";
import { saveKpm } from "../../../renderer/db/repositories/pkh/kpm";
import { pkhCalendar, pkhComplaintDeadline } from "../../../shared/domain/pkh/complaints";
import { household, member, twoWilayah } from "./kpm-fixtures";

async function office() {
  const o = await twoWilayah();
  const kpm = await saveKpm(o.db, o.rina, { ...household(o.dpk.id), members: [member()] });
  return { ...o, kpm };
}

const complaint = (siteId: string, kpmId: string, over: object = {}) => ({
  siteId,
  kpmId,
  category: "pembayaran",
  receivedDate: "2026-10-01",
  description: "Bantuan tahap III belum masuk rekening.",
  followUps: [],
  resolvedDate: null,
  ...over,
});

describe("PKH complaints repository", () => {
  it("numbers complaints per year, follows them up, resolves them and reads the open ones alone", async () => {
    const { db, dpk, rina, kpm } = await office();
    const a = await complaintsRepo(db).create(rina, complaint(dpk.id, kpm.household.id));
    const b = await complaintsRepo(db).create(
      rina,
      complaint(dpk.id, kpm.household.id, { receivedDate: "2026-11-17", category: "data-kepesertaan" }),
    );
    expect([a.refNo, b.refNo]).toEqual(["PGD/2026/0001", "PGD/2026/0002"]);
    expect(a.openSince).toBe("2026-10-01");
    expect((await complaintsOfSite(db, rina, dpk.id)).map((c) => c.refNo)).toEqual([
      "PGD/2026/0002",
      "PGD/2026/0001",
    ]);

    // Resolving needs a follow-up first; nothing changes when refused.
    await expect(resolveComplaint(db, rina, a.id, a.rev, "2026-10-20")).rejects.toMatchObject({
      fields: { followUps: "v.pkh.resolveNeedsFollowUp" },
    });
    const followed = await addFollowUp(db, rina, a.id, a.rev, {
      date: "2026-10-05",
      action: "Dicek ke bank penyalur: rekening terblokir.",
      by: "Rina Marlina",
    });
    await expect(
      addFollowUp(db, rina, a.id, followed.rev, { date: "2026-09-30", action: "x", by: "Rina" }),
    ).rejects.toMatchObject({ fields: { "followUps.1.date": "v.pkh.beforeReceived" } });
    const done = await resolveComplaint(db, rina, a.id, followed.rev, "2026-10-20");
    expect(done.openSince).toBeNull();
    expect((await openComplaints(db, rina)).map((c) => c.refNo)).toEqual(["PGD/2026/0002"]);
    expect((await complaintsOfKpm(db, rina, kpm.household.id)).length).toBe(2);

    // Overdue: 15 working days from 17/11/2026 (Saturdays, Sundays off) fall on 08/12/2026.
    const cal = pkhCalendar({ holidays: [] });
    expect(pkhComplaintDeadline(b, "2026-12-08", cal, 15)).toMatchObject({
      dueBy: "2026-12-08",
      overdue: false,
    });
    expect(pkhComplaintDeadline(b, "2026-12-09", cal, 15).overdue).toBe(true);
  });

  it("refuses an unknown category, a KPM of another wilayah, a future date and another wilayah's pendamping", async () => {
    const { db, dpk, mlt, rina, tono, kpm } = await office();
    await expect(
      complaintsRepo(db).create(rina, complaint(dpk.id, kpm.household.id, { category: "lain" })),
    ).rejects.toMatchObject({ fields: { category: "v.pkh.categoryUnknown" } });
    await expect(complaintsRepo(db).create(tono, complaint(mlt.id, kpm.household.id))).rejects.toMatchObject({
      fields: { kpmId: "v.pkh.kpmUnknown" },
    });
    await expect(
      complaintsRepo(db).create(rina, complaint(dpk.id, kpm.household.id, { receivedDate: "2099-01-01" })),
    ).rejects.toThrow(ValidationError);
    await expect(
      complaintsRepo(db).create(rina, complaint(dpk.id, kpm.household.id, { description: " " })),
    ).rejects.toMatchObject({ fields: { description: "v.required" } });
    await expect(complaintsRepo(db).create(tono, complaint(dpk.id, kpm.household.id))).rejects.toThrow(
      AccessError,
    );
    expect(await db.pkhComplaints.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
  });
});
