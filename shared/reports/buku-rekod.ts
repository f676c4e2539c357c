// Why: the Buku Rekod extract (FORMATS.md): every figure and cell computed once here, from plain records, for every writer.
import { ageOn } from "../domain/dates";

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

export type BukuRekodSource = {
  office: { organisation: string; officeLine: string; address: string; phone: string };
  title: { site: string; period: string };
  cases: {
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
  }[];
  generated: { app: string; at: string; by: string };
};

export type BukuRekodModel = {
  classification: "SULIT";
  letterhead: string[];
  title: string;
  subtitle: string[];
  columns: readonly string[];
  rows: (string | number)[][];
  total: number;
  footer: string;
};

/** dd/mm/yyyy from yyyy-mm-dd. */
export function dmy(iso: string): string {
  return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "";
}

export function bukuRekodModel(src: BukuRekodSource): BukuRekodModel {
  const rows = src.cases.map((c) => [
    c.recordNo,
    dmy(c.date),
    c.person.name,
    c.person.docNo,
    c.person.sex === "L" ? "Lelaki" : "Perempuan",
    ageOn(c.person.birthDate, c.date),
    [c.person.unit, c.person.siteName].filter(Boolean).join(", "),
    c.targetGroupLabel,
    c.problem,
    [c.serviceLabel, c.action].filter(Boolean).join(": "),
    c.agencies.join("; "),
    c.statusLabel,
    dmy(c.followUpDate),
    c.officer,
  ]);
  return {
    classification: "SULIT",
    letterhead: [src.office.organisation, src.office.officeLine, src.office.address, src.office.phone].filter(
      Boolean,
    ),
    title: "BUKU REKOD",
    subtitle: [`TAPAK: ${src.title.site.toUpperCase()}`, `TEMPOH: ${src.title.period.toUpperCase()}`],
    columns: BUKU_REKOD_COLUMNS,
    rows,
    total: rows.length,
    footer: `Dijana oleh ${src.generated.app} pada ${src.generated.at} oleh ${src.generated.by}`,
  };
}
