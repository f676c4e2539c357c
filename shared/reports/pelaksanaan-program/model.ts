// Why: Laporan Pelaksanaan Program dan Aktiviti PPR (FORMATS.md): every text and figure computed once here, from plain records, for every writer.
import type { FramePhoto } from "../frame/photo-grid";
import type { TargetGroup } from "../../domain/codes";
import { targetGroups } from "../../domain/codes";
import type { programmeCategories, programmeMethods, programmeStatuses } from "../../domain/community";
import {
  MALAY_MONTHS,
  dmy,
  malayMonth,
  periodLine,
  reportFileName,
  ringgit,
  signatureBlock,
  slug,
  stampText,
  type GenerationStamp,
  type Letterhead,
  type SignatureBlock,
  type SignatureInput,
} from "../frame/text";
import { DEFAULT_PROGRAMME, TARGET_GROUP_LABELS } from "../statistik-kes/model";

export const PELAKSANAAN_PROGRAM_CODE = "pelaksanaan-program";
export const PELAKSANAAN_PROGRAM_TITLE = "LAPORAN PELAKSANAAN PROGRAM DAN AKTIVITI PPR";
/** At most this many photos of a programme are printed (FORMATS.md: a 2 x 2 grid). */
export const MAX_PHOTOS = 4;

export type ProgrammeCategory = (typeof programmeCategories)[number];
export type ProgrammeMethod = (typeof programmeMethods)[number];
export type ProgrammeStatus = (typeof programmeStatuses)[number];
export type ObjectivesMet = "sepenuhnya" | "sebahagian" | "tidak";

/*
 * Input: plain records. The renderer's ProgrammeRecord satisfies ProgProgramme as it is; a PhotoRecord satisfies
 * ProgPhoto once its Blob is read into bytes (`{ ...photo, data: new Uint8Array(await photo.data.arrayBuffer()) }`).
 */
export type ProgProgramme = {
  id: string;
  siteId: string;
  title: string;
  category: ProgrammeCategory;
  method: ProgrammeMethod;
  /** yyyy-mm-dd */
  startDate: string;
  /** yyyy-mm-dd; the same as startDate for a one-day programme. */
  endDate: string;
  venue: string;
  /** Partners typed freely (those not in the directory). */
  partners: string;
  /** Partners that are directory entries, named through `PelaksanaanProgramInput.organisations`. */
  partnerIds?: readonly string[];
  objectives: string;
  budget: number;
  actualCost: number;
  funder: string;
  participants: {
    total: number;
    bySex: { L: number; P: number };
    byGroup: Partial<Record<TargetGroup, number>>;
  };
  outcome: string;
  evaluation: { objectivesMet: "" | ObjectivesMet; rating: number; lessons: string };
  issues: string;
  status: ProgrammeStatus;
  deletedAt: string | null;
};

export type ProgPhoto = {
  id: string;
  /** "programmes" for a programme's photo; photos of other tables are left out. Omitted: taken as a programme's. */
  ownerTable?: string;
  /** The programme id. */
  ownerId: string;
  caption: string;
  /** Pixel size, for the aspect ratio. */
  width: number;
  height: number;
  /** JPEG bytes (the app stores every photo as JPEG, longest side about 1280 px). */
  data: Uint8Array;
  /** An instant (ISO): photos are printed in the order they were added. */
  createdAt: string;
  deletedAt: string | null;
};

/** A calendar month, or a quarter (1: Januari - Mac ... 4: Oktober - Disember). */
export type ProgrammePeriod =
  { year: number; month: number; quarter?: never } | { year: number; quarter: 1 | 2 | 3 | 4; month?: never };

