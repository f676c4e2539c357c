// Why: the directory kept fresh: "Perlu disemak" lists never-confirmed and stale entries (12 months or the office's
// setting) oldest first, confirming is one audited action, and a merge moves every reference (referral, programme,
// meeting attendee, KPN tour) onto the kept entry and back again when the merged entry is restored from the Tong Sampah,
// with the monthly tallies untouched.
import { beforeEach, describe, expect, it } from "vitest";
import type { AppDB } from "../../renderer/db/app-db";
import { loadDemo } from "../../renderer/db/demo";
import { listBin, restoreFromBin } from "../../renderer/db/recycle-bin";
import { organisationsRepo } from "../../renderer/db/repositories/directory";
import {
  mergeOrganisations,
  referenceCounts,
  type MergedOrganisation,
} from "../../renderer/db/repositories/directory-merge";
import {
  confirmOrganisation,
  countToReview,
  entriesToReview,
  reviewMonthsOf,
} from "../../renderer/db/repositories/directory-review";
import { updateDirectorySettings } from "../../renderer/db/repositories/office";
import { todayIn } from "../../shared/domain/dates";
import { DEFAULT_REVIEW_MONTHS } from "../../shared/domain/directory";
import { actor, FAST_ITERATIONS, freshDb } from "./helpers";

const pkmd = actor("pkmd");
const ppk = actor("ppk", ["s1"]);
const auditOf = (db: AppDB, id: string) =>
  db.audit.where("[table+recordId]").equals(["organisations", id]).sortBy("id");
const meta = (id: string) => ({
  id,
  createdAt: "2026-01-05T01:00:00.000Z",
  createdBy: "u1",
  updatedAt: "2026-01-05T01:00:00.000Z",
  updatedBy: "u1",
  rev: 1,
  deletedAt: null,
});

async function org(db: AppDB, name: string, confirmedAt: string | null, extra: object = {}) {
  return organisationsRepo(db).create(pkmd, { name, kind: "ngo", phone: "", confirmedAt, ...extra });
}

describe("Perlu disemak", () => {
  let db: AppDB;
  beforeEach(() => {
    db = freshDb();
  });

  it("lists never-confirmed and stale entries, oldest first, through the review index; deleted ones left out", async () => {
    // Unit tests run on 18/11/2026: the 12-month cutoff is 18/11/2025.
    expect(todayIn()).toBe("2026-11-18");
    const fresh = await org(db, "Persatuan Baru", "2026-03-01");
    const edge = await org(db, "Persatuan Tepat", "2025-11-18");
    const stale = await org(db, "Persatuan Lama", "2025-11-17");
    const older = await org(db, "Persatuan Paling Lama", "2023-01-09");
    const never = await org(db, "Persatuan Belum", null);
    const gone = await org(db, "Persatuan Dipadam", null);
    await organisationsRepo(db).softDelete(pkmd, gone.id, gone.rev);

    const list = await entriesToReview(db, DEFAULT_REVIEW_MONTHS);
    expect(list.map((o) => o.name)).toEqual(["Persatuan Belum", "Persatuan Paling Lama", "Persatuan Lama"]);
    expect(await countToReview(db, DEFAULT_REVIEW_MONTHS)).toBe(3);
    // A 6-month setting (cutoff 18/05/2026) takes in the entries confirmed a year ago and in March as well.
    expect((await entriesToReview(db, 6)).map((o) => o.id)).toEqual([
      never.id,
      older.id,
      stale.id,
      edge.id,
      fresh.id,
    ]);
    expect((await entriesToReview(db, 12)).map((o) => o.id)).not.toContain(fresh.id);
  });

  it("confirms in one audited action: today, off the list", async () => {
    const never = await org(db, "Pusat Jagaan Kasih", null);
    const saved = await confirmOrganisation(db, ppk, never.id);
    expect(saved).toMatchObject({ confirmedAt: "2026-11-18", reviewKey: "2026-11-18", rev: never.rev + 1 });
    expect(await countToReview(db, 12)).toBe(0);
    const rows = await auditOf(db, never.id);
    expect(rows.map((r) => r.action)).toEqual(["create", "confirm"]);
    expect(rows[1]).toMatchObject({
      table: "organisations",
      actorId: ppk.userId,
      label: "Pusat Jagaan Kasih",
    });
    expect((rows[1]!.before as { confirmedAt: null }).confirmedAt).toBeNull();
    await expect(confirmOrganisation(db, actor("pemerhati"), never.id)).rejects.toThrow();
  });

  it("keeps the review period in the office settings, 1 to 60 months", async () => {
    await loadDemo(db, FAST_ITERATIONS);
    const office = (await db.office.get("office"))!;
    expect(reviewMonthsOf(office)).toBe(12);
    const admin = actor("pentadbir");
    await expect(updateDirectorySettings(db, admin, office.rev, { reviewMonths: 61 })).rejects.toMatchObject({
      fields: { reviewMonths: "v.reviewMonthsRange" },
    });
    await expect(updateDirectorySettings(db, admin, office.rev, { reviewMonths: 0 })).rejects.toThrow();
    const saved = await updateDirectorySettings(db, admin, office.rev, { reviewMonths: 24 });
    expect(reviewMonthsOf(saved)).toBe(24);
    // The demo's every fourth entry was last confirmed over a year ago; 24 months lists fewer.
    expect(await countToReview(db, 24)).toBeLessThan(await countToReview(db, 12));
  });
});

