// Why: the agenda's reminders come back from their day until marked done (read through the index of waiting
// reminders only), each item stays in its pendamping's wilayah, and bad input is refused whole.
import { describe, expect, it } from "vitest";
import { AccessError, ValidationError } from "../../../renderer/db/errors";
import { agendaBetween, agendaRepo, remindersWaiting } from "../../../renderer/db/repositories/pkh/agenda";
import { sitesRepo } from "../../../renderer/db/repositories/sites";
import { agendaOrder, pendingReminder, remindersDue } from "../../../shared/domain/pkh/agenda";
import { actor, freshDb, siteInput } from "../helpers";

const item = (siteId: string, over: object = {}) => ({
  siteId,
  kind: "agenda",
  date: "2026-11-20",
  time: "09:00",
  title: "Pertemuan kelompok Mawar",
  place: "Balai Desa Condongcatur",
  note: "",
  reminder: "2026-11-18",
  done: false,
  ...over,
});

describe("agenda rules", () => {
  it("keeps a reminder waiting from its day until done, earliest first", () => {
    const items = [
      { date: "2026-11-25", time: "", reminder: "2026-11-18", done: false },
      { date: "2026-11-20", time: "09:00", reminder: "2026-11-17", done: false },
      { date: "2026-11-21", time: "", reminder: "2026-11-19", done: false },
      { date: "2026-11-19", time: "", reminder: "2026-11-10", done: true },
      { date: "2026-11-19", time: "", reminder: null, done: false },
    ];
    expect(remindersDue(items, "2026-11-18").map((a) => a.date)).toEqual(["2026-11-20", "2026-11-25"]);
    expect(remindersDue(items, "2026-11-17").map((a) => a.date)).toEqual(["2026-11-20"]);
    expect(pendingReminder({ reminder: "2026-11-18", done: false })).toBe("2026-11-18");
    expect(pendingReminder({ reminder: "2026-11-18", done: true })).toBeNull();
    expect(
      [
        { date: "2026-11-20", time: "" },
        { date: "2026-11-20", time: "08:00" },
        { date: "2026-11-19", time: "15:00" },
      ].sort(agendaOrder),
    ).toEqual([
      { date: "2026-11-19", time: "15:00" },
      { date: "2026-11-20", time: "08:00" },
      { date: "2026-11-20", time: "" },
    ]);
  });
});

describe("agenda repository", () => {
  it("reads the month by wilayah, shows waiting reminders only, and forgets a reminder once done", async () => {
    const db = freshDb();
    const admin = actor("pentadbir");
    const dpk = await sitesRepo(db).create(admin, siteInput("DPK", "Kecamatan Depok"));
    const mlt = await sitesRepo(db).create(admin, siteInput("MLT", "Kecamatan Mlati"));
    const rina = actor("ppk", [dpk.id]);
    const a = await agendaRepo(db).create(rina, item(dpk.id));
    await agendaRepo(db).create(
      rina,
      item(dpk.id, { date: "2026-12-02", title: "Verifikasi sekolah", reminder: null }),
    );
    expect(
      (await agendaBetween(db, rina, [dpk.id, mlt.id], "2026-11-01", "2026-11-30")).map((x) => x.title),
    ).toEqual(["Pertemuan kelompok Mawar"]);
    expect((await remindersWaiting(db, rina, "2026-11-18")).map((x) => x.id)).toEqual([a.id]);
    expect(await remindersWaiting(db, rina, "2026-11-17")).toEqual([]);
    const { id, rev, ...rest } = a;
    await agendaRepo(db).update(rina, id, rev, { ...rest, done: true });
    expect(await remindersWaiting(db, rina, "2026-11-30")).toEqual([]);
    expect((await agendaRepo(db).get(rina, a.id)).done).toBe(true);
    // Another wilayah's pendamping neither reads nor writes it.
    const budi = actor("ppk", [mlt.id], "u-budi");
    await expect(agendaRepo(db).get(budi, a.id)).rejects.toBeInstanceOf(AccessError);
    await expect(agendaRepo(db).create(budi, item(dpk.id))).rejects.toBeInstanceOf(AccessError);
    expect(await remindersWaiting(db, budi, "2026-11-30")).toEqual([]);
  });

  it("refuses a bad time or an empty title and saves nothing", async () => {
    const db = freshDb();
    const dpk = await sitesRepo(db).create(actor("pentadbir"), siteInput("DPK"));
    const rina = actor("ppk", [dpk.id]);
    const err = await agendaRepo(db)
      .create(rina, item(dpk.id, { time: "25:00", title: " " }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields).toEqual({ time: "v.pkh.time", title: "v.required" });
    expect(await db.pkhAgenda.count()).toBe(0);
  });
});
