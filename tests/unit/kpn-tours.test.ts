// Why: saveTour enforces every roadmap rule below the screens and writes a tour with its checkpoints all or nothing.
import { describe, expect, it } from "vitest";
import type { AppDB } from "../../renderer/db/app-db";
import { ValidationError } from "../../renderer/db/errors";
import { listBin, restoreFromBin } from "../../renderer/db/recycle-bin";
import {
  saveTour,
  toursRepo,
  toursBetween,
  tourWithCheckpoints,
  type TourDraft,
} from "../../renderer/db/repositories/kpn/tours";
import type { CheckpointDraft } from "../../shared/domain/kpn/tour-check";
import type { TeamMember } from "../../shared/domain/kpn/team";
import { actor, freshDb } from "./helpers";

const pkmd = actor("pkmd");
const DAY = "2026-11-25";
const person = (name: string, role: TeamMember["role"], grade = "S19", userId: string | null = null) => ({
  userId,
  name,
  role,
  grade,
});
const team = (leaderGrade = "S29", extra = 2) => [
  person("Aminah binti Said", "ketua", leaderGrade, "u-aminah"),
  ...Array.from({ length: extra }, (_, i) => person(`Petugas Nombor ${i + 1}`, i ? "pemandu" : "pembantu")),
];
const stop = (name: string, start: string, end: string, date = DAY): CheckpointDraft => ({
  id: null,
  name,
  locationType: "pasar",
  address: "Jalan Kerinchi",
  date,
  start,
  end,
});
const three = () => [
  stop("Pasar Tani", "09:00", "11:00"),
  stop("Masjid", "11:00", "13:00"),
  stop("PPR", "14:00", "16:00"),
];
const tour = (over: Partial<TourDraft> = {}): TourDraft => ({
  date: DAY,
  team: team(),
  vehicle: { kind: "ukp", registration: "WXY 1234" },
  stockLoaded: { beras: 10, minyak: 10, tepung: 10, gula: 10 },
  ...over,
});

async function refusal(p: Promise<unknown>): Promise<Record<string, string>> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).fields;
}

const counts = async (db: AppDB) => ({
  tours: await db.tours.count(),
  checkpoints: await db.checkpoints.count(),
  audit: await db.audit.count(),
});

