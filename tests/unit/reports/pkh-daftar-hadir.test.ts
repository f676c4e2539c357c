// Why: the Daftar Hadir P2K2 lists the group's roster (No | Nama KPM (pengurus) | No. KPM | Desa | Tanda tangan) under
// the session's title block, classified since it names persons, with rows tall enough to sign, in Word and Excel.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  daftarHadirModel,
  indonesianDay,
  SIGNING_ROW_HEIGHT,
} from "../../../shared/reports/pkh/daftar-hadir/model";
import { letterheadFrom } from "../../../shared/reports/frame/text";
import { daftarDocx } from "../../../shared/reports/pkh/daftar/docx";
import { daftarXlsx } from "../../../shared/reports/pkh/daftar/xlsx";
import { docxTables } from "./docx-read";

const input = {
  session: {
    moduleName: "Pengasuhan dan Pendidikan Anak",
    sessionNo: 2,
    moduleSessions: 4,
    date: "2026-11-10",
    place: "Balai Desa Condongcatur",
    facilitator: "Rina Marlina",
  },
  group: "Kelompok Mawar",
  site: { code: "DPK", name: "Kecamatan Depok" },
  roster: [
    { kpmNo: "3404010010", name: "Siti Rahayu", desa: "Condongcatur" },
    { kpmNo: "3404010002", name: "Sri Lestari", desa: "Caturtunggal" },
    { kpmNo: "3404010003", name: "Wartini", desa: "Maguwoharjo" },
  ],
  letterhead: letterheadFrom({
    countryPack: "pkh",
    officeName: "UPPKH Kabupaten Sleman",
    district: "Sleman",
    state: "DI Yogyakarta",
    address: "Jl. Parasamya No. 1",
    phone: "0274 868405",
  }),
  stamp: { app: "Rekod Komuniti", version: "0.1.0", at: "2026-11-05T02:00:00Z", by: "Rina" },
  signature: {
    preparedBy: { name: "Rina Marlina", jawatan: "Pendamping PKH" },
    reviewedBy: { name: "Budi Santoso", jawatan: "Koordinator PKH Kabupaten/Kota" },
  },
};

describe("Daftar Hadir P2K2", () => {
  it("has a row per KPM of the roster by No. KPM, an empty signature column and the session's title block", () => {
    const m = daftarHadirModel(input);
    expect(m.title).toBe("DAFTAR HADIR PERTEMUAN KELOMPOK P2K2");
    expect(m.classification).toBe("SULIT");
    expect(m.columns.map((c) => c.header)).toEqual([
      "No",
      "Nama KPM (pengurus)",
      "No. KPM",
      "Desa",
      "Tanda tangan",
    ]);
    expect(m.rows).toEqual([
      [1, "Sri Lestari", "3404010002", "Caturtunggal", ""],
      [2, "Wartini", "3404010003", "Maguwoharjo", ""],
      [3, "Siti Rahayu", "3404010010", "Condongcatur", ""],
    ]);
    // The signature column is as wide as any other but the name.
    const widths = m.columns.map((c) => c.width);
    expect(widths[4]).toBeGreaterThanOrEqual(Math.max(widths[2]!, widths[3]!));
    expect(m.rowHeight).toBe(SIGNING_ROW_HEIGHT);
    expect(m.subtitle).toEqual([
      "PROGRAM KELUARGA HARAPAN (PKH)",
      "Modul: Pengasuhan dan Pendidikan Anak — Sesi 2 dari 4",
      "Hari/Tanggal: Selasa, 10 November 2026",
      "Tempat: Balai Desa Condongcatur",
      "Kelompok: Kelompok Mawar — Kecamatan Depok",
      "Pendamping: Rina Marlina",
    ]);
    expect(m.notes).toEqual(["Jumlah KPM dalam kelompok: 3"]);
    expect(m.fileNames.docx).toMatch(/^daftar-hadir-p2k2-.*2026-11-10_kecamatan-depok_2026-11\.docx$/);
    expect(indonesianDay("2026-11-15")).toBe("Minggu, 15 November 2026");
  });

  it("writes the roster, the empty signature cells, RAHASIA and the Indonesian frame in Word and Excel", async () => {
    const m = daftarHadirModel(input);
    const zip = await JSZip.loadAsync(await daftarDocx(m));
    const xml = await zip.file("word/document.xml")!.async("string");
    const [table] = docxTables(xml);
    expect(table?.[0]).toEqual(["No", "Nama KPM (pengurus)", "No. KPM", "Desa", "Tanda tangan"]);
    expect(table?.slice(1).map((r) => [r[1], r[4]])).toEqual([
      ["Sri Lestari", ""],
      ["Wartini", ""],
      ["Siti Rahayu", ""],
    ]);
    // Rows to sign in: at least SIGNING_ROW_HEIGHT points (twips in Word).
    expect(xml).toContain(`<w:trHeight w:val="${SIGNING_ROW_HEIGHT * 20}" w:hRule="atLeast"/>`);
    expect(xml).toContain("Hari/Tanggal: Selasa, 10 November 2026");
    expect(xml).toContain("KEMENTERIAN SOSIAL REPUBLIK INDONESIA");
    const header = await zip.file("word/header1.xml")!.async("string");
    expect(header).toContain("RAHASIA");
    const footer = await zip.file("word/footer1.xml")!.async("string");
    expect(footer).toContain("Halaman");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await daftarXlsx(m)).buffer as ArrayBuffer);
    const ws = wb.getWorksheet("Daftar")!;
    const rows: { values: unknown[]; height: number }[] = [];
    ws.eachRow((row) => rows.push({ values: (row.values as unknown[]).slice(1), height: row.height }));
    const head = rows.findIndex((r) => r.values[0] === "No" && r.values[1] === "Nama KPM (pengurus)");
    expect(head).toBeGreaterThan(0);
    expect(rows[head]!.values[4]).toBe("Tanda tangan");
    const body = rows.slice(head + 1, head + 4);
    expect(body.map((r) => r.values.slice(0, 4))).toEqual([
      [1, "Sri Lestari", "3404010002", "Caturtunggal"],
      [2, "Wartini", "3404010003", "Maguwoharjo"],
      [3, "Siti Rahayu", "3404010010", "Condongcatur"],
    ]);
    expect(body.every((r) => r.height >= SIGNING_ROW_HEIGHT && !r.values[4])).toBe(true);
    expect(rows.flatMap((r) => r.values)).toContain("Dibuat oleh:");
    expect(ws.headerFooter.oddHeader).toContain("RAHASIA");
    expect(ws.headerFooter.oddFooter).toContain("Halaman &P dari &N");
    expect(ws.pageSetup.orientation).toBe("portrait");
    expect(ws.pageSetup.printTitlesRow).toBeTruthy();
  });
});
