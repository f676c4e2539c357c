// Why: Laporan Statistik Kes Yang Dilayan Mengikut Bulan (FORMATS.md): every figure computed once here, from plain records, for every writer.
import type { InvestigationStatus } from "../../domain/aid";
import { serviceTypes, targetGroups, type ServiceType, type TargetGroup } from "../../domain/codes";
import { OFFICE_TIME_ZONE, addDays, todayIn } from "../../domain/dates";
import {
  MALAY_MONTHS_SHORT,
  periodLine,
  reportFileName,
  signatureBlock,
  stampText,
  type GenerationStamp,
  type Letterhead,
  type SignatureBlock,
  type SignatureInput,
} from "../frame/text";
import { TallyReader, talliesFromRecords, type StatTally } from "./tallies";

export const STATISTIK_KES_CODE = "statistik-kes";
export const STATISTIK_KES_TITLE = "LAPORAN STATISTIK KES YANG DILAYAN MENGIKUT BULAN";
export const DEFAULT_PROGRAMME =
  "PROGRAM PEMBANGUNAN KOMUNITI DI PROJEK PERUMAHAN RAKYAT (PPR) @ KAWASAN BERISIKO TINGGI";

/*
 * Input: plain records. The renderer's CaseRecord, PersonRecord, ReferralRecord, StatusCheckRecord and
 * InvestigationRecord satisfy these shapes as they are; only the fields read here are named.
 */
export type StatCase = {
  id: string;
  recordNo?: string;
  siteId: string;
  personId: string;
  date: string;
  targetGroup: TargetGroup;
  service: ServiceType;
  deletedAt: string | null;
};
/** A person's sex is read even when the person is in the recycle bin: the register still lists their cases. */
export type StatPerson = { id: string; sex: "L" | "P" };
export type StatReferral = {
  id: string;
  caseId: string;
  siteId: string;
  date: string;
  status: "terbuka" | "ditutup";
  closedDate: string | null;
  deletedAt: string | null;
};
export type StatCheck = { id: string; referralId: string; date: string; deletedAt: string | null };
export type StatInvestigation = {
  id: string;
  caseId: string;
  siteId: string;
  /** The investigation date (yyyy-mm-dd). */
  date: string;
  status: InvestigationStatus;
  /** An instant (ISO), set when the PPK sends the investigation to the PKMD. */
  submittedAt: string | null;
  recommendation: "lulus" | "tidak-lulus" | null;
  deletedAt: string | null;
};

export type StatistikKesInput = {
  year: number;
  /** The report month, 1..12: months after it are left empty. */
  month: number;
  /** The district, for the district sheet and the file name of a multi-site report. */
  district: string;
  /** The sites reported, in the order their sheets appear. */
  sites: { id: string; name: string }[];
  cases: readonly StatCase[];
  persons: readonly StatPerson[];
  referrals: readonly StatReferral[];
  statusChecks: readonly StatCheck[];
  investigations: readonly StatInvestigation[];
  /**
   * Running tallies of every record (renderer/db/stat-tallies.ts keeps them with each write). When given, every
   * figure is read from them, and `cases` / `persons` only name the cases the report warns about (the tallies' odd
   * cases, with their people); referrals, checks and investigations may then be left empty.
   */
  tallies?: readonly StatTally[];
  /**
   * The day the report is made (yyyy-mm-dd, office time zone). "At month end" figures of a month not yet over are
   * taken on this day instead. Omitted: every month is taken at its last day.
   */
  asOf?: string;
  letterhead: Letterhead;
  stamp: GenerationStamp;
  signature: SignatureInput;
  programme?: string;
  /** Malay labels of the code lists; defaults are the JKM labels (DOMAIN.md). */
  labels?: {
    targetGroup?: Partial<Record<TargetGroup, string>>;
    service?: Partial<Record<ServiceType, string>>;
  };
};

export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  "kanak-kanak": "Kanak-kanak",
  "warga-emas": "Warga Emas",
  oku: "OKU",
  "ibu-tunggal": "Ibu Tunggal",
  miskin: "Keluarga Miskin / Miskin Tegar",
  "mangsa-kdrt": "Mangsa Keganasan Rumah Tangga",
  belia: "Belia",
  "lain-lain": "Lain-lain",
};

