// Why: lays the monthly statistics model out as an A4 landscape workbook (a sheet per site, "Daerah" adding them up); it computes nothing itself.
import type { CellValue } from "exceljs";
import {
  addNoteRows,
  addSignatureRows,
  addTableRow,
  colLetter,
  documentWorkbook,
  finishSheet,
  frameWorksheet,
  sheetName,
  workbookBytes,
  type XlsxColumn,
} from "../frame/xlsx";
import type { StatRow, StatSheet, StatistikKesModel } from "./model";

/** Column of month m (1..12): C .. N; "Jumlah" is O. */
const monthCol = (m: number) => colLetter(2 + m);
const TOTAL_COL = colLetter(15);

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

export async function statistikKesXlsx(model: StatistikKesModel): Promise<Uint8Array<ArrayBuffer>> {
  const wb = await documentWorkbook(model.title);
  const columns: XlsxColumn[] = model.columns.map((header, i) => ({
    header,
    width: i === 0 ? 6 : i === 1 ? 48 : i === model.columns.length - 1 ? 9 : 6.5,
    align: i === 1 ? "left" : "center",
  }));
  const taken = new Set<string>();
  const names = new Map(model.sheets.map((s) => [s.key, sheetName(s.sheetName, taken)]));
  /** Row number of each row id, per sheet key: the district sheet's cells refer to the site sheets' cells. */
  const rowAt = new Map<string, Map<string, number>>();
  const district = model.sheets.find((s) => s.key === "daerah");
  const sites = model.sheets.filter((s) => s !== district);
  // Tabs in the model's order (district first); site sheets are filled first, as the district formulas name their rows.
  const tabs = new Map(model.sheets.map((s) => [s.key, wb.addWorksheet(names.get(s.key)!)]));
  for (const sheet of [...sites, ...(district ? [district] : [])]) {
    const framed = frameWorksheet(wb, tabs.get(sheet.key)!, {
      letterhead: model.letterhead,
      title: model.title,
      subtitle: sheet.subtitle,
      classification: model.classification,
      stamp: model.stamp,
      orientation: "landscape",
      columns,
      freezeColumns: 2,
    });
    const here = new Map<string, number>();
    rowAt.set(sheet.key, here);
    for (const row of sheet.rows) {
      const r = framed.ws.rowCount + 1;
      here.set(row.id, r);
      const values: CellValue[] = [row.bil, row.label];
      if (row.kind !== "section") {
        row.months.forEach((v, i) => values.push(monthCell(sheet, row, i + 1, v, here, sites, rowAt, names)));
        values.push(totalCell(row, r, model.month));
      }
      addTableRow(framed, values, {
        bold: row.kind !== "item",
        section: row.kind === "section",
        indent: row.indent,
      });
    }
    addNoteRows(framed, model.notes);
    // Signed once, as the Word copy: under the first table (the district sheet, or the only sheet).
    if (sheet === model.sheets.at(-1)) addSignatureRows(framed, model.signature);
    finishSheet(framed);
  }
  return workbookBytes(wb);
}

/**
 * A month cell: a number on item rows of a site sheet; on subtotal and total rows the sum of their parts as a
 * formula; on the district sheet's item rows the sum of the same cell on every site sheet. Formulas carry the
 * model's figure as their cached result. Months after the report month stay empty.
 */
function monthCell(
  sheet: StatSheet,
  row: StatRow,
  m: number,
  value: number | null,
  here: Map<string, number>,
  sites: StatSheet[],
  rowAt: Map<string, Map<string, number>>,
  names: Map<string, string>,
): CellValue {
  if (value === null) return null;
  const col = monthCol(m);
  if (row.sumOf?.length) {
    const parts = row.sumOf.map((id) => here.get(id)).filter((n): n is number => n !== undefined);
    if (parts.length === row.sumOf.length)
      return { formula: parts.map((n) => `${col}${n}`).join("+"), result: value };
  }
  if (sheet.key === "daerah" && sites.length) {
    const refs = sites.map((s) => `${quoteSheet(names.get(s.key)!)}!${col}${rowAt.get(s.key)?.get(row.id)}`);
    return { formula: refs.join("+"), result: value };
  }
  return value;
}

/** "Jumlah": the sum of Jan..Dis (empty months add nothing), or for a month-end balance the report month's cell. */
function totalCell(row: StatRow, r: number, month: number): CellValue {
  const result = row.total ?? 0;
  return row.totalRule === "month"
    ? { formula: `${monthCol(month)}${r}`, result }
    : { formula: `SUM(${monthCol(1)}${r}:${monthCol(12)}${r})`, result };
}

export { TOTAL_COL as STATISTIK_KES_TOTAL_COLUMN };
