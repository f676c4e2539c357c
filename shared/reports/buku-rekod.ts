// Why: the Buku Rekod extract (FORMATS.md): every text, cell and figure computed once here, from plain records, for every writer.
import { addDays, ageOn } from "../domain/dates";
import { bukuRekodColumnShares } from "./buku-rekod-columns";
import { DEFAULT_PROGRAMME } from "./statistik-kes/model";
import {
  dmy,
  malayMonth,
  signatureBlock,
  slug,
  stampText,
  type GenerationStamp,
  type Letterhead,
  type SignatureBlock,
  type SignatureInput,
} from "./frame/text";

/** Kept for the callers that formatted dates through this module. */
export { dmy } from "./frame/text";

export const BUKU_REKOD_CODE = "buku-rekod";
export const BUKU_REKOD_TITLE = "BUKU REKOD";

export const BUKU_REKOD_COLUMNS = [
  "No. Rekod",
  "Tarikh",
  "Nama",
  "No. KP",
  "Jantina",
  "Umur",
  "Alamat",
  "Kumpulan Sasar",
  "Masalah / Keperluan",
  "Perkhidmatan / Tindakan",
  "Rujukan (agensi)",
  "Status",
  "Tarikh Susulan",
  "Pegawai",
] as const;

/** One register entry with what the extract shows of it (labels already in the office language). */
export type BukuRekodCase = {
  recordNo: string;
  date: string;
  person: {
    name: string;
    docNo: string;
    sex: "L" | "P";
    birthDate: string;
    block: string;
    unit: string;
    siteName: string;
  };
  targetGroupLabel: string;
  problem: string;
  serviceLabel: string;
  action: string;
  agencies: string[];
  statusLabel: string;
  followUpDate: string;
  officer: string;
};

/** The register's filters besides site and dates, as the labels shown for them; printed under the period. */
export type BukuRekodCriteria = {
  status?: string | null;
  targetGroup?: string | null;
  service?: string | null;
  officer?: string | null;
  /** Cases with a follow-up due on or before this date (yyyy-mm-dd). */
  followUpDue?: string | null;
};

export type BukuRekodSource = {
  /** The district: named when the extract covers more than one site, and in its file name. */
  district: string;
  /** The names of the sites the extract covers (one site: "TAPAK: ..."; several: the district). */
  sites: string[];
  /** The register's date filter (yyyy-mm-dd), null where open. */
  from: string | null;
  to: string | null;
  criteria?: BukuRekodCriteria;
  /** The entries, in any order: the extract lists them by date, oldest first, as a record book is read. */
  cases: BukuRekodCase[];
  letterhead: Letterhead;
  stamp: GenerationStamp;
  signature: SignatureInput;
  programme?: string;
};

export type BukuRekodModel = {
  code: typeof BUKU_REKOD_CODE;
  classification: "SULIT";
  letterhead: Letterhead;
  title: string;
  /** Programme, site or district, period, then any other filter of the register, one line each. */
  subtitle: string[];
  /** The columns after "Bil." (the writers number the rows). */
  columns: readonly string[];
  /** Each column's share of the table width, "Bil." first (they add up to 1): one layout for every copy. */
  columnShares: number[];
  rows: (string | number)[][];
  total: number;
  /** "JUMLAH REKOD: 40", printed under the table by every writer. */
  totalLine: string;
  /** The table's only row when there are no entries. */
  emptyLine: string;
  stamp: string;
  signature: SignatureBlock;
  fileNames: { xlsx: string; docx: string };
};

/** True when `from`..`to` is exactly one calendar month. */
function wholeMonth(from: string | null, to: string | null): boolean {
  if (!from || !to || !from.endsWith("-01") || from.slice(0, 7) !== to.slice(0, 7)) return false;
  return addDays(to, 1).endsWith("-01");
}

/** "BULAN: OKTOBER 2026", "TEMPOH: 01/10/2026 - 15/10/2026", "TEMPOH: DARI 01/10/2026", "TEMPOH: SEMUA TARIKH". */
export function bukuRekodPeriodLine(from: string | null, to: string | null): string {
  if (from && to && wholeMonth(from, to))
    return `BULAN: ${malayMonth(Number(from.slice(5, 7))).toUpperCase()} ${from.slice(0, 4)}`;
  if (from && to) return `TEMPOH: ${dmy(from)} - ${dmy(to)}`;
  if (from) return `TEMPOH: DARI ${dmy(from)}`;
  if (to) return `TEMPOH: SEHINGGA ${dmy(to)}`;
  return "TEMPOH: SEMUA TARIKH";
}

