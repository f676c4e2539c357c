// Why: the Daftar RTSM (FORMATS.md): the wilayah's KPM households with their counted components as things stand
// today: No | No. RTSM | Nama | Alamat | Anak Usia Sekolah | Anak Balita | Ibu Nifas | Ibu Hamil.
import { householdComponents, type HouseholdLimits } from "../../../domain/pkh/components";
import type { HouseholdInput, MemberInput } from "../../../domain/pkh/records";
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

type Facts = Pick<
  MemberInput,
  "birthDate" | "schoolLevel" | "expectedDelivery" | "deliveryDate" | "severeDisability" | "sex"
>;

export type RtsmInput = {
  kecamatan: string;
  district: string;
  /** Live households of the wilayah in No. KPM order, each with its live members. */
  households: readonly {
    household: Pick<HouseholdInput, "kpmNo" | "headName" | "address" | "desa" | "active">;
    members: readonly Facts[];
  }[];
  limits: readonly HouseholdLimits[];
  today: string;
  letterhead: Letterhead;
  stamp: GenerationStamp;
  signature: SignatureInput;
};

export function rtsmModel(input: RtsmInput): DaftarModel {
  const rows = input.households
    .filter((h) => h.household.active)
    .map(({ household, members }, i) => {
      const { counted } = householdComponents(members, input.today, input.limits);
      return [
        i + 1,
        household.kpmNo,
        household.headName,
        [household.address, household.desa].filter(Boolean).join(", "),
        counted.anak_sd + counted.anak_smp + counted.anak_sma,
        counted.anak_usia_dini,
        counted.ibu_nifas,
        counted.ibu_hamil,
      ];
    });
  const total = (c: number) => rows.reduce((s, r) => s + Number(r[c]), 0);
  const period = { year: Number(input.today.slice(0, 4)), month: Number(input.today.slice(5, 7)) };
  return {
    code: "daftar-rtsm",
    letterhead: input.letterhead,
    title: "DAFTAR RTSM",
    subtitle: [
      "PROGRAM KELUARGA HARAPAN (PKH)",
      `KECAMATAN ${input.kecamatan.toUpperCase()}, KABUPATEN/KOTA ${input.district.toUpperCase()}`,
      `KEADAAN PER ${indonesianDate(input.today).toUpperCase()}`,
    ],
    // Names and addresses of households: RAHASIA.
    classification: "SULIT",
    stamp: stampText(input.stamp, "id"),
    signature: signatureBlock(input.signature, "id"),
    orientation: "landscape",
    columns: [
      { header: "No", width: 5, numeric: true },
      { header: "No. RTSM", width: 16 },
      { header: "Nama", width: 24, text: true },
      { header: "Alamat", width: 34, text: true },
      { header: "Anak Usia Sekolah", width: 11, numeric: true },
      { header: "Anak Balita", width: 9, numeric: true },
      { header: "Ibu Nifas", width: 8, numeric: true },
      { header: "Ibu Hamil", width: 8, numeric: true },
    ],
    rows: rows.length ? [...rows, ["", "", "Jumlah", "", total(4), total(5), total(6), total(7)]] : [],
    notes: rows.length ? [] : ["Belum ada KPM terdaftar di wilayah ini."],
    fileNames: {
      docx: reportFileName("daftar-rtsm", input.kecamatan, period, "docx"),
      xlsx: reportFileName("daftar-rtsm", input.kecamatan, period, "xlsx"),
    },
  };
}
