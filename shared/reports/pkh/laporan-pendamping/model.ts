// Why: Laporan Pendamping (FORMATS.md, PKH): the cover, the content the pendamping wrote and the attachments (data of
// the period's activities, attendance lists, CKP, photos); every figure and row computed once here from the records.
import type { AttendanceStatus } from "../../../domain/pkh/p2k2";
import type { PendampingReport, ReportKind, ReportSection } from "../../../domain/pkh/report";
import type { FramePhoto } from "../../frame/photo-grid";
import {
  INDONESIAN_MONTHS,
  indonesianDate,
  signatureBlock,
  slug,
  stampText,
  type Classification,
  type GenerationStamp,
  type Letterhead,
  type SignatureBlock,
  type SignatureInput,
} from "../../frame/text";

const NAME: Record<ReportKind, string> = {
  bulanan: "LAPORAN BULANAN PENDAMPING PKH",
  kegiatan: "LAPORAN KEGIATAN PENDAMPING PKH",
  insidentil: "LAPORAN INSIDENTIL PENDAMPING PKH",
};

const SECTION_HEADING: Record<ReportSection, string> = {
  summary: "Ringkasan Laporan",
  activities: "Kegiatan",
  problems: "Permasalahan",
  solutions: "Solusi dan Pemecahan",
  recommendations: "Rekomendasi / Saran",
  nextPlan: "Rencana Kerja Bulan Berikutnya",
};

const ATTENDANCE_LABEL: Record<AttendanceStatus, string> = {
  hadir: "Hadir",
  sakit: "Sakit",
  izin: "Izin",
  alfa: "Alfa",
};

/** A P2K2 session whose lists the report attaches, with the KPM's names already looked up. */
export type ReportSession = {
  id: string;
  date: string;
  module: string;
  sessionNo: number;
  place: string;
  group: string;
  /** In roster order. */
  attendance: { name: string; kpmNo: string; status: AttendanceStatus }[];
  /** The CKP items asked at the session, in order. */
  ckpItems: { code: string; label: string }[];
  ckp: { name: string; checked: readonly string[] }[];
};

export type LaporanPendampingInput = {
  report: PendampingReport;
  kabupaten: string;
  kecamatan: string;
  /** The desa of the wilayah's KPM, for the cover's location. */
  desa: readonly string[];
  pendamping: string;
  /** Live KPM households and groups of the wilayah (counts). */
  households: number;
  groups: number;
  sessions: readonly ReportSession[];
  /** Complaints of the wilayah: received and resolved dates (the model counts those in the period). */
  complaints: readonly { receivedDate: string; resolvedDate: string | null }[];
  /** Members whose commitments were verified for the report's month. */
  verified: number;
  photos: readonly FramePhoto[];
  letterhead: Letterhead;
  stamp: GenerationStamp;
  signature: SignatureInput;
};

export type CoverRow = { label: string; value: string };
export type ContentSection = { heading: string; text: string };
export type DataRow = { label: string; value: string | number };
export type AttendanceList = {
  heading: string;
  rows: { no: number; name: string; kpmNo: string; status: string }[];
  summary: string;
};
export type CkpList = {
  heading: string;
  items: string[];
  rows: { no: number; name: string; checks: boolean[] }[];
};

export type LaporanPendampingModel = {
  kind: ReportKind;
  letterhead: Letterhead;
  title: string;
  subtitle: string[];
  classification: Classification;
  stamp: string;
  signature: SignatureBlock;
  cover: CoverRow[];
  content: ContentSection[];
  data: DataRow[];
  attendance: AttendanceList[];
  ckp: CkpList[];
  photos: FramePhoto[];
  fileName: string;
};

/** "November 2026" (a monthly report) or "10 November 2026" (an activity or an incident). */
export function periodText(r: Pick<PendampingReport, "kind" | "period">): string {
  if (r.kind !== "bulanan") return indonesianDate(r.period);
  return `${INDONESIAN_MONTHS[Number(r.period.slice(5, 7)) - 1]} ${r.period.slice(0, 4)}`;
}

/** "66,7%" (Indonesian decimal comma); "-" when there was nothing to count. */
const pct = (part: number, whole: number) =>
  whole === 0 ? "-" : `${String(Math.round((part * 1000) / whole) / 10).replace(".", ",")}%`;

