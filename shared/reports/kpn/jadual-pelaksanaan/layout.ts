// Why: the roadmap's columns laid out once for both files: relative widths and which columns read as text.
import { JADUAL_COLUMNS } from "./model";

/** Relative width of each column (Bil. .. Status); the writers scale them to the page. */
export const COLUMN_WEIGHTS = [5, 8, 11, 11, 10, 22, 14, 25, 12, 15, 14] as const;

/** Columns read as text (left aligned, wrapped); the rest are centred. */
export const TEXT_COLUMNS: ReadonlySet<string> = new Set([
  "Check point",
  "Jenis lokasi",
  "Pasukan (ketua + ahli)",
  "Rakan korporat / agensi",
  "Status",
]);

export const isTextColumn = (i: number) => TEXT_COLUMNS.has(JADUAL_COLUMNS[i]!);
