// Why: the official documents' timings on the seeded district (issue "official documents"): the yearly statistics
// (load, model, xlsx), the district's Senarai Status Rujukan, the 10k-row Buku Rekod extract (xlsx, docx) and a
// 50-page programme report (docx).
import type { Actor } from "../../../shared/domain/access";
import { todayIn } from "../../../shared/domain/dates";
import type { TFunction } from "i18next";
import type { BukuRekodModel } from "../../../shared/reports/buku-rekod";
import { bukuRekodXlsx } from "../../../shared/reports/buku-rekod-xlsx";
import { letterheadFrom } from "../../../shared/reports/frame/text";
import { statistikKesModel, type StatistikKesModel } from "../../../shared/reports/statistik-kes/model";
import { statistikKesXlsx } from "../../../shared/reports/statistik-kes/xlsx";
import { statusRujukanModel, type StatusRujukanModel } from "../../../shared/reports/status-rujukan/model";
import { statusRujukanXlsx } from "../../../shared/reports/status-rujukan/xlsx";
import type { OfficeRecord } from "../../../renderer/db/app-db";
import { db } from "../../../renderer/db/instance";
import {
  registerCount,
  registerPage,
  type RegisterCursor,
  type RegisterFilter,
} from "../../../renderer/db/register";
import { loadBukuRekod } from "../../../renderer/features/ppr/buku-rekod/export";
import { getOffice } from "../../../renderer/db/repositories/office";
import {
  loadStatistikKes as loadFullRecords,
  loadStatusRujukan,
  loadStatistikKesFigures as loadStatistikKes,
  type StatistikKesRecords,
} from "../../../renderer/features/laporan/load";
import { computeStatTallies } from "../../../renderer/db/stat-tallies";
import type { StatTally } from "../../../shared/reports/statistik-kes/tallies";
import { monthRange } from "../../../renderer/features/laporan/figures";
import ms from "../../../renderer/i18n/ms.json";

export type Split = Record<string, number[]>;
export type StatsResult = {
  ms: Split;
  runs: number;
  year: number;
  month: number;
  sites: number;
  /** Records the loader returned. */
  loaded: Record<string, number>;
  /** The district sheet's JUMLAH KES DILAYAN for the year. */
  totalCases: number;
  /** Sheets and figures compared with the reference loader's model, and the differences found. */
  sameAsReference: { compared: number; differences: string[]; referenceLoadMs: number } | null;
  /**
   * Site sheet figures compared with registerCount over the same site and month: JUMLAH every month, the target
   * group subtotals and the services in January, May and September; and the differences found.
   */
  registerCheck: { compared: number; differences: string[] } | null;
  /** The stored tallies compared with tallies made afresh from every record. */
  talliesCheck: { rows: number; differences: string[] } | null;
  xlsxBytes: number;
};
export type ExtractResult = {
  ms: Split;
  rows: number;
  /** The register's date filter that gives those rows (null: every date). */
  from: string | null;
  xlsxBytes: number;
  docxBytes: number | null;
};

declare global {
  interface Window {
    benchStatsDistrictYear: (runs: number, verify: boolean, budgetMs: number) => Promise<StatsResult>;
    benchStatusRujukan: (runs: number, budgetMs: number) => Promise<StatusListResult>;
    benchBukuRekodExtract: (
      rows: number,
      runs: number,
      docx: boolean,
      budgetMs: number,
    ) => Promise<ExtractResult>;
    /** Set by docx-buku-rekod.ts when that bundle builds (the docx writer is bundled apart, as it may be unfinished). */
    benchDocxBukuRekod?: (model: BukuRekodModel) => Promise<Uint8Array>;
  }
}

async function actorOf(username: string): Promise<Actor> {
  const u = await db.users.where("username").equals(username).first();
  if (!u) throw new Error(`no user ${username}: seed the district first`);
  return { userId: u.id, username: u.username, name: u.name, role: u.role, siteIds: u.siteIds };
}

const since = (t0: number) => performance.now() - t0;

/** Run i is wanted: fewer than `runs`, and (after the third) the runs so far have not used up the budget. */
const another = (i: number, runs: number, started: number, budgetMs: number) =>
  i < runs && (i < 3 || since(started) < budgetMs);

/**
 * The loader as it was before the statistics were made fast (full records: every year case, every referral of
 * the sites and all their checks, every person of the cases), kept here to prove the fast loader's model is the same.
 */
async function loadReference(siteIds: readonly string[], year: number): Promise<StatistikKesRecords> {
  return loadFullRecords(db, siteIds, year);
}

