// Why: the one checking step every import shares: each data row read through its field list and rules, every bad
// row named (row number as in the spreadsheet, column, value, reason), the good rows kept for the commit.
import type { ColumnMapping, ImportField } from "./mapping";
import { cellText, type Cell, type SheetRow } from "./sheet";
import type { SheetTable } from "./table";

/** One problem of one row: `reason` is an i18n key (with an optional ":n" value). */
export type RowIssue = { row: number; column: string; field: string; value: string; reason: string };
export type FieldIssue = { field: string; reason: string };
export type RowRead<R> = { ok: true; value: R } | { ok: false; issues: FieldIssue[] };

/** What makes an import of one kind: its fields and how one row (field -> cell) becomes a record to commit. */
export type ImportSpec<R, Ctx> = {
  kind: string;
  fields: readonly ImportField[];
  readRow: (cells: Readonly<Record<string, Cell>>, ctx: Ctx) => RowRead<R>;
  /**
   * Rules across rows and against what is stored (e.g. one person at two sites), given the rows read well, in file
   * order; the context brings any lookups of stored records.
   */
  acrossRows?: (rows: readonly { rowNo: number; value: R }[], ctx: Ctx) => Promise<Map<number, FieldIssue[]>>;
};

export type Checked<R> = {
  valid: { rowNo: number; value: R }[];
  issues: RowIssue[];
  /** The bad rows as they were, in file order. */
  badRows: SheetRow[];
};

/** The cells of one row by field key (a field without a column reads null). */
export function cellsByField(row: SheetRow, columns: ColumnMapping): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  columns.forEach((field, c) => {
    if (field) out[field] = row.cells[c] ?? null;
  });
  return out;
}

/**
 * Checks every data row. `pause` is awaited every `every` rows so a screen can show progress and stay responsive;
 * `onProgress(done, total)` reports it.
 */
export async function checkRows<R, Ctx>(
  table: SheetTable,
  columns: ColumnMapping,
  spec: ImportSpec<R, Ctx>,
  ctx: Ctx,
  opts: {
    pause?: () => Promise<void>;
    onProgress?: (done: number, total: number) => void;
    every?: number;
  } = {},
): Promise<Checked<R>> {
  const every = opts.every ?? 2000;
  const colOf = new Map<string, number>();
  columns.forEach((f, c) => f && colOf.set(f, c));
  const issuesOf = new Map<number, FieldIssue[]>();
  const valid: { rowNo: number; value: R }[] = [];
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    if (i && i % every === 0) {
      opts.onProgress?.(i, rows.length);
      await opts.pause?.();
    }
    const row = rows[i]!;
    const read = spec.readRow(cellsByField(row, columns), ctx);
    if (read.ok) valid.push({ rowNo: row.rowNo, value: read.value });
    else issuesOf.set(row.rowNo, read.issues);
  }
  const across = await spec.acrossRows?.(valid, ctx);
  const kept = across?.size ? valid.filter((v) => !across.has(v.rowNo)) : valid;
  for (const [rowNo, list] of across ?? []) issuesOf.set(rowNo, list);
  opts.onProgress?.(rows.length, rows.length);
  const badRows = rows.filter((r) => issuesOf.has(r.rowNo));
  const issues = badRows.flatMap((r) =>
    issuesOf.get(r.rowNo)!.map((x): RowIssue => {
      const c = colOf.get(x.field);
      return {
        row: r.rowNo,
        column: c === undefined ? "" : table.headers[c] || columnLetter(c),
        field: x.field,
        value: c === undefined ? "" : cellText(r.cells[c]),
        reason: x.reason,
      };
    }),
  );
  return { valid: kept, issues, badRows };
}

/** "A", "B", ... "AA" for a 0-based column. */
export function columnLetter(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
