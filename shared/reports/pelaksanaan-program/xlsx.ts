// Why: lays the programme implementation summary out as an A4 portrait workbook in the common frame (one sheet, the summary table only); it computes nothing itself.
import type { Cell, CellValue } from "exceljs";
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
import { DATE_COLUMN, fitWidths, summaryCells } from "./widths";

/** The table's width (characters): narrow enough that the portrait page is not shrunk much. */
const TABLE_UNITS = 100;
/** Columns whose text wraps (1-based); a date does not, its column holds it whole. */
const WRAP = new Set([2, 4, 5, 7, 8]);
const LEFT = new Set([2, 7]);
/** "Bil. Peserta": the column the total adds up. */
export const PARTICIPANTS_COLUMN = 6;

/** A yyyy-mm-dd day as a spreadsheet date (midnight UTC, which exceljs writes as the day's serial number). */
const sheetDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The "Tarikh" cell: the start day as a real date, shown dd/mm/yyyy; a programme of several days shows its end day
 * after it in the number format, so the cell still sorts and filters as its start date.
 */
function dateCell(cell: Cell, r: PelaksanaanProgramModel["rows"][number]): void {
  cell.value = sheetDate(r.startDate);
  const end = r.endDate !== r.startDate ? ` - ${r.endDate.split("-").reverse().join("/")}` : "";
  cell.numFmt = end ? `dd/mm/yyyy" ${end.trim()}"` : "dd/mm/yyyy";
}

export async function programmeXlsx(model: PelaksanaanProgramModel): Promise<Uint8Array<ArrayBuffer>> {
  // A unit more than the longest word: LibreOffice draws a unit a little wider than Excel.
  const widths = fitWidths(model, {
    total: TABLE_UNITS,
    flexible: 36,
    floor: 5,
    wholeDate: true,
    need: (u) => u + 1,
  });
  /** Rows grow to fit their wrapped text (spreadsheet programs do not do it for generated files). */
  const rowHeight = (values: readonly CellValue[]) =>
    rowHeightFor(
      values,
      widths.map((w, i) => (WRAP.has(i + 1) ? w : null)),
      false,
      4,
    );
  const wb = await documentWorkbook(model.title);
  const framed = addFramedSheet(wb, "Ringkasan Program", {
    ...frameFieldsOf(model),
    orientation: "portrait",
    columns: tableColumns(model.columns, widths, LEFT),
    freezeColumns: 2,
  });
  framed.ws.getRow(framed.headerRow).height = 2 * XLSX_LINE + 4;
  const wrap = (row: ReturnType<typeof addTableRow>) => {
    for (const c of WRAP) row.getCell(c).alignment = { ...row.getCell(c).alignment, wrapText: true };
  };

  const first = framed.ws.rowCount + 1;
  for (const r of model.rows) {
    const values = summaryCells(r);
    const row = addTableRow(framed, values);
    dateCell(row.getCell(DATE_COLUMN), r);
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
