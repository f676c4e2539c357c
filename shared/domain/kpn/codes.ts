// Why: the code lists of Kembara Prihatin Negara (seed 001); labels live in the i18n files under `kpn.*` keys.

/** The seven kinds of place a checkpoint is held at. */
export const checkpointLocationTypes = [
  "pasar",
  "kompleks-niaga",
  "tempat-ibadah",
  "pengangkutan-awam",
  "pusat-komuniti",
  "perumahan-awam",
  "ppr",
] as const;
export type CheckpointLocationType = (typeof checkpointLocationTypes)[number];

/** A team member's part: the team leader, the officers, assistants, the driver. */
export const teamRoles = ["ketua", "petugas", "pembantu", "pemandu"] as const;
export type TeamRole = (typeof teamRoles)[number];

export const tourStatuses = ["dirancang", "dilaksanakan", "ditangguhkan", "dibatalkan"] as const;
export type TourStatus = (typeof tourStatuses)[number];

/** What a food basket holds, counted in units (packs, bottles). */
export const basketItems = ["beras", "minyak", "tepung", "gula"] as const;
export type BasketItem = (typeof basketItems)[number];

/** Age bands the service counter counts people in. */
export const ageBands = ["kanak-kanak", "belia", "dewasa", "warga-emas"] as const;
export type AgeBand = (typeof ageBands)[number];

/** The KPWKM agency services a tour may bring. */
export const agencyServices = [
  "ziarah-prihatin",
  "pembangunan-keluarga",
  "pemerkasaan-wanita",
  "kajian-kapasiti",
] as const;

/** Starting complaint categories (the public-complaints scheme); the administrator may edit the list. */
export const defaultComplaintCategories = [
  "lewat-tiada-tindakan",
  "tindakan-tidak-adil",
  "kemudahan-awam",
  "salah-guna-kuasa",
  "tidak-ikut-prosedur",
  "kualiti-perkhidmatan",
  "lain-lain",
] as const;

/** Client charter: working days to acknowledge and to resolve a complaint (settings; these are the defaults). */
export const COMPLAINT_ACK_WORKING_DAYS = 1;
export const COMPLAINT_RESOLVE_WORKING_DAYS = 15;

/** Default length of a checkpoint's slot, in minutes. */
export const DEFAULT_SLOT_MINUTES = 120;