/** Every figure of two models, sheet by sheet and row by row; returns the differences (at most 20). */
function compareModels(
  a: StatistikKesModel,
  b: StatistikKesModel,
): { compared: number; differences: string[] } {
  const differences: string[] = [];
  let compared = 0;
  if (a.sheets.length !== b.sheets.length)
    differences.push(`sheets ${a.sheets.length} != ${b.sheets.length}`);
  for (const sa of a.sheets) {
    const sb = b.sheets.find((s) => s.key === sa.key);
    if (!sb) {
      differences.push(`sheet ${sa.name} missing`);
      continue;
    }
    for (const [i, ra] of sa.rows.entries()) {
      const rb = sb.rows[i];
      compared += 1;
      const same =
        rb &&
        rb.id === ra.id &&
        rb.total === ra.total &&
        JSON.stringify(rb.months) === JSON.stringify(ra.months);
      if (!same && differences.length < 20)
        differences.push(
          `${sa.name} ${ra.id}: ${JSON.stringify(ra.months)} vs ${rb ? JSON.stringify(rb.months) : "none"}`,
        );
    }
    if (JSON.stringify(sa.warnings) !== JSON.stringify(sb.warnings))
      differences.push(`${sa.name} warnings: ${sa.warnings.length} vs ${sb.warnings.length}`);
  }
  return { compared, differences };
}

type Choice = { sites: { id: string; name: string }[]; year: number; month: number };

/**
 * The model as renderer/features/laporan/documents/statistik-kes.tsx builds it (its `build`, which imports React and
 * cannot be bundled here); the frame is reportContext's without the office's document settings.
 */
function buildModel(
  choice: Choice,
  records: StatistikKesRecords,
  office: OfficeRecord,
  actor: Actor,
  today: string,
  now: string,
): StatistikKesModel {
  return statistikKesModel({
    year: choice.year,
    month: choice.month,
    sites: choice.sites,
    ...records,
    district: office.district,
    asOf: today,
    letterhead: letterheadFrom(office, office.logo ?? null),
    stamp: { app: "Rekod Komuniti", version: __APP_VERSION__, at: now, by: actor.name },
    signature: {
      preparedBy: { name: actor.name, jawatan: "Pegawai Kebajikan Masyarakat Daerah" },
      reviewedBy: { name: "Pegawai Penyemak", jawatan: "Ketua Unit" },
    },
  });
}

/** The PKMD, the office and every live site: who makes the district's documents, and for what. */
async function districtAsPkmd() {
  const actor = await actorOf("pkmd");
  const office = await getOffice(db);
  if (!office) throw new Error("no office: seed the district first");
  const sites = (await db.sites.toArray())
    .filter((s) => !s.deletedAt)
    .map((s) => ({ id: s.id, name: s.name }));
  return { actor, office, sites, siteIds: sites.map((s) => s.id) };
}

/**
 * The district's yearly statistics as the Laporan screen makes them for the PKMD: every live site, the last full
 * year (report month December, taken today), loadStatistikKes -> buildModel -> statistikKesXlsx.
 */
