// Why: one shape for what any spreadsheet holds (xlsx or csv), and one refusal type for files that cannot be imported.
/** A cell as read: text, a number, a date (xlsx date cells, at UTC midnight), true/false, or nothing. */
export type Cell = string | number | boolean | Date | null;
/** A row with its number as the spreadsheet shows it (1 = the first row). */
export type SheetRow = { rowNo: number; cells: Cell[] };
export type Sheet = { name: string; rows: SheetRow[] };
export type Book = { kind: "xlsx" | "csv"; sheets: Sheet[] };

/** The most data rows one import takes. */
export const MAX_IMPORT_ROWS = 100_000;

/** A file or sheet that cannot be imported at all; `key` is an i18n key (imp.*), `params` its values. */
export class ImportFileError extends Error {
  constructor(
    public readonly key: string,
    public readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "ImportFileError";
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as the user sees it in the spreadsheet (dates dd/mm/yyyy), for messages and the errors workbook. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime())
      ? ""
      : `${pad(cell.getUTCDate())}/${pad(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell).trim();
}

export const isBlankCell = (cell: Cell | undefined) => cellText(cell) === "";
export const isBlankRow = (row: SheetRow) => row.cells.every(isBlankCell);
