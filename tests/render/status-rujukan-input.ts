// Why: a referral list with real-length names, agencies and notes (open, overdue, closed this month), to print the Senarai Status Rujukan in the render check.
import type { StatusRujukanInput } from "../../shared/reports/status-rujukan/model";

const S1 = "site-seri-pahang";
const NAMES = [
  "Siti Aminah binti Ahmad",
  "Muhammad Hafiz bin Abdullah",
  "Tan Mei Ling",
  "Rajeswari a/p Subramaniam",
  "Nur Aisyah Humaira binti Mohd Kamarulzaman",
  "Lim Ah Kow",
  "Kamal bin Yusof",
  "Puspawati binti Ismail",
  "Chong Wei Siang",
  "Aminah binti Sulaiman",
  "Devi a/p Muthusamy",
  "Zulkifli bin Harun",
];
const ORGS = [
  { id: "o1", name: "Klinik Kesihatan Pantai" },
  { id: "o2", name: "Pusat Zakat Wilayah Persekutuan" },
  { id: "o3", name: "Pertubuhan Keselamatan Sosial (PERKESO)" },
  { id: "o4", name: "Jabatan Pendidikan Wilayah Persekutuan Kuala Lumpur" },
];
const NOTES = [
  "Menunggu dokumen sokongan daripada pemohon",
  "Agensi sedang menyemak permohonan; pegawai akan menghubungi pemohon selepas lawatan rumah",
  "Temu janji ditetapkan",
  "",
];

const n = NAMES.length;
const pad = (x: number, w = 2) => String(x).padStart(w, "0");

export const statusRujukanInput: StatusRujukanInput = {
  sites: [{ id: S1, name: "PPR Seri Pahang" }],
  district: "Lembah Pantai",
  asOf: "2026-10-20",
  monthStart: "2026-10-01",
  persons: NAMES.map((name, i) => ({ id: `p${i + 1}`, name, deletedAt: null })),
  cases: NAMES.map((_, i) => ({
    id: `c${i + 1}`,
    recordNo: `SPH/2026/${pad(i + 1, 4)}`,
    siteId: S1,
    personId: `p${i + 1}`,
    deletedAt: null,
  })),
  organisations: ORGS,
  referrals: Array.from({ length: n }, (_, i) => ({
    id: `r${i + 1}`,
    caseId: `c${i + 1}`,
    siteId: S1,
    organisationId: ORGS[i % ORGS.length]!.id,
    date: `2026-${i < 4 ? "09" : "10"}-${pad(1 + ((i * 5) % 19))}`,
    status: i % 5 === 4 ? ("ditutup" as const) : ("terbuka" as const),
    closedDate: i % 5 === 4 ? "2026-10-15" : null,
    outcome: i % 5 === 4 ? "Bantuan bulanan diluluskan mulai November 2026" : "",
    deletedAt: null,
  })),
  statusChecks: Array.from({ length: n }, (_, i) => ({
    id: `k${i + 1}`,
    referralId: `r${i + 1}`,
    date: `2026-10-${pad(8 + (i % 12))}`,
    response: NOTES[i % NOTES.length]!,
    deletedAt: null,
  })),
  letterhead: {
    organisation: "JABATAN KEBAJIKAN MASYARAKAT MALAYSIA",
    officeLine: "PEJABAT KEBAJIKAN MASYARAKAT DAERAH LEMBAH PANTAI, WP KUALA LUMPUR",
    address: "Tingkat 3, Kompleks Pejabat Kerajaan, Jalan Pantai Baharu, 59200 Kuala Lumpur",
    phone: "Tel: 03-2222 3333",
  },
  stamp: { app: "Rekod Komuniti", version: "0.1.0", at: "2026-10-20T06:30:00Z", by: "Siti Aminah" },
  signature: {
    preparedBy: { name: "Siti Aminah binti Ahmad", jawatan: "Pekerja Pembangunan Komuniti (S27)" },
    reviewedBy: { name: "Encik Razak bin Osman" },
  },
};
