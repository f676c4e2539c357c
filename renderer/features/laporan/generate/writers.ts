// Why: every document writer by name, each loaded only when a file is made, so docx and exceljs stay out of start-up.
export type WriterId =
  | "statistik-kes.xlsx"
  | "statistik-kes.docx"
  | "status-rujukan.xlsx"
  | "buku-rekod.xlsx"
  | "pelaksanaan-program.docx"
  | "pelaksanaan-program.xlsx"
  | "buku-rekod.docx"
  | "profail-komuniti.docx"
  | "siasatan.docx"
  | "minit-mesyuarat.docx"
  | "direktori.docx"
  | "direktori.xlsx"
  | "kpn-status-pelaksanaan.docx"
  | "kpn-status-pelaksanaan.xlsx"
  | "jadual-pelaksanaan.xlsx"
  | "jadual-pelaksanaan.docx"
  | "pkh-daftar.docx"
  | "pkh-daftar.xlsx"
  | "pkh-laporan-pendamping.docx"
  | "pkh-evaluasi.docx";

/* The models are plain data built on the main thread and cloned into the worker; each writer takes its own. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Writer = (model: any) => Promise<Uint8Array<ArrayBuffer>>;

export const writers: Record<WriterId, () => Promise<Writer>> = {
  "statistik-kes.xlsx": async () =>
    (await import("../../../../shared/reports/statistik-kes/xlsx")).statistikKesXlsx,
  "statistik-kes.docx": async () =>
    (await import("../../../../shared/reports/statistik-kes/docx")).statistikKesDocx,
  "status-rujukan.xlsx": async () =>
    (await import("../../../../shared/reports/status-rujukan/xlsx")).statusRujukanXlsx,
  "buku-rekod.xlsx": async () => (await import("../../../../shared/reports/buku-rekod-xlsx")).bukuRekodXlsx,
  "pelaksanaan-program.docx": async () =>
    (await import("../../../../shared/reports/pelaksanaan-program/docx")).programmeDocx,
  "pelaksanaan-program.xlsx": async () =>
    (await import("../../../../shared/reports/pelaksanaan-program/xlsx")).programmeXlsx,
  "buku-rekod.docx": async () => (await import("../../../../shared/reports/buku-rekod-docx")).bukuRekodDocx,
  "profail-komuniti.docx": async () =>
    (await import("../../../../shared/reports/profail-komuniti/docx")).profailKomunitiDocx,
  "siasatan.docx": async () => (await import("../../../../shared/reports/siasatan/docx")).siasatanDocx,
  "minit-mesyuarat.docx": async () =>
    (await import("../../../../shared/reports/minit-mesyuarat/docx")).minitDocx,
  "direktori.docx": async () => (await import("../../../../shared/reports/direktori/docx")).direktoriDocx,
  "direktori.xlsx": async () => (await import("../../../../shared/reports/direktori/xlsx")).direktoriXlsx,
  "jadual-pelaksanaan.xlsx": async () =>
    (await import("../../../../shared/reports/kpn/jadual-pelaksanaan/xlsx")).jadualXlsx,
  "jadual-pelaksanaan.docx": async () =>
    (await import("../../../../shared/reports/kpn/jadual-pelaksanaan/docx")).jadualDocx,
  "kpn-status-pelaksanaan.docx": async () =>
    (await import("../../../../shared/reports/kpn/status-pelaksanaan/docx")).kpnStatusDocx,
  "kpn-status-pelaksanaan.xlsx": async () =>
    (await import("../../../../shared/reports/kpn/status-pelaksanaan/xlsx")).kpnStatusXlsx,
  "pkh-daftar.docx": async () => (await import("../../../../shared/reports/pkh/daftar/docx")).daftarDocx,
  "pkh-daftar.xlsx": async () => (await import("../../../../shared/reports/pkh/daftar/xlsx")).daftarXlsx,
  "pkh-laporan-pendamping.docx": async () =>
    (await import("../../../../shared/reports/pkh/laporan-pendamping/docx")).laporanPendampingDocx,
  "pkh-evaluasi.docx": async () =>
    (await import("../../../../shared/reports/pkh/evaluasi/docx")).evaluasiDocx,
};

export function isWriterId(v: unknown): v is WriterId {
  return typeof v === "string" && Object.hasOwn(writers, v);
}
