// Why: the PKH scenarios (issue 15) on a kecamatan of 5,000 KPM households (about 20,000 members) in the app's own
// database: pkh.search (the register's search by name, NIK and No. KPM), pkh.components_month (every household's
// components recomputed for a new month), pkh.reconciliation (a stage's summary from the payments prepared for it,
// read by [siteId+stageId]) and report.laporan_bulanan (a Laporan Bulanan with 4 sessions and photos:
// read, modelled and written as Word). Each also times the raw read it stands on, for a ratio in the same run.
import { AppDB } from "../../../renderer/db/app-db";
import { searchKpm } from "../../../renderer/db/repositories/pkh/kpm";
import { paymentsRepo, stageSummary } from "../../../renderer/db/repositories/pkh/payments";
import { stageId } from "../../../shared/domain/pkh/benefits";
import { householdComponents } from "../../../shared/domain/pkh/components";
import { DEFAULT_PKH_SETTINGS } from "../../../shared/domain/pkh/settings";
import { formatNik } from "../../../shared/domain/pkh/nik";
import { nameTokens } from "../../../shared/domain/search";
import { pendampingReportSchema } from "../../../shared/domain/pkh/report";
import { letterheadFrom } from "../../../shared/reports/frame/text";
import { laporanPendampingModel } from "../../../shared/reports/pkh/laporan-pendamping/model";
import { laporanPendampingDocx } from "../../../shared/reports/pkh/laporan-pendamping/docx";
import { loadLaporanPendamping } from "../../../renderer/features/pkh/laporan/load-laporan";
import type { Actor } from "../../../shared/domain/access";
import type { PkhHouseholdRecord, PkhMemberRecord } from "../../../renderer/db/pkh-tables";
import type { TFunction } from "i18next";

export type PkhTimed = {
  households: number;
  members: number;
  search: number[];
  searchRaw: number[];
  components: number[];
  componentsRaw: number[];
  reconciliation: number[];
  reconciliationRaw: number[];
  /** One preparation of the stage for the whole wilayah (ms). */
  prepare: number;
  laporan: number[];
  laporanBytes: number;
};

declare global {
  interface Window {
    benchPkh: (opts: { households: number; runs: number }) => Promise<PkhTimed>;
  }
}

const SITE = "bench-kecamatan";
const FIRST = [
  "Siti",
  "Sri",
  "Dewi",
  "Ani",
  "Rina",
  "Wati",
  "Yuni",
  "Lestari",
  "Ratna",
  "Endang",
  "Tri",
  "Nur",
];
const LAST = [
  "Aminah",
  "Wahyuni",
  "Rahayu",
  "Susanti",
  "Lestari",
  "Purwanti",
  "Handayani",
  "Kusuma",
  "Sari",
  "Utami",
];
const KIDS = [
  "Bagus",
  "Dimas",
  "Putri",
  "Rizky",
  "Ayu",
  "Fajar",
  "Nabila",
  "Yoga",
  "Citra",
  "Rafi",
  "Intan",
  "Bima",
];
const meta = (id: string) => ({
  id,
  createdAt: "2026-01-05T02:00:00.000Z",
  createdBy: "bench",
  updatedAt: "2026-01-05T02:00:00.000Z",
  updatedBy: "bench",
  rev: 1,
  deletedAt: null,
});
const pad = (n: number, w: number) => String(n).padStart(w, "0");

async function jpeg(w: number, h: number, hue: number): Promise<Blob> {
  const c = new OffscreenCanvas(w, h);
  const g = c.getContext("2d")!;
  g.fillStyle = `hsl(${hue} 60% 60%)`;
  g.fillRect(0, 0, w, h);
  for (let i = 0; i < 40; i++) {
    g.fillStyle = `hsl(${(hue + i * 9) % 360} 50% ${30 + (i % 5) * 10}%)`;
    g.fillRect((i * 37) % w, (i * 53) % h, 120, 80);
  }
  return c.convertToBlob({ type: "image/jpeg", quality: 0.8 });
}

