// Why: the Daftar Ketua Kelompok Ibu Penerima (FORMATS.md): each group's ketua with participation, join date, the
// payment schedule, whether the household draws health (Kes) or education (Dik) components, and attendance at each
// payment stage I-IV of the year: No | Nama Pemimpin | Alamat | Partisipasi | Tgl Bergabung | Jadwal Pembayaran |
// Kesh / Dik | I | II | III | IV.
import { stages, type Stage } from "../../../domain/pkh/benefits";
import { householdComponents, type HouseholdLimits } from "../../../domain/pkh/components";
import type { HouseholdInput, MemberInput } from "../../../domain/pkh/records";
import {
  dmy,
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

export type KetuaGroup = {
  name: string;
  leaderActive: boolean;
  /** The ketua's household; null while the group has none (left out of the list). */
  leader: (Pick<HouseholdInput, "headName" | "address" | "desa"> & { groupJoinedOn: string | null }) | null;
  members: readonly Facts[];
  /** The ketua household's payments of the year: received (came to the payment) or not; absent when not recorded. */
  payments: readonly { stage: Stage; received: boolean | null }[];
};

export type KetuaInput = {
  kecamatan: string;
  district: string;
  year: number;
  groups: readonly KetuaGroup[];
  /** The wilayah's payment schedule as arranged (day and place), or "" when none is. */
  schedule: string;
  limits: readonly HouseholdLimits[];
  today: string;
  letterhead: Letterhead;
  stamp: GenerationStamp;
  signature: SignatureInput;
};

/** "Kes" for a health component (hamil, nifas, usia dini), "Dik" for a school one, both, or a dash. */
export function kesDik(members: readonly Facts[], on: string, limits: readonly HouseholdLimits[]): string {
  const { counted } = householdComponents(members, on, limits);
  const kes = counted.ibu_hamil + counted.ibu_nifas + counted.anak_usia_dini > 0;
  const dik = counted.anak_sd + counted.anak_smp + counted.anak_sma > 0;
  return [kes ? "Kes" : "", dik ? "Dik" : ""].filter(Boolean).join(" / ") || "—";
}

export function ketuaModel(input: KetuaInput): DaftarModel {
  const rows = input.groups
    .filter((g) => g.leader)
    .map((g, i) => {
      const leader = g.leader!;
      const at = new Map(g.payments.map((p) => [p.stage, p.received]));
      return [
        i + 1,
        `${leader.headName} (${g.name})`,
        [leader.address, leader.desa].filter(Boolean).join(", "),
        g.leaderActive ? "Ya" : "Tidak",
        leader.groupJoinedOn ? dmy(leader.groupJoinedOn) : "",
        input.schedule,
        kesDik(g.members, input.today, input.limits),
        ...stages.map((s) => {
          const r = at.get(s);
          return r === true ? "Hadir" : r === false ? "Tidak" : "";
        }),
      ];
    });
  const period = { year: Number(input.today.slice(0, 4)), month: Number(input.today.slice(5, 7)) };
  return {
    code: "daftar-ketua",
    letterhead: input.letterhead,
    title: "DAFTAR KETUA KELOMPOK IBU PENERIMA",
    subtitle: [
      "PROGRAM KELUARGA HARAPAN (PKH)",
      `KECAMATAN ${input.kecamatan.toUpperCase()}, KABUPATEN/KOTA ${input.district.toUpperCase()}`,
      `TAHUN ${input.year}, KEADAAN PER ${indonesianDate(input.today).toUpperCase()}`,
    ],
    // Names and addresses of KPM: RAHASIA, as the Daftar RTSM.
    classification: "SULIT",
    stamp: stampText(input.stamp, "id"),
    signature: signatureBlock(input.signature, "id"),
    orientation: "landscape",
    columns: [
      { header: "No", width: 5, numeric: true },
      { header: "Nama Pemimpin", width: 22, text: true },
      { header: "Alamat", width: 28, text: true },
      { header: "Partisipasi (Ya / Tidak)", width: 11 },
      { header: "Tgl Bergabung", width: 11 },
      { header: "Jadwal Pembayaran", width: 18, text: true },
      { header: "Kesh / Dik", width: 9 },
      ...stages.map((s) => ({ header: s, width: 7 })),
    ],
    rows,
    notes: rows.length ? [] : ["Belum ada kelompok dengan ketua di wilayah ini."],
    fileNames: {
      docx: reportFileName("daftar-ketua-kelompok", input.kecamatan, period, "docx"),
      xlsx: reportFileName("daftar-ketua-kelompok", input.kecamatan, period, "xlsx"),
    },
  };
}
