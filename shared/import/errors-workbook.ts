// Why: the bad rows handed back as a workbook the office can fix and import again: the header and each bad row as
// it was, with the reasons in a "Sebab" column beside it and the row's number in the original file.
import type { RowIssue } from "./check";
import type { SheetRow } from "./sheet";
import type { SheetTable } from "./table";

export const REASON_HEADER = "Sebab";
export const ROW_HEADER = "Baris asal";

/**
 * The errors workbook (.xlsx bytes). `reasonText` turns an issue into words in the user's language (e.g.
 * "No. KP: No. MyKad mesti 12 digit").
 */
export async function errorsWorkbook(
  table: Pick<SheetTable, "headers" | "sheetName">,
  badRows: readonly SheetRow[],
  issues: readonly RowIssue[],
  reasonText: (issue: RowIssue) => string,
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Baris bermasalah");
  const width = table.headers.length;
  const head = ws.addRow([...table.headers, REASON_HEADER, ROW_HEADER]);
  head.font = { bold: true };
  const byRow = new Map<number, string[]>();
  for (const i of issues) byRow.set(i.row, [...(byRow.get(i.row) ?? []), reasonText(i)]);
  for (const r of badRows) {
    const cells = Array.from({ length: width }, (_, c) => r.cells[c] ?? null);
    const row = ws.addRow([...cells, (byRow.get(r.rowNo) ?? []).join("; "), r.rowNo]);
    cells.forEach((v, c) => {
      if (v instanceof Date) row.getCell(c + 1).numFmt = "dd/mm/yyyy";
    });
    row.getCell(width + 1).font = { color: { argb: "FFC00000" } };
  }
  ws.columns.forEach((col, c) => {
    col.width = c === width ? 60 : Math.min(40, Math.max(10, (table.headers[c]?.length ?? 8) + 4));
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