/** The period in the file name: a month "2026-10", else "2026-10-01_2026-10-15", an open end as "awal" / "kini", no dates "semua". */
export function bukuRekodPeriodSlug(from: string | null, to: string | null): string {
  if (wholeMonth(from, to)) return from!.slice(0, 7);
  return from || to ? `${from ?? "awal"}_${to ?? "kini"}` : "semua";
}

function criteriaLines(c: BukuRekodCriteria = {}): string[] {
  const lines: [string, string | null | undefined][] = [
    ["STATUS", c.status],
    ["KUMPULAN SASAR", c.targetGroup],
    ["PERKHIDMATAN", c.service],
    ["PEGAWAI", c.officer],
    ["SUSULAN SEHINGGA", c.followUpDue ? dmy(c.followUpDue) : null],
  ];
  return lines.filter(([, v]) => v?.trim()).map(([k, v]) => `${k}: ${v!.trim().toUpperCase()}`);
}

/** Date order, oldest first; entries of one day by record number. */
function byDate(a: BukuRekodCase, b: BukuRekodCase): number {
  return a.date.localeCompare(b.date) || a.recordNo.localeCompare(b.recordNo, "ms", { numeric: true });
}

/** The unit ("B-12-07"), with its block when the unit does not name it; the site only when the extract covers several. */
function addressOf(p: BukuRekodCase["person"], withSite: boolean): string {
  const block = p.block.trim();
  const unit = p.unit.trim();
  const place =
    unit && (!block || unit.toUpperCase().startsWith(block.toUpperCase()))
      ? unit
      : [block && `Blok ${block}`, unit].filter(Boolean).join(", ");
  return [place, withSite ? p.siteName : ""].filter(Boolean).join(", ");
}

export function bukuRekodModel(src: BukuRekodSource): BukuRekodModel {
  const withSite = src.sites.length !== 1;
  const rows = [...src.cases]
    .sort(byDate)
    .map((c) => [
      c.recordNo,
      dmy(c.date),
      c.person.name,
      c.person.docNo,
      c.person.sex,
      ageOn(c.person.birthDate, c.date),
      addressOf(c.person, withSite),
      c.targetGroupLabel,
      c.problem,
      [c.serviceLabel, c.action].filter(Boolean).join(": "),
      c.agencies.filter(Boolean).join("; "),
      c.statusLabel,
      dmy(c.followUpDate),
      c.officer,
    ]);
  const oneSite = src.sites.length === 1 ? src.sites[0]! : null;
  const where = oneSite
    ? `TAPAK: ${oneSite.toUpperCase()}`
    : `DAERAH: ${src.district.toUpperCase()}${src.sites.length > 1 ? ` (${src.sites.length} TAPAK)` : ""}`;
  const base = `${BUKU_REKOD_CODE}_${slug(oneSite ?? src.district) || "daerah"}_${bukuRekodPeriodSlug(src.from, src.to)}`;
  return {
    code: BUKU_REKOD_CODE,
    classification: "SULIT",
    letterhead: src.letterhead,
    title: BUKU_REKOD_TITLE,
    subtitle: [
      (src.programme ?? DEFAULT_PROGRAMME).toUpperCase(),
      where,
      bukuRekodPeriodLine(src.from, src.to),
      ...criteriaLines(src.criteria),
    ],
    columns: BUKU_REKOD_COLUMNS,
    columnShares: bukuRekodColumnShares(["Bil.", ...BUKU_REKOD_COLUMNS], rows),
    rows,
    total: rows.length,
    totalLine: `JUMLAH REKOD: ${rows.length}`,
    emptyLine: "Tiada rekod dalam tempoh ini.",
    stamp: stampText(src.stamp),
    signature: signatureBlock(src.signature),
    fileNames: { xlsx: `${base}.xlsx`, docx: `${base}.docx` },
  };
}
