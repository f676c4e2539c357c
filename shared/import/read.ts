// Why: opens the bytes of a chosen file as rows of cells, whatever Excel or a CSV export made of them; exceljs is
// loaded only when an xlsx file is opened.
import type { CellValue, Worksheet } from "exceljs";
import { decodeText, parseCsv } from "./csv";
import { ImportFileError, MAX_IMPORT_ROWS, type Book, type Cell, type Sheet, type SheetRow } from "./sheet";

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** The old binary .xls (and other Office 97 files). */
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** A text file that looks like a table: no NUL bytes in its start (binary files have them). */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  return !head.includes(0);
}

/** An exceljs cell value as a plain cell: rich text and links as their text, formulas as their result. */
export function plainCell(v: CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return plainCell(v.result as CellValue);
    if ("text" in v) return plainCell(v.text as CellValue);
    if ("error" in v) return null;
  }
  return null;
}

function sheetRows(ws: Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNo) => {
    const values = row.values as CellValue[];
    const cells: Cell[] = [];
    // row.values is 1-based (index 0 unused); a merged cell reads its first cell's value.
    for (let c = 1; c < values.length; c++) cells.push(plainCell(values[c]));
    rows.push({ rowNo, cells });
  });
  return rows;
}

function checkSize(rows: number): void {
  // One header row is allowed above the limit of data rows.
  if (rows > MAX_IMPORT_ROWS + 1) throw new ImportFileError("imp.tooManyRows", { max: MAX_IMPORT_ROWS });
}

async function readXlsx(bytes: Uint8Array): Promise<Book> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError("imp.notSpreadsheet");
  }
  if (!wb.worksheets.length) throw new ImportFileError("imp.notSpreadsheet");
  const sheets: Sheet[] = [];
  for (const ws of wb.worksheets) {
    checkSize(ws.actualRowCount);
    sheets.push({ name: ws.name, rows: sheetRows(ws) });
  }
  return { kind: "xlsx", sheets };
}

/**
 * The sheets of an .xlsx file or the one table of a .csv file. Anything else (an old .xls, a Word file, a picture)
 * and files over the row limit are refused with an ImportFileError before any row is used.
 */
export async function readBook(bytes: Uint8Array, fileName: string): Promise<Book> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (!bytes.length) throw new ImportFileError("imp.empty");
  if (isZip(bytes) && (ext === "xlsx" || ext === "xlsm")) return readXlsx(bytes);
  if ((ext === "csv" || ext === "txt") && !isZip(bytes) && !isOle(bytes) && looksLikeText(bytes)) {
    const rows = parseCsv(decodeText(bytes));
    checkSize(rows.length);
    return { kind: "csv", sheets: [{ name: fileName.replace(/\.[^.]+$/, ""), rows }] };
  }
  throw new ImportFileError("imp.notSpreadsheet");
}
