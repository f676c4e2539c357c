// Why: lays the KPN status report out as an A4 landscape workbook (a district sheet, then a sheet per tour signed by
// its team leader); figures are numbers and each "Jumlah" a formula over its row, so edits re-add; computes nothing.
import type { CellValue } from "exceljs";
import {
  HEADER_FILL,
  XLSX_FONT,
  addNoteRows,
  addSignatureRows,
  addTableRow,
  colLetter,
  documentWorkbook,
  finishSheet,
  sheetName,
  tableColumns,
  workbookBytes,
  type FramedSheet,
} from "../../frame/xlsx";
import { frameWorksheet } from "../../frame/xlsx";
import { rowHeightFor, wrappedLines, XLSX_LINE } from "../../frame/measure";
import type { KpnStatusModel, KsTable } from "./model";

/** Every sheet's grid: Bil., the label, then up to seven figure columns. */
const WIDTHS = [6, 44, 14, 14, 14, 14, 14, 14, 14];
const NCOL = WIDTHS.length;
const THIN = { style: "thin" as const };
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

export async function kpnStatusXlsx(model: KpnStatusModel): Promise<Uint8Array<ArrayBuffer>> {
  const wb = await documentWorkbook(model.title);
  const taken = new Set<string>();
  const sheet = (name: string, subtitle: string[], first: KsTable) => {
    const s = frameWorksheet(wb, wb.addWorksheet(sheetName(name, taken)), {
      letterhead: model.letterhead,
      title: model.title,
      subtitle,
      classification: model.classification,
      stamp: model.stamp,
      orientation: "landscape",
      columns: tableColumns(
        WIDTHS.map((_, i) => first.columns[i] ?? ""),
        WIDTHS,
        new Set([2]),
      ),
      freezeColumns: 2,
    });
    // The frame's header row is the first table's: cells past it stay plain.
    const header = s.ws.getRow(s.headerRow);
    for (let c = first.columns.length + 1; c <= NCOL; c += 1) header.getCell(c).style = {};
    header.height = headerHeight(first);
    return s;
  };

  const district = sheet("Daerah", [...model.subtitle, model.district.heading], model.district.figures[0]!);
  model.district.figures.forEach((t, i) => writeTable(district, t, i === 0));
  heading(district, model.district.stockHeading);
  writeTable(district, model.district.stock, false);
  heading(district, model.district.servicesHeading);
  writeTable(district, model.district.services, false);
  district.ws.addRow([]);
  addNoteRows(district, [...model.district.lines, ...model.notes]);
  addSignatureRows(district, model.signature);
  finishSheet(district);

  model.tours.forEach((tour, n) => {
    const s = sheet(`Lawatan ${n + 1}`, [...model.subtitle, tour.heading], tour.figures[0]!);
    // The tour's particulars, stock and issues come first and its long checkpoint table last, so that the header
    // row repeated on the following pages is always that table's own.
    s.ws.spliceRows(s.headerRow, 1);
    heading(s, "Butiran lawatan");
    tour.lines.forEach((l) => textRow(s, l));
    heading(s, "Stok bakul makanan");
    writeTable(s, tour.stock, false);
    heading(s, tour.issuesHeading);
    tour.issues.forEach((l, i) => textRow(s, `${i + 1}. ${l}`));
    heading(s, "Pencapaian mengikut check point");
    tour.figures.forEach((t, i) => {
      const header = writeTable(s, t, false);
      if (i === 0) s.headerRow = header;
    });
    addSignatureRows(s, tour.signature);
    finishSheet(s);
    s.ws.views = [{ showGridLines: false }];
  });
  return workbookBytes(wb);
}

const headerHeight = (t: KsTable) =>
  Math.max(2, ...t.columns.map((h, i) => wrappedLines(h, WIDTHS[i]!, true))) * XLSX_LINE + 4;

/** A bold line across the sheet before a table or a list. */
function heading(s: FramedSheet, text: string) {
  s.ws.addRow([]);
  const row = s.ws.addRow([text]);
  s.ws.mergeCells(row.number, 1, row.number, NCOL);
  row.getCell(1).font = { name: XLSX_FONT, size: 11, bold: true };
}

/** A line of text across the label and figure columns, as tall as it wraps. */
function textRow(s: FramedSheet, text: string) {
  const row = s.ws.addRow(["", text]);
  s.ws.mergeCells(row.number, 2, row.number, NCOL);
  const cell = row.getCell(2);
  cell.font = { name: XLSX_FONT, size: 10 };
  cell.alignment = { horizontal: "left", vertical: "top", wrapText: true };
  const across = WIDTHS.slice(1).reduce((a, b) => a + b, 0);
  row.height = wrappedLines(text, across) * XLSX_LINE + 3;
}

/**
 * One table: its header (unless the frame wrote it), its rows; the last column a SUM formula where it totals the row.
 * Returns the header's row.
 */
function writeTable(s: FramedSheet, t: KsTable, framed: boolean): number {
  const view: FramedSheet = { ...s, ncol: t.columns.length };
  let headerRow = s.headerRow;
  if (!framed) {
    const header = s.ws.addRow(t.columns);
    headerRow = header.number;
    header.height = headerHeight(t);
    header.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: XLSX_FONT, bold: true, size: 10 };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
      cell.border = BORDER;
      cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    });
  }
  for (const r of t.rows) {
    if (r.kind === "section") {
      const row = addTableRow(view, [r.bil, r.label], { bold: true });
      s.ws.mergeCells(row.number, 2, row.number, t.columns.length);
      continue;
    }
    const at = s.ws.rowCount + 1;
    const values: CellValue[] = [r.bil, r.label, ...r.cells];
    const last = r.cells.length - 1;
    if (t.totalOf && r.cells[last] !== null) {
      const refs = t.totalOf.map((i) => `${colLetter(i + 3)}${at}`);
      const contiguous = t.totalOf.every((v, i) => i === 0 || v === t.totalOf![i - 1]! + 1);
      values[last + 2] = {
        formula: contiguous ? `SUM(${refs[0]}:${refs.at(-1)})` : refs.join("+"),
        result: r.cells[last]!,
      };
    }
    const row = addTableRow(view, values, { bold: r.kind === "total", indent: r.indent });
    row.height = rowHeightFor([null, r.label], [null, WIDTHS[1]!], r.kind === "total");
  }
  return headerRow;
}
