// Why: lays the programme implementation summary out as an A4 portrait workbook in the common frame (one sheet, the summary table only); it computes nothing itself.
import type { CellValue } from "exceljs";
import {
  addFramedSheet,
  addNoteRows,
  addSignatureRows,
  addTableRow,
  colLetter,
  documentWorkbook,
  finishSheet,
  frameFieldsOf,
  tableColumns,
  workbookBytes,
} from "../frame/xlsx";
import type { PelaksanaanProgramModel } from "./model";
import { rowHeightFor, XLSX_LINE } from "../frame/measure";

/** Column widths (characters), Bil. .. Status: narrow enough that the portrait page is not shrunk much. */
const WIDTHS = [5, 22, 11, 12, 13, 8, 17, 12];
/** Columns whose text wraps (1-based). */
const WRAP = new Set([2, 3, 4, 5, 7, 8]);
const LEFT = new Set([2, 7]);
/** "Bil. Peserta": the column the total adds up. */
export const PARTICIPANTS_COLUMN = 6;
/** Rows grow to fit their wrapped text (spreadsheet programs do not do it for generated files). */
function rowHeight(values: readonly CellValue[]): number {
  return rowHeightFor(
    values,
    WIDTHS.map((w, i) => (WRAP.has(i + 1) ? w : null)),
    false,
    4,
  );
}

export async function programmeXlsx(model: PelaksanaanProgramModel): Promise<Uint8Array<ArrayBuffer>> {
  const wb = await documentWorkbook(model.title);
  const framed = addFramedSheet(wb, "Ringkasan Program", {
    ...frameFieldsOf(model),
    orientation: "portrait",
    columns: tableColumns(model.columns, WIDTHS, LEFT),
    freezeColumns: 2,
  });
  framed.ws.getRow(framed.headerRow).height = 2 * XLSX_LINE + 4;
  const wrap = (row: ReturnType<typeof addTableRow>) => {
    for (const c of WRAP) row.getCell(c).alignment = { ...row.getCell(c).alignment, wrapText: true };
  };

  const first = framed.ws.rowCount + 1;
  for (const r of model.rows) {
    const values: CellValue[] = [
      r.bil,
      r.title,
      r.date,
      r.category,
      r.method,
      r.participants,
      r.partners,
      r.status,
    ];
    const row = addTableRow(framed, values);
    wrap(row);
    row.height = rowHeight(values);
  }
  if (model.emptyNote) {
    const row = addTableRow(framed, ["", model.emptyNote]);
    framed.ws.mergeCells(row.number, 2, row.number, framed.ncol);
    row.getCell(2).font = { ...row.getCell(2).font, italic: true };
  }
  const last = framed.ws.rowCount;
  const col = colLetter(PARTICIPANTS_COLUMN);
  const total: CellValue[] = ["", model.total.label, "", "", "", null, "", ""];
  total[PARTICIPANTS_COLUMN - 1] = {
    formula: `SUM(${col}${first}:${col}${last})`,
    result: model.total.participants,
  };
  addTableRow(framed, total, { bold: true });

  addNoteRows(framed, model.notes);
  for (let r = last + 2; r <= framed.ws.rowCount; r += 1) framed.ws.getRow(r).height = 2 * XLSX_LINE;
  addSignatureRows(framed, model.signature);
  finishSheet(framed);
  return workbookBytes(wb);
}