export type PelaksanaanProgramInput = {
  period: ProgrammePeriod;
  site: { id: string; name: string };
  /** The district the site is in, shown beside the site name. */
  district: string;
  programmes: readonly ProgProgramme[];
  /** The directory entries programmes name as partners (their names are printed before the partners typed). */
  organisations?: readonly { id: string; name: string }[];
  photos: readonly ProgPhoto[];
  letterhead: Letterhead;
  stamp: GenerationStamp;
  signature: SignatureInput;
  /** The programme line under the title; defaults to the PPR community development programme. */
  programme?: string;
  /** Malay labels of the code lists; defaults are the JKM labels (the renderer's ms.json). */
  labels?: {
    category?: Partial<Record<ProgrammeCategory, string>>;
    method?: Partial<Record<ProgrammeMethod, string>>;
    status?: Partial<Record<ProgrammeStatus, string>>;
    targetGroup?: Partial<Record<TargetGroup, string>>;
    objectivesMet?: Partial<Record<ObjectivesMet, string>>;
  };
};

export const CATEGORY_LABELS: Record<ProgrammeCategory, string> = {
  pemulihan: "Pemulihan",
  perlindungan: "Perlindungan",
  pencegahan: "Pencegahan",
  pencelahan: "Pencelahan",
  pembangunan: "Pembangunan",
};

export const METHOD_LABELS: Record<ProgrammeMethod, string> = {
  dialog: "Dialog",
  taklimat: "Taklimat",
  "edaran-brosur": "Edaran brosur",
  "program-bersama-pelanggan": "Program Bersama Pelanggan",
  "program-ukp": "Program UKP",
  perjumpaan: "Perjumpaan",
  lawatan: "Lawatan",
  "lain-lain": "Lain-lain",
};

export const STATUS_LABELS: Record<ProgrammeStatus, string> = {
  dirancang: "Dirancang",
  dilaksanakan: "Dilaksanakan",
  ditangguhkan: "Ditangguhkan",
  dibatalkan: "Dibatalkan",
};

export const OBJECTIVES_MET_LABELS: Record<ObjectivesMet, string> = {
  sepenuhnya: "Sepenuhnya",
  sebahagian: "Sebahagian",
  tidak: "Tidak tercapai",
};

export const SUMMARY_COLUMNS = [
  "Bil.",
  "Program / Aktiviti",
  "Tarikh",
  "Kategori (5P)",
  "Kaedah",
  "Bil. Peserta",
  "Rakan Strategik",
  "Status",
] as const;

export type ProgSummaryRow = {
  programmeId: string;
  bil: number;
  title: string;
  /** "dd/mm/yyyy", or "dd/mm/yyyy - dd/mm/yyyy" for a programme of several days. */
  date: string;
  /** The start and end days (yyyy-mm-dd; the end is the start for a programme of one day), for a spreadsheet's dates. */
  startDate: string;
  endDate: string;
  category: string;
  method: string;
  participants: number;
  /** The directory partners' names, then the partners typed, separated by "; "; "-" when there is none. */
  partners: string;
  status: string;
};

/** One line of the programme's particulars: a label and its value, one printed line per entry of `lines`. */
export type ProgItem = {
  key:
    | "title"
    | "date"
    | "venue"
    | "category"
    | "method"
    | "partners"
    | "objectives"
    | "participants"
    | "cost"
    | "outcome"
    | "evaluation"
    | "issues"
    | "status";
  label: string;
  lines: string[];
};

/** A programme's photo: "Foto 1: {caption}", or "Foto 1" when there is no caption. */
export type ProgSectionPhoto = FramePhoto;

export type ProgSection = {
  programmeId: string;
  bil: number;
  /** "1. PROGRAM GOTONG-ROYONG ..." */
  heading: string;
  items: ProgItem[];
  /** The figures behind the "Peserta" item: only target groups with participants are listed. */
  participants: {
    total: number;
    bySex: { label: string; count: number }[];
    byGroup: { label: string; count: number }[];
  };
  /** "Gambar Pelaksanaan: 1. {title}": the photos may begin a page of their own, so they name their programme. */
  photosHeading: string;
  /** The first four live photos, oldest first. */
  photos: ProgSectionPhoto[];
  /** Under the photos: "Tiada foto dilampirkan." or "4 daripada 6 foto dilampirkan."; null when all are shown. */
  photoNote: string | null;
};

