// Why: the Direktori CBO as an Excel list in the common frame: one row per organisation, in the booklet's order and
// numbering; it computes nothing itself.
import type { CellValue } from "exceljs";
import { wrappedLines, XLSX_LINE } from "../frame/measure";
import {
  addFramedSheet,
  addTableRow,
  documentWorkbook,
  finishSheet,
  fitTextRow,
  frameFieldsOf,
  tableColumns,
  workbookBytes,
} from "../frame/xlsx";
import type { DirektoriEntry, DirektoriModel } from "./model";

/** Each column: width (Excel units), whether it is text (left aligned, wrapped), and its cell. */
const COLUMNS: { width: number; text?: true; cell: (e: DirektoriEntry) => CellValue }[] = [
  { width: 5, cell: (e) => e.no },
  { width: 26, text: true, cell: (e) => e.name },
  { width: 11, text: true, cell: (e) => e.kind },
  { width: 14, text: true, cell: (e) => e.registrationNo },
  { width: 14, text: true, cell: (e) => e.area },
  { width: 26, text: true, cell: (e) => e.address },
  { width: 16, text: true, cell: (e) => e.head },
  { width: 12, text: true, cell: (e) => e.headPost },
  { width: 14, text: true, cell: (e) => e.phones },
  { width: 18, text: true, cell: (e) => e.email },
  { width: 18, text: true, cell: (e) => e.targetGroups.join(", ") },
  { width: 24, text: true, cell: (e) => e.services.join("; ") },
  { width: 7, cell: (e) => e.members },
  { width: 11, cell: (e) => e.confirmed.replace(/^Disahkan pada /, "") },
];

export async function direktoriXlsx(model: DirektoriModel): Promise<Uint8Array<ArrayBuffer>> {
  const wb = await documentWorkbook(model.title);
  const widths = COLUMNS.map((c) => c.width);
  const left = new Set(COLUMNS.flatMap((c, i) => (c.text ? [i + 1] : [])));
  const framed = addFramedSheet(wb, "Direktori", {
    ...frameFieldsOf(model),
    orientation: "landscape",
    columns: tableColumns(model.columns, widths, left),
    freezeColumns: 2,
  });
  for (const e of model.entries) {
    fitTextRow(
      addTableRow(
        framed,
        COLUMNS.map((c) => c.cell(e)),
      ),
      left,
      widths,
    );
  }
  if (!model.entries.length) {
    const row = addTableRow(framed, ["", "Tiada organisasi bagi pilihan ini."]);
    framed.ws.mergeCells(row.number, 2, row.number, framed.ncol);
  }
  finishSheet(framed);
  const headingLines = model.columns.map((h, i) => wrappedLines(h, widths[i]!, true));
  framed.ws.getRow(framed.headerRow).height = Math.max(1, ...headingLines) * XLSX_LINE + 4;
  return workbookBytes(wb);
}