async function benchStatsDistrictYear(runs: number, verify: boolean, budgetMs: number): Promise<StatsResult> {
  const { actor, office, sites, siteIds } = await districtAsPkmd();
  const today = todayIn();
  const year = Number(today.slice(0, 4)) - 1;
  const month = 12;
  const choice = { sites, year, month };
  const out: Split = { load: [], model: [], xlsx: [], total: [] };
  let records: StatistikKesRecords | null = null;
  let model: StatistikKesModel | null = null;
  let xlsxBytes = 0;
  const started = performance.now();
  for (let i = 0; another(i, runs, started, budgetMs); i++) {
    const t0 = performance.now();
    records = await loadStatistikKes(db, siteIds, year);
    const t1 = performance.now();
    model = buildModel(choice, records, office, actor, today, new Date().toISOString());
    const t2 = performance.now();
    const bytes = await statistikKesXlsx(model);
    const t3 = performance.now();
    xlsxBytes = bytes.length;
    out.load!.push(t1 - t0);
    out.model!.push(t2 - t1);
    out.xlsx!.push(t3 - t2);
    out.total!.push(t3 - t0);
  }
  if (!records || !model) throw new Error("no runs");
  const last: StatistikKesModel = model;
  const total = last.sheets[0]?.rows.find((r) => r.id === "TOTAL")?.total ?? 0;

  let sameAsReference: StatsResult["sameAsReference"] = null;
  let registerCheck: StatsResult["registerCheck"] = null;
  let talliesCheck: StatsResult["talliesCheck"] = null;
  if (verify) {
    const r0 = performance.now();
    const reference = await loadReference(siteIds, year);
    const referenceLoadMs = since(r0);
    const refModel = buildModel(choice, reference, office, actor, today, new Date().toISOString());
    // The stamp differs by the clock only; compare figures.
    sameAsReference = { ...compareModels(last, refModel), referenceLoadMs };
    // "Every figure gives the same count in the register" (the register has no sex filter: Lelaki / Perempuan
    // rows are checked through their group's subtotal).
    const differences: string[] = [];
    let compared = 0;
    for (const sheet of last.sheets) {
      if (sheet.key === "daerah") continue;
      for (let m = 1; m <= month; m++) {
        const { from, to } = monthRange(year, m);
        for (const row of sheet.rows) {
          if (row.kind === "section" || (row.id !== "TOTAL" && !row.caseFilter)) continue;
          if (row.caseFilter?.sex) continue;
          const f: RegisterFilter = {
            siteIds: [sheet.key],
            from,
            to,
            targetGroup: row.caseFilter?.targetGroup ?? null,
            service: row.caseFilter?.service ?? null,
          };
          // Only the TOTAL row and one month in four of the others, to keep the check short.
          if (row.id !== "TOTAL" && m % 4 !== 1) continue;
          const n = await registerCount(db, actor, f);
          compared += 1;
          if (n !== row.months[m - 1] && differences.length < 20)
            differences.push(
              `${sheet.name} ${row.id} ${year}-${m}: model ${row.months[m - 1]}, register ${n}`,
            );
        }
      }
    }
    registerCheck = { compared, differences };
    if (db.tables.some((t) => t.name === "statTallies")) {
      const fresh = await computeStatTallies({
        cases: () => db.cases.toArray(),
        persons: () => db.persons.toArray(),
        referrals: () => db.referrals.toArray(),
        statusChecks: () => db.statusChecks.toArray(),
        investigations: () => db.investigations.toArray(),
      });
      const stored = await db.statTallies.toArray();
      const norm = (t: StatTally) =>
        JSON.stringify(t, (k, v) =>
          v && typeof v === "object" && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
            : k === "odd"
              ? [...(v as string[])].sort()
              : v,
        );
      const want = new Map(fresh.map((t) => [t.key, norm(t)]));
      const have = new Map(stored.map((t) => [t.key, norm(t)]));
      const diffs: string[] = [];
      for (const k of new Set([...want.keys(), ...have.keys()]))
        if (want.get(k) !== have.get(k) && diffs.length < 10)
          diffs.push(`${k}: stored ${have.get(k) ?? "none"} fresh ${want.get(k) ?? "none"}`);
      talliesCheck = { rows: stored.length, differences: diffs };
    }
  }
  return {
    ms: out,
    runs: out.total!.length,
    year,
    month,
    sites: sites.length,
    loaded: Object.fromEntries(Object.entries(records).map(([k, v]) => [k, (v as unknown[]).length])),
    totalCases: total,
    sameAsReference,
    registerCheck,
    talliesCheck,
    xlsxBytes,
  };
}

/** i18next's `t` over the Malay resources, for the code labels the extract looks up. */
const t = ((key: string): string => {
  let v: unknown = ms;
  for (const part of key.split(".")) v = (v as Record<string, unknown> | undefined)?.[part];
  return typeof v === "string" ? v : key;
}) as unknown as TFunction;

/**
 * The PKMD's register from the day on which its newest `rows` entries begin (every site, newest first), so the
 * extract holds `rows` entries and the rest of that day's; fewer when the district has fewer cases.
 */
async function extractFilter(actor: Actor, rows: number): Promise<RegisterFilter> {
  let cursor: RegisterCursor = null;
  let seen = 0;
  let from: string | null = null;
  while (seen < rows) {
    const page = await registerPage(db, actor, { siteIds: null }, cursor, Math.min(500, rows - seen));
    seen += page.rows.length;
    from = page.rows.at(-1)?.date ?? from;
    cursor = page.next;
    if (!cursor) return { siteIds: null };
  }
  return { siteIds: null, from };
}

/**
 * The Buku Rekod extract as the register's export makes it (renderer/features/ppr/buku-rekod/export.ts loadBukuRekod:
 * the register read in pages of 500, people, officers, agencies, then the model), and its xlsx; the docx too when
 * that writer's bundle built. The app runs the writers in its document worker; here they run in the page.
 */
