// Why: the common frame's words (FORMATS.md "Common frame"), fixed once so every official document reads alike.
import { OFFICE_TIME_ZONE } from "../../domain/dates";
import { samePerson } from "./signatories";

/** The office letterhead, centred at the top of every official document. */
export type Letterhead = {
  /** e.g. "JABATAN KEBAJIKAN MASYARAKAT MALAYSIA"; empty when the pack has none. */
  organisation: string;
  /** e.g. "PEJABAT KEBAJIKAN MASYARAKAT DAERAH LEMBAH PANTAI, WP KUALA LUMPUR". */
  officeLine: string;
  address: string;
  /** Shown as written, e.g. "Tel: 03-2222 3333". */
  phone: string;
  /** Optional office logo uploaded by the administrator (pixel size for the aspect ratio). */
  logo?: LetterheadLogo | null;
};

export type LetterheadLogo = {
  data: Uint8Array;
  type: "png" | "jpeg";
  width: number;
  height: number;
};

export const JKM_ORGANISATION = "JABATAN KEBAJIKAN MASYARAKAT MALAYSIA";

/** The office settings the letterhead is built from (a subset of `Office`). */
export type LetterheadSource = {
  countryPack: "jkm" | "pkh";
  district: string;
  state: string;
  address: string;
  phone: string;
};

/** The JKM letterhead from the office settings: organisation, "PEJABAT ... DAERAH {DAERAH}, {NEGERI}", address, phone. */
export function letterheadFrom(office: LetterheadSource, logo?: LetterheadLogo | null): Letterhead {
  const jkm = office.countryPack === "jkm";
  return {
    organisation: jkm ? JKM_ORGANISATION : "",
    officeLine: jkm
      ? `PEJABAT KEBAJIKAN MASYARAKAT DAERAH ${office.district}, ${office.state}`.toUpperCase()
      : office.district.toUpperCase(),
    address: office.address,
    phone: office.phone ? `Tel: ${office.phone}` : "",
    logo: logo ?? null,
  };
}

/** The letterhead's text lines, top to bottom, empty ones left out. */
export function letterheadLines(l: Letterhead): string[] {
  return [l.organisation, l.officeLine, l.address, l.phone].filter((s) => s.trim() !== "");
}

export const MALAY_MONTHS = [
  "Januari",
  "Februari",
  "Mac",
  "April",
  "Mei",
  "Jun",
  "Julai",
  "Ogos",
  "September",
  "Oktober",
  "November",
  "Disember",
] as const;

/** Column headings for a year laid out by month (Jan ... Dis). */
export const MALAY_MONTHS_SHORT = [
  "Jan",
  "Feb",
  "Mac",
  "Apr",
  "Mei",
  "Jun",
  "Jul",
  "Ogo",
  "Sep",
  "Okt",
  "Nov",
  "Dis",
] as const;

/** Full Malay month name, month 1..12. */
export function malayMonth(month: number): string {
  const name = MALAY_MONTHS[month - 1];
  if (!name) throw new RangeError(`month ${month} is not 1..12`);
  return name;
}

/** "BULAN: OKTOBER 2026" for a month, "TAHUN: 2026" for a whole year. */
export function periodLine(p: { year: number; month?: number | null }): string {
  return p.month ? `BULAN: ${malayMonth(p.month).toUpperCase()} ${p.year}` : `TAHUN: ${p.year}`;
}

/** The period as written in file names: "2026-10" or "2026". */
export function periodSlug(p: { year: number; month?: number | null }): string {
  return p.month ? `${p.year}-${String(p.month).padStart(2, "0")}` : String(p.year);
}

/** dd/mm/yyyy from yyyy-mm-dd; empty stays empty. */
export function dmy(iso: string): string {
  return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "";
}

/** "RM 1,234.00" (JKM locale): thousands with commas, always two decimals, rounded to the sen. */
export function ringgit(amount: number): string {
  const sen = Math.round(Math.abs(amount) * 100);
  const whole = Math.floor(sen / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const text = `RM ${whole}.${String(sen % 100).padStart(2, "0")}`;
  return amount < 0 && sen > 0 ? `-${text}` : text;
}

/** Lower case, ASCII, words joined by "-": "PPR Seri Pantai" -> "ppr-seri-pantai". */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** `{kod-laporan}_{site-or-district}_{period}.{ext}`, lower case, no spaces: `statistik-kes_ppr-seri-pantai_2026-10.xlsx`. */
export function reportFileName(
  code: string,
  siteOrDistrict: string,
  period: { year: number; month?: number | null },
  ext: "xlsx" | "docx",
): string {
  return `${slug(code)}_${slug(siteOrDistrict) || "daerah"}_${periodSlug(period)}.${ext}`;
}

/** Who produced a document, with what, and when (an instant, shown in the office time zone). */
export type GenerationStamp = { app: string; version: string; at: string; by: string };

/** "dd/mm/yyyy HH:MM" of an instant in the office time zone. */
export function officeDateTime(instant: string, timeZone: string = OFFICE_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(instant));
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("day")}/${get("month")}/${get("year")} ${get("hour")}:${get("minute")}`;
}

/** "Dijana oleh Rekod Komuniti 0.1.0 pada 05/11/2026 14:30 oleh Nama Pegawai". */
export function stampText(s: GenerationStamp): string {
  return `Dijana oleh ${s.app} ${s.version} pada ${officeDateTime(s.at)} oleh ${s.by}`;
}

/** "Muka surat X daripada Y" is assembled by each writer from its own page fields. */
export const PAGE_WORD = "Muka surat";
export const OF_WORD = "daripada";

export type SignatureInput = {
  preparedBy: { id?: string; name: string; jawatan: string; date?: string };
  reviewedBy: { id?: string; name: string; jawatan?: string; date?: string };
};

/** One side of the signature block: heading, blank space to sign, then the lines under the signature. */
export type SignatureColumn = { heading: string; lines: string[] };
/** Prepared by and checked by; one column when the same officer does both (and the heading says so). */
export type SignatureBlock = [SignatureColumn] | [SignatureColumn, SignatureColumn];

export const SIGNATURE_LINE = "..............................................";

/**
 * "Disediakan oleh:" (name, jawatan, tarikh) and "Disemak / Disahkan oleh:" (PKMD name, tarikh); a missing date
 * leaves a line to write it in by hand. The same officer on both sides gets one column, "Disediakan dan disahkan
 * oleh:", so a document never reads as checked by someone else when it was not.
 */
export function signatureBlock(s: SignatureInput): SignatureBlock {
  const date = (d?: string) => `Tarikh: ${d ? dmy(d) : "...................."}`;
  const reviewerPost = s.reviewedBy.jawatan ?? "Pegawai Kebajikan Masyarakat Daerah";
  if (samePerson(s))
    return [
      {
        heading: "Disediakan dan disahkan oleh:",
        lines: [
          `Nama: ${s.reviewedBy.name}`,
          `Jawatan: ${reviewerPost}`,
          date(s.reviewedBy.date ?? s.preparedBy.date),
        ],
      },
    ];
  return [
    {
      heading: "Disediakan oleh:",
      lines: [`Nama: ${s.preparedBy.name}`, `Jawatan: ${s.preparedBy.jawatan}`, date(s.preparedBy.date)],
    },
    {
      heading: "Disemak / Disahkan oleh:",
      lines: [`Nama: ${s.reviewedBy.name}`, `Jawatan: ${reviewerPost}`, date(s.reviewedBy.date)],
    },
  ];
}

export type Classification = "SULIT" | null;