describe("merging two entries", () => {
  it("moves every reference onto the kept entry in one step, and the Tong Sampah moves them back", async () => {
    const db = freshDb();
    await loadDemo(db, FAST_ITERATIONS);
    const referred = await db.referrals.toArray();
    const keepId = referred[0]!.organisationId;
    const mergeId = referred.find((r) => r.organisationId !== keepId)!.organisationId;
    const [keep, merged] = (await db.organisations.bulkGet([keepId, mergeId])) as [
      MergedOrganisation,
      MergedOrganisation,
    ];
    const referralsOf = async (id: string) =>
      (await db.referrals.where("organisationId").equals(id).primaryKeys()).sort();
    const keptReferrals = await referralsOf(keepId);
    const mergedReferrals = await referralsOf(mergeId);
    expect(mergedReferrals.length).toBeGreaterThan(0);

    // A programme with both as partners, one with the merged entry only, a meeting where two attendees came for the
    // merged entry and one for the kept one, and a KPN tour with the merged entry as partner.
    const p1 = { ...meta("prog-1"), siteId: "s1", startDate: "2026-01-05", partnerIds: [mergeId, keepId] };
    const p2 = { ...meta("prog-2"), siteId: "s1", startDate: "2026-01-05", partnerIds: [mergeId] };
    await db.table("programmes").bulkAdd([p1, p2]);
    const meeting = { ...meta("meet-1"), siteId: "s1", date: "2026-01-05" };
    const tour = { ...meta("tour-1"), date: "2026-01-05", status: "dirancang", partnerIds: [mergeId] };
    await db.table("tours").add(tour);
    const attendees = [
      { stakeholderId: null, name: "Encik Ali", organisationId: mergeId },
      { stakeholderId: null, name: "Puan Siti", organisationId: keepId },
      { stakeholderId: null, name: "Cik Mei", organisationId: mergeId },
      { stakeholderId: null, name: "Encik Raju" },
    ];
    await db.table("meetings").add({ ...meeting, attendees, organisationIds: [mergeId, keepId] });
    // The directory references stored on programmes and meeting attendees (migration 13), read as stored.
    type Refs = { partnerIds?: string[]; attendees: { organisationId?: string | null }[] };
    const snapshot = async () => ({
      programmes: (await db.programmes.bulkGet([p1.id, p2.id])) as unknown as (Refs | undefined)[],
      meeting: (await db.meetings.get(meeting.id)) as unknown as Refs | undefined,
      tour: await db.tours.get(tour.id),
    });
    const beforeMerge = await snapshot();
    const tallies = await db.statTallies.toArray();

    await expect(
      mergeOrganisations(db, ppk, { id: keepId, rev: keep.rev }, { id: mergeId, rev: merged.rev }),
    ).rejects.toThrow();
    await expect(
      mergeOrganisations(db, pkmd, { id: keepId, rev: keep.rev }, { id: mergeId, rev: merged.rev - 1 }),
    ).rejects.toThrow();
    await mergeOrganisations(db, pkmd, { id: keepId, rev: keep.rev }, { id: mergeId, rev: merged.rev });

    expect(await referralsOf(mergeId)).toEqual([]);
    expect(await referralsOf(keepId)).toEqual([...keptReferrals, ...mergedReferrals].sort());
    expect(await referenceCounts(db, mergeId)).toEqual({
      referrals: 0,
      programmes: 0,
      meetings: 0,
      tours: 0,
    });
    const after = await snapshot();
    expect(after.programmes.map((p) => p!.partnerIds)).toEqual([[keepId], [keepId]]);
    expect(after.meeting!.attendees.map((a) => a.organisationId)).toEqual([
      keepId,
      keepId,
      keepId,
      undefined,
    ]);
    expect((after.meeting as unknown as { organisationIds: string[] }).organisationIds).toEqual([keepId]);
    expect(after.tour!.partnerIds).toEqual([keepId]);
    expect(after.tour!.rev).toBe(tour.rev + 1);
    const gone = (await db.organisations.get(mergeId)) as MergedOrganisation;
    expect(gone.deletedAt).not.toBeNull();
    expect(gone.mergedInto?.into).toBe(keepId);
    const audit = await auditOf(db, mergeId).then((rows) => rows.at(-1));
    expect(audit).toMatchObject({ action: "merge", table: "organisations" });
    expect((audit!.after as MergedOrganisation).mergedInto?.moved).toMatchObject({
      referrals: expect.arrayContaining(mergedReferrals),
      programmes: [
        { id: p1.id, before: [mergeId, keepId] },
        { id: p2.id, before: [mergeId] },
      ],
      meetings: [{ id: meeting.id, attendees: [0, 2] }],
      tours: [{ id: tour.id, before: [mergeId] }],
    });
    // Referral tallies are per site and month; which organisation a referral names changes none of them.
    expect(await db.statTallies.toArray()).toEqual(tallies);

    const entry = (await listBin(db, pkmd)).find((b) => b.id === mergeId)!;
    expect(entry.label).toBe(`${merged.name} (digabungkan ke ${keep.name})`);
    await expect(restoreFromBin(db, ppk, "organisations", mergeId)).rejects.toThrow();
    await restoreFromBin(db, pkmd, "organisations", mergeId);

    expect(await referralsOf(mergeId)).toEqual(mergedReferrals);
    expect(await referralsOf(keepId)).toEqual(keptReferrals);
    const undone = await snapshot();
    expect(undone.programmes.map((p) => p!.partnerIds)).toEqual(
      beforeMerge.programmes.map((p) => p!.partnerIds),
    );
    expect(undone.meeting!.attendees).toEqual(attendees);
    expect((undone.meeting as unknown as { organisationIds: string[] }).organisationIds).toEqual([
      mergeId,
      keepId,
    ]);
    expect(undone.tour!.partnerIds).toEqual([mergeId]);
    const back = (await db.organisations.get(mergeId)) as MergedOrganisation;
    expect(back.deletedAt).toBeNull();
    expect(back.mergedInto).toBeUndefined();
    expect(await db.statTallies.toArray()).toEqual(tallies);
  });

  it("lets the kept entry take chosen details of the other, and puts them back on undo", async () => {
    const db = freshDb();
    const kept = await org(db, "Pusat Jagaan Kasih Sayang", "2026-10-01", { phone: "03-5555 1234" });
    const other = await org(db, "Pusat Jagaan Kasih Sayang Bhd", null, {
      phone: "03-5555 1234",
      area: "Mukim Petaling",
      head: "Puan Rosnah",
    });
    await mergeOrganisations(db, pkmd, kept, other, ["area", "head"]);
    const after = (await db.organisations.get(kept.id))!;
    expect(after).toMatchObject({
      name: kept.name,
      area: "Mukim Petaling",
      head: "Puan Rosnah",
      rev: kept.rev + 1,
    });
    expect(after.confirmedAt).toBe("2026-10-01");
    const rows = await auditOf(db, kept.id);
    expect(rows.map((r) => r.action)).toEqual(["create", "update"]);
    // A bad value the other held is refused like any edit, and nothing moves.
    const third = await org(db, "Pusat Jagaan Kasih Sayang (Cawangan)", null);
    await db.table("organisations").update(third.id, { email: "bukan emel" });
    const fresh = (await db.organisations.get(kept.id))!;
    await expect(
      mergeOrganisations(db, pkmd, fresh, { id: third.id, rev: third.rev }, ["email"]),
    ).rejects.toMatchObject({
      fields: { email: "v.email" },
    });
    expect((await db.organisations.get(third.id))!.deletedAt).toBeNull();

    await restoreFromBin(db, pkmd, "organisations", other.id);
    const undone = (await db.organisations.get(kept.id))!;
    expect(undone).toMatchObject({ area: "", head: "", rev: after.rev + 1, updatedBy: pkmd.userId });
    expect((await db.organisations.get(other.id))!.deletedAt).toBeNull();
  });

  it("refuses merging an entry with itself", async () => {
    const db = freshDb();
    const a = await org(db, "Kelab Belia Harapan", null);
    await expect(mergeOrganisations(db, pkmd, a, a)).rejects.toMatchObject({ key: "e.direktori.mergeSame" });
  });
});