/** The kecamatan: households with a mother, 1-5 children of every age and some elders, 4 sessions, a stage's payments. */
async function seed(db: AppDB, households: number): Promise<number> {
  const hs: PkhHouseholdRecord[] = [];
  const ms: PkhMemberRecord[] = [];
  for (let i = 0; i < households; i++) {
    const id = `h${pad(i, 6)}`;
    const head = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
    hs.push({
      ...meta(id),
      siteId: SITE,
      kpmNo: `3404${pad(i, 8)}`,
      headName: head,
      address: `Jl. Kaliurang Km ${i % 20}, RT ${pad(i % 9, 2)}`,
      desa: ["Condongcatur", "Caturtunggal", "Maguwoharjo"][i % 3]!,
      groupId: `g${pad(Math.floor(i / 25), 4)}`,
      bankAccount: pad(i, 10),
      kksNo: `KKS-${i}`,
      active: true,
      groupJoinedOn: "2026-01-05",
      nameTokens: nameTokens(head),
    });
    const kids = 1 + (i % 5);
    const people: { name: string; birthDate: string; sex: "L" | "P" }[] = [
      { name: head, birthDate: `19${80 + (i % 15)}-0${1 + (i % 9)}-1${i % 9}`, sex: "P" as const },
    ];
    for (let k = 0; k < kids; k++)
      people.push({
        name: `${KIDS[(i + k) % KIDS.length]} ${LAST[(i * 7) % LAST.length]}`,
        birthDate: `20${pad(6 + ((i + k * 3) % 19), 2)}-0${1 + (k % 9)}-0${1 + (i % 9)}`,
        sex: (k % 2 ? "L" : "P") as "L" | "P",
      });
    people.forEach((p, k) => {
      const age = 2026 - Number(p.birthDate.slice(0, 4));
      ms.push({
        ...meta(`${id}-m${k}`),
        householdId: id,
        siteId: SITE,
        name: p.name,
        nik: formatNik({
          provinceCode: "34",
          regencyCode: "04",
          districtCode: "07",
          birthDate: p.birthDate,
          sex: p.sex,
          serial: pad(((i * 7 + k) % 9999) + 1, 4),
        }),
        birthDate: p.birthDate,
        sex: p.sex,
        relationship: k === 0 ? "istri" : "anak",
        schoolLevel: k === 0 || age < 6 ? null : age < 12 ? "sd" : age < 15 ? "smp" : "sma",
        school: "",
        schoolClass: "",
        expectedDelivery: k === 0 && i % 40 === 0 ? "2026-12-20" : null,
        deliveryDate: null,
        severeDisability: k === 1 && i % 60 === 0,
        healthPost: "Posyandu Mawar",
        nameTokens: nameTokens(p.name),
      });
    });
  }
  await db.pkhHouseholds.bulkAdd(hs);
  await db.pkhMembers.bulkAdd(ms);
  await db.pkhGroups.bulkAdd(
    Array.from({ length: Math.ceil(households / 25) }, (_, g) => ({
      ...meta(`g${pad(g, 4)}`),
      siteId: SITE,
      name: `Kelompok ${g + 1}`,
      desa: "Condongcatur",
      leaderId: `h${pad(g * 25, 6)}`,
      leaderActive: true,
    })),
  );
  // Four P2K2 sessions of the first group in November, each with attendance and CKP of its 25 KPM.
  const roster = hs.slice(0, 25);
  const sessions = [3, 10, 17, 24].map((d, s) => ({
    ...meta(`p2k2-${s}`),
    siteId: SITE,
    moduleCode: "pengasuhan",
    sessionNo: s + 1,
    date: `2026-11-${pad(d, 2)}`,
    place: "Balai Desa Condongcatur",
    groupId: "g0000",
    facilitator: "Rina Marlina",
    attendance: roster.map((h, i) => ({ kpmId: h.id, status: i % 7 === 0 ? "alfa" : "hadir", note: "" })),
    ckp: roster.map((h) => ({ kpmId: h.id, checked: ["aktif", "paham-materi"], note: "" })),
  }));
  await db.p2k2Sessions.bulkAdd(sessions as never);
  const report = pendampingReportSchema.parse({
    siteId: SITE,
    kind: "bulanan",
    period: "2026-11",
    phone: "0812 2345 6789",
    summary: "Pendampingan bulan November berjalan sesuai rencana. ".repeat(8),
    activities: "Empat pertemuan P2K2 kelompok 1. ".repeat(10),
    problems: "Beberapa KPM belum hadir. ".repeat(5),
    solutions: "Kunjungan rumah. ".repeat(5),
    recommendations: "Jadwal pertemuan disesuaikan. ".repeat(3),
    nextPlan: "Verifikasi komitmen pendidikan. ".repeat(3),
  });
  await db.pkhReports.add({ ...meta("lap:bench:bulanan:2026-11"), ...report });
  for (let p = 0; p < 4; p++) {
    const data = await jpeg(1280, 960, p * 80);
    await db.photos.add({
      ...meta(`photo-${p}`),
      ownerTable: "pkhReports",
      ownerId: "lap:bench:bulanan:2026-11",
      siteId: SITE,
      caption: `Pertemuan P2K2 sesi ${p + 1}`,
      mime: "image/jpeg",
      width: 1280,
      height: 960,
      size: data.size,
      data,
    });
  }
  return ms.length;
}

const koordinator: Actor = {
  userId: "bench-koordinator",
  username: "koor",
  name: "Budi",
  role: "pkmd",
  siteIds: [],
};

