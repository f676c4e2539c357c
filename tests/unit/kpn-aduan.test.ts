// Why: complaints: numbers given inside the save never collide, the slip states both charter deadlines, a sensitive
// complaint is read only by the PKMD and its receiver (in the repository itself), acknowledging and resolving check
// their dates.
import { describe, expect, it } from "vitest";
import type { AppDB } from "../../renderer/db/app-db";
import { AccessError, NotFoundError } from "../../renderer/db/errors";
import {
  acknowledgeComplaint,
  complaintsRepo,
  complaintsWithState,
  overdueComplaintCount,
  registerComplaint,
  resolveComplaint,
} from "../../renderer/db/repositories/kpn/complaints";
import {
  updateComplaintSettings,
  updateHolidays,
} from "../../renderer/db/repositories/kpn/complaint-settings";
import {
  assignedFollowUps,
  assignFollowUp,
  openCaseFromFollowUp,
  unassignedFollowUps,
} from "../../renderer/db/repositories/kpn/intake-assign";
import { personsRepo } from "../../renderer/db/repositories/persons";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { complaintSettingsOf } from "../../shared/domain/kpn/complaint-settings";
import { complaintStatus } from "../../shared/domain/kpn/complaints";
import { recordSensitiveView } from "../../renderer/db/sensitive-view";
import { setupOffice } from "../../renderer/db/setup";
import { demoOffice } from "../../shared/demo/sites";
import { addDays, todayIn } from "../../shared/domain/dates";
import { tourFields } from "../../shared/domain/kpn/records";
import { complaintSlip } from "../../shared/reports/kpn/aduan/slip";
import { letterheadFrom } from "../../shared/reports/frame/text";
import { AppError } from "../../renderer/db/errors";
import { actor, FAST_ITERATIONS, freshDb, personInput, siteInput } from "./helpers";

const today = todayIn();
const pkmd = actor("pkmd");
const ppkA = actor("ppk", ["s1"], "u-ppk-a");
const ppkB = actor("ppk", ["s2"], "u-ppk-b");
const admin = actor("pentadbir");
const observer = actor("pemerhati");

async function complaintWorld(): Promise<{
  db: AppDB;
  tourId: string;
  checkpointId: string;
  adminId: string;
}> {
  const db = freshDb();
  const setupAdmin = await setupOffice(
    db,
    demoOffice,
    { name: "Pentadbir", username: "admin", password: "Kuat#Sekali2026", confirm: "Kuat#Sekali2026" },
    FAST_ITERATIONS,
  );
  const at = `${today}T00:00:00.000Z`;
  const meta = (id: string) => ({
    id,
    createdAt: at,
    createdBy: "system",
    updatedAt: at,
    updatedBy: "system",
    rev: 1,
    deletedAt: null,
  });
  const tour = {
    ...tourFields.parse({
      date: today,
      team: [
        { name: "Aminah binti Said", role: "ketua", grade: "S29" },
        { name: "Mohd Faizal", role: "pembantu" },
        { name: "Rosli", role: "pemandu" },
      ],
      vehicle: { kind: "ukp", registration: "WXY 1234" },
      stockLoaded: { beras: 3, minyak: 3, tepung: 2, gula: 2 },
    }),
    ...meta("tour-0000000001"),
  };
  await db.tours.add(tour);
  await db.checkpoints.add({
    tourId: tour.id,
    order: 1,
    name: "Pasar Tani Kerinchi",
    locationType: "pasar",
    address: "",
    date: today,
    start: "09:00",
    end: "11:00",
    agencyServices: [],
    ...meta("cp-00000000001"),
  });
  return { db, tourId: tour.id, checkpointId: "cp-00000000001", adminId: setupAdmin.id };
}

const entry = (w: { tourId: string; checkpointId: string }, extra: object = {}) => ({
  tourId: w.tourId,
  checkpointId: w.checkpointId,
  name: "Siti Aminah binti Hassan",
  contact: "012-345 6789",
  mykad: "",
  category: "kemudahan-awam",
  description: "Lampu jalan di blok C rosak sejak dua bulan.",
  sensitive: false,
  ...extra,
});

