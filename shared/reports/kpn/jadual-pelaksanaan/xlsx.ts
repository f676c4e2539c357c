// Why: lays the roadmap model out as an A4 landscape workbook in the common frame; it computes nothing itself.
import {
  addFramedSheet,
  addNoteRows,
  addSignatureRows,
  addTableRow,
  documentWorkbook,
  finishSheet,
  fitTextRow,
  frameFieldsOf,
  tableColumns,
  workbookBytes,
} from "../../frame/xlsx";
import { wrappedLines, XLSX_LINE } from "../../frame/measure";
import { COLUMN_WEIGHTS, isTextColumn } from "./layout";
import { jadualCells, type JadualModel } from "./model";

/** Excel width units for the whole table on landscape A4 (fit to one page wide). */
const TABLE_UNITS = 190;

export async function jadualXlsx(model: JadualModel): Promise<Uint8Array<ArrayBuffer>> {
  const wb = await documentWorkbook(model.title);
  const sum = COLUMN_WEIGHTS.reduce((a, b) => a + b, 0);
  const widths = COLUMN_WEIGHTS.map((w) => Math.round((TABLE_UNITS * w) / sum));
  const text = new Set(model.columns.flatMap((_, i) => (isTextColumn(i) ? [i + 1] : [])));
  const framed = addFramedSheet(wb, "Jadual Pelaksanaan", {
    ...frameFieldsOf(model),
    orientation: "landscape",
    columns: tableColumns(model.columns, widths, text),
    freezeColumns: 3,
  });
  // The day, the district and the vehicle wrap too: spreadsheet programs cut centred text at the cell's edge.
  const wrapped = new Set([...text, 3, 5, 9]);
  for (const r of model.rows) fitTextRow(addTableRow(framed, jadualCells(r)), wrapped, widths);
  if (!model.rows.length) {
    const row = addTableRow(framed, ["", "Tiada jelajah dalam bulan ini."]);
    framed.ws.mergeCells(row.number, 2, row.number, framed.ncol);
  }
  addNoteRows(framed, model.notes);
  addSignatureRows(framed, model.signature);
  finishSheet(framed);
  const headingLines = model.columns.map((h, i) => wrappedLines(h, widths[i]!, true));
  framed.ws.getRow(framed.headerRow).height = Math.max(2, ...headingLines) * XLSX_LINE + 4;
  return workbookBytes(wb);
}