export const SERVICE_LABELS: Record<ServiceType, string> = {
  nasihat: "Khidmat Nasihat / Kaunseling",
  rujukan: "Rujukan ke Agensi",
  siasatan: "Siasatan Permohonan Bantuan Kewangan",
  lawatan: "Lawatan / Ziarah",
  aduan: "Aduan",
  "bantuan-barangan": "Bantuan Barangan / Makanan",
  "lain-lain": "Lain-lain",
};

export type StatRowKind = "section" | "item" | "subtotal" | "total";

export type StatRow = {
  /** Stable key, e.g. "A.warga-emas.P", "B.nasihat", "C.open", "TOTAL". */
  id: string;
  kind: StatRowKind;
  /** The "Bil." cell: "A".."D" on section rows, 1, 2, ... on the first row of an item. */
  bil: string;
  label: string;
  indent: number;
  /** Jan..Dis: a count for each month up to the report month, null after it (and on section rows). */
  months: (number | null)[];
  /** The "Jumlah" cell; null on section rows. */
  total: number | null;
  /**
   * How "Jumlah" is formed: "sum" adds Jan .. the report month; "month" repeats the report month's figure, for
   * rows that are a balance at month end (adding balances of several months counts the same referral many times).
   */
  totalRule: "sum" | "month" | null;
  /** For subtotal and total rows: the rows whose figures this row adds up, month by month. */
  sumOf?: string[];
  /** For rows counting cases: the register filter (besides site and date in the month) that gives the same count. */
  caseFilter?: { targetGroup?: TargetGroup; service?: ServiceType; sex?: "L" | "P" };
};

/** Data the report could not place, so that nobody is surprised by a figure that does not add up. */
export type StatWarning = {
  kind: "unknownPerson" | "unknownTargetGroup" | "unknownService";
  caseId: string;
  recordNo: string;
};

export type StatSheet = {
  /** The site id, or "daerah". */
  key: string;
  /** The site's or the district's name. */
  name: string;
  /** Tab name in the workbook: the site name, or "Daerah". */
  sheetName: string;
  /** Programme line, site or district line, period line. */
  subtitle: string[];
  rows: StatRow[];
  warnings: StatWarning[];
};

export type StatistikKesModel = {
  code: typeof STATISTIK_KES_CODE;
  title: string;
  classification: null;
  year: number;
  month: number;
  letterhead: Letterhead;
  stamp: string;
  signature: SignatureBlock;
  /** Bil. | Perkara | Jan .. Dis | Jumlah */
  columns: string[];
  /** One sheet per site; when there are several sites, the district sheet ("Daerah") comes first. */
  sheets: StatSheet[];
  /** Printed under each table. */
  notes: string[];
  fileNames: { xlsx: string; docx: string };
};

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Last day (yyyy-mm-dd) of a month. */
function monthEnd(year: number, month: number): string {
  return addDays(month === 12 ? `${year + 1}-01-01` : `${year}-${pad2(month + 1)}-01`, -1);
}

/** The office calendar day of a stored value: a yyyy-mm-dd date as it is, an ISO instant in the office time zone. */
export function officeDay(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : todayIn(OFFICE_TIME_ZONE, new Date(value));
}