async function benchBukuRekodExtract(
  rows: number,
  runs: number,
  docx: boolean,
  budgetMs: number,
): Promise<ExtractResult> {
  const actor = await actorOf("pkmd");
  const office = await getOffice(db);
  if (!office) throw new Error("no office: seed the district first");
  const filter = await extractFilter(actor, rows);
  const frame = {
    district: office.district,
    letterhead: letterheadFrom(office, office.logo ?? null),
    stamp: { app: "Rekod Komuniti", version: __APP_VERSION__, at: new Date().toISOString(), by: actor.name },
    signature: {
      preparedBy: { name: actor.name, jawatan: "Pegawai Kebajikan Masyarakat Daerah" },
      reviewedBy: { name: "Pegawai Penyemak", jawatan: "Ketua Unit" },
    },
  };
  const out: Split = { load: [], xlsx: [], total: [] };
  if (docx) out.docx = [];
  let count = 0;
  let xlsxBytes = 0;
  let docxBytes: number | null = null;
  const writeDocx = docx ? (window.benchDocxBukuRekod ?? null) : null;
  const started = performance.now();
  for (let i = 0; another(i, runs, started, budgetMs); i++) {
    const t0 = performance.now();
    const model = await loadBukuRekod(actor, filter, t, frame);
    const t1 = performance.now();
    const bytes = await bukuRekodXlsx(model);
    const t2 = performance.now();
    out.load!.push(t1 - t0);
    out.xlsx!.push(t2 - t1);
    out.total!.push(t2 - t0);
    count = model.total;
    xlsxBytes = bytes.length;
    if (writeDocx) {
      const d0 = performance.now();
      const d = await writeDocx(model);
      out.docx!.push(since(d0));
      docxBytes = d.length;
    }
  }
  return { ms: out, rows: count, from: filter.from ?? null, xlsxBytes, docxBytes };
}

export type StatusListResult = {
  ms: Split;
  rows: number;
  overdue: number;
  /** The list made from the statistics' full-record loader (a year of cases with everything on them), for comparison. */
  reference: { loadMs: number; same: boolean };
};

/**
 * The district's Senarai Status Rujukan for last month as the PKMD makes it: loadStatusRujukan -> model -> xlsx;
 * then once from the full-record loader, to show the two lists are the same and what the narrow read saves.
 */
async function benchStatusRujukan(runs: number, budgetMs: number): Promise<StatusListResult> {
  const { actor, office, sites, siteIds } = await districtAsPkmd();
  const today = todayIn();
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1 || 12;
  const y = month === 12 ? year - 1 : year;
  const { from: monthStart, to: asOf } = monthRange(y, month);
  const organisations = await db.organisations.toArray();
  const model = (records: Omit<StatistikKesRecords, "investigations">) =>
    statusRujukanModel({
      sites,
      district: office.district,
      ...records,
      organisations,
      asOf,
      monthStart,
      letterhead: letterheadFrom(office, office.logo ?? null),
      stamp: {
        app: "Rekod Komuniti",
        version: __APP_VERSION__,
        at: new Date().toISOString(),
        by: actor.name,
      },
    });
  const out: Split = { load: [], model: [], xlsx: [], total: [] };
  let last: StatusRujukanModel | null = null;
  const started = performance.now();
  for (let i = 0; another(i, runs, started, budgetMs); i++) {
    const t0 = performance.now();
    const records = await loadStatusRujukan(db, siteIds, asOf, monthStart);
    const t1 = performance.now();
    last = model(records);
    const t2 = performance.now();
    await statusRujukanXlsx(last);
    const t3 = performance.now();
    out.load!.push(t1 - t0);
    out.model!.push(t2 - t1);
    out.xlsx!.push(t3 - t2);
    out.total!.push(t3 - t0);
  }
  if (!last) throw new Error("no runs");
  const r0 = performance.now();
  const full = await loadFullRecords(db, siteIds, y);
  const loadMs = performance.now() - r0;
  const same = JSON.stringify(model(full).rows) === JSON.stringify(last.rows);
  return {
    ms: out,
    rows: last.rows.length,
    overdue: last.totals.overdue,
    reference: { loadMs, same },
  };
}

window.benchStatsDistrictYear = benchStatsDistrictYear;
window.benchStatusRujukan = benchStatusRujukan;
window.benchBukuRekodExtract = benchBukuRekodExtract;
