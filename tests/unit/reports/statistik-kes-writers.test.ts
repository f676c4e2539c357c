// Why: the written files are read back (exceljs; the docx unzipped) and must hold the model's figures and the print frame.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { statistikKesDocx } from "../../../shared/reports/statistik-kes/docx";
import { statistikKesModel, type StatSheet } from "../../../shared/reports/statistik-kes/model";
import { statistikKesXlsx } from "../../../shared/reports/statistik-kes/xlsx";
import { fixtureInput } from "../../fixtures/reports/statistik-kes";
import { docxPages } from "./docx-read";

const model = statistikKesModel(fixtureInput);

const colNo = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const letters = (n: number): string =>
  (n > 26 ? letters(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));

/** Evaluates the few formula shapes the writer uses (SUM of a row range, a sum of references), as Excel would. */
function evaluate(wb: ExcelJS.Workbook, sheet: string, ref: string, depth = 0): number {
  if (depth > 10) throw new Error("formula loop");
  const v = wb.getWorksheet(sheet)!.getCell(ref).value;
  if (v === null || v === undefined) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "object" && "formula" in v && typeof v.formula === "string") {
    const f = v.formula;
    const range = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(f);
    if (range) {
      expect(range[2]).toBe(range[4]);
      let s = 0;
      for (let c = colNo(range[1]!); c <= colNo(range[3]!); c += 1)
        s += evaluate(wb, sheet, `${letters(c)}${range[2]}`, depth + 1);
      return s;
    }
    return f.split("+").reduce((s, term) => {
      const m = /^(?:'((?:[^']|'')+)'!)?([A-Z]+\d+)$/.exec(term);
      if (!m) throw new Error(`unexpected formula ${f}`);
      return s + evaluate(wb, m[1] ? m[1].replace(/''/g, "'") : sheet, m[2]!, depth + 1);
    }, 0);
  }
  throw new Error(`unexpected cell ${sheet}!${ref}: ${JSON.stringify(v)}`);
}

const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? "" : String(v));

describe("statistik kes xlsx", () => {
  let bytes: Uint8Array;
  const wb = new ExcelJS.Workbook();
  beforeAll(async () => {
    bytes = await statistikKesXlsx(model);
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  });

  it("has a Daerah sheet and one sheet per site, and stays small", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Daerah", "PPR Seri Pantai", "PPR Seri Pahang"]);
    expect(bytes.byteLength).toBeLessThan(100_000);
  });

  it("heads each sheet with the letterhead, the title and the period line", () => {
    for (const sheet of model.sheets) {
      const ws = wb.getWorksheet(sheet.sheetName)!;
      const column = ws.getColumn(1).values.map((v) => text(v as ExcelJS.CellValue));
      expect(column).toContain("JABATAN KEBAJIKAN MASYARAKAT MALAYSIA");
      expect(column).toContain("LAPORAN STATISTIK KES YANG DILAYAN MENGIKUT BULAN");
      expect(column).toContain("BULAN: OKTOBER 2026");
      for (const line of sheet.subtitle) expect(column).toContain(line);
      expect(column).not.toContain("SULIT");
    }
  });

  for (const sheet of model.sheets as StatSheet[]) {
    it(`holds the model's figures on sheet ${sheet.sheetName}: numbers as numbers, formulas re-adding to the model`, () => {
      const ws = wb.getWorksheet(sheet.sheetName)!;
      let header = 0;
      ws.eachRow((r, n) => {
        if (!header && text(r.getCell(1).value) === "Bil.") header = n;
      });
      expect(header).toBeGreaterThan(0);
      expect(ws.getRow(header).values).toEqual([undefined, ...model.columns]);
      sheet.rows.forEach((row, i) => {
        const r = header + 1 + i;
        expect(text(ws.getCell(r, 2).value)).toBe(row.label);
        expect(text(ws.getCell(r, 1).value)).toBe(row.bil);
        if (row.kind === "section") return;
        row.months.forEach((want, m) => {
          const cell = ws.getCell(r, 3 + m);
          if (want === null) return expect(cell.value ?? null).toBeNull();
          if (row.kind === "item" && sheet.key !== "daerah") expect(typeof cell.value).toBe("number");
          else expect(cell.formula, `${cell.address}`).toBeTruthy();
          if (cell.formula) expect(cell.result).toBe(want);
          expect(evaluate(wb, ws.name, cell.address), `${sheet.sheetName}!${cell.address}`).toBe(want);
        });
        const total = ws.getCell(r, 15);
        expect(total.formula).toBeTruthy();
        expect(total.result).toBe(row.total);
        expect(evaluate(wb, ws.name, total.address)).toBe(row.total);
      });
    });
  }

  it("prints on A4 landscape, one page wide, with the header repeated, frozen, and the page footer", () => {
    for (const sheet of model.sheets) {
      const ws = wb.getWorksheet(sheet.sheetName)!;
      let header = 0;
      ws.eachRow((r, n) => {
        if (!header && text(r.getCell(1).value) === "Bil.") header = n;
      });
      const ps = ws.pageSetup;
      expect(ps.paperSize).toBe(9);
      expect(ps.orientation).toBe("landscape");
      expect(ps.fitToPage).toBe(true);
      expect(ps.fitToWidth).toBe(1);
      expect(ps.fitToHeight).toBe(0);
      expect(ps.printTitlesRow?.replace(/\$/g, "")).toBe(`${header}:${header}`);
      expect(ps.printArea).toMatch(/^\$?A\$?1:\$?O\$?\d+$/);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: header, xSplit: 2 });
      expect(ws.headerFooter.oddFooter).toContain("Muka surat &P daripada &N");
      expect(ws.headerFooter.oddFooter).toContain(model.stamp);
      expect(ws.headerFooter.oddHeader ?? "").not.toContain("SULIT");
      const all: string[] = [];
      ws.eachRow((r) => r.eachCell((c) => all.push(text(c.value))));
      // One signature block for the whole report: at the end, under the last sheet's table, as on paper.
      const signed = sheet === model.sheets.at(-1);
      expect(all.includes("Disediakan oleh:")).toBe(signed);
      expect(all.includes("Disemak / Disahkan oleh:")).toBe(signed);
      expect(all.includes("Nama: Siti Aminah binti Ahmad")).toBe(signed);
      expect(ws.getCell(header, 1).font?.name).toBe("Arial");
      expect(ws.getCell(header, 1).fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFD9D9D9" } });
    }
  });
});

