// Why: a P2K2 session is stored only when the rules hold (curriculum, a group with members, attendance for exactly
// its roster, CKP for those present), stays in its pendamping's wilayah, and a refused save leaves nothing behind.
import { describe, expect, it } from "vitest";
import type { AppDB } from "../../../renderer/db/app-db";
import { AccessError, ValidationError } from "../../../renderer/db/errors";
import {
  absenteesBetween,
  p2k2Curriculum,
  p2k2Repo,
  rosterOf,
  sessionsBetween,
  siteSessions,
} from "../../../renderer/db/repositories/pkh/p2k2";
import { sitesRepo } from "../../../renderer/db/repositories/sites";
import { DEFAULT_P2K2_CURRICULUM } from "../../../shared/domain/pkh/p2k2";
import { actor, freshDb, siteInput } from "../helpers";

const meta = (id: string) => ({
  id,
  rev: 1,
  createdAt: "2026-11-01T00:00:00.000Z",
  createdBy: "u",
  updatedAt: "2026-11-01T00:00:00.000Z",
  updatedBy: "u",
  deletedAt: null as string | null,
});

/** A group with `n` households written directly (the register's screens are another engineer's). */
async function group(db: AppDB, siteId: string, id: string, n: number): Promise<string[]> {
  const row = { ...meta(id), siteId, name: `Kelompok ${id}`, desa: "", leaderId: null, leaderActive: true };
  await db.pkhGroups.add(row as unknown as Parameters<typeof db.pkhGroups.add>[0]);
  const ids = Array.from({ length: n }, (_, i) => `${id}-h${i + 1}`);
  await db.pkhHouseholds.bulkAdd(
    ids.map((hid, i) => ({
      ...meta(hid),
      siteId,
      kpmNo: `3404${id}${String(i + 1).padStart(3, "0")}`,
      groupId: id,
      nameTokens: [],
      headName: `Ibu ${i + 1}`,
      desa: "Condongcatur",
    })) as unknown as Parameters<typeof db.pkhHouseholds.bulkAdd>[0],
  );
  return ids;
}

const session = (siteId: string, groupId: string, over: object = {}) => ({
  siteId,
  groupId,
  moduleCode: "pengasuhan",
  sessionNo: 1,
  date: "2026-11-10",
  place: "Balai Desa Condongcatur",
  facilitator: "Rina Marlina",
  ...over,
});

async function setup() {
  const db = freshDb();
  const admin = actor("pentadbir");
  const dpk = await sitesRepo(db).create(admin, siteInput("DPK", "Kecamatan Depok"));
  const mlt = await sitesRepo(db).create(admin, siteInput("MLT", "Kecamatan Mlati"));
  const rina = actor("ppk", [dpk.id]);
  const mawar = await group(db, dpk.id, "mawar", 3);
  await group(db, dpk.id, "kosong", 0);
  const melati = await group(db, mlt.id, "melati", 2);
  return { db, dpk, mlt, rina, mawar, melati };
}

