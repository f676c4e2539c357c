// Why: the legacy Buku Rekod's columns as offices head them (Malay or English), and the words they write for the
// app's codes (shared/domain/codes.ts), so an old register maps onto persons and cases without retyping.
import type { CaseStatus, ServiceType, TargetGroup, ethnicities, maritalStatuses } from "../domain/codes";
import { SERVICE_LABELS, TARGET_GROUP_LABELS } from "../reports/statistik-kes/model";
import type { ImportField } from "./mapping";
import type { CodeWords } from "./values";

const field = (key: string, words: string[], required = false, defaultable = false): ImportField => ({
  key,
  labelKey: `imp.field.${key}`,
  words,
  required,
  defaultable,
});

/** The fields of a Buku Rekod import, in the order the mapping screen lists them. */
export const bukuRekodFields: readonly ImportField[] = [
  field("site", ["kod tapak", "tapak", "ppr", "kawasan", "lokasi", "site", "site code"], true, true),
  field("legacyNo", [
    "no rujukan",
    "no rekod",
    "no fail",
    "no kes",
    "no rujukan lama",
    "rujukan",
    "record no",
    "reference no",
    "ref no",
    "case no",
    "file no",
  ]),
  field(
    "date",
    ["tarikh", "tarikh kes", "tarikh lapor", "tarikh daftar", "tarikh terima", "date", "case date"],
    true,
  ),
  field(
    "name",
    ["nama", "nama penuh", "nama klien", "nama pemohon", "name", "full name", "client name"],
    true,
  ),
  field("docNo", [
    "no kp",
    "no kad pengenalan",
    "kad pengenalan",
    "no mykad",
    "mykad",
    "kp",
    "no ic",
    "ic",
    "nric",
    "ic no",
    "identity card",
    "no dokumen",
    "no pengenalan",
  ]),
  field("sex", ["jantina", "sex", "gender", "l p"]),
  field("birthDate", ["tarikh lahir", "date of birth", "dob", "birth date"]),
  field("ethnicity", ["bangsa", "keturunan", "kaum", "etnik", "race", "ethnicity"], true, true),
  field(
    "maritalStatus",
    ["status perkahwinan", "taraf perkahwinan", "perkahwinan", "marital status"],
    true,
    true,
  ),
  field("phone", ["no telefon", "telefon", "no tel", "tel", "no hp", "phone", "mobile", "handphone"]),
  field("block", ["blok", "block"]),
  field("unit", ["no unit", "unit", "no rumah", "alamat", "address"]),
  field("targetGroup", ["kumpulan sasar", "kategori", "kumpulan", "sasar", "target group", "category"], true),
  field(
    "problem",
    [
      "masalah",
      "isu",
      "perkara",
      "keterangan",
      "butiran",
      "masalah isu",
      "problem",
      "issue",
      "description",
      "details",
    ],
    true,
  ),
  field("service", ["perkhidmatan", "jenis perkhidmatan", "khidmat", "service", "service type"], true),
  field("action", ["tindakan", "tindakan diambil", "action", "action taken", "catatan"]),
  field(
    "officer",
    ["pegawai", "nama pegawai", "pegawai bertugas", "ppk", "officer", "case officer"],
    true,
    true,
  ),
  field("followUpDate", ["tarikh susulan", "susulan", "follow up", "follow up date"]),
  field("status", ["status", "status kes", "case status"], true, true),
];

export const targetGroupWords: CodeWords<TargetGroup> = {
  "kanak-kanak": [TARGET_GROUP_LABELS["kanak-kanak"], "kanak kanak", "kanak2", "children", "child"],
  "warga-emas": [TARGET_GROUP_LABELS["warga-emas"], "we", "warga tua", "elderly", "senior citizen"],
  oku: [TARGET_GROUP_LABELS.oku, "orang kurang upaya", "orang kelainan upaya", "disabled", "pwd"],
  "ibu-tunggal": [TARGET_GROUP_LABELS["ibu-tunggal"], "ibu tunggal", "it", "single mother", "single mothers"],
  miskin: [
    TARGET_GROUP_LABELS.miskin,
    "miskin tegar",
    "keluarga miskin",
    "b40",
    "fakir",
    "poor",
    "hardcore poor",
  ],
  "mangsa-kdrt": [TARGET_GROUP_LABELS["mangsa-kdrt"], "kdrt", "keganasan rumah tangga", "domestic violence"],
  belia: [TARGET_GROUP_LABELS.belia, "remaja", "youth"],
  "lain-lain": [TARGET_GROUP_LABELS["lain-lain"], "lain", "lain2", "others", "other"],
};

export const serviceWords: CodeWords<ServiceType> = {
  nasihat: [
    SERVICE_LABELS.nasihat,
    "khidmat nasihat",
    "kaunseling",
    "nasihat kaunseling",
    "advice",
    "counselling",
  ],
  rujukan: [SERVICE_LABELS.rujukan, "rujuk", "dirujuk", "rujukan agensi", "referral"],
  siasatan: [SERVICE_LABELS.siasatan, "siasatan bantuan", "permohonan bantuan", "investigation"],
  lawatan: [SERVICE_LABELS.lawatan, "ziarah", "lawatan rumah", "visit", "home visit"],
  aduan: [SERVICE_LABELS.aduan, "complaint"],
  "bantuan-barangan": [
    SERVICE_LABELS["bantuan-barangan"],
    "bantuan barangan",
    "bantuan makanan",
    "barangan",
    "makanan",
    "food aid",
    "goods",
  ],
  "lain-lain": [SERVICE_LABELS["lain-lain"], "lain", "lain2", "others", "other"],
};

export const statusWords: CodeWords<CaseStatus> = {
  baru: ["new", "open"],
  "dalam-tindakan": ["dalam tindakan", "tindakan", "sedang diproses", "in progress"],
  dirujuk: ["rujuk", "referred"],
  selesai: ["selesai", "resolved", "done", "completed"],
  ditutup: ["tutup", "closed"],
};

export const sexWords: CodeWords<"L" | "P"> = {
  L: ["lelaki", "laki laki", "male", "m"],
  P: ["perempuan", "wanita", "female", "f"],
};

export const ethnicityWords: CodeWords<(typeof ethnicities)[number]> = {
  melayu: ["malay"],
  cina: ["chinese", "tionghua"],
  india: ["indian", "india muslim"],
  "bumiputera-sabah": ["bumiputera sabah", "kadazan", "kadazandusun", "dusun", "bajau", "murut", "sabah"],
  "bumiputera-sarawak": ["bumiputera sarawak", "iban", "bidayuh", "melanau", "orang ulu", "sarawak"],
  "orang-asli": ["orang asli", "asli"],
  "lain-lain": ["lain", "lain2", "others", "other"],
};

export const maritalWords: CodeWords<(typeof maritalStatuses)[number]> = {
  bujang: ["single", "belum berkahwin"],
  berkahwin: ["kahwin", "married"],
  bercerai: ["cerai", "divorced"],
  "balu-duda": ["balu", "duda", "balu duda", "kematian pasangan", "widow", "widowed", "widower"],
};
