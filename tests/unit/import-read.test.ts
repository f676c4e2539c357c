// Why: files as offices have them must open (xlsx with a title, merged headings, blank rows and totals; csv with ";"
// or ",", quotes and a BOM), and anything else must be refused with its own message before any row is used.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readBook } from "../../shared/import/read";
import { findTable } from "../../shared/import/table";
import { parseCsv, decodeText, detectSeparator } from "../../shared/import/csv";
import { ImportFileError, MAX_IMPORT_ROWS } from "../../shared/import/sheet";
import { bukuRekodFields } from "../../shared/import/buku-rekod-fields";
import { legacyCsv, legacyXlsx, LEGACY_HEADERS } from "../fixtures/legacy-buku-rekod";

const spec = { rows: 120, bad: 0, siteCodes: ["SPH"], officer: "Aminah", year: 2025, today: "2026-11-18" };

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ImportFileError) return `${e.key}${e.params.max ? `:${e.params.max}` : ""}`;
    throw e;
  }
  return "opened";
}

async function xlsxOf(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An exceljs cell value as the import reads it: rich text and links as their text, formulas as their result. */
function plain(v: ExcelJS.CellValue | undefined): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("result" in v) return plain(v.result as ExcelJS.CellValue);
  if ("text" in v) return plain(v.text as ExcelJS.CellValue);
  return null;
}

describe("reading spreadsheets", () => {
  it("reads every xlsx cell as exceljs reads it: text, numbers, dates, formulas, rich text, links, merged cells", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sel & <lain>");
    ws.addRow(["Nama", "Tarikh", "Jumlah", "Ya", "Pautan"]);
    ws.addRow([
      { richText: [{ text: "SITI " }, { text: "AMINAH", font: { bold: true } }] },
      new Date(Date.UTC(2025, 2, 5)),
      { formula: "1+2", result: 3 },
      true,
      { text: "laman", hyperlink: "https://example.org" },
    ]);
    ws.getCell("B2").numFmt = "d-mmm-yy";
    ws.addRow(['A & B <c> "d"', 45721.5, { formula: 'CONCAT("a","b")', result: "ab" }, false, "  ruang  "]);
    ws.getCell("B3").numFmt = "dd/mm/yyyy hh:mm";
    ws.getCell("A5").value = "Gabung";
    ws.mergeCells("A5:C6");
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const fixture = (await legacyXlsx(spec)).bytes;
    for (const file of [bytes, fixture]) {
      const ours = await readBook(file, "x.xlsx");
      const theirs = new ExcelJS.Workbook();
      await theirs.xlsx.load(file as unknown as ArrayBuffer);
      expect(ours.sheets.map((x) => x.name)).toEqual(theirs.worksheets.map((w) => w.name));
      theirs.worksheets.forEach((w, i) => {
        const expected: { rowNo: number; cells: unknown[] }[] = [];
        w.eachRow((row, rowNo) => {
          const values = row.values as ExcelJS.CellValue[];
          expected.push({ rowNo, cells: Array.from(values.slice(1), plain) });
        });
        expect(ours.sheets[i]!.rows).toEqual(expected);
      });
    }
  });

  it("finds the table under a title and merged headings, skipping blank rows and the totals row", async () => {
    const { bytes, truth } = await legacyXlsx(spec);
    const book = await readBook(bytes, "buku.xlsx");
    expect(book.kind).toBe("xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual(["Nota", "Buku Rekod 2025"]);
    const table = findTable(book.sheets[1]!, bukuRekodFields);
    expect(table.headerRowNo).toBe(4);
    // The merged cells over two header rows ("Bil", "Tarikh") read as their heading.
    expect(table.headers).toEqual([...LEGACY_HEADERS]);
    expect(table.rows).toHaveLength(120);
    expect(table.rows[0]!.rowNo).toBe(5);
    expect(table.totalsRowNo).toBe(truth.totalsRowNo);
    expect(table.blankRows).toBe(1);
    // Date cells stay dates, serials numbers, MyKad numbers numbers.
    const kinds = table.rows.slice(0, 4).map((r) => r.cells[2]);
    expect(typeof kinds[0]).toBe("string");
    expect(typeof kinds[2]).toBe("number");
    expect(kinds[3]).toBeInstanceOf(Date);
  });

  it("reads CSV with a BOM, ';' or ',' and quoted fields", async () => {
    const { bytes } = legacyCsv(spec);
    const book = await readBook(bytes, "buku.csv");
    const table = findTable(book.sheets[0]!, bukuRekodFields);
    expect(table.headers[0]).toBe("Bil");
    expect(table.rows).toHaveLength(120);
    const text = 'Nama,Tarikh,Masalah\r\n"Tan, Mei Ling",01/02/2025,"Kata ""tolong""\nbaris dua"\n';
    expect(detectSeparator(text)).toBe(",");
    expect(parseCsv(text)).toEqual([
      { rowNo: 1, cells: ["Nama", "Tarikh", "Masalah"] },
      { rowNo: 2, cells: ["Tan, Mei Ling", "01/02/2025", 'Kata "tolong"\nbaris dua'] },
    ]);
    // Excel's "CSV" on Windows is the code page, not UTF-8.
    expect(decodeText(new Uint8Array([0x4e, 0x61, 0x6d, 0x61, 0x3b, 0xe9]))).toBe("Nama;é");
  });

  it("refuses what is not xlsx or csv, an empty file, a sheet without a header row and too many rows", async () => {
    expect(await refusal(readBook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), "lama.xls"))).toBe(
      "imp.notSpreadsheet",
    );
    expect(await refusal(readBook(new Uint8Array([0x25, 0x50, 0x44, 0x46]), "surat.pdf"))).toBe(
      "imp.notSpreadsheet",
    );
    const zipNotXlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    expect(await refusal(readBook(zipNotXlsx, "fail.xlsx"))).toBe("imp.notSpreadsheet");
    expect(await refusal(readBook(new Uint8Array(), "kosong.csv"))).toBe("imp.empty");
    const blank = await readBook(new TextEncoder().encode(";;;\r\n;;;\r\n"), "kosong.csv");
    expect(() => findTable(blank.sheets[0]!, bukuRekodFields)).toThrow(
      expect.objectContaining({ key: "imp.empty" }),
    );
    const noHeader = await readBook(
      await xlsxOf([
        ["Ali", 12],
        ["Abu", 13],
      ]),
      "x.xlsx",
    );
    expect(() => findTable(noHeader.sheets[0]!, bukuRekodFields)).toThrow(
      expect.objectContaining({ key: "imp.noHeader" }),
    );
    const headerOnly = await readBook(await xlsxOf([["Nama", "Tarikh", "No. KP"]]), "x.xlsx");
    expect(() => findTable(headerOnly.sheets[0]!, bukuRekodFields)).toThrow(
      expect.objectContaining({ key: "imp.empty" }),
    );
    const big = `Nama;Tarikh\r\n${"Ali;01/01/2025\r\n".repeat(MAX_IMPORT_ROWS + 1)}`;
    expect(await refusal(readBook(new TextEncoder().encode(big), "besar.csv"))).toBe(
      `imp.tooManyRows:${MAX_IMPORT_ROWS}`,
    );
    const limit = `Nama;Tarikh\r\n${"Ali;01/01/2025\r\n".repeat(MAX_IMPORT_ROWS)}`;
    expect(await refusal(readBook(new TextEncoder().encode(limit), "had.csv"))).toBe("opened");
  });
});
