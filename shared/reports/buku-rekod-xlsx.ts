// Why: lays the Buku Rekod model out as a SULIT A4 landscape workbook in the common frame; it computes nothing itself.
import type { Alignment, Borders, Font, Worksheet } from "exceljs";
import type { BukuRekodModel } from "./buku-rekod";
import { SIGNATURE_LINE, type SignatureBlock, type SignatureColumn } from "./frame/text";
import {
  BUKU_REKOD_MARGINS,
  BUKU_REKOD_PAD_PT,
  BUKU_REKOD_PT,
  BUKU_REKOD_TABLE_PT,
} from "./buku-rekod-columns";
import { wrappedLines } from "./frame/measure";

/** Columns read as text (left aligned); the others are centred. Every column wraps between words. */
const LEFT = new Set([4, 8, 9, 10, 11, 12, 15]);
const SIZE = BUKU_REKOD_PT;
/**
 * Points per line of 9 pt Arial as Excel lays it out, and cell padding. Row heights are Excel's, the tighter of the
 * two programs: LibreOffice draws the lines closer, so it leaves some space under the text, where Excel would cut a
 * last line off.
 */
const LINE = 12;
const PAD = 1.5;
/** Pixels to the em of 9 pt Arial as Excel measures it (13.2 to the em of 10 pt, frame/measure.ts). */
const PX_PER_EM = 13.2 * (BUKU_REKOD_PT / 10);

/**
 * The column widths in Excel units: each column keeps the text width the model gave it (its share of the table,
 * less the padding of the Word copy), plus Excel's own padding (a unit is 7 px; 5 px more on each side of the text);
 * the sheet is fitted to one page wide, so Excel prints it a little under 9 pt.
 */
export function bukuRekodXlsxWidths(shares: readonly number[]): number[] {
  const room = BUKU_REKOD_TABLE_PT / BUKU_REKOD_PT;
  const pad = BUKU_REKOD_PAD_PT / BUKU_REKOD_PT;
  // Rounded up to a hundredth; never 9 exactly, which exceljs takes for "default" and drops.
  return shares.map((s) => {
    const w = Math.ceil((((s * room - pad) * PX_PER_EM + 5) / 7) * 100) / 100;
    return w === 9 ? 9.01 : w;
  });
}

const THIN: Partial<Borders> = {
  top: { style: "thin" },
  bottom: { style: "thin" },
  left: { style: "thin" },
  right: { style: "thin" },
};

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
  const sides: [number, number, SignatureColumn | undefined][] = [
    [2, right - 1, block[0]],
    [right, ncol, block[1]],
  ];
  for (const [from, to, side] of sides) {
    if (!side) continue;
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
  const lines = 2 + SIGN_SPACE + Math.max(...block.map((side) => side.lines.length));
  row.height = lines * LINE + PAD;
}

export async function bukuRekodXlsx(model: BukuRekodModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("./frame/xlsx");
  const wb = await f.documentWorkbook(model.title);
  const widths = bukuRekodXlsxWidths(model.columnShares);
  const framed = f.addFramedSheet(wb, "Buku Rekod", {
    ...f.frameFieldsOf(model),
    orientation: "landscape",
    margins: BUKU_REKOD_MARGINS,
    columns: f.tableColumns(["Bil.", ...model.columns], widths, LEFT),
    freezeColumns: 4,
  });
  const { ws, ncol } = framed;
  const header = ws.getRow(framed.headerRow);
  header.eachCell({ includeEmpty: true }, (cell) => void (cell.font = { ...cell.font, size: SIZE }));
  header.height =
    Math.max(...["Bil.", ...model.columns].map((h, i) => wrappedLines(h, widths[i]!, true, SIZE))) * LINE +
    2 * PAD;

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
      lines = Math.max(lines, wrappedLines(String(values[c - 1] ?? ""), widths[c - 1]!, false, SIZE));
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
  f.finishSheet(framed);
  return f.workbookBytes(wb);
}
