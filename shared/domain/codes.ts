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
