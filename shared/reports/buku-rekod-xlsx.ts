// Why: lays the Buku Rekod model out as an official, printable A4 landscape sheet; it computes nothing itself.
import type { BukuRekodModel } from "./buku-rekod";

const widths = [16, 11, 28, 16, 10, 7, 24, 18, 36, 40, 26, 14, 12, 22];

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
    cell.font = { name: "Arial", bold: true, size: 10 };
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
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: "Arial", size: 10 };
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
  ws.columns.forEach((col, i) => (col.width = i === 0 ? 6 : (widths[i - 1] ?? 14)));
  ws.views = [{ state: "frozen", ySplit: headerRow.number }];
  ws.pageSetup.printTitlesRow = `${headerRow.number}:${headerRow.number}`;
  ws.pageSetup.printArea = `A1:${String.fromCharCode(64 + ncol)}${totalRow.number}`;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
