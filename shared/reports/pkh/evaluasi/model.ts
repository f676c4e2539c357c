// Why: the Lembar Evaluasi Pendamping for contract extension: the performance indicators computed once from the
// records' counts against the targets, the completeness of the KPM data, the caseload, the day-by-day activity from
// the audit log and the deviations (violations), laid out by the docx writer and the preview alike.
import {
  evaluate,
  type CaseloadBounds,
  type EvaluationCounts,
  type EvaluationIndicatorCode,
  type EvaluationTargets,
  type ViolationGrade,
} from "../../../domain/pkh/supervision";
import {
  dmy,
  indonesianDate,
  reportFileName,
  signatureBlock,
  stampText,
  type Classification,
  type GenerationStamp,
  type Letterhead,
  type SignatureBlock,
  type SignatureInput,
} from "../../frame/text";

export const INDICATOR_NAMES: Record<EvaluationIndicatorCode, string> = {
  sesiP2k2: "Pertemuan P2K2 terlaksana",
  kehadiranP2k2: "Kehadiran peserta P2K2",
  verifikasiKomitmen: "Verifikasi komitmen",
  pengaduanTepatWaktu: "Pengaduan selesai tepat waktu",
  rekonsiliasiPembayaran: "Rekonsiliasi pembayaran",
  laporanBulanan: "Laporan bulanan diserahkan",
  hariAktif: "Hari kerja dengan kegiatan",
  kelengkapanData: "Kelengkapan data KPM",
};

const CASELOAD_WORDS = { under: "Di bawah batas", ok: "Sesuai", over: "Di atas batas" } as const;
const GRADE_WORDS: Record<ViolationGrade, string> = { ringan: "Ringan", sedang: "Sedang", berat: "Berat" };

export type EvaluasiInput = {
  pendamping: string;
  kabupaten: string;
  kecamatan: string;
  /** The period evaluated (yyyy-mm-dd, both included) and how it is named ("Oktober - Desember 2026"). */
  from: string;
  to: string;
  periodLabel: string;
  counts: EvaluationCounts;
  /** Each counted figure's "part / whole" for the sheet, by indicator. */
  fractions: Partial<Record<EvaluationIndicatorCode, [number, number]>>;
  targets: EvaluationTargets;
  bounds: CaseloadBounds;
  /** Days with activity in the audit log: the day and what was done ("KPM 2, Sesi P2K2 1"). */
  activity: readonly { date: string; changes: number; what: string }[];
  violations: readonly { date: string; kind: string; grade: ViolationGrade; closed: boolean }[];
  letterhead: Letterhead;
  stamp: GenerationStamp;
  signature: SignatureInput;
};

export type EvaluasiTable = {
  heading: string;
  columns: { header: string; width: number; text?: true }[];
  rows: string[][];
};

export type EvaluasiModel = {
  code: "lembar-evaluasi";
  letterhead: Letterhead;
  title: string;
  subtitle: string[];
  classification: Classification;
  stamp: string;
  signature: SignatureBlock;
  tables: EvaluasiTable[];
  notes: string[];
  fileName: string;
};

const pctText = (p: number | null) =>
  p === null ? "—" : `${p.toLocaleString("id-ID", { maximumFractionDigits: 1 })}%`;

export function evaluasiModel(input: EvaluasiInput): EvaluasiModel {
  const e = evaluate(input.counts, input.targets, input.bounds);
  const identity: EvaluasiTable = {
    heading: "A. Identitas",
    columns: [
      { header: "Uraian", width: 30, text: true },
      { header: "Keterangan", width: 70, text: true },
    ],
    rows: [
      ["Nama pendamping", input.pendamping],
      ["Lokasi dampingan", `Kecamatan ${input.kecamatan}, Kabupaten/Kota ${input.kabupaten}`],
      ["Periode evaluasi", `${input.periodLabel} (${dmy(input.from)} - ${dmy(input.to)})`],
      [
        "KPM dampingan",
        `${input.counts.households} KPM (${CASELOAD_WORDS[e.caseloadFlag]}, rasio 1:${input.bounds.min}-${input.bounds.max})`,
      ],
    ],
  };
  const indicators: EvaluasiTable = {
    heading: "B. Indikator kinerja",
    columns: [
      { header: "No", width: 6 },
      { header: "Indikator", width: 40, text: true },
      { header: "Capaian", width: 18 },
      { header: "Hasil", width: 12 },
      { header: "Target", width: 10 },
      { header: "Keterangan", width: 14 },
    ],
    rows: e.indicators.map((ind, i) => {
      const f = input.fractions[ind.code];
      return [
        String(i + 1),
        INDICATOR_NAMES[ind.code],
        f ? `${f[0]} / ${f[1]}` : "",
        pctText(ind.percent),
        `${ind.target}%`,
        ind.met === null ? "Tidak ada data" : ind.met ? "Tercapai" : "Belum tercapai",
      ];
    }),
  };
  const activity: EvaluasiTable = {
    heading: "C. Kegiatan harian (dari log audit)",
    columns: [
      { header: "Tanggal", width: 18 },
      { header: "Perubahan", width: 14 },
      { header: "Yang dikerjakan", width: 68, text: true },
    ],
    rows: input.activity.map((a) => [dmy(a.date), String(a.changes), a.what]),
  };
  const deviations: EvaluasiTable = {
    heading: "D. Penyimpangan / pelanggaran",
    columns: [
      { header: "Tanggal", width: 18 },
      { header: "Pelanggaran", width: 52, text: true },
      { header: "Tingkat", width: 15 },
      { header: "Status", width: 15 },
    ],
    rows: input.violations.map((v) => [
      dmy(v.date),
      v.kind,
      GRADE_WORDS[v.grade],
      v.closed ? "Selesai" : "Proses",
    ]),
  };
  const missed = e.indicators.filter((i) => i.met === false).length;
  const notes = [
    `Indikator tercapai: ${e.indicators.filter((i) => i.met).length} dari ${e.indicators.filter((i) => i.met !== null).length}.` +
      (missed ? ` ${missed} indikator belum tercapai.` : ""),
    ...(e.seriousViolation ? ["Terdapat pelanggaran berat dalam periode ini."] : []),
    ...(input.activity.length === 0 ? ["Tidak ada kegiatan tercatat di log audit dalam periode ini."] : []),
    "Catatan koordinator: ............................................................................................",
  ];
  const [y, m] = input.to.split("-").map(Number) as [number, number];
  return {
    code: "lembar-evaluasi",
    letterhead: input.letterhead,
    title: "LEMBAR EVALUASI KINERJA PENDAMPING PKH",
    subtitle: [
      "UNTUK PERPANJANGAN KONTRAK",
      `${input.pendamping.toUpperCase()} - KECAMATAN ${input.kecamatan.toUpperCase()}`,
      `PERIODE ${input.periodLabel.toUpperCase()}, KEADAAN PER ${indonesianDate(input.to).toUpperCase()}`,
    ],
    // Names a person and grades their conduct: RAHASIA.
    classification: "SULIT",
    stamp: stampText(input.stamp, "id"),
    signature: signatureBlock(input.signature, "id"),
    tables: [identity, indicators, activity, deviations],
    notes,
    fileName: reportFileName(
      `lembar-evaluasi-${input.pendamping}`,
      input.kecamatan,
      { year: y, month: m },
      "docx",
    ),
  };
}