/**
 * The figures of one table for a set of sites (one site for a site sheet). Row by row, for month m of the year
 * (only m up to the report month; later months are null), counting only records not soft-deleted:
 *
 * A. Kes mengikut kumpulan sasar
 *   "{group} - Lelaki" / "{group} - Perempuan": cases with `date` in month m, `targetGroup` = group, whose person's
 *      `sex` is L / P, `siteId` (the case's current site) in the set. Register: site + date from/to the month +
 *      targetGroup filter, then the person's Jantina column.
 *   "Jumlah {group}": Lelaki + Perempuan.
 * B. Kes mengikut jenis perkhidmatan
 *   "{service}": cases with `date` in month m, `service` = that type, site in the set. Register: site + month +
 *      service filter.
 * C. Rujukan: a referral counts at the current site of its case (a case moved between sites takes its referrals
 *    with it; the referral's own `siteId` is used only when its case is not given), and not at all when its case is
 *    soft-deleted.
 *   C1 "Rujukan dibuat": referrals with `date` in month m.
 *   C2 "Rujukan ditutup": referrals whose status is now "ditutup" with `closedDate` in month m. A referral that was
 *      closed and reopened (status back to "terbuka") is open, so it is not counted here.
 *   C3 "Rujukan masih terbuka pada akhir bulan": referrals with `date` on or before the month's last day (or asOf,
 *      if earlier) that are not closed by then: status "terbuka" (including reopened ones), or "ditutup" with
 *      `closedDate` after that day.
 *   C4 "Semakan status dibuat": status checks with `date` in month m, on referrals counted in C.
 *   C5 "Rujukan lewat semak pada akhir bulan": of the referrals in C3, those whose last status check on or before
 *      that day (or the referral date, before any check) is 7 or more calendar days before it (`checkState`
 *      "overdue", the rule of the weekly board, taken on that day).
 * D. Siasatan permohonan bantuan: an investigation counts at the current site of its case, as referrals do.
 *   D1 "Siasatan dibuka": investigations with `date` (the investigation date) in month m.
 *   D2 "Siasatan dihantar kepada PKMD": investigations sent to the PKMD (status "dihantar", "dikembalikan" or
 *      "diputuskan") with `submittedAt`, taken as a calendar day in the office time zone, in month m. One returned
 *      for correction and sent again counts once, on the day it was last sent.
 *   D3 "Disyorkan lulus": of D2, those with `recommendation` "lulus". D4 "Tidak disyorkan": "tidak-lulus".
 *      D3 + D4 = D2, since an investigation cannot be sent without a recommendation.
 * JUMLAH KES DILAYAN: cases with `date` in month m, site in the set (the register with only site and month
 *   filters). Every case has exactly one service type, so it equals the sum of section B, which the workbook's
 *   formula adds up; and, when every case's person is known, the sum of the A subtotals.
 *
 * "Jumlah" adds the months up to the report month, except C3 and C5 (balances at month end), whose "Jumlah" is the
 * report month's figure.
 */
