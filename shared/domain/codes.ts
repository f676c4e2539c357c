// Why: code lists used by forms and validation; labels live in the i18n files under the same keys.
export const malaysianStates = [
  "Johor",
  "Kedah",
  "Kelantan",
  "Melaka",
  "Negeri Sembilan",
  "Pahang",
  "Perak",
  "Perlis",
  "Pulau Pinang",
  "Sabah",
  "Sarawak",
  "Selangor",
  "Terengganu",
  "WP Kuala Lumpur",
  "WP Labuan",
  "WP Putrajaya",
] as const;

export const siteTypes = ["ppr", "berisiko"] as const;
export type SiteType = (typeof siteTypes)[number];

export const countryPacks = ["jkm", "pkh"] as const;
export type CountryPack = (typeof countryPacks)[number];
/** Packs a user can choose today; PKH Indonesia follows in a later release. */
export const availableCountryPacks: readonly CountryPack[] = ["jkm"];

export const languages = ["ms", "en", "id"] as const;
export type Language = (typeof languages)[number];

/** Kumpulan sasar (target groups); labels under `code.targetGroup.*`. */
export const targetGroups = [
  "kanak-kanak",
  "warga-emas",
  "oku",
  "ibu-tunggal",
  "miskin",
  "mangsa-kdrt",
  "belia",
  "lain-lain",
] as const;
export type TargetGroup = (typeof targetGroups)[number];

/** Jenis perkhidmatan (service given); labels under `code.service.*`. */
export const serviceTypes = [
  "nasihat",
  "rujukan",
  "siasatan",
  "lawatan",
  "aduan",
  "bantuan-barangan",
  "lain-lain",
] as const;
export type ServiceType = (typeof serviceTypes)[number];

/** Status kes, in the order a case moves through them. */
export const caseStatuses = ["baru", "dalam-tindakan", "dirujuk", "selesai", "ditutup"] as const;
export type CaseStatus = (typeof caseStatuses)[number];
/** The statuses of a case still being worked on (a follow-up is due only on these). */
export const openCaseStatuses = [
  "baru",
  "dalam-tindakan",
  "dirujuk",
] as const satisfies readonly CaseStatus[];
export const isOpenCaseStatus = (s: CaseStatus): boolean =>
  (openCaseStatuses as readonly string[]).includes(s);

/** JKM monthly-aid schemes investigated by a PPK. */
export const aidSchemes = ["BKK", "BWE", "EPOKU", "BTB", "BPT", "BA", "BAT", "GP"] as const;
export type AidScheme = (typeof aidSchemes)[number];

export const ethnicities = [
  "melayu",
  "cina",
  "india",
  "bumiputera-sabah",
  "bumiputera-sarawak",
  "orang-asli",
  "lain-lain",
] as const;
export const maritalStatuses = ["bujang", "berkahwin", "bercerai", "balu-duda"] as const;
export const sexes = ["L", "P"] as const;
export const documentTypes = ["mykad", "mykid", "passport", "none"] as const;
export type DocumentType = (typeof documentTypes)[number];
export const noDocumentReasons = ["kanak-kanak", "warga-asing", "tidak-diketahui", "lain-lain"] as const;
export const relationships = [
  "ketua",
  "pasangan",
  "anak",
  "ibu-bapa",
  "cucu",
  "adik-beradik",
  "lain-lain",
] as const;
export type Relationship = (typeof relationships)[number];
