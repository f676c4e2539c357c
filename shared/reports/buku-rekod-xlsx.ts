// Why: lays the Buku Rekod model out as an official, printable A4 landscape sheet; it computes nothing itself.
import type { BukuRekodModel } from "./buku-rekod";

/** Column widths (characters) chosen so a landscape A4 page stays readable at 9 pt once fitted to the width. */
const widths = [14, 10, 20, 14, 9, 5, 16, 13, 26, 26, 16, 10, 10, 15];
const BIL_WIDTH = 4;
/** Points per wrapped line at 9 pt, and how many 9 pt characters fit one unit of column width. */
const LINE_HEIGHT = 11.5;
const CHARS_PER_WIDTH = 1.2;

/** Rows grow to fit their wrapped text (spreadsheet programs do not do it for generated files). */
function rowHeight(values: readonly (string | number)[]): number {
  let lines = 1;
  values.forEach((v, i) => {
    const width = i === 0 ? BIL_WIDTH : (widths[i - 1] ?? 12);
    lines = Math.max(lines, Math.ceil(String(v).length / Math.max(1, (width - 1) * CHARS_PER_WIDTH)));
  });
  return lines * LINE_HEIGHT + 3;
}

export async function bukuRekodXlsx(model: BukuRekodModel): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "Rekod Komuniti";
  const ws = wb.addWorksheet("Buku Rekod", {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&C&"Arial,Bold"${model.classification}`,
      oddFooter: `&L&"Arial"&8${model.footer.replace(/&/g, "&&")}&C&"Arial,Bold"${model.classification}&R&"Arial"&8Muka surat &P daripada &N`,
    },
  });
  const ncol = model.columns.length + 1; // with the running number "Bil."
  const centre = (text: string, bold = false, size = 11) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, ncol);
    row.getCell(1).alignment = { horizontal: "center" };
    row.getCell(1).font = { name: "Arial", bold, size };
  };
  centre(model.classification, true);
  for (const line of model.letterhead) centre(line, line === model.letterhead[0]);
  centre(model.title, true, 12);
  for (const line of model.subtitle) centre(line, true);
  ws.addRow([]);
  const headerRow = ws.addRow(["Bil.", ...model.columns]);
  headerRow.eachCell((cell) => {
    cell.font = { name: "Arial", bold: true, size: 9 };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
    cell.border = {
      top: { style: "thin" },
      bottom: { style: "thin" },
      left: { style: "thin" },
      right: { style: "thin" },
    };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
  model.rows.forEach((r, i) => {
    const row = ws.addRow([i + 1, ...r]);
    row.height = rowHeight([i + 1, ...r]);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: "Arial", size: 9 };
      cell.alignment = { vertical: "top", wrapText: true };
      cell.border = {
        top: { style: "thin" },
        bottom: { style: "thin" },
        left: { style: "thin" },
        right: { style: "thin" },
      };
    });
  });
  const totalRow = ws.addRow(["", `JUMLAH KES: ${model.total}`]);
  totalRow.font = { name: "Arial", bold: true };
  ws.columns.forEach((col, i) => (col.width = i === 0 ? BIL_WIDTH : (widths[i - 1] ?? 14)));
  headerRow.height = 2 * LINE_HEIGHT + 4;
  ws.views = [{ state: "frozen", ySplit: headerRow.number }];
  ws.pageSetup.printTitlesRow = `${headerRow.number}:${headerRow.number}`;
  // Row 1 (SULIT on screen) stays out of the print area: the page header prints SULIT once per page.
  ws.pageSetup.printArea = `A$2:${String.fromCharCode(64 + ncol)}$${totalRow.number}`;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
