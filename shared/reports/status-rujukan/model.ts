// Why: Senarai Status Rujukan (FORMATS.md, SULIT): open and recent referrals with their weekly-check state, computed once for every writer and the screen.
import { addDays } from "../../domain/dates";
import { checkState } from "../../domain/referral";
import {
  dmy,
  periodLine,
  reportFileName,
  signatureBlock,
  stampText,
  type GenerationStamp,
  type Letterhead,
  type SignatureBlock,
  type SignatureInput,
} from "../frame/text";

export const STATUS_RUJUKAN_CODE = "status-rujukan";
export const STATUS_RUJUKAN_TITLE = "SENARAI STATUS RUJUKAN";
export const OVERDUE_MARK = "LEWAT SEMAK";

/* Input: plain records; the renderer's stored records satisfy these shapes as they are. */
export type SrCase = {
  id: string;
  recordNo: string;
  siteId: string;
  personId: string;
  deletedAt: string | null;
};
export type SrPerson = { id: string; name: string; deletedAt: string | null };
export type SrOrganisation = { id: string; name: string };
export type SrReferral = {
  id: string;
  caseId: string;
  siteId: string;
  organisationId: string;
  date: string;
  status: "terbuka" | "ditutup";
  closedDate: string | null;
  outcome: string;
  deletedAt: string | null;
};
export type SrCheck = {
  id: string;
  referralId: string;
  date: string;
  response: string;
  deletedAt: string | null;
};

export type StatusRujukanInput = {
  /** The sites reported. */
  sites: { id: string; name: string }[];
  /** The district, for the subtitle and file name of a multi-site list. */
  district?: string;
  cases: readonly SrCase[];
  persons: readonly SrPerson[];
  organisations: readonly SrOrganisation[];
  referrals: readonly SrReferral[];
  statusChecks: readonly SrCheck[];
  /** The day the status is taken (yyyy-mm-dd): today, or the month's last day for a month already over. */
  asOf: string;
  /** First day (yyyy-mm-dd) of the report month: referrals closed in that month are listed as recent. */
  monthStart: string;
  letterhead?: Letterhead;
  stamp?: GenerationStamp;
  signature?: SignatureInput;
};

export type StatusRujukanRow = {
  referralId: string;
  /** The case's site (its current one). */
  site: string;
  recordNo: string;
  name: string;
  organisation: string;
  /** dd/mm/yyyy */
  referredDate: string;
  /** dd/mm/yyyy, or "-" before the first check. */
  lastCheck: string;
  /** Open: calendar days from the last check (or the referral) to asOf. Closed: null (the closing date is shown). */
  days: number | null;
  /** dd/mm/yyyy the referral was closed; null while open. */
  closedDate: string | null;
  status: "Terbuka" | "Ditutup";
  /** The latest check's response; for a closed referral, its outcome. */
  note: string;
  /** Open and no status check in the last 7 days (checkState "overdue"). */
  overdue: boolean;
};

export type StatusRujukanModel = {
  code: typeof STATUS_RUJUKAN_CODE;
  title: string;
  classification: "SULIT";
  asOf: string;
  year: number;
  month: number;
  subtitle: string[];
  /** The headings; a list of several sites has a "Tapak" column after "Bil.". */
  columns: string[];
  siteColumn: boolean;
  rows: StatusRujukanRow[];
  totals: { open: number; overdue: number; closedThisMonth: number };
  letterhead: Letterhead;
  stamp: string;
  signature: SignatureBlock;
  fileNames: { xlsx: string };
};

export const STATUS_RUJUKAN_COLUMNS = [
  "Bil.",
  "No. Rekod",
  "Nama",
  "Agensi",
  "Tarikh Dirujuk",
  "Semakan Terakhir",
  "Hari Sejak Semakan / Tarikh Ditutup",
  "Status",
  "Catatan",
];
export const SITE_COLUMN = "Tapak";

/** The "Hari Sejak Semakan / Tarikh Ditutup" cell: days for an open referral, the closing date for a closed one. */
export function sinceCell(r: Pick<StatusRujukanRow, "days" | "closedDate">): number | string {
  return r.closedDate ?? r.days ?? "";
}

const EMPTY_LETTERHEAD: Letterhead = { organisation: "", officeLine: "", address: "", phone: "" };

/** Last day (yyyy-mm-dd) of the month starting on `monthStart`. */
function monthEndOf(monthStart: string): string {
  const y = Number(monthStart.slice(0, 4));
  const m = Number(monthStart.slice(5, 7));
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return addDays(next, -1);
}

/**
 * A referral the list never shows for the month starting on `monthStart`: closed, as it stands at `asOf`, before
 * the month began (the loader leaves these out before reading their cases, people and checks).
 */
export function closedBeforeMonth(
  r: Pick<SrReferral, "status" | "closedDate" | "date">,
  asOf: string,
  monthStart: string,
): boolean {
  const closedOn = r.closedDate ?? r.date;
  return r.status === "ditutup" && closedOn <= asOf && closedOn < monthStart;
}

