// Why: the PKH service-provider lists (Daftar Penyedia Layanan Kesehatan / Pendidikan, Daftar Kantor Pos) are read from
// the one organisation directory by kind: No | Nama | Pen. Jawab | Alamat | No. Telp | No. HP (FORMATS.md).
import type { OrganisationKind } from "../../../domain/directory";
import {
  indonesianDate,
  reportFileName,
  signatureBlock,
  stampText,
  type GenerationStamp,
  type Letterhead,
  type SignatureInput,
} from "../../frame/text";
import type { DaftarModel } from "./model";

export const providerLists = ["kesehatan", "pendidikan", "kantor-pos"] as const;
export type ProviderList = (typeof providerLists)[number];

/** The directory kind each list reads. */
export const PROVIDER_KIND: Record<ProviderList, OrganisationKind> = {
  kesehatan: "klinik",
  pendidikan: "sekolah",
  "kantor-pos": "pejabat-pos",
};

const TITLE: Record<ProviderList, string> = {
  kesehatan: "DAFTAR PENYEDIA LAYANAN KESEHATAN",
  pendidikan: "DAFTAR PENYEDIA LAYANAN PENDIDIKAN",
  "kantor-pos": "DAFTAR KANTOR POS",
};

export type ProviderEntry = {
  name: string;
  kind: OrganisationKind;
  head: string;
  address: string;
  phone: string;
  mobile: string;
  active: boolean;
  deletedAt: string | null;
};

export type PenyediaInput = {
  list: ProviderList;
  organisations: readonly ProviderEntry[];
  district: string;
  /** The office's today (yyyy-mm-dd): the list is as things stand. */
  today: string;
  letterhead: Letterhead;
  stamp: GenerationStamp;
  signature: SignatureInput;
};

export function penyediaModel(input: PenyediaInput): DaftarModel {
  const kind = PROVIDER_KIND[input.list];
  const entries = input.organisations
    .filter((o) => o.kind === kind && o.active && !o.deletedAt)
    .sort((a, b) => a.name.localeCompare(b.name, "id"));
  const period = { year: Number(input.today.slice(0, 4)), month: Number(input.today.slice(5, 7)) };
  const code = input.list === "kantor-pos" ? "daftar-kantor-pos" : `daftar-penyedia-${input.list}`;
  return {
    code,
    letterhead: input.letterhead,
    title: TITLE[input.list],
    subtitle: [
      "PROGRAM KELUARGA HARAPAN (PKH)",
      `KABUPATEN/KOTA: ${input.district.toUpperCase()}`,
      `KEADAAN PER ${indonesianDate(input.today).toUpperCase()}`,
    ],
    classification: null,
    stamp: stampText(input.stamp, "id"),
    signature: signatureBlock(input.signature, "id"),
    orientation: "landscape",
    columns: [
      { header: "No", width: 5, numeric: true },
      { header: "Nama", width: 30, text: true },
      { header: "Pen. Jawab", width: 22, text: true },
      { header: "Alamat", width: 40, text: true },
      { header: "No. Telp", width: 15 },
      { header: "No. HP", width: 15 },
    ],
    rows: entries.map((o, i) => [i + 1, o.name, o.head, o.address, o.phone, o.mobile]),
    notes: entries.length ? [] : ["Belum ada entri direktori jenis ini."],
    fileNames: {
      docx: reportFileName(code, input.district, period, "docx"),
      xlsx: reportFileName(code, input.district, period, "xlsx"),
    },
  };
}
