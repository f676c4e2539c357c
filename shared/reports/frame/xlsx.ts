// Why: the common frame laid out in an exceljs sheet (letterhead, title, bordered table, print setup), so every .xlsx prints alike.
import type { Borders, CellValue, Row, Workbook, Worksheet } from "exceljs";
import {
  SIGNATURE_LINE,
  frameWords,
  letterheadLines,
  type Classification,
  type Letterhead,
  type SignatureBlock,
} from "./text";
import { wrappedLines, XLSX_LINE } from "./measure";

export const XLSX_FONT = "Arial";
export const HEADER_FILL = "FFD9D9D9";
const THIN: Partial<Borders> = {
  top: { style: "thin" },
  bottom: { style: "thin" },
  left: { style: "thin" },
  right: { style: "thin" },
};

export type XlsxColumn = { header: string; width: number; align?: "left" | "center" | "right" };

export type XlsxFrame = {
  letterhead: Letterhead;
  /** The document's official title, written in capitals. */
  title: string;
  /** Programme line, site or area, period: one centred bold line each. */
  subtitle: string[];
  classification: Classification;
  /** The generation stamp text (frame/text.ts `stampText`). */
  stamp: string;
  orientation: "portrait" | "landscape";
  /** Standard (2 cm) unless the document needs narrow sides (1.27 cm; see docx `PageMargins`). */
  margins?: "standard" | "narrow";
  /** The table's columns, "Bil." first. */
  columns: XlsxColumn[];
  /** Columns kept in view when scrolling sideways (e.g. 2 for Bil. and Perkara). */
  freezeColumns?: number;
};

/** What every document model carries for the frame of its sheets. */
export type FrameFields = Pick<XlsxFrame, "letterhead" | "title" | "subtitle" | "classification" | "stamp">;

/** The frame fields of a document model (nothing else of it). */
export const frameFieldsOf = (m: FrameFields): FrameFields => ({
  letterhead: m.letterhead,
  title: m.title,
  subtitle: m.subtitle,
  classification: m.classification,
  stamp: m.stamp,
});

/** A workbook for one document, named after it (exceljs is loaded here, on demand). */
export async function documentWorkbook(title: string): Promise<Workbook> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "Rekod Komuniti";
  wb.title = title;
  return wb;
}

/** Table columns by position: the width given (12 when missing), left-aligned where `left` holds the 1-based column. */
export function tableColumns(
  headers: readonly string[],
  widths: readonly number[],
  left: ReadonlySet<number>,
): XlsxColumn[] {
  return headers.map((header, i) => ({
    header,
    width: widths[i] ?? 12,
    align: left.has(i + 1) ? "left" : "center",
  }));
}

/** A sheet being written: where the table header is, how wide the table is. */
export type FramedSheet = {
  ws: Worksheet;
  frame: XlsxFrame;
  ncol: number;
  headerRow: number;
};

/** Excel column letters: 1 -> A, 27 -> AA. */
export function colLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A sheet name Excel accepts (31 characters, none of []:*?/\), unique within the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Helaian";
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i += 1)
    out = `${base.slice(0, 31 - ` (${i})`.length)} (${i})`;
  taken.add(out.toLowerCase());
  return out;
}

/** Header/footer text is a format string: a literal "&" is written "&&". */
function hf(text: string): string {
  return text.replace(/&/g, "&&");
}

