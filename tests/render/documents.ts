// Why: every official document the app writes, built from fixtures, with what its printed PDF must be; add one entry per new document.
import { bukuRekodModel } from "../../shared/reports/buku-rekod";
import { bukuRekodDocx } from "../../shared/reports/buku-rekod-docx";
import { bukuRekodXlsx } from "../../shared/reports/buku-rekod-xlsx";
import { programmeDocx } from "../../shared/reports/pelaksanaan-program/docx";
import { pelaksanaanProgramModel } from "../../shared/reports/pelaksanaan-program/model";
import { programmeXlsx } from "../../shared/reports/pelaksanaan-program/xlsx";
import { profailKomunitiDocx } from "../../shared/reports/profail-komuniti/docx";
import { profailKomunitiModel } from "../../shared/reports/profail-komuniti/model";
import { siasatanDocx } from "../../shared/reports/siasatan/docx";
import { minitDocx } from "../../shared/reports/minit-mesyuarat/docx";
import { minitModel } from "../../shared/reports/minit-mesyuarat/model";
import { minitInput } from "../fixtures/reports/minit-mesyuarat";
import { siasatanModel } from "../../shared/reports/siasatan/model";
import { statistikKesDocx } from "../../shared/reports/statistik-kes/docx";
import { statistikKesModel } from "../../shared/reports/statistik-kes/model";
import { statistikKesXlsx } from "../../shared/reports/statistik-kes/xlsx";
import { statusRujukanModel } from "../../shared/reports/status-rujukan/model";
import { statusRujukanXlsx } from "../../shared/reports/status-rujukan/xlsx";
import { bukuRekodFixture } from "../fixtures/reports/buku-rekod";
import { fixtureInput as programmeInput } from "../fixtures/reports/pelaksanaan-program";
import { fixtureInput as profailInput } from "../fixtures/reports/profail-komuniti";
import { fixtureInput as siasatanInput } from "../fixtures/reports/siasatan";
import { fixtureInput as statistikKesInput } from "../fixtures/reports/statistik-kes";
import { statusRujukanInput } from "./status-rujukan-input";
import type { Page } from "./check";
import { direktoriDocx } from "../../shared/reports/direktori/docx";
import { direktoriModel } from "../../shared/reports/direktori/model";
import { direktoriXlsx } from "../../shared/reports/direktori/xlsx";
import { direktoriInput } from "../fixtures/reports/direktori";
import { direktoriPagesCheck } from "./direktori-pages";
import { kpnStatusDocx } from "../../shared/reports/kpn/status-pelaksanaan/docx";
import { kpnStatusModel } from "../../shared/reports/kpn/status-pelaksanaan/model";
import { kpnStatusXlsx } from "../../shared/reports/kpn/status-pelaksanaan/xlsx";
import { kpnStatusFixture } from "../fixtures/reports/kpn-status";
import { jadualDocx } from "../../shared/reports/kpn/jadual-pelaksanaan/docx";
import { jadualModel } from "../../shared/reports/kpn/jadual-pelaksanaan/model";
import { jadualXlsx } from "../../shared/reports/kpn/jadual-pelaksanaan/xlsx";
import { jadualFixture } from "../fixtures/reports/jadual-pelaksanaan";
import { laporanPendampingDocx } from "../../shared/reports/pkh/laporan-pendamping/docx";
import { laporanPendampingModel } from "../../shared/reports/pkh/laporan-pendamping/model";
import { laporanInput } from "../fixtures/reports/laporan-pendamping";
import { daftarDocx } from "../../shared/reports/pkh/daftar/docx";
import { daftarXlsx } from "../../shared/reports/pkh/daftar/xlsx";
import { penyediaModel } from "../../shared/reports/pkh/daftar/penyedia";
import { penyediaInput } from "../fixtures/reports/daftar-penyedia";
import { ketuaModel } from "../../shared/reports/pkh/daftar/ketua";
import { ketuaInput } from "../fixtures/reports/daftar-ketua";
import { evaluasiModel } from "../../shared/reports/pkh/evaluasi/model";
import { evaluasiDocx } from "../../shared/reports/pkh/evaluasi/docx";
import { evaluasiInput } from "../fixtures/reports/lembar-evaluasi";