async function benchPkh({ households, runs }: { households: number; runs: number }): Promise<PkhTimed> {
  const db = new AppDB();
  await db.open();
  const members = await seed(db, households);
  const out: PkhTimed = {
    households,
    members,
    search: [],
    searchRaw: [],
    components: [],
    componentsRaw: [],
    reconciliation: [],
    reconciliationRaw: [],
    prepare: 0,
    laporan: [],
    laporanBytes: 0,
  };
  // The register's search: a name, a NIK and a No. KPM typed in turn.
  const someNik = (await db.pkhMembers.get(`h${pad(Math.floor(households / 2), 6)}-m1`))!.nik!;
  const queries = ["Dewi Rahayu", someNik, "3404000012", "Nabila"];
  for (let r = 0; r < runs; r++)
    for (const q of queries) {
      const t0 = performance.now();
      await searchKpm(db, koordinator, q);
      out.search.push(performance.now() - t0);
      const t1 = performance.now();
      await db.pkhHouseholds.where("nameTokens").startsWith("dewi").limit(20).toArray();
      out.searchRaw.push(performance.now() - t1);
    }
  // Components for every household for a new month: the wilayah's members read by site, grouped, derived.
  for (let r = 0; r < runs; r++) {
    const t1 = performance.now();
    await db.pkhMembers.where("siteId").equals(SITE).toArray();
    out.componentsRaw.push(performance.now() - t1);
    const t0 = performance.now();
    const rows = await db.pkhMembers.where("siteId").equals(SITE).toArray();
    const byHousehold = new Map<string, typeof rows>();
    for (const m of rows)
      if (!m.deletedAt) byHousehold.set(m.householdId, [...(byHousehold.get(m.householdId) ?? []), m]);
    let counted = 0;
    for (const list of byHousehold.values())
      counted += Object.values(
        householdComponents(list, "2026-12-01", DEFAULT_PKH_SETTINGS.limits).counted,
      ).reduce((a, b) => a + b, 0);
    if (counted === 0) throw new Error("no components counted");
    out.components.push(performance.now() - t0);
  }
  // A stage prepared for the wilayah (who should receive what), then reconciled: most received in full, some short,
  // some not received; the summary is read from the stored expectations.
  const stage = stageId(2026, "IV");
  const tp = performance.now();
  const plan = await paymentsRepo(db).prepare(koordinator, SITE, stage, DEFAULT_PKH_SETTINGS, "2026-10-01");
  out.prepare = performance.now() - tp;
  if (plan.add.length === 0) throw new Error("the stage prepared no payments");
  let i = 0;
  await db.pkhPayments
    .where("[siteId+stageId]")
    .equals([SITE, stage])
    .modify((p) => {
      i += 1;
      p.received = i % 17 !== 0;
      p.amountReceived = i % 17 === 0 ? 0 : i % 23 === 0 ? Math.floor(p.expected / 2) : p.expected;
      p.reason = i % 17 === 0 ? "Kartu KKS hilang" : i % 23 === 0 ? "Dipotong" : "";
    });
  for (let r = 0; r < runs; r++) {
    const t1 = performance.now();
    await db.pkhPayments.where("[siteId+stageId]").equals([SITE, stage]).toArray();
    out.reconciliationRaw.push(performance.now() - t1);
    const t0 = performance.now();
    const { summary } = await stageSummary(db, koordinator, SITE, stage);
    if (summary.householdsExpected !== plan.add.length || summary.differences === 0)
      throw new Error("reconciliation lost households");
    out.reconciliation.push(performance.now() - t0);
  }
  // The Laporan Bulanan with its 4 sessions and 4 photos, read, modelled and written.
  const t = ((k: string, o?: { defaultValue?: string }) => o?.defaultValue ?? k) as unknown as TFunction;
  const letterhead = letterheadFrom({
    countryPack: "pkh",
    officeName: "UPPKH Kabupaten Sleman",
    district: "Sleman",
    state: "DI Yogyakarta",
    address: "Jl. Parasamya No. 1",
    phone: "0274 868405",
  });
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const report = (await db.pkhReports.get("lap:bench:bulanan:2026-11"))!;
    const loaded = await loadLaporanPendamping(db, report, "Kecamatan Depok", t);
    const model = laporanPendampingModel({
      ...loaded,
      report,
      kabupaten: "Sleman",
      pendamping: "Rina Marlina",
      letterhead,
      stamp: { app: "Rekod Komuniti", version: "bench", at: new Date().toISOString(), by: "Rina Marlina" },
      signature: {
        preparedBy: { name: "Rina Marlina", jawatan: "Pendamping PKH" },
        reviewedBy: { name: "Budi Santoso", jawatan: "Koordinator PKH Kabupaten/Kota" },
      },
    });
    const bytes = await laporanPendampingDocx(model);
    out.laporan.push(performance.now() - t0);
    out.laporanBytes = bytes.byteLength;
    if (model.attendance.length !== 4 || model.photos.length !== 4)
      throw new Error("the report lost its sessions or photos");
  }
  return out;
}

window.benchPkh = benchPkh;