export type PelaksanaanProgramModel = {
  code: typeof PELAKSANAAN_PROGRAM_CODE;
  title: string;
  classification: null;
  letterhead: Letterhead;
  stamp: string;
  signature: SignatureBlock;
  /** Programme line, site line, period line. */
  subtitle: string[];
  /** The period's first and last day (yyyy-mm-dd). */
  from: string;
  to: string;
  summaryHeading: string;
  columns: string[];
  rows: ProgSummaryRow[];
  total: { label: string; participants: number };
  /** Printed in the table when the period has no programme; null otherwise. */
  emptyNote: string | null;
  /** Heading of the per-programme part; null when there is no programme. */
  detailHeading: string | null;
  sections: ProgSection[];
  /** Printed under the summary table. */
  notes: string[];
  fileNames: { xlsx: string; docx: string };
};

const pad2 = (n: number) => String(n).padStart(2, "0");
const QUARTER_WORDS = ["PERTAMA", "KEDUA", "KETIGA", "KEEMPAT"] as const;

/** First and last day (yyyy-mm-dd) of the period. */
export function periodRange(p: ProgrammePeriod): { from: string; to: string } {
  const [first, last] = monthsOf(p);
  const lastDay = new Date(Date.UTC(p.year, last, 0)).getUTCDate();
  return { from: `${p.year}-${pad2(first)}-01`, to: `${p.year}-${pad2(last)}-${pad2(lastDay)}` };
}

function monthsOf(p: ProgrammePeriod): [number, number] {
  if (!Number.isInteger(p.year) || p.year < 1900 || p.year > 2100)
    throw new RangeError(`year ${p.year} is out of range`);
  if (p.quarter !== undefined) {
    if (![1, 2, 3, 4].includes(p.quarter)) throw new RangeError(`quarter ${p.quarter} is not 1..4`);
    return [p.quarter * 3 - 2, p.quarter * 3];
  }
  if (!Number.isInteger(p.month) || p.month < 1 || p.month > 12)
    throw new RangeError(`month ${p.month} is not 1..12`);
  return [p.month, p.month];
}

/** "BULAN: OKTOBER 2026", or "SUKU TAHUN KETIGA (JULAI - SEPTEMBER) 2026". */
export function programmePeriodLine(p: ProgrammePeriod): string {
  if (p.quarter === undefined) return periodLine({ year: p.year, month: p.month });
  const [first, last] = monthsOf(p);
  const word = QUARTER_WORDS[p.quarter - 1]!;
  return `SUKU TAHUN ${word} (${malayMonth(first).toUpperCase()} - ${malayMonth(last).toUpperCase()}) ${p.year}`;
}

/** The period in the file name: "2026-10", or "2026-s3" (suku tahun 3). */
export function programmePeriodSlug(p: ProgrammePeriod): string {
  return p.quarter === undefined ? `${p.year}-${pad2(p.month)}` : `${p.year}-s${p.quarter}`;
}

function fileName(site: string, p: ProgrammePeriod, ext: "xlsx" | "docx"): string {
  return p.quarter === undefined
    ? reportFileName(PELAKSANAAN_PROGRAM_CODE, site, { year: p.year, month: p.month }, ext)
    : `${PELAKSANAAN_PROGRAM_CODE}_${slug(site) || "tapak"}_${programmePeriodSlug(p)}.${ext}`;
}

/** "dd/mm/yyyy", or "dd/mm/yyyy - dd/mm/yyyy" when the programme ends on another day. */
export function programmeDates(startDate: string, endDate: string): string {
  return endDate && endDate !== startDate ? `${dmy(startDate)} - ${dmy(endDate)}` : dmy(startDate);
}

/** A free text as printed lines: one per written line, blank ones dropped; "-" when nothing was written. */
function textLines(s: string): string[] {
  const lines = s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return lines.length ? lines : ["-"];
}

const orDash = (s: string) => (s.trim() === "" ? "-" : s.trim());

/** A programme's partners as printed: its directory entries by name (in the order chosen), then those typed. */
export function partnersText(p: ProgProgramme, nameOf: ReadonlyMap<string, string>): string {
  const named = (p.partnerIds ?? []).flatMap((id) => {
    const name = nameOf.get(id)?.trim();
    return name ? [name] : [];
  });
  return orDash([...named, p.partners.trim()].filter(Boolean).join("; "));
}