describe("complaint numbers", () => {
  it("gives ADU/{YYYY}/{NNNN} at once, from the counter, and two saves at the same time never share a number", async () => {
    const w = await complaintWorld();
    const year = today.slice(0, 4);
    const first = await registerComplaint(w.db, ppkA, entry(w));
    expect(first.refNo).toBe(`ADU/${year}/0001`);
    expect(first).toMatchObject({ receivedBy: ppkA.userId, receivedDate: today, acknowledgedDate: null });
    const many = await Promise.all(Array.from({ length: 8 }, () => registerComplaint(w.db, ppkB, entry(w))));
    const numbers = [first, ...many].map((c) => c.refNo);
    expect(new Set(numbers).size).toBe(9);
    expect(numbers.sort().at(-1)).toBe(`ADU/${year}/0009`);
    expect(await w.db.counters.get(`complaint:${year}`)).toEqual({ key: `complaint:${year}`, next: 10 });
    // A deleted complaint's number is never given again.
    const last = (await complaintsRepo(w.db).list(pkmd))[0]!;
    await complaintsRepo(w.db).softDelete(pkmd, last.id, last.rev);
    expect((await registerComplaint(w.db, ppkA, entry(w))).refNo).toBe(`ADU/${year}/0010`);
  });

  it("refuses a complaint with no description or an unknown category and writes nothing", async () => {
    const w = await complaintWorld();
    await expect(registerComplaint(w.db, ppkA, entry(w, { description: "" }))).rejects.toMatchObject({
      fields: { description: "v.required" },
    });
    await expect(registerComplaint(w.db, ppkA, entry(w, { category: "tiada" }))).rejects.toMatchObject({
      fields: { category: "v.required" },
    });
    await expect(registerComplaint(w.db, ppkA, entry(w, { mykad: "1234" }))).rejects.toMatchObject({
      fields: { mykad: "v.mykadFormat" },
    });
    expect(await w.db.complaints.count()).toBe(0);
    expect(await w.db.counters.count()).toBe(0);
  });
});

describe("sensitive complaints", () => {
  it("are read only by the PKMD and whoever received them, in list, get and by checkpoint", async () => {
    const w = await complaintWorld();
    const open = await registerComplaint(w.db, ppkA, entry(w));
    const secret = await registerComplaint(
      w.db,
      ppkA,
      entry(w, { sensitive: true, description: "Didera oleh suami." }),
    );
    const repo = complaintsRepo(w.db);
    const ids = async (a: typeof pkmd) => (await repo.list(a)).map((c) => c.id).sort();
    const both = [open.id, secret.id].sort();
    expect(await ids(pkmd)).toEqual(both);
    expect(await ids(ppkA)).toEqual(both);
    expect(await ids(ppkB)).toEqual([open.id]);
    expect(await ids(admin)).toEqual([open.id]);
    expect(await ids(observer)).toEqual([open.id]);
    expect((await repo.ofCheckpoint(ppkB, w.checkpointId)).map((c) => c.id)).toEqual([open.id]);
    expect((await repo.ofCheckpoint(ppkA, w.checkpointId)).map((c) => c.id)).toEqual([open.id, secret.id]);
    await expect(repo.get(pkmd, secret.id)).resolves.toMatchObject({ id: secret.id });
    await expect(repo.get(ppkA, secret.id)).resolves.toMatchObject({ id: secret.id });
    for (const other of [ppkB, admin, observer])
      await expect(repo.get(other, secret.id)).rejects.toBeInstanceOf(AccessError);
    // Nor can another officer change it.
    await expect(acknowledgeComplaint(w.db, ppkB, secret, { date: today })).rejects.toBeInstanceOf(
      AccessError,
    );
    await expect(repo.get(ppkB, "tiada")).rejects.toBeInstanceOf(NotFoundError);
    // Opening a sensitive complaint is itself logged; an ordinary one is not.
    expect(await recordSensitiveView(w.db, pkmd, "complaints", secret.id)).toBe(true);
    expect(await recordSensitiveView(w.db, pkmd, "complaints", open.id)).toBe(false);
    await expect(recordSensitiveView(w.db, ppkB, "complaints", secret.id)).rejects.toBeInstanceOf(
      AccessError,
    );
    const views = await w.db.audit.where("action").equals("view").toArray();
    expect(views.map((v) => [v.table, v.recordId, v.actorId, v.label])).toEqual([
      ["complaints", secret.id, pkmd.userId, secret.refNo],
    ]);
  });
});

