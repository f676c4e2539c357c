// Why: the Daftar Hadir P2K2 is printed before a session from the group's roster: one row per KPM (its pengurus) with
// an empty signature cell tall enough to sign, under a title block naming the module, session, day, place, group and
// pendamping. It names persons, so it is classified; the PKH Daftar writers lay it out.
import {
  indonesianDate,
  reportFileName,
  signatureBlock,
  stampText,
  type GenerationStamp,
  type Letterhead,
  type SignatureInput,
} from "../../frame/text";
import type { DaftarModel } from "../daftar/model";

export type DaftarHadirInput = {
  session: {
    moduleName: string;
    sessionNo: number;
    /** Sessions of the module, for "Sesi 2 dari 4". */
    moduleSessions: number;
    date: string;
    place: string;
    facilitator: string;
  };
  group: string;
  site: { code: string; name: string };
  /** The group's roster as it stands when the list is printed. */
  roster: readonly { kpmNo: string; name: string; desa: string }[];
  letterhead: Letterhead;
  stamp: GenerationStamp;
  signature: SignatureInput;
};

const DAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;

/** "Selasa, 10 November 2026" from yyyy-mm-dd. */
export function indonesianDay(iso: string): string {
  const day = DAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
  return `${day}, ${indonesianDate(iso)}`;
}

/** Rows tall enough to sign in (points). */
export const SIGNING_ROW_HEIGHT = 30;

export function daftarHadirModel(input: DaftarHadirInput): DaftarModel {
  const { session: s } = input;
  const roster = [...input.roster].sort((a, b) => a.kpmNo.localeCompare(b.kpmNo, "id", { numeric: true }));
  const period = { year: Number(s.date.slice(0, 4)), month: Number(s.date.slice(5, 7)) };
  const code = "daftar-hadir-p2k2";
  const slugPart = `${input.site.code}-${input.group}-${s.date}`;
  return {
    code,
    letterhead: input.letterhead,
    title: "DAFTAR HADIR PERTEMUAN KELOMPOK P2K2",
    subtitle: [
      "PROGRAM KELUARGA HARAPAN (PKH)",
      `Modul: ${s.moduleName} — Sesi ${s.sessionNo} dari ${s.moduleSessions}`,
      `Hari/Tanggal: ${indonesianDay(s.date)}`,
      `Tempat: ${s.place}`,
      `Kelompok: ${input.group} — ${input.site.name}`,
      `Pendamping: ${s.facilitator}`,
    ],
    classification: "SULIT",
    stamp: stampText(input.stamp, "id"),
    signature: signatureBlock(input.signature, "id"),
    orientation: "portrait",
    columns: [
      { header: "No", width: 5, numeric: true },
      { header: "Nama KPM (pengurus)", width: 30, text: true },
      { header: "No. KPM", width: 18 },
      { header: "Desa", width: 18, text: true },
      { header: "Tanda tangan", width: 29 },
    ],
    rows: roster.map((k, i) => [i + 1, k.name, k.kpmNo, k.desa, ""]),
    rowHeight: SIGNING_ROW_HEIGHT,
    notes: roster.length
      ? [`Jumlah KPM dalam kelompok: ${roster.length}`]
      : ["Kelompok ini belum memiliki anggota."],
    fileNames: {
      docx: reportFileName(`${code}-${slugPart}`, input.site.name, period, "docx"),
      xlsx: reportFileName(`${code}-${slugPart}`, input.site.name, period, "xlsx"),
    },
  };
}
