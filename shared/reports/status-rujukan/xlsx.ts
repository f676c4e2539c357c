// Why: lays the referral status list out as a SULIT A4 landscape workbook in the common frame; it computes nothing itself.
import {
  XLSX_FONT,
  addFramedSheet,
  addSignatureRows,
  addTableRow,
  colLetter,
  documentWorkbook,
  finishSheet,
  frameFieldsOf,
  tableColumns,
  workbookBytes,
} from "../frame/xlsx";
import { wrappedLines, XLSX_LINE } from "../frame/measure";
import { OVERDUE_MARK, type StatusRujukanModel } from "./model";

const WIDTHS = [6, 16, 26, 24, 12, 12, 10, 14, 40];
const LEFT = new Set([2, 3, 4, 9]);
/** Columns whose text wraps (Nama, Agensi, Catatan). */
const WRAP = [3, 4, 9];

export async function statusRujukanXlsx(model: StatusRujukanModel): Promise<Uint8Array<ArrayBuffer>> {
  const wb = await documentWorkbook(model.title);
  const framed = addFramedSheet(wb, "Status Rujukan", {
    ...frameFieldsOf(model),
    orientation: "landscape",
    columns: tableColumns(model.columns, WIDTHS, LEFT),
    freezeColumns: 3,
  });
  model.rows.forEach((r, i) => {
    const row = addTableRow(
      framed,
      [
        i + 1,
        r.recordNo,
        r.name,
        r.organisation,
        r.referredDate,
        r.lastCheck,
        r.days,
        r.overdue ? OVERDUE_MARK : r.status,
        r.note,
      ],
      { bold: r.overdue },
    );
    // Rows grow to their wrapped text: spreadsheet programs do not measure it in a generated file.
    let lines = 1;
    for (const c of WRAP) {
      row.getCell(c).alignment = { ...row.getCell(c).alignment, wrapText: true };
      lines = Math.max(lines, wrappedLines(String(row.getCell(c).value ?? ""), WIDTHS[c - 1]!, r.overdue));
    }
    row.height = lines * XLSX_LINE + 3;
  });
  if (!model.rows.length) {
    const row = addTableRow(framed, ["", "Tiada rujukan terbuka atau ditutup dalam tempoh ini."]);
    framed.ws.mergeCells(row.number, 2, row.number, framed.ncol);
  }

  // Totals block: label across the name columns, the figure under "Hari Sejak Semakan".
  framed.ws.addRow([]);
  const totals: [string, number][] = [
    ["Jumlah rujukan terbuka", model.totals.open],
    [`Rujukan lewat semak (${OVERDUE_MARK})`, model.totals.overdue],
    ["Rujukan ditutup dalam bulan ini", model.totals.closedThisMonth],
  ];
  for (const [label, n] of totals) {
    const row = framed.ws.addRow(["", label, "", "", "", "", n]);
    framed.ws.mergeCells(row.number, 2, row.number, 6);
    for (const c of [2, 7]) {
      const cell = row.getCell(c);
      cell.font = { name: XLSX_FONT, size: 10, bold: true };
      cell.border = {
        top: { style: "thin" },
        bottom: { style: "thin" },
        left: { style: "thin" },
        right: { style: "thin" },
      };
      cell.alignment = { horizontal: c === 2 ? "left" : "center", vertical: "middle" };
    }
  }
  addSignatureRows(framed, model.signature);
  const lastPrinted = framed.ws.rowCount;
  finishSheet(framed);
  // Headings such as "Hari Sejak Semakan" take two lines.
  framed.ws.getRow(framed.headerRow).height = 2 * XLSX_LINE + 4;
  // SULIT is printed by the page header and footer at the top and bottom of every page; the SULIT rows the frame
  // writes above the letterhead and under the signature stay on screen but out of the print area, so that no page
  // shows it twice.
  // exceljs puts "$" before the letters only; the rows are made absolute here too, or LibreOffice ignores the area.
  const first = framed.ws.getCell(1, 1).value === model.classification ? 2 : 1;
  framed.ws.pageSetup.printArea = `A$${first}:${colLetter(framed.ncol)}$${lastPrinted}`;
  return workbookBytes(wb);
}