/**
 * The list at `asOf`. A referral is placed at its case's current site (its own siteId only when the case is not
 * given) and left out when it, its case or its person is soft-deleted. Listed: referrals made on or before asOf and
 * not closed by then ("Terbuka", reopened ones included), and those closed within the report month on or before
 * asOf ("Ditutup"). Checks after asOf and soft-deleted checks are not seen. Overdue rows come first, the longest
 * without a check first; then the rest, by record number.
 */
export function statusRujukanModel(input: StatusRujukanInput): StatusRujukanModel {
  const { asOf, monthStart } = input;
  const monthEnd = monthEndOf(monthStart);
  const sites = new Set(input.sites.map((s) => s.id));
  const siteName = new Map(input.sites.map((s) => [s.id, s.name]));
  const caseById = new Map(input.cases.map((c) => [c.id, c]));
  const personById = new Map(input.persons.map((p) => [p.id, p]));
  const orgName = new Map(input.organisations.map((o) => [o.id, o.name]));
  const checks = new Map<string, SrCheck[]>();
  for (const ch of input.statusChecks) {
    if (ch.deletedAt || ch.date > asOf) continue;
    checks.set(ch.referralId, [...(checks.get(ch.referralId) ?? []), ch]);
  }

  const rows: StatusRujukanRow[] = [];
  const referredOn = new Map<string, string>();
  for (const r of input.referrals) {
    if (r.deletedAt || r.date > asOf) continue;
    const c = caseById.get(r.caseId);
    if (!c || c.deletedAt || !sites.has(c.siteId)) continue;
    const person = personById.get(c.personId);
    if (!person || person.deletedAt) continue;
    const closed = r.status === "ditutup" && (r.closedDate ?? r.date) <= asOf;
    const closedOn = r.closedDate ?? r.date;
    if (closedBeforeMonth(r, asOf, monthStart) || (closed && closedOn > monthEnd)) continue;
    const latest = (checks.get(r.id) ?? []).reduce<SrCheck | null>(
      (a, ch) => (!a || ch.date > a.date ? ch : a),
      null,
    );
    const last = latest?.date ?? null;
    const state = checkState(r.date, last, asOf);
    referredOn.set(r.id, r.date);
    rows.push({
      referralId: r.id,
      site: siteName.get(c.siteId) ?? "",
      recordNo: c.recordNo,
      name: person.name,
      organisation: orgName.get(r.organisationId) ?? "",
      referredDate: dmy(r.date),
      lastCheck: last ? dmy(last) : "-",
      days: closed ? null : state.days,
      closedDate: closed ? dmy(closedOn) : null,
      status: closed ? "Ditutup" : "Terbuka",
      note: closed ? r.outcome : (latest?.response ?? ""),
      overdue: !closed && state.state === "overdue",
    });
  }
  const byRecord = (a: StatusRujukanRow, b: StatusRujukanRow) =>
    a.recordNo.localeCompare(b.recordNo, "ms", { numeric: true }) ||
    (referredOn.get(a.referralId) ?? "").localeCompare(referredOn.get(b.referralId) ?? "");
  rows.sort((a, b) =>
    a.overdue !== b.overdue
      ? a.overdue
        ? -1
        : 1
      : a.overdue && a.days !== b.days
        ? (b.days ?? 0) - (a.days ?? 0)
        : byRecord(a, b),
  );

  const year = Number(monthStart.slice(0, 4));
  const month = Number(monthStart.slice(5, 7));
  const several = input.sites.length > 1;
  const district = input.district ?? "";
  const scope = several || !input.sites[0] ? district : input.sites[0].name;
  const stamp = input.stamp;
  return {
    code: STATUS_RUJUKAN_CODE,
    title: STATUS_RUJUKAN_TITLE,
    classification: "SULIT",
    asOf,
    year,
    month,
    subtitle: [
      several
        ? `DAERAH: ${district.toUpperCase()} (${input.sites.length} TAPAK)`
        : `TAPAK: ${(input.sites[0]?.name ?? "").toUpperCase()}`,
      periodLine({ year, month }),
      `STATUS PADA: ${dmy(asOf)}`,
    ],
    columns: several ? ["Bil.", SITE_COLUMN, ...STATUS_RUJUKAN_COLUMNS.slice(1)] : STATUS_RUJUKAN_COLUMNS,
    siteColumn: several,
    rows,
    totals: {
      open: rows.filter((r) => r.status === "Terbuka").length,
      overdue: rows.filter((r) => r.overdue).length,
      closedThisMonth: rows.filter((r) => r.status === "Ditutup").length,
    },
    letterhead: input.letterhead ?? EMPTY_LETTERHEAD,
    stamp: stamp ? stampText(stamp) : "",
    signature: signatureBlock(
      input.signature ?? { preparedBy: { name: "", jawatan: "" }, reviewedBy: { name: "" } },
    ),
    fileNames: { xlsx: reportFileName(STATUS_RUJUKAN_CODE, scope, { year, month }, "xlsx") },
  };
}

/** The totals under the table, label and figure, as every copy of the list (file or paper) prints them. */
export function statusRujukanTotals(model: Pick<StatusRujukanModel, "totals">): [string, number][] {
  return [
    ["Jumlah rujukan terbuka", model.totals.open],
    [`Rujukan lewat semak (${OVERDUE_MARK})`, model.totals.overdue],
    ["Rujukan ditutup dalam bulan ini", model.totals.closedThisMonth],
  ];
}