/** Each table's rows, each row's cells, each cell's text. */
function tables(xml: string): string[][][] {
  return xml
    .split("<w:tbl>")
    .slice(1)
    .map((t) =>
      [...t.split("</w:tbl>")[0]!.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
        [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) =>
          [...tc[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
        ),
      ),
    );
}

describe("statistik kes docx", () => {
  let zip: JSZip;
  let doc: string;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await statistikKesDocx(model);
    zip = await JSZip.loadAsync(bytes);
    doc = await zip.file("word/document.xml")!.async("string");
  });

  it("is landscape A4 with the title, period, repeated header rows and rows that do not split", () => {
    expect(bytes.byteLength).toBeLessThan(100_000);
    expect(doc).toContain("LAPORAN STATISTIK KES YANG DILAYAN MENGIKUT BULAN");
    expect(doc).toContain("BULAN: OKTOBER 2026");
    expect(doc).toContain("JABATAN KEBAJIKAN MASYARAKAT MALAYSIA");
    expect(doc).toContain("<w:tblHeader");
    expect(doc).toContain("<w:cantSplit");
    expect(docxPages(doc)).toEqual(model.sheets.map(() => "landscape"));
    expect(doc.split("Disediakan oleh:")).toHaveLength(2);
    expect(doc.split("Disemak / Disahkan oleh:")).toHaveLength(2);
    expect(doc).not.toContain("SULIT");
  });

  it("puts 'Muka surat X daripada Y' (PAGE and NUMPAGES fields) and the stamp in the footer", async () => {
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/footer\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async("string")),
    );
    expect(footers.length).toBeGreaterThan(0);
    const footer = footers.join("");
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(footer).toContain("Muka surat ");
    expect(footer).toContain(" daripada ");
    expect(footer).toContain(model.stamp);
    expect(footer).not.toContain("SULIT");
  });

  it("holds the model's figures, row by row, for every sheet", () => {
    const data = tables(doc).filter((t) => t[0]?.[0] === "Bil.");
    expect(data).toHaveLength(model.sheets.length);
    model.sheets.forEach((sheet, k) => {
      const [head, ...rows] = data[k]!;
      expect(head).toEqual(model.columns);
      expect(rows).toHaveLength(sheet.rows.length);
      sheet.rows.forEach((r, i) =>
        expect(rows[i], `${sheet.key} ${r.id}`).toEqual(
          r.kind === "section"
            ? [r.bil, r.label]
            : [r.bil, r.label, ...r.months.map((v) => (v === null ? "" : String(v))), String(r.total)],
        ),
      );
    });
  });
});
