// Why: the Buku Rekod's columns are sized once, from what they hold, so the Excel, Word and printed copies share one layout at 9 pt.
import { ems } from "./frame/measure";
import type { PageMargins } from "./frame/docx";

/** The extract is set in 9 pt everywhere (files and paper). */
export const BUKU_REKOD_PT = 9;
/**
 * The extract's pages have narrow sides (1.27 cm) in every copy: 14 columns of headings, MyKad numbers and dates that
 * are never broken take about 76 em at 9 pt, so between 2 cm margins (81 em) Masalah and Perkhidmatan were one word
 * wide and a month ran to twice the pages. Top, bottom and the binding edge keep the standard margins.
 */
export const BUKU_REKOD_MARGINS: PageMargins = "narrow";
/** The table's width in points: A4 landscape (841.9 pt) less two 1.27 cm (36 pt) sides, the same in every copy. */
export const BUKU_REKOD_TABLE_PT = 769;
/**
 * The room a cell's padding takes on both sides together in the Word and printed copies (1.5 pt a side). (Excel pads a column by
 * 10 px: its copy keeps each column's text width and is fitted to the page a little smaller.)
 */
export const BUKU_REKOD_PAD_PT = 3;
/** A word longer than this (in em) may break: one pasted reference must not take the page. */
const LONGEST_WORD = 9;

/** How a column's values behave: never broken (numbers, dates, codes), or wrapped between words; "wide" ones take what is left. */
export type ColumnKind = "whole" | "wrap" | "wide";

/** "Bil." then the 14 columns of FORMATS.md. */
export const BUKU_REKOD_COLUMN_KINDS: readonly ColumnKind[] = [
  "whole", // Bil.
  "whole", // No. Rekod
  "whole", // Tarikh
  "wrap", // Nama
  "whole", // No. KP
  "whole", // Jantina
  "whole", // Umur
  "wide", // Alamat
  "wrap", // Kumpulan Sasar
  "wide", // Masalah / Keperluan
  "wide", // Perkhidmatan / Tindakan
  "wrap", // Rujukan (agensi)
  "wrap", // Status
  "whole", // Tarikh Susulan
  "wrap", // Pegawai
];

/**
 * Text is measured a little wider than Arial's advance widths: Word and LibreOffice lay a cell's text out with some
 * room to spare (a date that fits to the point wraps its last digit).
 */
const SPARE = 1.07;
const width = (s: string, bold = false) => ems(s, bold) * SPARE;
const longestWord = (s: string, bold = false) =>
  s.split(/\s+/).reduce((w, word) => Math.max(w, width(word, bold)), 0);

/** The value below which `share` of the values lie (0 for none). */
function quantile(values: number[], share: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

/**
 * Each column's share of the table width (they add up to 1), from its heading and values at 9 pt. A column is at
 * least as wide as its longest heading word (and, for values never broken, its widest value), then as its longest
 * word; wrapped columns grow toward the width that holds most of their values on one line, and when everything fits,
 * the wide ones (Alamat, Masalah, Perkhidmatan) take what is left. When the words do not all fit, the longest words
 * of wrapped columns (a long name) are the ones that break, never a heading, a number or a date.
 */
export function bukuRekodColumnShares(
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  kinds: readonly ColumnKind[] = BUKU_REKOD_COLUMN_KINDS,
): number[] {
  const room = BUKU_REKOD_TABLE_PT / BUKU_REKOD_PT;
  const pad = BUKU_REKOD_PAD_PT / BUKU_REKOD_PT;
  const base: number[] = [];
  const word: number[] = [];
  const want: number[] = [];
  headers.forEach((h, i) => {
    const kind = kinds[i] ?? "wrap";
    // "Bil." holds the row numbers (as wide as three digits at least); the other columns their values.
    const values = i === 0 ? [String(Math.max(100, rows.length))] : rows.map((r) => String(r[i - 1] ?? ""));
    const head = longestWord(h, true);
    if (kind === "whole") {
      const widest = values.reduce((w, v) => Math.max(w, width(v)), head) + pad;
      base.push(widest);
      word.push(widest);
      want.push(widest);
      return;
    }
    const longest = Math.min(
      LONGEST_WORD,
      values.reduce((w, v) => Math.max(w, longestWord(v)), head),
    );
    base.push(head + pad);
    word.push(longest + pad);
    // Most values on one line, but no column wider than a quarter of the table.
    const line = Math.min(
      room / 4,
      quantile(
        values.map((v) => ems(v)),
        0.9,
      ),
    );
    want.push(Math.max(longest, line) + pad);
  });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const between = (lo: number[], hi: number[]) => {
    const k = (room - sum(lo)) / (sum(hi) - sum(lo));
    return lo.map((l, i) => l + (hi[i]! - l) * k);
  };
  if (sum(base) >= room) return base.map((w) => w / sum(base));
  if (sum(word) >= room) return between(base, word).map((w) => w / room);
  // The room left after every word fits goes to the wide columns first, then to the others, toward one line each.
  const widths = [...word];
  let spare = room - sum(word);
  for (const wide of [true, false]) {
    const need = widths.map((w, i) => ((kinds[i] === "wide") === wide ? want[i]! - w : 0));
    const take = Math.min(spare, sum(need));
    if (take > 0) need.forEach((n, i) => (widths[i]! += (n * take) / sum(need)));
    spare -= take;
  }
  // Everything fits on one line: the wide columns share what is left, as their text may be longer next month.
  const wide = widths.map((w, i) => (kinds[i] === "wide" ? w : 0));
  return widths.map((w, i) => (w + spare * (sum(wide) ? wide[i]! / sum(wide) : 1 / widths.length)) / room);
}