/** Plain base64 of bytes (no Node Buffer, no DOM). */
export function base64Of(bytes: Uint8Array): string {
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += abc[a >> 2]! + abc[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? "=" : abc[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? "=" : abc[c & 63]!;
  }
  return out;
}

/**
 * Adds a sheet with the frame: A4, fit to one page wide, margins about 2 cm, header/footer with the classification,
 * the stamp and "Muka surat &P daripada &N"; then the letterhead (logo if any), title, subtitle lines and the table
 * header row (grey fill, borders). Data rows follow with `addTableRow`; `finishSheet` closes the sheet.
 */
export function addFramedSheet(wb: Workbook, name: string, f: XlsxFrame): FramedSheet {
  return frameWorksheet(wb, wb.addWorksheet(name), f);
}

/** As `addFramedSheet`, on an empty sheet made earlier (so that sheets can be filled in another order than their tabs). */
export function frameWorksheet(wb: Workbook, ws: Worksheet, f: XlsxFrame): FramedSheet {
  const ncol = f.columns.length;
  const sulit = f.classification === "SULIT";
  const words = frameWords(f.letterhead.language);
  const page = `&"${XLSX_FONT},Regular"&8${words.page} &P ${words.of} &N`;
  Object.assign(ws.pageSetup, {
    paperSize: 9,
    orientation: f.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: {
      left: f.margins === "narrow" ? 0.5 : 0.79,
      right: f.margins === "narrow" ? 0.5 : 0.79,
      top: 0.79,
      bottom: 0.79,
      header: 0.3,
      footer: 0.3,
    },
  });
  Object.assign(ws.headerFooter, {
    differentFirst: false,
    differentOddEven: false,
    oddHeader: sulit ? `&C&"${XLSX_FONT},Bold"&12${words.classified}` : "",
    oddFooter:
      `&L&"${XLSX_FONT},Regular"&8${hf(f.stamp)}` +
      (sulit ? `&C&"${XLSX_FONT},Bold"&12${words.classified}` : "") +
      `&R${page}`,
  });
  ws.columns = f.columns.map((c) => ({ width: c.width }));
  const across = f.columns.reduce((sum, c) => sum + c.width, 0);
  const centred = (text: string, bold: boolean, size: number) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, ncol);
    const cell = row.getCell(1);
    // A line longer than the table wraps between words instead of being cut at both ends.
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.font = { name: XLSX_FONT, bold, size };
    // Measured as 10 pt text in a table narrower by the size's ratio (a unit is 7 px, 5 px of it padding).
    const lines = wrappedLines(text, ((across * 7 - 5) * 10) / size / 7 + 5 / 7, bold);
    if (lines > 1) row.height = (lines * XLSX_LINE * size) / 10 + 2;
    return row;
  };
  if (sulit) centred(words.classified, true, 12);
  const logo = f.letterhead.logo;
  if (logo) {
    const heightPx = 60;
    const widthPx = Math.round((logo.width / logo.height) * heightPx);
    const row = ws.addRow([]);
    row.height = heightPx * 0.75 + 4; // points
    const id = wb.addImage({ base64: base64Of(logo.data), extension: logo.type });
    // Centre the image over the table: find the column (with its fraction) where the left edge falls.
    const px = f.columns.map((c) => Math.round(c.width * 7 + 5));
    let left = (px.reduce((a, b) => a + b, 0) - widthPx) / 2;
    let col = 0;
    while (col < px.length - 1 && left > px[col]!) left -= px[col++]!;
    ws.addImage(id, {
      tl: { col: col + Math.max(0, left) / px[col]!, row: row.number - 1 + 0.05 },
      ext: { width: widthPx, height: heightPx },
      editAs: "oneCell",
    });
  }
  // Organisation and office lines bold, as in the .docx letterhead.
  letterheadLines(f.letterhead).forEach((line, i) => centred(line, i < 2, i === 0 ? 12 : 11));
  ws.addRow([]);
  centred(f.title, true, 12);
  for (const line of f.subtitle) centred(line, true, 11);
  ws.addRow([]);
  const header = ws.addRow(f.columns.map((c) => c.header));
  header.height = 20;
  header.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { name: XLSX_FONT, bold: true, size: 10 };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.border = THIN;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
  return { ws, frame: f, ncol, headerRow: header.number };
}

export type TableRowStyle = {
  bold?: boolean;
  /** Indent level of the label column (the second column). */
  indent?: number;
  /** A section heading: the label spans every column after "Bil.". */
  section?: boolean;
};

/** One bordered table row; numbers and formulas stay numbers, centred; the label column is left aligned. */
export function addTableRow(s: FramedSheet, values: CellValue[], style: TableRowStyle = {}): Row {
  const row = s.ws.addRow(values);
  for (let c = 1; c <= s.ncol; c += 1) {
    const cell = row.getCell(c);
    const align = s.frame.columns[c - 1]?.align ?? (c === 2 ? "left" : "center");
    cell.font = { name: XLSX_FONT, size: 10, bold: !!style.bold };
    cell.border = THIN;
    cell.alignment = {
      vertical: "middle",
      horizontal: align,
      wrapText: c === 2,
      indent: c === 2 ? (style.indent ?? 0) : undefined,
    };
  }
  if (style.section) s.ws.mergeCells(row.number, 2, row.number, s.ncol);
  return row;
}

/**
 * Wraps a row's text columns (`text`, 1-based, left aligned) and makes the row as tall as their longest text: spreadsheet
 * programs do not measure wrapped text in a generated file. `widths` are the columns' widths by position.
 */