describe("saveTour rules", () => {
  it("saves a tour with three checkpoints in order, read back by week and by id", async () => {
    const db = freshDb();
    const saved = await saveTour(db, pkmd, tour(), three());
    expect(saved.checkpoints.map((c) => [c.order, c.name, c.tourId])).toEqual([
      [1, "Pasar Tani", saved.tour.id],
      [2, "Masjid", saved.tour.id],
      [3, "PPR", saved.tour.id],
    ]);
    expect((await tourWithCheckpoints(db, saved.tour.id)).checkpoints).toHaveLength(3);
    expect((await toursBetween(db, "2026-11-23", "2026-11-29")).map((t) => t.tour.id)).toEqual([
      saved.tour.id,
    ]);
    expect(await toursBetween(db, "2026-11-30", "2026-12-06")).toEqual([]);
    const audit = await db.audit.toArray();
    expect(audit.map((a) => `${a.table}.${a.action}`).sort()).toEqual([
      "checkpoints.create",
      "checkpoints.create",
      "checkpoints.create",
      "tours.create",
    ]);
  });

  it("refuses a team of 2 and of 7, and a role that may not plan", async () => {
    const db = freshDb();
    expect((await refusal(saveTour(db, pkmd, tour({ team: team("S29", 1) }), three()))).team).toBe(
      'v.kpn.teamSize|{"min":3,"max":6,"count":2}',
    );
    expect((await refusal(saveTour(db, pkmd, tour({ team: team("S29", 6) }), three()))).team).toMatch(
      /^v\.kpn\.teamSize\|.*"count":7/,
    );
    await expect(saveTour(db, actor("ppk"), tour(), three())).rejects.toMatchObject({ key: "e.forbidden" });
    expect(await counts(db)).toEqual({ tours: 0, checkpoints: 0, audit: 0 });
  });

  it("refuses a leader below S29, and keeps an override with its reason in the audit log", async () => {
    const db = freshDb();
    const fields = await refusal(saveTour(db, pkmd, tour({ team: team("S27") }), three()));
    expect(fields["team.0.grade"]).toBe('v.kpn.leaderGrade|{"min":"S29"}');
    const short = await refusal(
      saveTour(db, pkmd, tour({ team: team("S27"), leaderOverrideReason: "tiada" }), three()),
    );
    expect(short["team.0.grade"]).toMatch(/^v\.kpn\.leaderGrade/);
    const reason = "Pegawai S29 bercuti sakit, diganti sementara";
    const saved = await saveTour(
      db,
      pkmd,
      tour({ team: team("S27"), leaderOverrideReason: reason }),
      three(),
    );
    expect(saved.tour.leaderOverrideReason).toBe(reason);
    const rows = await db.audit.filter((a) => a.action === "kpn.leaderOverride").toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ table: "tours", recordId: saved.tour.id, reason });
    expect(rows[0]!.after).toMatchObject({ leader: "Aminah binti Said", grade: "S27" });
    // A leader of S29 needs no reason: one typed anyway is not kept.
    const ok = await saveTour(
      db,
      pkmd,
      tour({ date: "2026-11-26", leaderOverrideReason: reason }),
      three().map((c) => ({ ...c, date: "2026-11-26" })),
    );
    expect(ok.tour.leaderOverrideReason).toBe("");
    expect(await db.audit.filter((a) => a.action === "kpn.leaderOverride").count()).toBe(1);
  });

  it("refuses a checkpoint outside the tour's day, overlapping slots and a tour with none", async () => {
    const db = freshDb();
    const outside = await refusal(
      saveTour(db, pkmd, tour(), [
        stop("Pasar", "09:00", "11:00"),
        stop("Masjid", "09:00", "11:00", "2026-11-26"),
      ]),
    );
    expect(outside["checkpoints.1.date"]).toBe('v.kpn.outsideTourDay|{"date":"25/11/2026"}');
    const overlap = await refusal(
      saveTour(db, pkmd, tour(), [stop("Pasar", "09:00", "11:00"), stop("Masjid", "10:30", "12:30")]),
    );
    expect(overlap["checkpoints.1.start"]).toBe('v.kpn.slotOverlap|{"other":"Pasar"}');
    const order = await refusal(saveTour(db, pkmd, tour(), [stop("Pasar", "11:00", "09:00")]));
    expect(order["checkpoints.0.end"]).toBe("v.kpn.slotOrder");
    expect((await refusal(saveTour(db, pkmd, tour(), []))).checkpoints).toBe("v.kpn.noCheckpoints");
    expect(await counts(db)).toEqual({ tours: 0, checkpoints: 0, audit: 0 });
  });

  it("refuses a member in two tours at once on the same day, not once that tour is cancelled", async () => {
    const db = freshDb();
    const first = await saveTour(db, pkmd, tour(), three());
    const other = tour({
      team: [
        person("Kumar a/l Subramaniam", "ketua", "S32", "u-kumar"),
        person("Siti", "pembantu"),
        person("Petugas Nombor 2", "pemandu"),
      ],
    });
    const fields = await refusal(saveTour(db, pkmd, other, [stop("Kompleks", "10:00", "12:00")]));
    expect(fields["checkpoints.0.slot"]).toBe(
      'v.kpn.teamElsewhere|{"names":"Petugas Nombor 2","other":"Pasar Tani"}',
    );
    // The same team later in the day, after the first tour's last checkpoint, is fine.
    await saveTour(db, pkmd, other, [stop("Kompleks", "16:00", "18:00")]);
    // Cancelling the first tour frees its people.
    await saveTour(
      db,
      pkmd,
      {
        ...tour({ status: "dibatalkan", statusReason: "Hujan lebat" }),
        id: first.tour.id,
        rev: first.tour.rev,
      },
      three().map((c, i) => ({ ...c, id: first.checkpoints[i]!.id })),
    );
    await saveTour(db, pkmd, { ...other, date: DAY }, [stop("Kompleks Lain", "09:00", "10:00")]);
    expect(await db.tours.count()).toBe(3);
  });
});

describe("saveTour edits in one transaction", () => {
  it("edits in order: changed checkpoints rewritten, unchanged kept, removed soft-deleted", async () => {
    const db = freshDb();
    const first = await saveTour(db, pkmd, tour(), three());
    const [a, b, c] = first.checkpoints;
    const edited = await saveTour(db, pkmd, { ...tour(), id: first.tour.id, rev: first.tour.rev }, [
      { ...stop("Pasar Tani", "09:00", "11:00"), id: a!.id },
      { ...stop("PPR Baru", "14:00", "16:00"), id: c!.id },
      stop("Stesen LRT", "16:00", "18:00"),
    ]);
    expect(edited.checkpoints.map((x) => [x.order, x.name, x.rev])).toEqual([
      [1, "Pasar Tani", 1],
      [2, "PPR Baru", 2],
      [3, "Stesen LRT", 1],
    ]);
    expect((await db.checkpoints.get(b!.id))?.deletedAt).toBeTruthy();
    expect((await tourWithCheckpoints(db, first.tour.id)).checkpoints.map((x) => x.name)).toEqual([
      "Pasar Tani",
      "PPR Baru",
      "Stesen LRT",
    ]);
    // Saving again from the old revision is a conflict.
    await expect(
      saveTour(db, pkmd, { ...tour(), id: first.tour.id, rev: first.tour.rev }, three()),
    ).rejects.toMatchObject({ key: "e.conflict" });
  });

  it("keeps a checkpoint that has outreach records", async () => {
    const db = freshDb();
    const first = await saveTour(db, pkmd, tour(), three());
    const cp = first.checkpoints[2]!;
    await db.kpnServices.add({
      id: "svc-000000001",
      tourId: first.tour.id,
      checkpointId: cp.id,
      service: "khidmat-nasihat",
      sex: "P",
      ageBand: "dewasa",
      createdAt: "",
      createdBy: "",
      updatedAt: "",
      updatedBy: "",
      rev: 1,
      deletedAt: null,
    });
    const fields = await refusal(
      saveTour(
        db,
        pkmd,
        { ...tour(), id: first.tour.id, rev: first.tour.rev },
        first.checkpoints.slice(0, 2).map((x) => ({ ...stop(x.name, x.start, x.end), id: x.id })),
      ),
    );
    expect(fields.checkpoints).toBe('v.kpn.checkpointHasRecords|{"name":"PPR"}');
  });

  it("leaves nothing half-saved when a write fails midway", async () => {
    const db = freshDb();
    let n = 0;
    db.checkpoints.hook("creating", () => {
      n += 1;
      if (n === 3) throw new Error("disk gone");
    });
    await expect(saveTour(db, pkmd, tour(), three())).rejects.toThrow("disk gone");
    expect(await counts(db)).toEqual({ tours: 0, checkpoints: 0, audit: 0 });
  });
});

