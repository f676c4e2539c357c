// Why: the PKH provider lists read the one directory by kind (active entries, by name), in the FORMATS.md columns, and
// their Word and Excel files hold the same rows in the Indonesian frame.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { penyediaModel } from "../../../shared/reports/pkh/daftar/penyedia";
import { penyediaInput } from "../../fixtures/reports/daftar-penyedia";
import { daftarDocx } from "../../../shared/reports/pkh/daftar/docx";
import { daftarXlsx } from "../../../shared/reports/pkh/daftar/xlsx";
import { docxTables } from "./docx-read";

describe("Daftar Penyedia Layanan (PKH)", () => {
  it("lists the live, active entries of the list's kind by name, in the FORMATS.md columns", () => {
    const m = penyediaModel(penyediaInput("kesehatan"));
    expect(m.title).toBe("DAFTAR PENYEDIA LAYANAN KESEHATAN");
    expect(m.columns.map((c) => c.header)).toEqual([
      "No",
      "Nama",
      "Pen. Jawab",
      "Alamat",
      "No. Telp",
      "No. HP",
    ]);
    expect(m.rows).toEqual([
      [1, "Posyandu Mawar", "Kepala Posyandu Mawar", "Jl. Posyandu Mawar", "0274 123456", "0812 3456 7890"],
      [
        2,
        "Puskesmas Depok III",
        "Kepala Puskesmas Depok III",
        "Jl. Puskesmas Depok III",
        "0274 123456",
        "0812 3456 7890",
      ],
    ]);
    expect(m.subtitle).toContain("KEADAAN PER 18 NOVEMBER 2026");
    expect(m.fileNames.docx).toBe("daftar-penyedia-kesehatan_sleman_2026-11.docx");
    expect(penyediaModel(penyediaInput("pendidikan")).rows.map((r) => r[1])).toEqual([
      "SD Negeri Condongcatur",
    ]);
    const pos = penyediaModel(penyediaInput("kantor-pos"));
    expect(pos.title).toBe("DAFTAR KANTOR POS");
    expect(pos.rows.map((r) => r[1])).toEqual(["Kantor Pos Depok"]);
    expect(pos.fileNames.xlsx).toBe("daftar-kantor-pos_sleman_2026-11.xlsx");
    const none = penyediaModel({ ...penyediaInput("kesehatan"), organisations: [] });
    expect(none.rows).toEqual([]);
    expect(none.notes).toEqual(["Belum ada entri direktori jenis ini."]);
  });

  it("writes the same rows, signatures and Indonesian frame in Word and Excel", async () => {
    const m = penyediaModel(penyediaInput("kesehatan"));
    const zip = await JSZip.loadAsync(await daftarDocx(m));
    const xml = await zip.file("word/document.xml")!.async("string");
    const [table] = docxTables(xml);
    expect(table?.[0]).toEqual(["No", "Nama", "Pen. Jawab", "Alamat", "No. Telp", "No. HP"]);
    expect(table?.slice(1).map((r) => r[1])).toEqual(["Posyandu Mawar", "Puskesmas Depok III"]);
    expect(xml).toContain("KEMENTERIAN SOSIAL REPUBLIK INDONESIA");
    expect(xml).toContain("Dibuat oleh:");
    expect(xml).toContain("Diperiksa / Disahkan oleh:");
    const footer = await zip.file("word/footer1.xml")!.async("string");
    expect(footer).toContain("Halaman");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await daftarXlsx(m)).buffer as ArrayBuffer);
    const ws = wb.getWorksheet("Daftar")!;
    const values: unknown[][] = [];
    ws.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    const header = values.findIndex((r) => r[0] === "No" && r[1] === "Nama");
    expect(header).toBeGreaterThan(0);
    expect(values[header + 1]?.slice(0, 2)).toEqual([1, "Posyandu Mawar"]);
    expect(values[header + 2]?.slice(0, 2)).toEqual([2, "Puskesmas Depok III"]);
    expect(values.flat()).toContain("Dibuat oleh:");
    expect(ws.headerFooter.oddFooter).toContain("Halaman &P dari &N");
    expect(ws.pageSetup.orientation).toBe("landscape");
  });
});