describe("acknowledging and resolving", () => {
  it("records the dates, refuses one before the complaint or in the future, and needs what was done", async () => {
    const w = await complaintWorld();
    const c = await registerComplaint(w.db, ppkA, entry(w));
    await expect(acknowledgeComplaint(w.db, ppkA, c, { date: addDays(today, -1) })).rejects.toMatchObject({
      fields: { acknowledgedDate: "v.kpn.beforeReceived" },
    });
    await expect(acknowledgeComplaint(w.db, ppkA, c, { date: addDays(today, 1) })).rejects.toMatchObject({
      fields: { acknowledgedDate: "v.futureDate" },
    });
    const acked = await acknowledgeComplaint(w.db, ppkA, c, { date: today });
    expect(acked).toMatchObject({ acknowledgedDate: today, refNo: c.refNo, rev: 2 });
    await expect(resolveComplaint(w.db, pkmd, acked, { date: today, resolution: "" })).rejects.toMatchObject({
      fields: { resolution: "v.minLength:5" },
    });
    const done = await resolveComplaint(w.db, pkmd, acked, {
      date: today,
      resolution: "Lampu dibaiki oleh PBT.",
    });
    expect(done).toMatchObject({
      resolvedDate: today,
      resolution: "Lampu dibaiki oleh PBT.",
      refNo: c.refNo,
    });
    const audit = await w.db.audit.where("table").equals("complaints").toArray();
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "update"]);
  });
});

describe("the slip", () => {
  it("names the office, the number, what was received and both deadlines on working days", () => {
    const slip = complaintSlip(
      {
        refNo: "ADU/2026/0007",
        receivedDate: "2026-11-20",
        name: "Siti",
        contact: "",
        description: "Lampu rosak.",
      },
      {
        letterhead: letterheadFrom({ ...demoOffice, countryPack: "jkm" }),
        categoryLabel: "Kekurangan kemudahan awam",
        receiver: { name: "Nurul Huda", post: "Pekerja Pembangunan Komuniti" },
        // Friday 20 November; Monday 23 November a holiday.
        calendar: { weekend: [6, 0], holidays: ["2026-11-23"] },
        days: { acknowledge: 1, resolve: 15 },
      },
    );
    expect(slip.letterheadLines[1]).toContain("LEMBAH PANTAI");
    expect(slip.rows).toContainEqual({ label: "No. rujukan", value: "ADU/2026/0007" });
    expect(slip.rows).toContainEqual({ label: "Akuan penerimaan selewat-lewatnya", value: "24/11/2026" });
    expect(slip.rows).toContainEqual({ label: "Penyelesaian selewat-lewatnya", value: "14/12/2026" });
    expect(slip.rows.some((r) => r.label.startsWith("No. telefon"))).toBe(false);
    expect(slip.promise).toContain("ADU/2026/0007");
  });
});