export function statistikKesRows(
  input: StatistikKesInput,
  siteIds: readonly string[],
): { rows: StatRow[]; warnings: StatWarning[] } {
  const { year, month } = input;
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`month ${month} is not 1..12`);
  const sites = new Set(siteIds);
  const tgLabel = { ...TARGET_GROUP_LABELS, ...input.labels?.targetGroup };
  const svLabel = { ...SERVICE_LABELS, ...input.labels?.service };
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const key = (m: number) => `${year}-${pad2(m)}`;
  const cutoff = (m: number) => {
    const end = monthEnd(year, m);
    return input.asOf && input.asOf < end ? input.asOf : end;
  };

  const sex = new Map(input.persons.map((p) => [p.id, p.sex]));
  const liveCases = input.cases.filter((c) => !c.deletedAt && sites.has(c.siteId));
  // Every figure is a sum of what each record adds to its site and month (tallies.ts), from the tallies kept in the
  // database or from the records given.
  const tally = new TallyReader(input.tallies ?? recordTallies(input), siteIds);

  const per = (count: (m: number) => number): (number | null)[] =>
    months.map((m) => (m <= month ? count(m) : null));
  const rows: StatRow[] = [];
  const push = (
    r: Omit<StatRow, "total" | "totalRule" | "indent"> & { indent?: number; rule?: "sum" | "month" },
  ) => {
    const rule = r.kind === "section" ? null : (r.rule ?? "sum");
    const total =
      rule === "sum"
        ? r.months.reduce<number>((s, v) => s + (v ?? 0), 0)
        : rule === "month"
          ? (r.months[month - 1] ?? 0)
          : null;
    const { rule: _rule, ...rest } = r;
    rows.push({ ...rest, indent: r.indent ?? 0, total, totalRule: rule });
  };
  const section = (bil: string, label: string) =>
    push({ id: `section.${bil}`, kind: "section", bil, label, months: months.map(() => null) });

  // A. Kes mengikut kumpulan sasar
  section("A", "KES MENGIKUT KUMPULAN SASAR");
  targetGroups.forEach((g, gi) => {
    const ids: string[] = [];
    for (const s of ["L", "P"] as const) {
      const id = `A.${g}.${s}`;
      ids.push(id);
      push({
        id,
        kind: "item",
        bil: s === "L" ? String(gi + 1) : "",
        label: `${tgLabel[g]} - ${s === "L" ? "Lelaki" : "Perempuan"}`,
        months: per((m) => tally.cases(key(m), (tg, sx) => tg === g && sx === s)),
        caseFilter: { targetGroup: g, sex: s },
      });
    }
    push({
      id: `A.${g}`,
      kind: "subtotal",
      bil: "",
      label: `Jumlah ${tgLabel[g]}`,
      // The person known (whatever the sex): "?" marks an unknown person.
      months: per((m) => tally.cases(key(m), (tg, sx) => tg === g && sx !== "?")),
      sumOf: ids,
      caseFilter: { targetGroup: g },
    });
  });

  // B. Kes mengikut jenis perkhidmatan
  section("B", "KES MENGIKUT JENIS PERKHIDMATAN");
  const serviceIds = serviceTypes.map((s) => `B.${s}`);
  serviceTypes.forEach((s, i) =>
    push({
      id: `B.${s}`,
      kind: "item",
      bil: String(i + 1),
      label: svLabel[s],
      months: per((m) => tally.cases(key(m), (_tg, _sx, sv) => sv === s)),
      caseFilter: { service: s },
    }),
  );

  // C. Rujukan
  section("C", "RUJUKAN");
  push({
    id: "C.made",
    kind: "item",
    bil: "1",
    label: "Rujukan dibuat",
    months: per((m) => tally.count(key(m), "made")),
  });
  push({
    id: "C.closed",
    kind: "item",
    bil: "2",
    label: "Rujukan ditutup",
    months: per((m) => tally.count(key(m), "closed")),
  });
  push({
    id: "C.open",
    kind: "item",
    bil: "3",
    label: "Rujukan masih terbuka pada akhir bulan *",
    months: per((m) => tally.balance(cutoff(m), "open")),
    rule: "month",
  });
  push({
    id: "C.checks",
    kind: "item",
    bil: "4",
    label: "Semakan status rujukan dibuat",
    months: per((m) => tally.count(key(m), "checks")),
  });
  push({
    id: "C.overdue",
    kind: "item",
    bil: "5",
    label: "Rujukan lewat semak (7 hari atau lebih) pada akhir bulan *",
    months: per((m) => tally.balance(cutoff(m), "overdue")),
    rule: "month",
  });

  // D. Siasatan permohonan bantuan
  section("D", "SIASATAN PERMOHONAN BANTUAN KEWANGAN");
  push({
    id: "D.opened",
    kind: "item",
    bil: "1",
    label: "Siasatan dibuka",
    months: per((m) => tally.count(key(m), "opened")),
  });
  push({
    id: "D.submitted",
    kind: "item",
    bil: "2",
    label: "Siasatan dihantar kepada PKMD",
    months: per((m) => tally.count(key(m), "submitted")),
  });
  push({
    id: "D.lulus",
    kind: "item",
    bil: "3",
    label: "Disyorkan lulus (syor lulus)",
    months: per((m) => tally.count(key(m), "lulus")),
  });
  push({
    id: "D.tidak-lulus",
    kind: "item",
    bil: "4",
    label: "Tidak disyorkan (syor tidak lulus)",
    months: per((m) => tally.count(key(m), "tidakLulus")),
  });

  // JUMLAH KES DILAYAN, counted directly; it is written as the sum of B only when the two agree.
  const totalMonths = per((m) => tally.cases(key(m), () => true));
  const byService = (m: number) =>
    rows.filter((r) => serviceIds.includes(r.id)).reduce((s, r) => s + (r.months[m - 1] ?? 0), 0);
  const agrees = months.every((m) => m > month || byService(m) === totalMonths[m - 1]);
  push({
    id: "TOTAL",
    kind: "total",
    bil: "",
    label: "JUMLAH KES DILAYAN",
    months: totalMonths,
    sumOf: agrees ? serviceIds : undefined,
  });

  const warnings: StatWarning[] = [];
  const first = `${year}-01-01`;
  const last = monthEnd(year, month);
  for (const c of liveCases) {
    if (c.date < first || c.date > last) continue;
    const w = (kind: StatWarning["kind"]) =>
      warnings.push({ kind, caseId: c.id, recordNo: c.recordNo ?? "" });
    if (!sex.has(c.personId)) w("unknownPerson");
    if (!(targetGroups as readonly string[]).includes(c.targetGroup)) w("unknownTargetGroup");
    if (!(serviceTypes as readonly string[]).includes(c.service)) w("unknownService");
  }
  return { rows, warnings };
}

