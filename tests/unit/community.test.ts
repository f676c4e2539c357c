import { describe, expect, it } from "vitest";
import {
  compareProfiles,
  emptyProfile,
  emptyProgramme,
  figuresFromRegister,
  isActionItemOverdue,
  participantProblems,
  programmeSchema,
} from "../../shared/domain/community";
import { fitWithin } from "../../shared/domain/images";
import {
  actionItemsRepo,
  meetingsRepo,
  profilesRepo,
  programmesRepo,
  saveProfileVersion,
  stakeholdersRepo,
} from "../../renderer/db/repositories/community";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { AccessError, ValidationError } from "../../renderer/db/errors";
import { actor, freshDb, siteInput } from "./helpers";

describe("profiles", () => {
  it("offers register figures by age band, sex, ethnicity and OKU", () => {
    const f = figuresFromRegister(
      [
        { birthDate: "2020-05-01", sex: "L", ethnicity: "melayu", oku: false, occupation: "" },
        { birthDate: "1950-01-01", sex: "P", ethnicity: "cina", oku: true, occupation: "" },
        { birthDate: "1990-01-01", sex: "P", ethnicity: "iban", oku: false, occupation: "Tidak bekerja" },
      ],
      2,
      "2026-11-22",
    );
    expect(f.byAgeBand!["0-6"]).toEqual({ L: 1, P: 0 });
    expect(f.byAgeBand!["60+"]).toEqual({ L: 0, P: 1 });
    expect(f.byAgeBand!["36-59"]).toEqual({ L: 0, P: 1 });
    expect(f).toMatchObject({
      households: 2,
      oku: 1,
      wargaEmas: 1,
      children: 1,
      unemployed: 1,
      ethnicGroups: { melayu: 1, cina: 1, india: 0, lain: 1 },
    });
  });
  it("compares two versions field by field", () => {
    const a = emptyProfile("s", "2026-01-01");
    const b = structuredClone(a);
    b.asOf = "2026-06-01";
    b.population.households = 120;
    b.population.byAgeBand["60+"].P = 14;
    expect(compareProfiles(a, b)).toEqual([
      { path: "asOf", before: "2026-01-01", after: "2026-06-01" },
      { path: "population.households", before: 0, after: 120 },
      { path: "population.byAgeBand.60+.P", before: 0, after: 14 },
    ]);
    expect(compareProfiles(a, a)).toEqual([]);
  });
  it("saving a new version keeps the old one and numbers them per site", async () => {
    const db = freshDb();
    const admin = actor("pentadbir");
    const s = await sitesRepo(db).create(admin, siteInput("SPH"));
    const ppk = actor("ppk", [s.id]);
    const v1 = await saveProfileVersion(db, ppk, {
      ...emptyProfile(s.id, "2026-01-01"),
      facilities: "Surau, dewan",
    });
    const v2 = await saveProfileVersion(db, ppk, {
      ...emptyProfile(s.id, "2026-06-01"),
      facilities: "Surau, dewan, tadika",
    });
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect((await profilesRepo(db).get(ppk, v1.id)).facilities).toBe("Surau, dewan");
    await expect(
      saveProfileVersion(db, ppk, {
        ...emptyProfile(s.id, "2026-07-01"),
        population: { ...emptyProfile(s.id, "x").population, households: -1 },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.profiles.count()).toBe(2);
    await expect(profilesRepo(db).get(actor("ppk", ["other"]), v1.id)).rejects.toBeInstanceOf(AccessError);
  });
});

describe("programmes", () => {
  const p = (total: number, L: number, P: number, groups: Record<string, number>) => ({
    ...emptyProgramme("s", "2026-11-01"),
    title: "Taklimat keselamatan",
    venue: "Dewan PPR",
    participants: {
      total,
      bySex: { L, P },
      byGroup: { ...emptyProgramme("s", "x").participants.byGroup, ...groups },
    },
  });
  it("participants by sex and by target group must each add up to the total", () => {
    expect(participantProblems(p(30, 12, 18, { "warga-emas": 10, "kanak-kanak": 20 }).participants)).toEqual(
      {},
    );
    expect(participantProblems(p(30, 12, 17, { "warga-emas": 30 }).participants)).toEqual({
      "participants.bySex": "v.participantsSex",
    });
    expect(participantProblems(p(30, 12, 18, { "warga-emas": 29 }).participants)).toEqual({
      "participants.byGroup": "v.participantsGroup",
    });
    expect(participantProblems(p(0, 0, 0, {}).participants)).toEqual({});
  });
  it("refuses an end date before the start date, and writes nothing", async () => {
    const r = programmeSchema.safeParse({
      ...p(0, 0, 0, {}),
      startDate: "2026-11-10",
      endDate: "2026-11-09",
    });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(["v.endBeforeStart"]);
    const db = freshDb();
    const s = await sitesRepo(db).create(actor("pentadbir"), siteInput("SPH"));
    const ppk = actor("ppk", [s.id]);
    await expect(
      programmesRepo(db).create(ppk, { ...p(5, 2, 2, { belia: 5 }), siteId: s.id }),
    ).rejects.toMatchObject({ fields: { "participants.bySex": "v.participantsSex" } });
    expect(await db.programmes.count()).toBe(0);
    expect(
      await db.audit.where("[table+recordId]").between(["programmes", ""], ["programmes", "\uffff"]).count(),
    ).toBe(0);
  });
  it("photo downscaling keeps the aspect ratio and never enlarges", () => {
    expect(fitWithin(2400, 1600, 1280)).toMatchObject({ width: 1280, height: 853 });
    expect(fitWithin(1000, 3000, 1280)).toMatchObject({ width: 427, height: 1280 });
    expect(fitWithin(800, 600, 1280)).toMatchObject({ width: 800, height: 600 });
  });
});

describe("action items", () => {
  it("are overdue from the day after their due date until done", () => {
    expect(isActionItemOverdue({ dueDate: "2026-11-21", status: "belum" }, "2026-11-22")).toBe(true);
    expect(isActionItemOverdue({ dueDate: "2026-11-22", status: "belum" }, "2026-11-22")).toBe(false);
    expect(isActionItemOverdue({ dueDate: "2026-11-01", status: "selesai" }, "2026-11-22")).toBe(false);
    expect(isActionItemOverdue({ dueDate: "2026-11-01", status: "dalam-tindakan" }, "2026-11-22")).toBe(true);
  });
  it("cannot fall due before the meeting that set them", async () => {
    const db = freshDb();
    const s = await sitesRepo(db).create(actor("pentadbir"), siteInput("SPH"));
    const ppk = actor("ppk", [s.id]);
    const m = await meetingsRepo(db).create(ppk, {
      siteId: s.id,
      date: "2026-11-10",
      time: "20:00",
      type: "perjumpaan",
      venue: "Dewan",
      attendees: [],
      agenda: "",
      minutes: "",
      decisions: "",
    });
    await expect(
      actionItemsRepo(db).create(ppk, {
        meetingId: m.id,
        siteId: s.id,
        text: "Sediakan senarai",
        ownerKind: "pengguna",
        ownerId: ppk.userId,
        dueDate: "2026-11-09",
        status: "belum",
      }),
    ).rejects.toMatchObject({ fields: { dueDate: "v.dueBeforeMeeting" } });
    await expect(
      meetingsRepo(db).create(ppk, {
        siteId: s.id,
        date: "",
        time: "20:00",
        type: "perjumpaan",
        venue: "Dewan",
        attendees: [],
        agenda: "",
        minutes: "",
        decisions: "",
      }),
    ).rejects.toMatchObject({ fields: { date: "v.date" } });
  });
  it("may be owned by a stakeholder of the meeting's site who is not a user, never one of another site", async () => {
    const db = freshDb();
    const admin = actor("pentadbir");
    const [s, t] = [
      await sitesRepo(db).create(admin, siteInput("SPH")),
      await sitesRepo(db).create(admin, siteInput("SPT")),
    ];
    const ppk = actor("ppk", [s.id, t.id]);
    const chair = await stakeholdersRepo(db).create(ppk, {
      siteId: s.id,
      name: "Encik Ahmad bin Ismail",
      role: "Pengerusi",
      organisation: "Persatuan Penduduk PPR Seri Pahang",
      phone: "",
    });
    const elsewhere = await stakeholdersRepo(db).create(ppk, {
      siteId: t.id,
      name: "Puan Rosnah",
      role: "Pengerusi",
      organisation: "",
      phone: "",
    });
    const m = await meetingsRepo(db).create(ppk, {
      siteId: s.id,
      date: "2026-11-10",
      time: "20:00",
      type: "mesyuarat-jawatankuasa",
      venue: "Dewan",
      attendees: [{ stakeholderId: chair.id, name: chair.name }],
      agenda: "",
      minutes: "",
      decisions: "",
    });
    const item = {
      meetingId: m.id,
      siteId: s.id,
      text: "Hantar surat aduan lif",
      ownerKind: "pihak" as const,
      ownerId: chair.id,
      dueDate: "2026-11-20",
      status: "belum" as const,
    };
    expect((await actionItemsRepo(db).create(ppk, item)).ownerId).toBe(chair.id);
    await expect(actionItemsRepo(db).create(ppk, { ...item, ownerId: elsewhere.id })).rejects.toMatchObject({
      fields: { ownerId: "v.required" },
    });
  });
});
