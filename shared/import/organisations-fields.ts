// Why: an organisation list's columns as offices head them (Malay or English, and the flat HSDS names), and the words
// they write for an organisation's kind, so a district's own list maps onto directory entries without retyping.
import type { OrganisationKind } from "../domain/directory";
import type { ImportField } from "./mapping";
import type { CodeWords } from "./values";

const field = (key: string, words: string[], required = false, defaultable = false): ImportField => ({
  key,
  labelKey: `imp.org.field.${key}`,
  words,
  required,
  defaultable,
});

/** The fields of an organisation import, in the order the mapping screen lists them. */
export const organisationFields: readonly ImportField[] = [
  field(
    "name",
    [
      "nama organisasi",
      "nama pertubuhan",
      "nama persatuan",
      "nama agensi",
      "nama",
      "organisasi",
      "pertubuhan",
      "name",
      "organisation",
      "organization",
      "organisation name",
      "organization name",
    ],
    true,
  ),
  field(
    "kind",
    ["jenis organisasi", "jenis", "kategori", "kind", "type", "x_kind", "legal_status"],
    true,
    true,
  ),
  field("registrationNo", [
    "no pendaftaran",
    "no daftar",
    "no ros",
    "no ssm",
    "pendaftaran",
    "registration no",
    "registration number",
    "x_registration_no",
  ]),
  field("area", ["mukim", "kawasan", "mukim kawasan", "lokaliti", "area", "locality", "x_area", "region"]),
  field("address", ["alamat", "alamat pejabat", "address", "address_1"]),
  field("head", [
    "nama ketua",
    "ketua",
    "pengerusi",
    "yang dipertua",
    "pengarah",
    "head",
    "chairman",
    "contact_name",
  ]),
  field("headPost", ["jawatan", "jawatan ketua", "post", "position", "contact_title"]),
  field("phone", [
    "no telefon",
    "no tel",
    "telefon",
    "telefon pejabat",
    "tel",
    "phone",
    "telephone",
    "phone_voice",
  ]),
  field("mobile", ["no hp", "no h p", "telefon bimbit", "hp", "mobile", "handphone", "phone_cell"]),
  field("email", ["emel", "e mel", "alamat emel", "email", "e mail"]),
  field("targetGroups", [
    "kumpulan sasar",
    "kumpulan sasaran",
    "sasaran",
    "target groups",
    "target group",
    "x_target_groups",
  ]),
  field("services", ["perkhidmatan", "aktiviti", "services", "service", "service_names"]),
  field("members", ["bilangan ahli", "bil ahli", "jumlah ahli", "ahli", "members", "x_members"]),
  field("active", ["aktif", "status aktif", "status", "active", "x_active"]),
  field("confirmedAt", [
    "disahkan pada",
    "tarikh disahkan",
    "tarikh pengesahan",
    "disahkan",
    "confirmed",
    "confirmed at",
    "x_confirmed_at",
  ]),
  field("notes", ["catatan", "nota", "keterangan", "notes", "x_notes", "description"]),
];

/** Words for each kind; the first is its Malay label as the app shows it (and as an HSDS export writes it). */
export const organisationKindWords: CodeWords<OrganisationKind> = {
  agensi: [
    "Agensi kerajaan",
    "agensi",
    "kerajaan",
    "jabatan",
    "jabatan kerajaan",
    "government",
    "government agency",
    "agency",
  ],
  ngo: ["NGO", "badan bukan kerajaan", "pertubuhan bukan kerajaan", "non governmental organisation"],
  klinik: ["Klinik / Hospital", "klinik", "hospital", "klinik kesihatan", "clinic", "health clinic"],
  sekolah: ["Sekolah", "sekolah kebangsaan", "sekolah menengah", "school"],
  "lain-lain": ["Lain-lain", "lain", "lain2", "others", "other"],
  cbo: [
    "CBO (organisasi berasaskan komuniti)",
    "cbo",
    "organisasi berasaskan komuniti",
    "persatuan penduduk",
    "community based organisation",
    "community based organization",
  ],
  "pejabat-pos": ["Pejabat pos", "pos", "pos malaysia", "post office"],
  korporat: ["Korporat", "syarikat", "corporate", "company"],
  "rumah-ibadat": ["Rumah ibadat", "masjid", "surau", "gereja", "kuil", "tokong", "place of worship"],
};