describe("P2K2 session repository", () => {
  it("plans a session, then records attendance and CKP for the roster in one save", async () => {
    const { db, dpk, rina, mawar } = await setup();
    const repo = p2k2Repo(db);
    const s = await repo.create(rina, session(dpk.id, "mawar"));
    expect(s.attendance).toEqual([]);
    expect((await rosterOf(db, dpk.id, "mawar")).map((r) => [r.name, r.desa])).toEqual([
      ["Ibu 1", "Condongcatur"],
      ["Ibu 2", "Condongcatur"],
      ["Ibu 3", "Condongcatur"],
    ]);
    const held = await repo.recordAttendance(
      rina,
      s.id,
      s.rev,
      [
        { kpmId: mawar[0]!, status: "hadir", note: "" },
        { kpmId: mawar[1]!, status: "alfa", note: "" },
        { kpmId: mawar[2]!, status: "sakit", note: "Demam" },
      ],
      [{ kpmId: mawar[0]!, checked: ["aktif", "paham-materi"], note: "" }],
    );
    expect(held.rev).toBe(2);
    expect(held.attendance.map((a) => a.status)).toEqual(["hadir", "alfa", "sakit"]);
    expect(held.ckp[0]!.checked).toEqual(["aktif", "paham-materi"]);
    const audit = (await db.audit.toArray()).filter((a) => a.recordId === s.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect((await sessionsBetween(db, rina, [dpk.id], "2026-11-01", "2026-11-30")).map((x) => x.id)).toEqual([
      s.id,
    ]);
    expect(await sessionsBetween(db, rina, [dpk.id], "2026-12-01", "2026-12-31")).toEqual([]);
  });

  it("refuses a group with no members, an unknown module and a session number beyond the module", async () => {
    const { db, dpk, rina } = await setup();
    const repo = p2k2Repo(db);
    const refused = async (input: object) => {
      const e = await repo.create(rina, input).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).fields;
    };
    expect(await refused(session(dpk.id, "kosong"))).toEqual({ groupId: "v.pkh.groupEmpty" });
    expect(await refused(session(dpk.id, "mawar", { moduleCode: "tidak-ada" }))).toEqual({
      moduleCode: "v.pkh.moduleUnknown",
    });
    expect(await refused(session(dpk.id, "mawar", { sessionNo: 5 }))).toEqual({
      sessionNo: 'v.pkh.sessionNumber|{"max":4}',
    });
    // A group of another wilayah is no group of this one.
    expect(await refused(session(dpk.id, "melati"))).toEqual({ groupId: "v.pkh.groupUnknown" });
    expect(await db.p2k2Sessions.count()).toBe(0);
    expect((await db.audit.toArray()).filter((a) => a.table === "p2k2Sessions")).toEqual([]);
  });

  it("refuses attendance for a non-member or a missing KPM, and CKP for an absentee, leaving the session as it was", async () => {
    const { db, dpk, rina, mawar, melati } = await setup();
    const repo = p2k2Repo(db);
    const s = await repo.create(rina, session(dpk.id, "mawar"));
    const all = mawar.map((kpmId) => ({ kpmId, status: "hadir" as const, note: "" }));
    const stranger = [...all, { kpmId: melati[0]!, status: "hadir" as const, note: "" }];
    const e1 = await repo.recordAttendance(rina, s.id, s.rev, stranger, []).catch((x: unknown) => x);
    expect((e1 as ValidationError).fields).toEqual({ "attendance.3": "v.pkh.notOnRoster" });
    const e2 = await repo.recordAttendance(rina, s.id, s.rev, all.slice(0, 2), []).catch((x: unknown) => x);
    expect((e2 as ValidationError).fields).toEqual({ attendance: 'v.pkh.attendanceMissing|{"count":1}' });
    const absent = all.map((a, i) => (i === 2 ? { ...a, status: "izin" as const } : a));
    const e3 = await repo
      .recordAttendance(rina, s.id, s.rev, absent, [{ kpmId: mawar[2]!, checked: ["aktif"], note: "" }])
      .catch((x: unknown) => x);
    expect((e3 as ValidationError).fields).toEqual({ "ckp.0": "v.pkh.ckpNotPresent" });
    const stored = await db.p2k2Sessions.get(s.id);
    expect(stored!.rev).toBe(1);
    expect(stored!.attendance).toEqual([]);
    expect((await db.audit.toArray()).filter((a) => a.recordId === s.id)).toHaveLength(1);
  });

  it("keeps a pendamping to their wilayah; a koordinator sees every wilayah", async () => {
    const { db, dpk, mlt, rina } = await setup();
    const repo = p2k2Repo(db);
    await expect(repo.create(rina, session(mlt.id, "melati"))).rejects.toBeInstanceOf(AccessError);
    const koordinator = actor("pkmd", [dpk.id, mlt.id]);
    const other = await repo.create(koordinator, session(mlt.id, "melati"));
    await expect(repo.get(rina, other.id)).rejects.toBeInstanceOf(AccessError);
    expect(await sessionsBetween(db, rina, [dpk.id, mlt.id], "2026-11-01", "2026-11-30")).toEqual([]);
    expect(await siteSessions(db, rina, mlt.id)).toEqual([]);
    expect((await siteSessions(db, koordinator, mlt.id)).map((s) => s.id)).toEqual([other.id]);
    await expect(repo.create(actor("pemerhati", [dpk.id]), session(dpk.id, "mawar"))).rejects.toBeInstanceOf(
      AccessError,
    );
  });

  it("lists the absentees of the wilayah's recent sessions for follow-up: alfa first, the latest session first", async () => {
    const { db, dpk, rina, mawar } = await setup();
    const repo = p2k2Repo(db);
    const statuses = async (
      date: string,
      sessionNo: number,
      list: ("hadir" | "sakit" | "izin" | "alfa")[],
    ) => {
      const s = await repo.create(rina, session(dpk.id, "mawar", { date, sessionNo }));
      const attendance = mawar.map((kpmId, i) => ({ kpmId, status: list[i]!, note: "" }));
      await repo.recordAttendance(rina, s.id, s.rev, attendance, []);
    };
    await statuses("2026-10-06", 1, ["alfa", "hadir", "izin"]);
    await statuses("2026-11-10", 2, ["hadir", "sakit", "alfa"]);
    await statuses("2026-06-02", 3, ["alfa", "alfa", "alfa"]);
    const list = await absenteesBetween(db, rina, dpk.id, "2026-08-18", "2026-11-18");
    expect(list.map((f) => [f.kpm.name, f.status, f.session.date])).toEqual([
      ["Ibu 3", "alfa", "2026-11-10"],
      ["Ibu 1", "alfa", "2026-10-06"],
      ["Ibu 3", "izin", "2026-10-06"],
      ["Ibu 2", "sakit", "2026-11-10"],
    ]);
    expect(await absenteesBetween(db, actor("ppk", ["lain"]), dpk.id, "2026-01-01", "2026-12-31")).toEqual(
      [],
    );
  });

  it("reads the curriculum from the office's PKH settings when they hold one", () => {
    expect(p2k2Curriculum(undefined)).toBe(DEFAULT_P2K2_CURRICULUM);
    const own = [{ code: "khusus", name: "Modul Khusus", sessions: 2, active: true }];
    expect(p2k2Curriculum({ pkh: { curriculum: own } })).toBe(own);
  });
});