/**
 * The report for one site and one period. A programme is in the period when its start date falls in it (a
 * programme running over the period's end is reported in the period it started, once); programmes of other sites
 * and soft-deleted ones are left out. Programmes are listed by start date (then end date, then title), with every
 * status: a planned, postponed or cancelled programme is listed with its status. A programme's photos are its live
 * photos (not soft-deleted), oldest first; the first four are printed.
 */
export function pelaksanaanProgramModel(input: PelaksanaanProgramInput): PelaksanaanProgramModel {
  const { period, site } = input;
  const { from, to } = periodRange(period);
  const category = { ...CATEGORY_LABELS, ...input.labels?.category };
  const method = { ...METHOD_LABELS, ...input.labels?.method };
  const status = { ...STATUS_LABELS, ...input.labels?.status };
  const group = { ...TARGET_GROUP_LABELS, ...input.labels?.targetGroup };
  const met = { ...OBJECTIVES_MET_LABELS, ...input.labels?.objectivesMet };

  const programmes = input.programmes
    .filter((p) => !p.deletedAt && p.siteId === site.id && p.startDate >= from && p.startDate <= to)
    .sort(
      (a, b) =>
        a.startDate.localeCompare(b.startDate) ||
        (a.endDate || a.startDate).localeCompare(b.endDate || b.startDate) ||
        a.title.localeCompare(b.title) ||
        a.id.localeCompare(b.id),
    );

  const nameOf = new Map((input.organisations ?? []).map((o) => [o.id, o.name]));
  const photosOf = new Map<string, ProgPhoto[]>();
  for (const ph of input.photos) {
    if (ph.deletedAt || (ph.ownerTable !== undefined && ph.ownerTable !== "programmes")) continue;
    photosOf.set(ph.ownerId, [...(photosOf.get(ph.ownerId) ?? []), ph]);
  }

  const rows: ProgSummaryRow[] = programmes.map((p, i) => ({
    programmeId: p.id,
    bil: i + 1,
    title: p.title.trim(),
    date: programmeDates(p.startDate, p.endDate),
    startDate: p.startDate,
    endDate: p.endDate || p.startDate,
    category: category[p.category] ?? p.category,
    method: method[p.method] ?? p.method,
    participants: p.participants.total,
    partners: partnersText(p, nameOf),
    status: status[p.status] ?? p.status,
  }));

  const sections: ProgSection[] = programmes.map((p, i) => {
    const row = rows[i]!;
    const bySex = [
      { label: "Lelaki", count: p.participants.bySex.L },
      { label: "Perempuan", count: p.participants.bySex.P },
    ];
    const byGroup = targetGroups
      .map((g) => ({ label: group[g], count: p.participants.byGroup[g] ?? 0 }))
      .filter((g) => g.count > 0);
    const total = p.participants.total;
    const list = (xs: { label: string; count: number }[]) =>
      xs.map((x) => `${x.label} ${x.count}`).join(", ");
    const participantLines = [
      `Jumlah: ${total} orang`,
      ...(total > 0 || bySex.some((x) => x.count > 0) ? [`Mengikut jantina: ${list(bySex)}`] : []),
      ...(byGroup.length ? [`Mengikut kumpulan sasar: ${list(byGroup)}`] : []),
    ];
    const evaluation = [
      `Objektif tercapai: ${p.evaluation.objectivesMet ? met[p.evaluation.objectivesMet] : "Belum dinilai"}`,
      `Penilaian keseluruhan: ${p.evaluation.rating > 0 ? `${p.evaluation.rating} daripada 5` : "Belum dinilai"}`,
    ];
    const issues = p.issues.trim() ? textLines(p.issues) : [];
    const lessons = p.evaluation.lessons.trim() ? textLines(p.evaluation.lessons) : [];
    const issueLines = [...issues, ...lessons.map((l, k) => (k === 0 ? `Pengajaran: ${l}` : l))];
    const live = [...(photosOf.get(p.id) ?? [])].sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
    );
    const shown = live.slice(0, MAX_PHOTOS);
    return {
      programmeId: p.id,
      bil: row.bil,
      heading: `${row.bil}. ${row.title.toUpperCase()}`,
      items: [
        { key: "title", label: "Nama Program / Aktiviti", lines: [row.title] },
        { key: "date", label: "Tarikh", lines: [row.date] },
        { key: "venue", label: "Tempat", lines: [orDash(p.venue)] },
        { key: "category", label: "Kategori (5P)", lines: [row.category] },
        { key: "method", label: "Kaedah Pelaksanaan", lines: [row.method] },
        { key: "partners", label: "Rakan Strategik", lines: [row.partners] },
        { key: "objectives", label: "Objektif", lines: textLines(p.objectives) },
        { key: "participants", label: "Peserta", lines: participantLines },
        {
          key: "cost",
          label: "Kos dan Pembiayaan",
          lines: [
            `Peruntukan: ${ringgit(p.budget)}`,
            `Kos sebenar: ${ringgit(p.actualCost)}`,
            `Dibiayai oleh: ${orDash(p.funder)}`,
          ],
        },
        { key: "outcome", label: "Pelaksanaan dan Hasil", lines: textLines(p.outcome) },
        { key: "evaluation", label: "Penilaian", lines: evaluation },
        { key: "issues", label: "Isu dan Cadangan", lines: issueLines.length ? issueLines : ["-"] },
        { key: "status", label: "Status", lines: [row.status] },
      ],
      participants: { total, bySex, byGroup },
      photosHeading: `Gambar Pelaksanaan: ${row.bil}. ${row.title}`,
      photos: shown.map((ph, k) => ({
        photoId: ph.id,
        data: ph.data,
        type: "jpg" as const,
        width: ph.width,
        height: ph.height,
        caption: ph.caption.trim() ? `Foto ${k + 1}: ${ph.caption.trim()}` : `Foto ${k + 1}`,
      })),
      photoNote:
        live.length === 0
          ? "Tiada foto dilampirkan."
          : live.length > MAX_PHOTOS
            ? `${MAX_PHOTOS} daripada ${live.length} foto dilampirkan.`
            : null,
    };
  });

  const periodText = programmePeriodLine(period);
  const siteLine = input.district.trim()
    ? `TAPAK: ${site.name.toUpperCase()}, DAERAH ${input.district.trim().toUpperCase()}`
    : `TAPAK: ${site.name.toUpperCase()}`;
  const [firstMonth, lastMonth] = monthsOf(period);
  const span =
    firstMonth === lastMonth
      ? `${MALAY_MONTHS[firstMonth - 1]} ${period.year}`
      : `${MALAY_MONTHS[firstMonth - 1]} - ${MALAY_MONTHS[lastMonth - 1]} ${period.year}`;
  return {
    code: PELAKSANAAN_PROGRAM_CODE,
    title: PELAKSANAAN_PROGRAM_TITLE,
    classification: null,
    letterhead: input.letterhead,
    stamp: stampText(input.stamp),
    signature: signatureBlock(input.signature),
    subtitle: [(input.programme ?? DEFAULT_PROGRAMME).toUpperCase(), siteLine, periodText],
    from,
    to,
    summaryHeading: "A. RINGKASAN PROGRAM DAN AKTIVITI",
    columns: [...SUMMARY_COLUMNS],
    rows,
    total: { label: "JUMLAH", participants: rows.reduce((s, r) => s + r.participants, 0) },
    emptyNote: rows.length ? null : `Tiada program atau aktiviti di tapak ini dalam tempoh ini (${span}).`,
    detailHeading: rows.length ? "B. BUTIRAN PELAKSANAAN PROGRAM" : null,
    sections,
    notes: [
      `Program disenaraikan mengikut tarikh mula: program yang bermula dari ${dmy(from)} hingga ${dmy(to)}. Program yang dipadam tidak disenaraikan.`,
    ],
    fileNames: { xlsx: fileName(site.name, period, "xlsx"), docx: fileName(site.name, period, "docx") },
  };
}