export function laporanPendampingModel(input: LaporanPendampingInput): LaporanPendampingModel {
  const r = input.report;
  const inPeriod = (d: string | null) => d !== null && d.startsWith(r.period);
  const sessions = [...input.sessions].sort(
    (a, b) => a.date.localeCompare(b.date) || a.group.localeCompare(b.group),
  );
  const entries = sessions.flatMap((s) => s.attendance);
  const present = entries.filter((a) => a.status === "hadir").length;
  const monthly = r.kind === "bulanan";
  const data: DataRow[] = [
    ...(monthly
      ? [
          { label: "Jumlah KPM dampingan", value: input.households },
          { label: "Jumlah kelompok", value: input.groups },
        ]
      : []),
    { label: "Pertemuan P2K2 dilaksanakan", value: sessions.length },
    { label: "Peserta tercatat dalam daftar hadir", value: entries.length },
    { label: "Peserta hadir", value: present },
    { label: "Persentase kehadiran", value: pct(present, entries.length) },
    ...(monthly
      ? [
          {
            label: "Pengaduan diterima",
            value: input.complaints.filter((c) => inPeriod(c.receivedDate)).length,
          },
          {
            label: "Pengaduan diselesaikan",
            value: input.complaints.filter((c) => inPeriod(c.resolvedDate)).length,
          },
          { label: "Anggota KPM diverifikasi komitmennya", value: input.verified },
        ]
      : []),
  ];
  const sessionHeading = (s: ReportSession) =>
    `${s.module}, sesi ${s.sessionNo} — Kelompok ${s.group}, ${indonesianDate(s.date)}, ${s.place}`;
  const period = periodText(r);
  const sections = (Object.keys(SECTION_HEADING) as ReportSection[]).map((k, i) => ({
    heading: `${["I", "II", "III", "IV", "V", "VI"][i]}. ${
      k === "nextPlan" && !monthly ? "Rencana Tindak Lanjut" : SECTION_HEADING[k]
    }`,
    text: r[k].trim() || "-",
  }));
  const docName = monthly ? "laporan-bulanan-pendamping" : `laporan-${r.kind}-pendamping`;
  return {
    kind: r.kind,
    letterhead: input.letterhead,
    title: NAME[r.kind],
    subtitle: [
      "PROGRAM KELUARGA HARAPAN (PKH)",
      ...(monthly ? [] : [r.title.toUpperCase()]),
      `KECAMATAN ${input.kecamatan.toUpperCase()}`,
      `PERIODE: ${period.toUpperCase()}`,
    ],
    // The attendance lists name KPM: the document is RAHASIA (SULIT) top and bottom of every page.
    classification: "SULIT",
    stamp: stampText(input.stamp, "id"),
    signature: signatureBlock(input.signature, "id"),
    cover: [
      {
        label: "Nama Laporan",
        value: monthly
          ? "Laporan Bulanan"
          : `Laporan ${r.kind === "kegiatan" ? "Kegiatan" : "Insidentil"}: ${r.title}`,
      },
      { label: "Periode Laporan", value: period },
      { label: "Nama Pendamping", value: input.pendamping },
      { label: "Nomor HP Pendamping", value: r.phone || "-" },
      { label: "Kabupaten/Kota", value: input.kabupaten },
      { label: "Kecamatan", value: input.kecamatan },
      { label: "Desa/Kelurahan", value: input.desa.length ? [...input.desa].sort().join(", ") : "-" },
    ],
    content: sections,
    data,
    attendance: sessions.map((s) => {
      const hadir = s.attendance.filter((a) => a.status === "hadir").length;
      return {
        heading: sessionHeading(s),
        rows: s.attendance.map((a, i) => ({
          no: i + 1,
          name: a.name,
          kpmNo: a.kpmNo,
          status: ATTENDANCE_LABEL[a.status],
        })),
        summary: `Hadir ${hadir} dari ${s.attendance.length} KPM (${pct(hadir, s.attendance.length)}).`,
      };
    }),
    ckp: sessions
      .filter((s) => s.ckp.length > 0)
      .map((s) => ({
        heading: sessionHeading(s),
        items: s.ckpItems.map((c) => c.label),
        rows: s.ckp.map((c, i) => ({
          no: i + 1,
          name: c.name,
          checks: s.ckpItems.map((item) => c.checked.includes(item.code)),
        })),
      })),
    photos: input.photos.map((p, i) => ({
      ...p,
      caption: p.caption ? `Foto ${i + 1}: ${p.caption}` : `Foto ${i + 1}`,
    })),
    fileName: `${docName}_${slug(input.kecamatan) || "wilayah"}_${r.period}.docx`,
  };
}