describe("deleting a tour", () => {
  it("goes to the recycle bin and back, unless its team was planned elsewhere meanwhile", async () => {
    const db = freshDb();
    const first = await saveTour(db, pkmd, tour(), three());
    await toursRepo(db).softDelete(pkmd, first.tour.id, first.tour.rev);
    expect(await toursBetween(db, DAY, DAY)).toEqual([]);
    expect((await listBin(db, pkmd)).map((e) => [e.table, e.label])).toEqual([
      ["tours", "Jelajah KPN 25/11/2026"],
    ]);
    // Meanwhile the same people are planned at the same times: the restore is refused, nothing changes.
    const other = await saveTour(db, pkmd, tour(), three());
    await expect(restoreFromBin(db, pkmd, "tours", first.tour.id)).rejects.toBeInstanceOf(ValidationError);
    expect((await db.tours.get(first.tour.id))?.deletedAt).toBeTruthy();
    await saveTour(
      db,
      pkmd,
      { ...tour({ status: "dibatalkan", statusReason: "Diganti" }), id: other.tour.id, rev: other.tour.rev },
      other.checkpoints.map((c) => ({ ...stop(c.name, c.start, c.end), id: c.id })),
    );
    await restoreFromBin(db, pkmd, "tours", first.tour.id);
    expect((await tourWithCheckpoints(db, first.tour.id)).checkpoints).toHaveLength(3);
  });

  it("is refused once something was recorded at one of its checkpoints", async () => {
    const db = freshDb();
    const first = await saveTour(db, pkmd, tour(), three());
    await db.complaints.add({ id: "c-0000000001", checkpointId: first.checkpoints[1]!.id } as never);
    await expect(toursRepo(db).softDelete(pkmd, first.tour.id, first.tour.rev)).rejects.toMatchObject({
      key: "e.kpnTourHasRecords",
      params: { name: "Masjid" },
    });
    expect((await db.tours.get(first.tour.id))?.deletedAt).toBeNull();
  });
});

describe("rule messages in Malay", () => {
  it("every refusal reads as a whole sentence, its values in place", async () => {
    const { buildResources } = await import("../../renderer/i18n/resources");
    const { tKey } = await import("../../renderer/app/messages");
    const i18n = (await import("i18next")).createInstance();
    await i18n.init({
      lng: "ms",
      resources: { ms: { translation: buildResources().ms } },
      interpolation: { escapeValue: false },
    });
    const db = freshDb();
    await saveTour(db, pkmd, tour(), three());
    const fields = {
      ...(await refusal(saveTour(db, pkmd, tour({ team: team("S27", 6) }), []))),
      ...(await refusal(
        saveTour(db, pkmd, tour(), [
          stop("Kompleks", "10:00", "12:00"),
          stop("Lain", "11:00", "09:00", "2026-11-26"),
          stop("Dewan", "13:00", "14:00"),
          stop("Masjid", "13:30", "15:00"),
        ]),
      )),
      ...(await refusal(saveTour(db, pkmd, tour({ status: "ditangguhkan" }), three()))),
    };
    const texts = Object.values(fields).map((k) => tKey(i18n.t, k)!);
    expect(texts.length).toBeGreaterThan(4);
    for (const text of texts) expect(text).not.toMatch(/\{\{|^v\.|\|/);
    expect(texts).toContain("Pasukan mesti 3 hingga 6 orang (kini 7).");
    expect(texts).toContain("Check point mesti pada hari jelajah (25/11/2026).");
    expect(texts).toContain("Masa bertindih dengan check point Dewan.");
    expect(texts).toContain(
      "Aminah binti Said, Petugas Nombor 1, Petugas Nombor 2 sudah di Pasar Tani pada masa ini (jelajah lain hari yang sama).",
    );
    expect(texts).toContain("Wajib diisi.");
  });
});
