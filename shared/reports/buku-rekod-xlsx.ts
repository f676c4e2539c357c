// Why: lays the Buku Rekod model out as a SULIT A4 landscape workbook in the common frame; it computes nothing itself.
import type { Alignment, Borders, Font, Worksheet } from "exceljs";
import type { BukuRekodModel } from "./buku-rekod";
import { SIGNATURE_LINE, type SignatureBlock } from "./frame/text";

/**
 * Column widths (Excel units: one unit is about one digit of the sheet's 10 pt Arial) of "Bil." and the 14 columns,
 * 164 units in all: fitted to A4 landscape between 2 cm margins, the 10 pt text prints at about 8 pt (LibreOffice)
 * to 8.5 pt (Excel). Values that must not break (record number, dates, No. KP, "Perempuan", age) and headings get
 * the width of their longest value or word; the other columns wrap between words, the problem and the action the
 * widest, as their text decides how tall a row is. (Not 9: exceljs takes a width of 9 for "default" and drops it.)
 */
const WIDTHS = [4.3, 14.2, 10.2, 13.5, 14.7, 10.5, 5.8, 9.9, 10.3, 15, 15, 11.4, 8.5, 10.2, 10.8];
/** Columns read as text (left aligned); the others are centred. Every column wraps between words. */
const LEFT = new Set([4, 8, 9, 10, 11, 12, 15]);
const SIZE = 10;
/**
 * Points per line of 10 pt Arial as Excel lays it out, and cell padding. Row heights are Excel's, the tighter of the
 * two programs: LibreOffice draws the columns about 6 % wider and the lines 11.2 pt apart, so it leaves some space
 * under the text, where Excel would cut a last line off.
 */
const LINE = 12.75;
const PAD = 1.5;

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
function ems(s: string, bold: boolean): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c >= 32 && c <= 126 ? ARIAL[c - 32]! : 556;
  }
  return (w / 1000) * (bold ? 1.08 : 1);
}

/**
 * Text width of a column `units` wide, in em of 10 pt Arial as Excel draws it: a unit is 7 px, 5 px of it padding,
 * and the font is 13 px to the em (LibreOffice draws a unit 7.4 px wide, so its rows come out no shorter).
 */
const room = (units: number) => (units * 7 - 5) / 13.2;