describe("deadlines and the overdue state", () => {
  // Friday 20 November 2026; Monday 23 November a public holiday of the office.
  const cal = { weekend: [6, 0] as const, holidays: ["2026-11-23"] };
  const received = { receivedDate: "2026-11-20", acknowledgedDate: null, resolvedDate: null };

  it("counts working days past the weekend and the holiday", () => {
    expect(complaintStatus(received, "2026-11-24", { ...cal, weekend: [6, 0] })).toBe("baru");
    expect(complaintStatus(received, "2026-11-25", { ...cal, weekend: [6, 0] })).toBe("lewat");
    const acked = { ...received, acknowledgedDate: "2026-11-24" };
    expect(complaintStatus(acked, "2026-12-14", { ...cal, weekend: [6, 0] })).toBe("diakui");
    expect(complaintStatus(acked, "2026-12-15", { ...cal, weekend: [6, 0] })).toBe("lewat");
    expect(
      complaintStatus({ ...acked, resolvedDate: "2026-12-20" }, "2027-01-10", { ...cal, weekend: [6, 0] }),
    ).toBe("selesai");
  });

  it("uses the office's holidays and charter days from Tetapan for the home screen's count", async () => {
    const w = await complaintWorld();
    const c = await registerComplaint(w.db, ppkA, entry(w));
    const cal0 = (await complaintsWithState(w.db, pkmd, c.receivedDate))[0]!;
    expect(cal0.status).toBe("baru");
    // Two working days later it is overdue (not acknowledged within 1).
    const dayAfterDue = addDays(cal0.state.acknowledgeBy, 1);
    expect(await overdueComplaintCount(w.db, pkmd, dayAfterDue)).toBe(1);
    // The due day made a holiday moves the deadline one working day on.
    const office = (await w.db.office.get("office"))!;
    await updateHolidays(w.db, admin, office.rev, [cal0.state.acknowledgeBy]);
    const after = (await complaintsWithState(w.db, pkmd, dayAfterDue))[0]!;
    expect(after.state.acknowledgeBy > cal0.state.acknowledgeBy).toBe(true);
    // The sensitive rule holds in the count too: another PPK does not count what they cannot read.
    await registerComplaint(w.db, ppkA, entry(w, { sensitive: true }));
    const far = addDays(today, 60);
    expect(await overdueComplaintCount(w.db, pkmd, far)).toBe(2);
    expect(await overdueComplaintCount(w.db, ppkB, far)).toBe(1);
  });
});

describe("complaint categories in Tetapan", () => {
  it("adds, renames and drops categories; one in use is retired, still naming its complaints", async () => {
    const w = await complaintWorld();
    await registerComplaint(w.db, ppkA, entry(w, { category: "kemudahan-awam" }));
    const office = (await w.db.office.get("office"))!;
    const saved = await updateComplaintSettings(w.db, admin, office.rev, {
      categories: [
        { code: "lewat-tiada-tindakan", label: "" },
        { code: "lain-lain", label: "Aduan lain" },
        { label: "Bantuan tidak diterima" },
      ],
      acknowledgeDays: 2,
      resolveDays: 10,
    });
    const s = complaintSettingsOf(saved);
    expect(s).toMatchObject({ acknowledgeDays: 2, resolveDays: 10 });
    expect(s.categories).toEqual([
      { code: "lewat-tiada-tindakan", label: "", active: true },
      { code: "lain-lain", label: "Aduan lain", active: true },
      { code: "bantuan-tidak-diterima", label: "Bantuan tidak diterima", active: true },
      // Used by a complaint: kept, no longer offered. The unused ones are gone.
      { code: "kemudahan-awam", label: "", active: false },
    ]);
    // A retired category is refused for a new complaint; a new one is taken.
    await expect(
      registerComplaint(w.db, ppkA, entry(w, { category: "kemudahan-awam" })),
    ).rejects.toMatchObject({
      fields: { category: "v.required" },
    });
    await expect(
      registerComplaint(w.db, ppkA, entry(w, { category: "bantuan-tidak-diterima" })),
    ).resolves.toMatchObject({ category: "bantuan-tidak-diterima" });
    const audit = await w.db.audit.where("table").equals("office").toArray();
    expect(audit.at(-1)).toMatchObject({ action: "update", actorId: admin.userId });
  });

  it("refuses an empty list, a nameless category and a resolve period shorter than the acknowledgement", async () => {
    const w = await complaintWorld();
    const office = (await w.db.office.get("office"))!;
    const base = { categories: [{ label: "Satu" }], acknowledgeDays: 1, resolveDays: 15 };
    await expect(
      updateComplaintSettings(w.db, admin, office.rev, { ...base, categories: [] }),
    ).rejects.toMatchObject({
      fields: { categories: "v.kpn.categoryNone" },
    });
    await expect(
      updateComplaintSettings(w.db, admin, office.rev, { ...base, categories: [{ label: "" }] }),
    ).rejects.toMatchObject({ fields: { "categories.0.label": "v.minLength:2" } });
    await expect(
      updateComplaintSettings(w.db, admin, office.rev, { ...base, acknowledgeDays: 5, resolveDays: 2 }),
    ).rejects.toMatchObject({ fields: { resolveDays: "v.kpn.resolveBeforeAck" } });
    await expect(updateComplaintSettings(w.db, ppkA, office.rev, base)).rejects.toBeInstanceOf(AccessError);
    expect((await w.db.office.get("office"))!.rev).toBe(office.rev);
  });
});

