// Why: opens the bytes of a chosen file as rows of cells, whatever Excel or a CSV export made of them; the zip reader
// is loaded only when an xlsx file is opened.
import { decodeText, parseCsv } from "./csv";
import { ImportFileError, MAX_IMPORT_ROWS, type Book } from "./sheet";
import { readXlsxSheets } from "./xlsx";

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** The old binary .xls (and other Office 97 files). */
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** A text file that looks like a table: no NUL bytes in its start (binary files have them). */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  return !head.includes(0);
}

async function readXlsx(bytes: Uint8Array): Promise<Book> {
  return { kind: "xlsx", sheets: await readXlsxSheets(bytes) };
}

function checkSize(rows: number): void {
  // One header row is allowed above the limit of data rows.
  if (rows > MAX_IMPORT_ROWS + 1) throw new ImportFileError("imp.tooManyRows", { max: MAX_IMPORT_ROWS });
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
