// Why: lays any PKH Daftar list out as a workbook in the common frame (Indonesian words); it computes nothing.
import {
  addFramedSheet,
  addNoteRows,
  addSignatureRows,
  addTableRow,
  documentWorkbook,
  finishSheet,
  fitTextRow,
  frameFieldsOf,
  workbookBytes,
} from "../../frame/xlsx";
import type { DaftarModel } from "./model";

export async function daftarXlsx(model: DaftarModel): Promise<Uint8Array<ArrayBuffer>> {
  const wb = await documentWorkbook(model.title);
  const widths = model.columns.map((c) => c.width);
  const text = new Set(model.columns.flatMap((c, i) => (c.text ? [i + 1] : [])));
  const framed = addFramedSheet(wb, "Daftar", {
    ...frameFieldsOf(model),
    orientation: model.orientation,
    columns: model.columns.map((c) => ({
      header: c.header,
      width: c.width,
      align: c.text ? "left" : "center",
    })),
    freezeColumns: 2,
  });
  for (const cells of model.rows) {
    const row = addTableRow(framed, cells);
    fitTextRow(row, text, widths);
    if (model.rowHeight) row.height = Math.max(row.height, model.rowHeight);
  }
  if (model.notes.length) addNoteRows(framed, model.notes);
  addSignatureRows(framed, model.signature);
  finishSheet(framed);
  return workbookBytes(wb);
}
