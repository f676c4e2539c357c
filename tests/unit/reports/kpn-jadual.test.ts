// Why: the roadmap document lists every live tour of the month with its checkpoints in order, once, and both files
// hold what the model holds (landscape, FORMATS.md columns, totals, signatures).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { jadualDocx } from "../../../shared/reports/kpn/jadual-pelaksanaan/docx";
import { JADUAL_COLUMNS, jadualModel } from "../../../shared/reports/kpn/jadual-pelaksanaan/model";
import { jadualXlsx } from "../../../shared/reports/kpn/jadual-pelaksanaan/xlsx";
import { jadualFixture } from "../../fixtures/reports/jadual-pelaksanaan";
import { docxPages, docxTables, unescapeXml } from "./docx-read";

describe("Jadual Pelaksanaan model", () => {
  it("one row per live checkpoint, tours by date, the tour's cells on its first row only", () => {
    const input = jadualFixture(8);
    // A deleted tour, a deleted checkpoint and a tour of another month are not listed.
    input.tours = [
      ...input.tours,
      { ...input.tours[0]!, id: "gone", deletedAt: "2026-11-01T00:00:00Z" },
      { ...input.tours[0]!, id: "dec", date: "2026-12-01" },
    ];
    input.checkpoints = input.checkpoints.map((c) =>
      c.id === "tour-2-cp-4" ? { ...c, deletedAt: "2026-11-02T00:00:00Z" } : c,
    );
    const m = jadualModel(input);
    expect(m.columns).toEqual([...JADUAL_COLUMNS]);
    expect(m.totals.tours).toBe(8);
    expect(m.totals.checkpoints).toBe(8 * 3 + 4 - 1);
    expect(m.rows).toHaveLength(m.totals.checkpoints);
    expect(m.rows.filter((r) => r.bil !== null).map((r) => r.bil)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const first = m.rows[0]!;
    expect(first).toMatchObject({
      week: "Minggu 2",
      date: "03/11/2026 (Selasa)",
      time: "09:00 - 11:00",
      district: "Lembah Pantai",
      checkpoint: "Pasar Tani Kerinchi, Jalan Kerinchi, 59200 Kuala Lumpur",
      locationType: "Pasar Pagi / Pasar Tani / Pasar Malam",
      vehicle: "UKP WXY 1234",
      partners: "Hospital Kuala Lumpur (Unit Kerja Sosial Perubatan); Pusat Pungutan Zakat MAIWP",
      status: "Dilaksanakan",
    });
    expect(first.team).toBe(
      "Kumar a/l Subramaniam (Ketua Pasukan, S32); Aminah binti Said (S29); Siti Rohani binti Musa (S19); Rosli bin Hassan (Pemandu, H11)",
    );
    expect(m.rows[1]).toMatchObject({ bil: null, date: null, team: null, time: "11:00 - 13:00" });
    expect(m.rows.filter((r) => r.status?.startsWith("Ditangguhkan: Amaran banjir"))).toHaveLength(1);
    expect(m.rows.filter((r) => r.status?.startsWith("Dibatalkan: Kenderaan UKP"))).toHaveLength(1);
    expect(m.notes[0]).toBe(
      "Jumlah jelajah: 8 (dirancang 3, dilaksanakan 3, ditangguhkan 1, dibatalkan 1); jumlah check point: 27.",
    );
    expect(m.fileNames).toEqual({
      xlsx: "jadual-pelaksanaan-kpn_lembah-pantai_2026-11.xlsx",
      docx: "jadual-pelaksanaan-kpn_lembah-pantai_2026-11.docx",
    });
    expect(m.classification).toBeNull();
  });

  it("an empty month is a valid document with zeros", () => {
    const m = jadualModel({ ...jadualFixture(0) });
    expect(m.rows).toEqual([]);
    expect(m.notes[0]).toContain("Jumlah jelajah: 0");
  });
});

describe("Jadual Pelaksanaan files", () => {
  const model = jadualModel(jadualFixture(8));

  it("the workbook: landscape A4, the columns, every row, the note and both signatures", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await jadualXlsx(model)).buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.paperSize).toBe(9);
    const values: string[][] = [];
    ws.eachRow((r) => values.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
    const header = values.findIndex((r) => r[0] === "Bil." && r[1] === "Minggu");
    expect(values[header]).toEqual([...JADUAL_COLUMNS]);
    const body = values.slice(header + 1, header + 1 + model.rows.length);
    expect(body.map((r) => r[5])).toEqual(model.rows.map((r) => r.checkpoint));
    let headerRow = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(1).value === "Bil.") headerRow = n;
    });
    // Numbers stay numbers.
    expect(ws.getRow(headerRow + 1).getCell(1).value).toBe(1);
    const text = values.flat().join("\n");
    expect(text).toContain(model.notes[0]);
    expect(text).toContain("Nama: Aminah binti Said");
    expect(text).toContain("Nama: Encik Rahman bin Yusof");
  });

  it("the Word copy: landscape, the header row repeated, one table row per checkpoint", async () => {
    const zip = await JSZip.loadAsync(await jadualDocx(model));
    const xml = unescapeXml(await zip.file("word/document.xml")!.async("string"));
    expect(docxPages(xml)).toEqual(["landscape"]);
    const [table] = docxTables(xml);
    expect(table![0]).toEqual([...JADUAL_COLUMNS]);
    expect(table!.slice(1).map((r) => r[5])).toEqual(model.rows.map((r) => r.checkpoint));
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain("JADUAL PELAKSANAAN KEMBARA PRIHATIN NEGARA");
    expect(xml).toContain("DAERAH: LEMBAH PANTAI");
    expect(xml).toContain("BULAN: NOVEMBER 2026");
  });
});
