// Why: spreadsheet programs do not size rows of a generated file to its wrapped text, so every xlsx writer estimates the lines here, with Arial's real widths.

/** Arial advance widths (1/1000 em) of the printable ASCII characters, from the space (32) to "~" (126). */
// prettier-ignore
const ARIAL = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
];

/** Width of `s` in em of Arial; bold text is about 8 % wider. */
export function ems(s: string, bold = false): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c >= 32 && c <= 126 ? ARIAL[c - 32]! : 556;
  }
  return (w / 1000) * (bold ? 1.08 : 1);
}

/**
 * Text width of a column `units` wide, in em of `pt` Arial as Excel draws it: a unit is 7 px, 5 px of it padding,
 * and 10 pt is 13.2 px to the em (LibreOffice draws a unit 7.4 px wide, so its rows come out no shorter).
 */
const room = (units: number, pt: number) => (units * 7 - 5) / ((13.2 * pt) / 10);

/** Lines `text` at `pt` takes wrapped between words in a column `units` wide (a word too long for a line is cut). */
export function wrappedLines(text: string, units: number, bold = false, pt = 10): number {
  return linesWithin(text, room(units, pt), bold);
}

/** Lines `text` takes wrapped between words in lines `fit` em wide (a word too long for a line is cut). */
export function linesWithin(text: string, fit: number, bold = false): number {
  const space = ems(" ", bold);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = ems(word, bold);
      if (used && used + space + w <= fit) {
        used += space + w;
        continue;
      }
      if (used) lines += 1;
      // A word wider than the column breaks where the line is full.
      lines += Math.max(0, Math.ceil(w / fit) - 1);
      used = w > fit ? w - Math.floor(w / fit) * fit : w;
    }
  }
  return lines;
}

/** Points per line of 10 pt text as Excel draws it. */
export const XLSX_LINE = 12.75;

/** A row's height: enough lines for the longest of its wrapped cells (`units` per column, null = not wrapped). */
export function rowHeightFor(
  values: readonly unknown[],
  units: readonly (number | null)[],
  bold = false,
  pad = 3,
): number {
  let lines = 1;
  values.forEach((v, i) => {
    const u = units[i];
    if (u && (typeof v === "string" || typeof v === "number"))
      lines = Math.max(lines, wrappedLines(String(v), u, bold));
  });
  return lines * XLSX_LINE + pad;
}
