// Why: finds the table in a sheet as offices keep it: a title or merged group headings above the header row, blank
// rows between entries and a totals row at the bottom.
import type { ImportField } from "./mapping";
import { headerMatches } from "./mapping";
import { cellText, ImportFileError, isBlankRow, type Sheet, type SheetRow } from "./sheet";
import { normaliseText } from "../domain/search";

/** Rows searched for the header row. */
const HEADER_SEARCH_ROWS = 30;

export type SheetTable = {
  sheetName: string;
  /** The header row as the spreadsheet numbers it. */
  headerRowNo: number;
  /** One header per column (blank headers stay blank). */
  headers: string[];
  /** The data rows, without blank rows and the totals row. */
  rows: SheetRow[];
  /** Blank rows skipped between the header and the last entry. */
  blankRows: number;
  /** The totals row left out, if the sheet ends with one. */
  totalsRowNo: number | null;
};

/** Words that open a totals row ("JUMLAH", "Jumlah Besar", "Total", "Grand total"). */
const TOTAL_WORDS = /^(jumlah|total|grand total|jumlah besar|jumlah keseluruhan|keseluruhan)\b/;

function isTotalsRow(row: SheetRow): boolean {
  const texts = row.cells.map(cellText).filter(Boolean);
  return texts.slice(0, 3).some((t) => TOTAL_WORDS.test(normaliseText(t)));
}

/**
 * The table of a sheet: the header row is the one among the first rows whose cells name the most fields (at least
 * two). A header cell left blank under a merged heading takes the heading above it.
 */
export function findTable(sheet: Sheet, fields: readonly ImportField[]): SheetTable {
  const filled = sheet.rows.filter((r) => !isBlankRow(r));
  if (!filled.length) throw new ImportFileError("imp.empty");
  let best = -1;
  let bestScore = 0;
  filled.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
    const n = headerMatches(row.cells.map(cellText), fields);
    if (n > bestScore) {
      bestScore = n;
      best = i;
    }
  });
  if (best < 0 || bestScore < 2) throw new ImportFileError("imp.noHeader");
  const header = filled[best]!;
  const above = best > 0 ? filled[best - 1]! : null;
  const width = Math.max(...filled.map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, c) => {
    const own = cellText(header.cells[c]);
    if (own) return own;
    return above && above.rowNo === header.rowNo - 1 ? cellText(above.cells[c]) : "";
  });
  const after = sheet.rows.filter((r) => r.rowNo > header.rowNo);
  const rows = after.filter((r) => !isBlankRow(r));
  let totalsRowNo: number | null = null;
  if (rows.length && isTotalsRow(rows.at(-1)!)) totalsRowNo = rows.pop()!.rowNo;
  if (!rows.length) throw new ImportFileError("imp.empty");
  // Rows between the header and the last entry that hold nothing (an xlsx file may not store them at all).
  const blankRows = rows.at(-1)!.rowNo - header.rowNo - rows.length;
  return { sheetName: sheet.name, headerRowNo: header.rowNo, headers, rows, blankRows, totalsRowNo };
}