export type RenderedDocument = {
  /** Shown in the check's report. */
  name: string;
  /** With its extension (.docx or .xlsx); the stem must be unique, as the PDF takes it ("x-docx.docx" -> "x-docx.pdf"). */
  fileName: string;
  make: () => Promise<Uint8Array>;
  orientation: "portrait" | "landscape";
  /** Printed page count, inclusive bounds. */
  pages: [min: number, max: number];
  /** SULIT exactly once at the top and once at the bottom of every page; otherwise nowhere. */
  sulit: boolean;
  /** Narrow (1.27 cm) sides, as the Buku Rekod extract: text may come to 1.0 cm of either edge, not 1.5. */
  narrow?: boolean;
  /** A5 pages (the Direktori CBO booklet); A4 otherwise. */
  paper?: "a5";
  /** A PKH document: the frame's words are Indonesian ("Halaman", RAHASIA). */
  language?: "id";
  /** What else this document's printed pages must show (e.g. that its contents' page numbers are right). */
  verify?: (pages: Page[]) => string[];
};

/**
 * Enough Buku Rekod rows (a month at a busy site, problems and actions written out in full) to run over several
 * printed pages, with the header repeated and the total and signature at the end.
 */
const BUKU_REKOD_ROWS = 40;
/** A district's directory: 80 organisations of every kind, of which the CBOs and NGOs still active are printed. */
const DIREKTORI_ORGS = 80;