export function fitTextRow(
  row: Row,
  text: ReadonlySet<number>,
  widths: readonly number[],
  bold = false,
): void {
  let lines = 1;
  for (const c of text) {
    const cell = row.getCell(c);
    cell.alignment = { ...cell.alignment, horizontal: "left", wrapText: true };
    lines = Math.max(lines, wrappedLines(String(cell.value ?? ""), widths[c - 1]!, bold));
  }
  row.height = lines * XLSX_LINE + 3;
}

/** Unbordered explanatory lines under the table (notes on how figures are counted). */
export function addNoteRows(s: FramedSheet, notes: string[]): void {
  for (const note of notes) {
    const row = s.ws.addRow(["", note]);
    s.ws.mergeCells(row.number, 2, row.number, s.ncol);
    row.getCell(2).font = { name: XLSX_FONT, size: 9, italic: true };
    row.getCell(2).alignment = { horizontal: "left", vertical: "top", wrapText: true };
  }
}

/**
 * The signature block: "Disediakan oleh:" at the left, "Disemak / Disahkan oleh:" at the right half of the table,
 * with two blank rows to sign on and a dotted line; one officer doing both signs at the left only.
 */
export function addSignatureRows(s: FramedSheet, block: SignatureBlock): void {
  const { ws, ncol } = s;
  ws.addRow([]);
  const leftCol = 2;
  const rightCol = Math.max(3, Math.floor(ncol / 2) + 2);
  const lines = (col: { heading: string; lines: string[] } | undefined) =>
    col ? [col.heading, "", "", SIGNATURE_LINE, ...col.lines] : [];
  const left = lines(block[0]);
  const right = lines(block[1]);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const row = ws.addRow([]);
    const put = (col: number, text: string | undefined, bold: boolean) => {
      const cell = row.getCell(col);
      cell.value = text ?? "";
      cell.font = { name: XLSX_FONT, size: 10, bold };
      cell.alignment = { horizontal: "left", vertical: "middle" };
    };
    put(leftCol, left[i], i === 0);
    if (right.length) put(rightCol, right[i], i === 0);
    if (i === 1 || i === 2) row.height = 18;
  }
}

/**
 * Bottom classification row, print area, repeated table header on every page, frozen header. SULIT is printed by the
 * page header and footer at the top and bottom of every page; the SULIT rows the frame writes above the letterhead
 * and under the signature stay on screen but out of the print area, so that no page shows it twice.
 */
export function finishSheet(s: FramedSheet): void {
  const { ws, ncol, headerRow, frame } = s;
  const sulit = frame.classification === "SULIT";
  const lastPrinted = ws.rowCount;
  if (sulit) {
    ws.addRow([]);
    const row = ws.addRow([frameWords(frame.letterhead.language).classified]);
    ws.mergeCells(row.number, 1, row.number, ncol);
    row.getCell(1).alignment = { horizontal: "center" };
    row.getCell(1).font = { name: XLSX_FONT, bold: true, size: 12 };
  }
  // exceljs puts "$" before the letters only; the rows are made absolute here too, or LibreOffice ignores the area.
  ws.pageSetup.printArea = `A$${sulit ? 2 : 1}:${colLetter(ncol)}$${lastPrinted}`;
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  ws.views = [{ state: "frozen", xSplit: frame.freezeColumns ?? 0, ySplit: headerRow, showGridLines: false }];
}

/**
 * The workbook as bytes, recalculated by Excel when opened so edited figures re-add.
 *
 * exceljs always writes Calibri 11 as the workbook's standard font, and spreadsheet programs measure column widths
 * in digits of that font: where Calibri is missing (LibreOffice without Carlito) the columns come out a third wider
 * and the sheet prints smaller. The standard font is set to Arial 10, whose digit is as wide as Calibri 11's in
 * Excel, so a width unit is the same everywhere.
 */
export async function workbookBytes(wb: Workbook): Promise<Uint8Array<ArrayBuffer>> {
  wb.calcProperties.fullCalcOnLoad = true;
  const written = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(written);
  const styles = await zip.file("xl/styles.xml")!.async("string");
  zip.file(
    "xl/styles.xml",
    styles.replace(
      /(<fonts\b[^>]*>)<font>[\s\S]*?<\/font>/,
      `$1<font><sz val="10"/><name val="${XLSX_FONT}"/><family val="2"/></font>`,
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
