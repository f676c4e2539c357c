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

/** Indonesia's provinces (PKH offices): where a PKH office and its areas lie. */
export const indonesianProvinces = [
  "Aceh",
  "Sumatera Utara",
  "Sumatera Barat",
  "Riau",
  "Kepulauan Riau",
  "Jambi",
  "Sumatera Selatan",
  "Kepulauan Bangka Belitung",
  "Bengkulu",
  "Lampung",
  "DKI Jakarta",
  "Jawa Barat",
  "Banten",
  "Jawa Tengah",
  "DI Yogyakarta",
  "Jawa Timur",
  "Bali",
  "Nusa Tenggara Barat",
  "Nusa Tenggara Timur",
  "Kalimantan Barat",
  "Kalimantan Tengah",
  "Kalimantan Selatan",
  "Kalimantan Timur",
  "Kalimantan Utara",
  "Sulawesi Utara",
  "Gorontalo",
  "Sulawesi Tengah",
  "Sulawesi Barat",
  "Sulawesi Selatan",
  "Sulawesi Tenggara",
  "Maluku",
  "Maluku Utara",
  "Papua",
  "Papua Barat",
  "Papua Barat Daya",
  "Papua Selatan",
  "Papua Tengah",
  "Papua Pegunungan",
] as const;

/** The top regions an office of a pack chooses from: Malaysian states (JKM) or Indonesian provinces (PKH). */
export function regionsOf(pack: CountryPack): readonly string[] {
  return pack === "pkh" ? indonesianProvinces : malaysianStates;
}

/** A site: a PPR or a high-risk area (JKM), or the kecamatan a PKH pendamping accompanies (wilayah dampingan). */
export const siteTypes = ["ppr", "berisiko", "kecamatan"] as const;
/** The site types an office of a pack offers. */
export function siteTypesOf(pack: CountryPack): readonly SiteType[] {
  return pack === "pkh" ? ["kecamatan"] : ["ppr", "berisiko"];
}
export type SiteType = (typeof siteTypes)[number];

export const countryPacks = ["jkm", "pkh"] as const;
export type CountryPack = (typeof countryPacks)[number];
/** The language an office of a pack starts in (each user may still pick another). */
export function languageOf(pack: CountryPack): "ms" | "id" {
  return pack === "pkh" ? "id" : "ms";
}

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