export const documents: RenderedDocument[] = [
  {
    name: "Laporan Statistik Kes (xlsx)",
    fileName: "statistik-kes-xlsx.xlsx",
    make: () => statistikKesXlsx(statistikKesModel(statistikKesInput)),
    orientation: "landscape",
    // One sheet each for the district and two sites, each one page wide and two pages long.
    pages: [5, 7],
    sulit: false,
  },
  {
    name: "Laporan Statistik Kes (docx)",
    fileName: "statistik-kes-docx.docx",
    make: () => statistikKesDocx(statistikKesModel(statistikKesInput)),
    orientation: "landscape",
    pages: [5, 7],
    sulit: false,
  },
  {
    name: "Senarai Status Rujukan (xlsx)",
    fileName: "status-rujukan-xlsx.xlsx",
    make: () => statusRujukanXlsx(statusRujukanModel(statusRujukanInput)),
    orientation: "landscape",
    pages: [1, 2],
    sulit: true,
  },
  {
    name: "Buku Rekod (xlsx)",
    fileName: "buku-rekod-xlsx.xlsx",
    make: () => bukuRekodXlsx(bukuRekodModel(bukuRekodFixture(BUKU_REKOD_ROWS))),
    orientation: "landscape",
    // 9 pt text fitted to the page; rows are as tall as Excel needs for their wrapped text (LibreOffice needs less).
    pages: [7, 10],
    sulit: true,
    narrow: true,
  },
  {
    name: "Buku Rekod (docx)",
    fileName: "buku-rekod-docx.docx",
    make: () => bukuRekodDocx(bukuRekodModel(bukuRekodFixture(BUKU_REKOD_ROWS))),
    orientation: "landscape",
    // 9 pt text, four to six of these long rows a page; the last row stays with the total and the signature block.
    pages: [7, 10],
    sulit: true,
    narrow: true,
  },
  {
    name: "Laporan Pelaksanaan Program (docx)",
    fileName: "pelaksanaan-program-docx.docx",
    make: () => programmeDocx(pelaksanaanProgramModel(programmeInput)),
    orientation: "portrait",
    // The summary, then each programme's particulars and its photo grid.
    pages: [3, 9],
    sulit: false,
  },
  {
    name: "Laporan Pelaksanaan Program (xlsx)",
    fileName: "pelaksanaan-program-xlsx.xlsx",
    make: () => programmeXlsx(pelaksanaanProgramModel(programmeInput)),
    orientation: "portrait",
    pages: [1, 2],
    sulit: false,
  },
  {
    name: "Profail Komuniti (docx)",
    fileName: "profail-komuniti-docx.docx",
    make: () => profailKomunitiDocx(profailKomunitiModel(profailInput)),
    orientation: "portrait",
    pages: [2, 5],
    sulit: true,
  },
  {
    name: "Laporan Siasatan Permohonan Bantuan (docx)",
    fileName: "siasatan-docx.docx",
    make: () => siasatanDocx(siasatanModel(siasatanInput)),
    orientation: "portrait",
    pages: [1, 3],
    sulit: true,
  },
  {
    name: "Minit Mesyuarat (docx)",
    fileName: "minit-mesyuarat-docx.docx",
    make: () => minitDocx(minitModel(minitInput)),
    orientation: "portrait",
    pages: [1, 2],
    sulit: false,
  },
  {
    name: "Jadual Pelaksanaan KPN (docx)",
    fileName: "jadual-pelaksanaan-docx.docx",
    make: () => jadualDocx(jadualModel(jadualFixture())),
    orientation: "landscape",
    // A month of eight tours (27 checkpoints), each tour kept on one page, then the note and the signatures.
    pages: [2, 4],
    sulit: false,
  },
  {
    name: "Jadual Pelaksanaan KPN (xlsx)",
    fileName: "jadual-pelaksanaan-xlsx.xlsx",
    make: () => jadualXlsx(jadualModel(jadualFixture())),
    orientation: "landscape",
    pages: [2, 4],
    sulit: false,
  },
  {
    name: "Laporan Status Pelaksanaan KPN (docx)",
    fileName: "kpn-status-docx.docx",
    make: () => kpnStatusDocx(kpnStatusModel(kpnStatusFixture())),
    orientation: "landscape",
    // The district summary (two pages), then each of three tours on pages of its own.
    pages: [5, 9],
    sulit: false,
  },
  {
    name: "Laporan Status Pelaksanaan KPN (xlsx)",
    fileName: "kpn-status-xlsx.xlsx",
    make: () => kpnStatusXlsx(kpnStatusModel(kpnStatusFixture())),
    orientation: "landscape",
    // The district sheet (two pages) and a sheet per tour (two or three pages: its checkpoints, stock, issues, signature).
    pages: [7, 14],
    sulit: false,
  },
  {
    name: "Direktori CBO A4 (docx)",
    fileName: "direktori-a4-docx.docx",
    make: () => direktoriDocx(direktoriModel(direktoriInput(DIREKTORI_ORGS))),
    orientation: "portrait",
    // The cover, two pages of contents, then three or four entries a page.
    pages: [12, 22],
    sulit: false,
    verify: (pages) => direktoriPagesCheck(direktoriModel(direktoriInput(DIREKTORI_ORGS)), pages),
  },
  {
    name: "Direktori CBO buku kecil A5 (docx)",
    fileName: "direktori-a5-docx.docx",
    make: () => direktoriDocx(direktoriModel(direktoriInput(DIREKTORI_ORGS, { paper: "a5" }))),
    orientation: "portrait",
    paper: "a5",
    pages: [20, 40],
    sulit: false,
    verify: (pages) =>
      direktoriPagesCheck(direktoriModel(direktoriInput(DIREKTORI_ORGS, { paper: "a5" })), pages),
  },
  {
    name: "Direktori CBO (xlsx)",
    fileName: "direktori-xlsx.xlsx",
    make: () => direktoriXlsx(direktoriModel(direktoriInput(DIREKTORI_ORGS))),
    orientation: "landscape",
    pages: [2, 6],
    sulit: false,
  },
  {
    name: "Laporan Bulanan Pendamping PKH (docx)",
    fileName: "laporan-pendamping-docx.docx",
    make: () => laporanPendampingDocx(laporanPendampingModel(laporanInput())),
    orientation: "portrait",
    // The cover, the content with its signatures, then the attachments (data, two attendance lists, CKP, photos).
    pages: [3, 6],
    sulit: true,
    language: "id",
  },
  {
    name: "Daftar Penyedia Layanan Kesehatan PKH (docx)",
    fileName: "daftar-penyedia-docx.docx",
    make: () => daftarDocx(penyediaModel(penyediaInput("kesehatan"))),
    orientation: "landscape",
    pages: [1, 2],
    sulit: false,
    language: "id",
  },
  {
    name: "Daftar Penyedia Layanan Kesehatan PKH (xlsx)",
    fileName: "daftar-penyedia-xlsx.xlsx",
    make: () => daftarXlsx(penyediaModel(penyediaInput("kesehatan"))),
    orientation: "landscape",
    pages: [1, 2],
    sulit: false,
    language: "id",
  },
  {
    name: "Daftar Ketua Kelompok PKH (docx)",
    fileName: "daftar-ketua-docx.docx",
    make: () => daftarDocx(ketuaModel(ketuaInput())),
    orientation: "landscape",
    pages: [1, 2],
    sulit: true,
    language: "id",
  },
  {
    name: "Daftar Ketua Kelompok PKH (xlsx)",
    fileName: "daftar-ketua-xlsx.xlsx",
    make: () => daftarXlsx(ketuaModel(ketuaInput())),
    orientation: "landscape",
    pages: [1, 2],
    sulit: true,
    language: "id",
  },
  {
    name: "Lembar Evaluasi Pendamping PKH (docx)",
    fileName: "lembar-evaluasi-docx.docx",
    make: () => evaluasiDocx(evaluasiModel(evaluasiInput())),
    orientation: "portrait",
    pages: [1, 3],
    sulit: true,
    language: "id",
  },
];
