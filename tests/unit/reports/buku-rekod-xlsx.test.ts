// Why: the Buku Rekod workbook is read back (exceljs; styles unzipped): SULIT once per printed page, the model's rows, total, signatures, a readable print.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { bukuRekodModel } from "../../../shared/reports/buku-rekod";
import { bukuRekodXlsx, bukuRekodXlsxWidths } from "../../../shared/reports/buku-rekod-xlsx";
import { wrappedLines } from "../../../shared/reports/frame/measure";
import { letterheadLines } from "../../../shared/reports/frame/text";
import { bukuRekodFixture } from "../../fixtures/reports/buku-rekod";

const model = bukuRekodModel(bukuRekodFixture(40));

const text = (v: ExcelJS.CellValue): string =>
  v === null || v === undefined
    ? ""
    : typeof v === "object" && "richText" in v
      ? v.richText.map((r) => r.text).join("")
      : String(v);

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const column = (c: number) =>
    Array.from({ length: ws.rowCount }, (_, i) => text(ws.getCell(i + 1, c).value));
  const header = column(1).indexOf("Bil.") + 1;
  return { wb, ws, column, header };
}

/** First and last row of the print area ("A$2:O$57"). */
function printRows(ws: ExcelJS.Worksheet): [number, number] {
  const m = /^A\$?(\d+):O\$?(\d+)$/.exec(ws.pageSetup.printArea ?? "");
  expect(m).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

describe("buku rekod xlsx", () => {
  let bytes: Uint8Array;
  let book: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    bytes = await bukuRekodXlsx(model);
    book = await open(bytes);
  });

  it("prints SULIT once at the top and once at the bottom of every page, from the page header and footer", () => {
    const { ws, column } = book;
    const header = ws.headerFooter.oddHeader ?? "";
    const footer = ws.headerFooter.oddFooter ?? "";
    expect(header.match(/SULIT/g)).toHaveLength(1);
    expect(footer.match(/SULIT/g)).toHaveLength(1);
    expect(footer).toContain(model.stamp);
    expect(footer).toContain("Muka surat &P daripada &N");
    // On screen SULIT also heads and ends the sheet, in rows kept out of the print area.
    const [first, last] = printRows(ws);
    const sulitRows = column(1)
      .map((v, i) => (v === "SULIT" ? i + 1 : 0))
      .filter(Boolean);
    expect(sulitRows).toEqual([1, ws.rowCount]);
    expect(first).toBe(2);
    expect(last).toBeLessThan(ws.rowCount);
    for (let r = first; r <= last; r += 1)
      for (let c = 1; c <= 15; c += 1) expect(text(ws.getCell(r, c).value)).not.toMatch(/SULIT/);
  });

  it("is A4 landscape, one page wide, the table header repeated and frozen", () => {
    const { ws, header } = book;
    expect(ws.name).toBe("Buku Rekod");
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("landscape");
    // Narrow sides (1.27 cm) as the Word and printed copies: 14 columns at 9 pt, never broken.
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.5, top: 0.79, bottom: 0.79 });
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: header });
  });

  it("heads the sheet with the letterhead, the title and the model's subtitle lines", () => {
    const col = book.column(1).slice(0, book.header);
    for (const line of letterheadLines(model.letterhead)) expect(col).toContain(line);
    expect(col).toContain("BUKU REKOD");
    for (const line of model.subtitle) expect(col).toContain(line);
    expect(col).toContain("TAPAK: PPR SERI PAHANG");
    expect(col).toContain("BULAN: OKTOBER 2026");
  });

  it("holds every row of the model under the header, Bil. and Umur as numbers", () => {
    const { ws, header } = book;
    expect(ws.getRow(header).values).toEqual([undefined, "Bil.", ...model.columns]);
    model.rows.forEach((r, i) => {
      const row = ws.getRow(header + 1 + i);
      expect(row.getCell(1).value).toBe(i + 1);
      r.forEach((v, j) => expect(row.getCell(j + 2).value ?? "").toBe(v));
      expect(typeof row.getCell(7).value).toBe("number");
    });
  });

  it("ends the table with the bold total, then the signature block, both printed", () => {
    const { ws, header } = book;
    const totalRow = header + model.rows.length + 1;
    expect(text(ws.getCell(totalRow, 2).value)).toBe("JUMLAH REKOD: 40");
    expect(model.totalLine).toBe("JUMLAH REKOD: 40");
    expect(ws.getCell(totalRow, 2).font?.bold).toBe(true);
    const rows = Array.from({ length: ws.rowCount - totalRow }, (_, i) => ws.getRow(totalRow + 1 + i));
    const signature = rows.find((r) => text(r.getCell(2).value).startsWith("Disediakan oleh:"))!;
    expect(signature).toBeDefined();
    const left = text(signature.getCell(2).value);
    const right = text(signature.getCell(9).value);
    expect(right.startsWith("Disemak / Disahkan oleh:")).toBe(true);
    for (const line of model.signature[0].lines) expect(left).toContain(line);
    for (const line of model.signature[1]!.lines) expect(right).toContain(line);
    expect(left).toContain("Nama: Siti Aminah binti Ahmad");
    expect(right).toContain("Nama: Encik Razak bin Osman");
    // One row, so a page break never falls inside the block; tall enough for all its lines.
    expect(signature.height).toBeGreaterThanOrEqual(left.split("\n").length * 12);
    expect(printRows(ws)[1]).toBeGreaterThanOrEqual(signature.number);
  });

  it("sizes every row to its wrapped text and keeps headings whole", () => {
    const { ws, header } = book;
    const widths = bukuRekodXlsxWidths(model.columnShares);
    expect(widths.map((_, i) => ws.getColumn(i + 1).width)).toEqual(widths);
    model.rows.forEach((r, i) => {
      const lines = Math.max(
        1,
        ...[i + 1, ...r].map((v, c) => wrappedLines(String(v), widths[c]!, false, 9)),
      );
      const height = ws.getRow(header + 1 + i).height;
      expect(height).toBeGreaterThanOrEqual(lines * 12);
      expect(height).toBeLessThan((lines + 1) * 12);
    });
    // A long problem takes more lines than a short one.
    const problemLines = model.rows.map((r) => wrappedLines(String(r[8]), widths[9]!, false, 9));
    expect(Math.max(...problemLines)).toBeGreaterThan(Math.min(...problemLines));
    // No heading word is broken: each fits its column on one line.
    ["Bil.", ...model.columns].forEach((h, c) => {
      for (const word of h.split(" ")) expect(wrappedLines(word, widths[c]!, true, 9)).toBe(1);
    });
    // Record numbers, dates, MyKad numbers, sex and age stay whole.
    model.rows.forEach((r, i) => {
      for (const c of [1, 2, 4, 5, 6, 13])
        expect(wrappedLines(String(r[c - 1]), widths[c]!, false, 9), `row ${i + 1} column ${c}`).toBe(1);
    });
  });

  it("is set in 9 pt and fitted to A4 landscape at no less than 90 %", () => {
    const widths = bukuRekodXlsxWidths(model.columnShares);
    // Narrow 0.5 in sides leave (11.69 - 1.0) in = 1026 px; a unit is 7 px plus 5 of padding.
    const px = widths.reduce((a, b) => a + b * 7 + 5, 0);
    expect(1026 / px).toBeGreaterThanOrEqual(0.9);
    expect(widths).not.toContain(9);
    for (const c of [1, 2, 4, 6, 8])
      expect(book.ws.getRow(book.header + 1).getCell(c).font).toMatchObject({ name: "Arial", size: 9 });
    expect(book.ws.getRow(book.header).getCell(2).font).toMatchObject({ bold: true, size: 9 });
  });

  it("measures its columns in the Arial of its cells (the standard font), not in a Calibri that may be missing", async () => {
    const styles = await (await JSZip.loadAsync(bytes)).file("xl/styles.xml")!.async("string");
    const first = /<fonts\b[^>]*>(<font>[\s\S]*?<\/font>)/.exec(styles)![1]!;
    expect(first).toContain('<name val="Arial"/>');
    expect(first).toContain('<sz val="10"/>');
    expect(styles).not.toContain("Calibri");
    expect(bytes.byteLength).toBeLessThan(100_000);
  });

  it("writes an empty extract with its header, a line saying so and a zero total", async () => {
    const empty = bukuRekodModel(bukuRekodFixture(0));
    const { ws, header } = await open(await bukuRekodXlsx(empty));
    expect(text(ws.getCell(header + 1, 2).value)).toBe("Tiada rekod dalam tempoh ini.");
    expect(text(ws.getCell(header + 2, 2).value)).toBe("JUMLAH REKOD: 0");
  });

  it("puts the office logo above the letterhead when there is one", async () => {
    const src = bukuRekodFixture(2);
    // A 1 x 1 PNG.
    const png = Uint8Array.from(
      atob(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      ),
      (ch) => ch.charCodeAt(0),
    );
    src.letterhead = { ...src.letterhead, logo: { data: png, type: "png", width: 1, height: 1 } };
    const { wb, ws } = await open(await bukuRekodXlsx(bukuRekodModel(src)));
    expect(ws.getImages()).toHaveLength(1);
    expect(wb.model.media).toHaveLength(1);
    expect(book.ws.getImages()).toHaveLength(0);
  });

  it("lists a register given newest first oldest first, as a record book is read, with the site once in the title", async () => {
    const src = bukuRekodFixture(30);
    src.cases.reverse();
    const { ws, header, column } = await open(await bukuRekodXlsx(bukuRekodModel(src)));
    const dates = column(3)
      .slice(header, header + 30)
      .map((d) => d.split("/").reverse().join("-"));
    expect(dates).toHaveLength(30);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]! < dates[29]!).toBe(true);
    // The address column: the unit only; the site is named in the title block.
    expect(
      column(8)
        .slice(header, header + 30)
        .every((a) => /^[A-C]-\d{2}-\d{2}$/.test(a)),
    ).toBe(true);
    expect(column(1)).toContain("TAPAK: PPR SERI PAHANG");
    expect(
      column(6)
        .slice(header, header + 30)
        .every((j) => j === "L" || j === "P"),
    ).toBe(true);
    expect(ws.getColumn(6).width!).toBeLessThan(ws.getColumn(8).width!);
  });
});