/** Lines `text` takes wrapped between words in a column `units` wide (a word too long for a line is cut). */
export function wrappedLines(text: string, units: number, bold = false): number {
  const fit = room(units);
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

/** The column widths; "Bil." as wide as the last row number (three digits at least). */
export function bukuRekodXlsxWidths(rows: number): number[] {
  return [1.6 + 0.9 * Math.max(3, String(rows).length), ...WIDTHS.slice(1)];
}

const THIN: Partial<Borders> = {
  top: { style: "thin" },
  bottom: { style: "thin" },
  left: { style: "thin" },
  right: { style: "thin" },
};

/**
 * exceljs always writes Calibri 11 as the workbook's standard font, and spreadsheet programs measure column widths
 * in digits of that font: where Calibri is missing (LibreOffice without Carlito) the columns come out a third wider
 * and the sheet prints smaller. The standard font is set to the Arial 10 the cells use, so a unit is the same
 * everywhere.
 */
async function arialStandardFont(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes);
  const styles = await zip.file("xl/styles.xml")!.async("string");
  zip.file(
    "xl/styles.xml",
    styles.replace(
      /(<fonts\b[^>]*>)<font>[\s\S]*?<\/font>/,
      `$1<font><sz val="${SIZE}"/><name val="Arial"/><family val="2"/></font>`,
    ),
  );
  return new Uint8Array(
    await zip.generateAsync({
      type: "arraybuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    }),
  );
}

/** Blank lines left to sign on, between the heading and the dotted line. */
const SIGN_SPACE = 3;

/**
 * The signature block as the frame's `addSignatureRows` lays it out ("Disediakan oleh:" under the table's left half,
 * "Disemak / Disahkan oleh:" under its right half, space to sign, a dotted line, name, post and date), but in one
 * row of two merged cells: a row is never split across pages, so the block is never torn in two.
 */
function addSignatureRow(ws: Worksheet, ncol: number, block: SignatureBlock, font: Partial<Font>): void {
  ws.addRow([]);
  const row = ws.addRow([]);
  const right = Math.max(3, Math.floor(ncol / 2) + 2);
  const sides: [number, number, SignatureBlock[number]][] = [
    [2, right - 1, block[0]],
    [right, ncol, block[1]],
  ];
  for (const [from, to, side] of sides) {
    ws.mergeCells(row.number, from, row.number, to);
    const cell = row.getCell(from);
    cell.value = {
      richText: [
        { text: side.heading, font: { ...font, bold: true } },
        { text: ["", ...Array<string>(SIGN_SPACE).fill(""), SIGNATURE_LINE, ...side.lines].join("\n"), font },
      ],
    };
    cell.alignment = { vertical: "top", horizontal: "left", wrapText: true };
  }
  const lines = 2 + SIGN_SPACE + Math.max(block[0].lines.length, block[1].lines.length);
  row.height = lines * LINE + PAD;
}

export async function bukuRekodXlsx(model: BukuRekodModel): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import("exceljs");
  const f = await import("./frame/xlsx");
  const wb = new ExcelJS.Workbook();
  wb.creator = "Rekod Komuniti";
  wb.title = model.title;
  const widths = bukuRekodXlsxWidths(model.rows.length);
  const framed = f.frameWorksheet(wb, wb.addWorksheet("Buku Rekod"), {
    letterhead: model.letterhead,
    title: model.title,
    subtitle: model.subtitle,
    classification: model.classification,
    stamp: model.stamp,
    orientation: "landscape",
    columns: ["Bil.", ...model.columns].map((header, i) => ({
      header,
      width: widths[i]!,
      align: LEFT.has(i + 1) ? "left" : "center",
    })),
    freezeColumns: 4,
  });
  const { ws, ncol } = framed;
  const header = ws.getRow(framed.headerRow);
  header.height =
    Math.max(...["Bil.", ...model.columns].map((h, i) => wrappedLines(h, widths[i]!, true))) * LINE + 2 * PAD;

  // One style object per column, shared by every row (a 10,000-row extract has 150,000 cells).
  const font: Partial<Font> = { name: f.XLSX_FONT, size: SIZE };
  const align = widths.map((_, i): Partial<Alignment> =>
    LEFT.has(i + 1)
      ? { vertical: "top", horizontal: "left", wrapText: true }
      : { vertical: "top", horizontal: "center", wrapText: true },
  );
  model.rows.forEach((r, n) => {
    const values = [n + 1, ...r];
    const row = ws.addRow(values);
    let lines = 1;
    for (let c = 1; c <= ncol; c += 1) {
      const cell = row.getCell(c);
      cell.font = font;
      cell.border = THIN;
      cell.alignment = align[c - 1]!;
      lines = Math.max(lines, wrappedLines(String(values[c - 1] ?? ""), widths[c - 1]!));
    }
    // Rows grow to their wrapped text: spreadsheet programs do not measure it in a generated file.
    row.height = lines * LINE + PAD;
  });
  if (!model.rows.length) {
    const row = ws.addRow(["", model.emptyLine]);
    ws.mergeCells(row.number, 2, row.number, ncol);
    for (let c = 1; c <= ncol; c += 1) {
      row.getCell(c).font = font;
      row.getCell(c).border = THIN;
    }
    row.getCell(2).alignment = { vertical: "middle", horizontal: "left" };
  }
  // The total: bold, in the table's last row, across the columns after "Bil.".
  const total = ws.addRow(["", model.totalLine]);
  ws.mergeCells(total.number, 2, total.number, ncol);
  for (let c = 1; c <= ncol; c += 1) {
    total.getCell(c).font = { ...font, bold: true };
    total.getCell(c).border = THIN;
  }
  total.getCell(2).alignment = { vertical: "middle", horizontal: "left" };
  total.height = LINE + 2 * PAD;

  addSignatureRow(ws, ncol, model.signature, font);
  const lastPrinted = ws.rowCount;
  f.finishSheet(framed);
  // SULIT is printed by the page header and footer at the top and bottom of every page; the SULIT rows the frame
  // writes above the letterhead and under the signature stay on screen but out of the print area, so that no page
  // shows it twice. The rows are made absolute too ("$"), or LibreOffice ignores the area.
  const first = ws.getCell(1, 1).value === model.classification ? 2 : 1;
  ws.pageSetup.printArea = `A$${first}:${f.colLetter(ncol)}$${lastPrinted}`;
  return arialStandardFont(await f.workbookBytes(wb));
}