describe("perlu susulan intakes", () => {
  it("are assigned by the PKMD to a site (audited), seen by that site's PPK, who opens a Buku Rekod case", async () => {
    const w = await complaintWorld();
    const site = await sitesRepo(w.db).create(admin, siteInput("SPH"));
    const ppk = actor("ppk", [site.id], "u-ppk-sph");
    const other = actor("ppk", ["elsewhere"], "u-ppk-other");
    const person = await personsRepo(w.db).create(ppk, personInput(site.id));
    const at = `${today}T01:00:00.000Z`;
    await w.db.intakes.add({
      tourId: w.tourId,
      checkpointId: w.checkpointId,
      personId: person.id,
      need: "Ibu tunggal memerlukan bantuan makanan.",
      outcome: "susulan",
      caseId: null,
      referralId: null,
      assignedSiteId: null,
      awaitingKey: 1,
      id: "intake-000000001",
      createdAt: at,
      createdBy: ppk.userId,
      updatedAt: at,
      updatedBy: ppk.userId,
      rev: 1,
      deletedAt: null,
    });
    const waiting = await unassignedFollowUps(w.db, pkmd);
    expect(waiting.map((f) => [f.intake.id, f.person?.name, f.checkpointName])).toEqual([
      ["intake-000000001", "Siti Aisyah binti Ismail", "Pasar Tani Kerinchi"],
    ]);
    await expect(unassignedFollowUps(w.db, ppk)).rejects.toBeInstanceOf(AccessError);
    await expect(
      assignFollowUp(w.db, ppk, "intake-000000001", 1, { siteId: site.id }),
    ).rejects.toBeInstanceOf(AccessError);
    await expect(
      assignFollowUp(w.db, pkmd, "intake-000000001", 1, { siteId: "tiada" }),
    ).rejects.toMatchObject({
      fields: { siteId: "v.siteMissing" },
    });
    const assigned = await assignFollowUp(w.db, pkmd, "intake-000000001", 1, { siteId: site.id });
    expect(assigned).toMatchObject({ assignedSiteId: site.id, rev: 2, updatedBy: pkmd.userId });
    const row = (await w.db.audit.where("table").equals("intakes").toArray()).at(-1)!;
    expect(row).toMatchObject({ action: "assign", actorId: pkmd.userId, recordId: "intake-000000001" });
    expect(await unassignedFollowUps(w.db, pkmd)).toEqual([]);
    expect((await assignedFollowUps(w.db, ppk)).map((f) => f.intake.id)).toEqual(["intake-000000001"]);
    expect(await assignedFollowUps(w.db, other)).toEqual([]);
    // A stale revision is refused rather than overwriting.
    await expect(
      openCaseFromFollowUp(w.db, ppk, "intake-000000001", 1, {
        targetGroup: "ibu-tunggal",
        service: "nasihat",
      }),
    ).rejects.toBeInstanceOf(AppError);
    await expect(
      openCaseFromFollowUp(w.db, other, "intake-000000001", 2, {
        targetGroup: "ibu-tunggal",
        service: "nasihat",
      }),
    ).rejects.toBeInstanceOf(AccessError);
    const opened = await openCaseFromFollowUp(w.db, ppk, "intake-000000001", 2, {
      targetGroup: "ibu-tunggal",
      service: "nasihat",
    });
    expect(opened).toMatchObject({
      siteId: site.id,
      personId: person.id,
      problem: "Ibu tunggal memerlukan bantuan makanan.",
    });
    expect(opened.recordNo).toMatch(/^SPH\/\d{4}\/0001$/);
    expect((await w.db.intakes.get("intake-000000001"))!.caseId).toBe(opened.id);
    expect(await assignedFollowUps(w.db, ppk)).toEqual([]);
  });
});
