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
  /** The language of the frame's own words (absent: Malay); a PKH office's documents are in Indonesian. */
  language?: FrameLanguage;
};

/** The frame's words are Malay for JKM offices and Indonesian for PKH offices (FORMATS.md, common frame). */
export type FrameLanguage = "ms" | "id";

export type FrameWords = {
  /** "Muka surat X daripada Y" / "Halaman X dari Y", assembled by each writer from its own page fields. */
  page: string;
  of: string;
  /** The classification printed top and bottom of a document that names persons. */
  classified: string;
  prepared: string;
  checked: string;
  preparedAndChecked: string;
  name: string;
  post: string;
  date: string;
  /** The reviewer's post when none is set. */
  reviewerPost: string;
  /** The generation stamp's words around app, version, time and user. */
  generated: (app: string, version: string, at: string, by: string) => string;
};

export const FRAME_WORDS: Record<FrameLanguage, FrameWords> = {
  ms: {
    page: "Muka surat",
    of: "daripada",
    classified: "SULIT",
    prepared: "Disediakan oleh:",
    checked: "Disemak / Disahkan oleh:",
    preparedAndChecked: "Disediakan dan disahkan oleh:",
    name: "Nama",
    post: "Jawatan",
    date: "Tarikh",
    reviewerPost: "Pegawai Kebajikan Masyarakat Daerah",
    generated: (app, version, at, by) => `Dijana oleh ${app} ${version} pada ${at} oleh ${by}`,
  },
  id: {
    page: "Halaman",
    of: "dari",
    classified: "RAHASIA",
    prepared: "Dibuat oleh:",
    checked: "Diperiksa / Disahkan oleh:",
    preparedAndChecked: "Dibuat dan disahkan oleh:",
    name: "Nama",
    post: "Jabatan",
    date: "Tanggal",
    reviewerPost: "Koordinator PKH Kabupaten/Kota",
    generated: (app, version, at, by) => `Dibuat dengan ${app} ${version} pada ${at} oleh ${by}`,
  },
};

export function frameWords(language: FrameLanguage = "ms"): FrameWords {
  return FRAME_WORDS[language];
}

export type LetterheadLogo = {
  data: Uint8Array;
  type: "png" | "jpeg";
  width: number;
  height: number;
};

export const JKM_ORGANISATION = "JABATAN KEBAJIKAN MASYARAKAT MALAYSIA";
export const PKH_ORGANISATION = "KEMENTERIAN SOSIAL REPUBLIK INDONESIA";

/** The office settings the letterhead is built from (a subset of `Office`). */
export type LetterheadSource = {
  countryPack: "jkm" | "pkh";
  /** The PKH letterhead names the implementing unit as the office calls itself (e.g. "UPPKH Kabupaten Sleman"). */
  officeName?: string;
  district: string;
  state: string;
  address: string;
  phone: string;
};

/**
 * The letterhead from the office settings. JKM: organisation, "PEJABAT ... DAERAH {DAERAH}, {NEGERI}", address, phone.
 * PKH: the ministry, "{UNIT PELAKSANA}, {PROVINSI}", address, phone; its frame words in Indonesian.
 */
export function letterheadFrom(office: LetterheadSource, logo?: LetterheadLogo | null): Letterhead {
  const jkm = office.countryPack === "jkm";
  return {
    organisation: jkm ? JKM_ORGANISATION : PKH_ORGANISATION,
    officeLine: jkm
      ? `PEJABAT KEBAJIKAN MASYARAKAT DAERAH ${office.district}, ${office.state}`.toUpperCase()
      : `${office.officeName?.trim() || office.district}, ${office.state}`.toUpperCase(),
    address: office.address,
    phone: office.phone ? `${jkm ? "Tel" : "Telp."}: ${office.phone}` : "",
    logo: logo ?? null,
    ...(jkm ? {} : { language: "id" as const }),
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

export const INDONESIAN_MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

/** "10 November 2026" from yyyy-mm-dd (PKH documents); empty stays empty. */
export function indonesianDate(iso: string): string {
  if (!iso) return "";
  return `${Number(iso.slice(8, 10))} ${INDONESIAN_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** "Rp 1.234.000" (PKH locale): whole Rupiah, thousands with dots. */
export function rupiah(amount: number): string {
  const whole = Math.round(Math.abs(amount))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${amount < 0 && Math.round(Math.abs(amount)) > 0 ? "-" : ""}Rp ${whole}`;
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

/** "Dijana oleh Rekod Komuniti 0.1.0 pada 05/11/2026 14:30 oleh Nama Pegawai" (Indonesian: "Dibuat dengan ..."). */
export function stampText(s: GenerationStamp, language: FrameLanguage = "ms"): string {
  return frameWords(language).generated(s.app, s.version, officeDateTime(s.at), s.by);
}

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
export function signatureBlock(s: SignatureInput, language: FrameLanguage = "ms"): SignatureBlock {
  const w = frameWords(language);
  const date = (d?: string) => `${w.date}: ${d ? dmy(d) : "...................."}`;
  const reviewerPost = s.reviewedBy.jawatan ?? w.reviewerPost;
  if (samePerson(s))
    return [
      {
        heading: w.preparedAndChecked,
        lines: [
          `${w.name}: ${s.reviewedBy.name}`,
          `${w.post}: ${reviewerPost}`,
          date(s.reviewedBy.date ?? s.preparedBy.date),
        ],
      },
    ];
  return [
    {
      heading: w.prepared,
      lines: [
        `${w.name}: ${s.preparedBy.name}`,
        `${w.post}: ${s.preparedBy.jawatan}`,
        date(s.preparedBy.date),
      ],
    },
    {
      heading: w.checked,
      lines: [`${w.name}: ${s.reviewedBy.name}`, `${w.post}: ${reviewerPost}`, date(s.reviewedBy.date)],
    },
  ];
}

export type Classification = "SULIT" | null;
