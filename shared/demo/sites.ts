// Why: the five PPR sites named in seed 000, all in the demo office's own district, and the staff of the office that works them.
import type { SiteInput } from "../domain/site";
import type { OfficeInput, ReportSettings } from "../domain/office";
import type { Role } from "../domain/roles";

export const demoSites: SiteInput[] = [
  {
    code: "SPH",
    name: "PPR Seri Pahang",
    type: "ppr",
    address: "Jalan Bangsar Utama 9, 59000 Kuala Lumpur",
    district: "Lembah Pantai",
    state: "WP Kuala Lumpur",
  },
  {
    code: "SPT",
    name: "PPR Seri Pantai",
    type: "ppr",
    address: "Jalan Pantai Permai, 59200 Kuala Lumpur",
    district: "Lembah Pantai",
    state: "WP Kuala Lumpur",
  },
  {
    code: "TPD",
    name: "PPR Taman Putra Damai",
    type: "ppr",
    address: "Jalan Pantai Dalam, Kampung Pantai Dalam, 59200 Kuala Lumpur",
    district: "Lembah Pantai",
    state: "WP Kuala Lumpur",
  },
  {
    code: "TCD",
    name: "PPR Taman Cendana",
    type: "ppr",
    address: "Jalan Kerinchi, Bukit Kerinchi, 59200 Kuala Lumpur",
    district: "Lembah Pantai",
    state: "WP Kuala Lumpur",
  },
  {
    code: "DRJ",
    name: "PPR Desa Rejang",
    type: "berisiko",
    address: "Lorong Kerinchi Kiri, Kampung Kerinchi, 59200 Kuala Lumpur",
    district: "Lembah Pantai",
    state: "WP Kuala Lumpur",
  },
];

export const demoOffice: OfficeInput = {
  state: "WP Kuala Lumpur",
  district: "Lembah Pantai",
  officeName: "Pejabat Kebajikan Masyarakat Daerah Lembah Pantai",
  address: "Tingkat 3, Kompleks Kerajaan Jalan Bangsar, 59000 Kuala Lumpur",
  phone: "03-2282 1234",
  email: "pkmd.lembahpantai@contoh.jkm.gov.my",
  countryPack: "jkm",
  language: "ms",
  autoLockMinutes: 10,
};

/** The demo office's signatory and monthly-pack address (the demo PKMD user below). */
export const demoReportSettings: ReportSettings = {
  pkmdName: "Encik Rahman bin Yusof",
  pkmdPost: "Pegawai Kebajikan Masyarakat Daerah",
  pkmdEmail: "pkmd.lembahpantai@contoh.jkm.gov.my",
  stateCoordinatorName: "Puan Norhayati binti Ismail",
  stateCoordinatorPost: "Penyelaras Komuniti Negeri",
};

/** Demo staff; the passwords are shown on the login screen while demo data is loaded. */
export const demoUsers: {
  username: string;
  name: string;
  role: Role;
  siteCodes: string[];
  password: string;
}[] = [
  {
    username: "pentadbir",
    name: "Nurul Huda binti Kamal",
    role: "pentadbir",
    siteCodes: [],
    password: "Sulit#Admin2026",
  },
  {
    username: "pkmd",
    name: "Encik Rahman bin Yusof",
    role: "pkmd",
    siteCodes: [],
    password: "Daerah#Lembah2026",
  },
  {
    username: "ppk.aminah",
    name: "Aminah binti Said",
    role: "ppk",
    siteCodes: ["SPH", "SPT"],
    password: "Tapak#SPH2026",
  },
  {
    username: "ppk.kumar",
    name: "Kumar a/l Subramaniam",
    role: "ppk",
    siteCodes: ["TPD", "TCD", "DRJ"],
    password: "Tapak#TPD2026",
  },
  {
    username: "pemerhati",
    name: "Lim Mei Ling",
    role: "pemerhati",
    siteCodes: [],
    password: "Lihat#Sahaja2026",
  },
];
