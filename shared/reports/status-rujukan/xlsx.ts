// Why: lays the referral status list out as a SULIT A4 landscape workbook in the common frame; it computes nothing itself.
import {
  XLSX_FONT,
  addFramedSheet,
  addSignatureRows,
  addTableRow,
  documentWorkbook,
  finishSheet,
  fitTextRow,
  frameFieldsOf,
  tableColumns,
  workbookBytes,
} from "../frame/xlsx";
import type { CellValue } from "exceljs";
import { wrappedLines, XLSX_LINE } from "../frame/measure";
import {
  OVERDUE_MARK,
  SITE_COLUMN,
  sinceCell,
  statusRujukanTotals,
  type StatusRujukanModel,
  type StatusRujukanRow,
} from "./model";

/** Each column by its heading: width (Excel units), read as text (left aligned) and wrapped, and its cell. */
const COLUMNS: Record<
  string,
  { width: number; text?: true; cell: (r: StatusRujukanRow, bil: number) => CellValue }
> = {
  "Bil.": { width: 6, cell: (_, bil) => bil },
  [SITE_COLUMN]: { width: 18, text: true, cell: (r) => r.site },
  "No. Rekod": { width: 16, cell: (r) => r.recordNo },
  Nama: { width: 24, text: true, cell: (r) => r.name },
  Agensi: { width: 22, text: true, cell: (r) => r.organisation },
  "Tarikh Dirujuk": { width: 12, cell: (r) => r.referredDate },
  "Semakan Terakhir": { width: 12, cell: (r) => r.lastCheck },
  "Hari Sejak Semakan / Tarikh Ditutup": { width: 12, cell: sinceCell },
  Status: { width: 14, cell: (r) => (r.overdue ? OVERDUE_MARK : r.status) },
  Catatan: { width: 36, text: true, cell: (r) => r.note },
};
const columnOf = (heading: string) => COLUMNS[heading]!;

export async function statusRujukanXlsx(model: StatusRujukanModel): Promise<Uint8Array<ArrayBuffer>> {
  const wb = await documentWorkbook(model.title);
  const columns = model.columns.map(columnOf);
  const widths = columns.map((c) => c.width);
  const left = new Set(columns.flatMap((c, i) => (c.text ? [i + 1] : [])));
  const framed = addFramedSheet(wb, "Status Rujukan", {
    ...frameFieldsOf(model),
    orientation: "landscape",
    columns: tableColumns(model.columns, widths, left),
    freezeColumns: model.columns.indexOf("Nama"),
  });
  model.rows.forEach((r, i) => {
    fitTextRow(
      addTableRow(
        framed,
        columns.map((c) => c.cell(r, i + 1)),
        { bold: r.overdue },
      ),
      left,
      widths,
      r.overdue,
    );
  });
  if (!model.rows.length) {
    const row = addTableRow(framed, ["", "Tiada rujukan terbuka atau ditutup dalam tempoh ini."]);
    framed.ws.mergeCells(row.number, 2, row.number, framed.ncol);
  }

  // Totals block: label across the columns before the figure, the figure under "Hari Sejak Semakan".
  const figure = model.columns.indexOf("Hari Sejak Semakan / Tarikh Ditutup") + 1;
  framed.ws.addRow([]);
  for (const [label, n] of statusRujukanTotals(model)) {
    const row = framed.ws.addRow(["", label]);
    row.getCell(figure).value = n;
    framed.ws.mergeCells(row.number, 2, row.number, figure - 1);
    for (const c of [2, figure]) {
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
  finishSheet(framed);
  // Headings such as "Hari Sejak Semakan / Tarikh Ditutup" take several lines.
  const headingLines = model.columns.map((h, i) => wrappedLines(h, widths[i]!, true));
  framed.ws.getRow(framed.headerRow).height = Math.max(2, ...headingLines) * XLSX_LINE + 4;
  return workbookBytes(wb);
}
