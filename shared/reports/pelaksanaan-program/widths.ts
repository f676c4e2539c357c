// Why: the summary table's columns sized to what they hold, in both files: a category, a method or a status is never cut mid-word, a date never wraps in a spreadsheet, and the width left goes to Program / Aktiviti and Rakan Strategik.
import { wrappedLines } from "../frame/measure";
import type { PelaksanaanProgramModel, ProgSummaryRow } from "./model";

/** Bil. .. Status as each file prints them (the spreadsheet writes a real date in place of the date's text). */
export function summaryCells(r: ProgSummaryRow): (string | number)[] {
  return [r.bil, r.title, r.date, r.category, r.method, r.participants, r.partners, r.status];
}

/** Program / Aktiviti and Rakan Strategik (1-based): their text wraps between words, so they take what is left. */
export const FLEXIBLE = [2, 7] as const;
/** "Tarikh" (1-based). */
export const DATE_COLUMN = 3;

/** The column width (spreadsheet units) that holds the longest of `words` on one line. */
function unitsFor(words: string[], bold = false): number {
  let units = 1;
  for (const word of words) while (wrappedLines(word, units, bold) > 1) units += 1;
  return units;
}

/**
 * For each column, the width (spreadsheet units) its longest word needs: the header's words are bold; with
 * `wholeDate` a date range is measured whole (a spreadsheet's date does not wrap). Program / Aktiviti and Rakan Strategik are left at 0 (they flex).
 */
export function minimumUnits(model: PelaksanaanProgramModel, wholeDate: boolean): number[] {
  return model.columns.map((header, i) => {
    const c = i + 1;
    if ((FLEXIBLE as readonly number[]).includes(c)) return 0;
    const values = model.rows.map((r) => String(summaryCells(r)[i]));
    // A full stop is as wide as a space: a date range measured as one word.
    const whole = wholeDate && c === DATE_COLUMN;
    const words = whole ? values.map((v) => v.replace(/ /g, ".")) : values.flatMap((v) => v.split(/\s+/));
    return Math.max(unitsFor(header.split(/\s+/), true), unitsFor(words));
  });
}

/**
 * Widths in any unit for a table `total` wide: every fixed column its need (`need(units)`, at least `floor`), the
 * rest (never less than `flexible`) shared by Program / Aktiviti and Rakan Strategik, 55 to 45.
 */
export function fitWidths(
  model: PelaksanaanProgramModel,
  o: { total: number; flexible: number; floor: number; wholeDate: boolean; need: (units: number) => number },
): number[] {
  const share = [0.55, 0.45];
  const widths = minimumUnits(model, o.wholeDate).map((u) => (u ? Math.max(o.floor, o.need(u)) : 0));
  const left = Math.max(o.flexible, o.total - widths.reduce((a, b) => a + b, 0));
  const [title, partners] = FLEXIBLE;
  widths[title - 1] = Math.floor(left * share[0]!);
  widths[partners - 1] = left - widths[title - 1]!;
  return widths;
}