/** The records' tallies, made once per input (statistikKesRows runs once per sheet). */
const recordTalliesMemo = new WeakMap<StatistikKesInput, StatTally[]>();
function recordTallies(input: StatistikKesInput): StatTally[] {
  let t = recordTalliesMemo.get(input);
  if (!t) recordTalliesMemo.set(input, (t = talliesFromRecords(input)));
  return t;
}

/** Row by row sum of tables with the same rows (the district sheet from the site sheets). */
export function addRows(tables: readonly StatRow[][]): StatRow[] {
  const [head, ...rest] = tables;
  if (!head) return [];
  return head.map((row, i) => {
    const others = rest.map((t) => t[i]!);
    for (const o of others) if (o.id !== row.id) throw new Error(`row ${i}: ${o.id} is not ${row.id}`);
    const add = (a: number | null, b: number | null) =>
      a === null && b === null ? null : (a ?? 0) + (b ?? 0);
    return {
      ...row,
      months: row.months.map((v, m) => others.reduce((s, o) => add(s, o.months[m] ?? null), v)),
      total: others.reduce((s, o) => add(s, o.total), row.total),
      sumOf: others.every((o) => o.sumOf) ? row.sumOf : undefined,
    };
  });
}

/** The whole report: one sheet per site, and a district sheet adding them up when there are several. */
export function statistikKesModel(input: StatistikKesInput): StatistikKesModel {
  const programme = (input.programme ?? DEFAULT_PROGRAMME).toUpperCase();
  const period = periodLine({ year: input.year, month: input.month });
  const siteSheets: StatSheet[] = input.sites.map((site) => {
    const { rows, warnings } = statistikKesRows(input, [site.id]);
    return {
      key: site.id,
      name: site.name,
      sheetName: site.name,
      subtitle: [programme, `TAPAK: ${site.name.toUpperCase()}`, period],
      rows,
      warnings,
    };
  });
  const several = siteSheets.length > 1;
  const district: StatSheet | null = several
    ? {
        key: "daerah",
        name: input.district,
        sheetName: "Daerah",
        subtitle: [programme, `DAERAH: ${input.district.toUpperCase()} (${siteSheets.length} TAPAK)`, period],
        rows: addRows(siteSheets.map((s) => s.rows)),
        warnings: siteSheets.flatMap((s) => s.warnings),
      }
    : null;
  const scope = several || !siteSheets[0] ? input.district : siteSheets[0].name;
  const p = { year: input.year, month: input.month };
  return {
    code: STATISTIK_KES_CODE,
    title: STATISTIK_KES_TITLE,
    classification: null,
    year: input.year,
    month: input.month,
    letterhead: input.letterhead,
    stamp: stampText(input.stamp),
    signature: signatureBlock(input.signature),
    columns: ["Bil.", "Perkara", ...MALAY_MONTHS_SHORT, "Jumlah"],
    sheets: district ? [district, ...siteSheets] : siteSheets,
    notes: [
      "* Baki pada akhir bulan: lajur Jumlah bagi baris ini ialah angka bulan laporan, bukan hasil tambah bulanan.",
      "Setiap angka dikira daripada Buku Rekod (rekod yang dipadam tidak dikira); kes dikira di tapaknya yang terkini.",
    ],
    fileNames: {
      xlsx: reportFileName(STATISTIK_KES_CODE, scope, p, "xlsx"),
      docx: reportFileName(STATISTIK_KES_CODE, scope, p, "docx"),
    },
  };
}
