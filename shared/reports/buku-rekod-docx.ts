// Why: lays the Buku Rekod model out as a SULIT A4 landscape Word document for printing; it computes nothing itself.
import type { Paragraph } from "docx";
import type { BukuRekodModel } from "./buku-rekod";
import { BUKU_REKOD_MARGINS, BUKU_REKOD_PT } from "./buku-rekod-columns";

/** The register is printed at 9 pt with narrow cell padding, in the columns the model sized to their content. */
const SIZE = 2 * BUKU_REKOD_PT; // half-points
const PAD = { top: 15, bottom: 15, left: 30, right: 30 };
const GREY = "D9D9D9";

/** Column widths (twips) from the model's shares, adding up to exactly `usable`. */
export function bukuRekodColumnWidths(usable: number, shares: readonly number[]): number[] {
  const widths = shares.map((s) => Math.floor(s * usable));
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest]! += usable - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** Columns read as text (left aligned); the others are centred. */
const LEFT = new Set([3, 7, 8, 9, 10, 11, 14]);

/** A WordprocessingML element as the `docx` serializer takes it: `{ name: [{ _attr }, ...children] }`. */
type Xml = Record<string, unknown>;

const el = (name: string, attr?: Record<string, string | number>, ...children: unknown[]): Xml => ({
  // An element with attributes only is written as the serializer's `{ _attr }` so it closes itself (<w:jc .../>).
  [name]: attr
    ? children.length
      ? [{ _attr: attr }, ...children]
      : { _attr: attr }
    : children.length
      ? children
      : {},
});
const BORDER = { "w:val": "single", "w:color": "auto", "w:sz": 4 };
const RUN = [el("w:sz", { "w:val": SIZE })];
const BOLD_RUN = [el("w:b"), ...RUN];
const CENTRE = el("w:jc", { "w:val": "center" });

/** A cell's text; lines typed in a multi-line field stay lines (<w:br/>), spaces at the ends are kept. */
function textRun(text: string): Xml[] {
  return text
    .split(/\r?\n/)
    .flatMap((line, i) => [
      ...(i ? [el("w:br")] : []),
      line.trim() === line ? el("w:t", undefined, line) : el("w:t", { "xml:space": "preserve" }, line),
    ]);
}

/**
 * The register table, as the frame's `docxTable` but at 9 pt: grey bold header row repeated on every page
 * (tblHeader), rows never split across pages (cantSplit), fixed widths so rows grow in height to their wrapped text.
 * A 10,000-row extract has 150,000 cells: they are written as plain WordprocessingML, which packs about four times
 * faster than `docx` TableCell objects (and the padding, borders and font come once from the table and the
 * document default instead of once per cell).
 */
async function registerTable(headers: string[], rows: string[][], widths: number[], empty: string) {
  const d = await import("docx");
  const cell = (text: string, i: number, o: { header?: boolean; keepNext?: boolean; span?: number } = {}) => {
    const span = o.span ?? 1;
    // Body cells take their width from the table grid (fixed layout); only what differs is written per cell.
    const tcPr = [
      ...(o.header || span > 1
        ? [el("w:tcW", { "w:type": "dxa", "w:w": widths.slice(i, i + span).reduce((a, b) => a + b, 0) })]
        : []),
      ...(span > 1 ? [el("w:gridSpan", { "w:val": span })] : []),
      ...(o.header
        ? [
            el("w:shd", { "w:fill": GREY, "w:color": "auto", "w:val": "clear" }),
            el("w:vAlign", { "w:val": "center" }),
          ]
        : []),
    ];
    const pPr = [...(o.keepNext ? [el("w:keepNext")] : []), ...(o.header || !LEFT.has(i) ? [CENTRE] : [])];
    return el(
      "w:tc",
      undefined,
      ...(tcPr.length ? [el("w:tcPr", undefined, ...tcPr)] : []),
      el(
        "w:p",
        undefined,
        ...(pPr.length ? [el("w:pPr", undefined, ...pPr)] : []),
        el("w:r", undefined, el("w:rPr", undefined, ...(o.header ? BOLD_RUN : RUN)), ...textRun(text)),
      ),
    );
  };
  const row = (cells: Xml[], header = false) =>
    el(
      "w:tr",
      undefined,
      el("w:trPr", undefined, el("w:cantSplit"), ...(header ? [el("w:tblHeader")] : [])),
      ...cells,
    );
  const body = rows.length
    ? // The last row goes with the total line, so the total never stands alone on a page.
      rows.map((r, n) => row(r.map((v, i) => cell(v, i, { keepNext: n === rows.length - 1 }))))
    : [row([cell("", 0), cell(empty, 1, { span: headers.length - 1 })])];
  const table = el(
    "w:tbl",
    undefined,
    el(
      "w:tblPr",
      undefined,
      el("w:tblW", { "w:type": "dxa", "w:w": widths.reduce((a, b) => a + b, 0) }),
      el(
        "w:tblBorders",
        undefined,
        ...["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"].map((side) =>
          el(side, BORDER),
        ),
      ),
      el("w:tblLayout", { "w:type": "fixed" }),
      el(
        "w:tblCellMar",
        undefined,
        ...(["top", "left", "bottom", "right"] as const).map((side) =>
          el(`w:${side}`, { "w:type": "dxa", "w:w": PAD[side] }),
        ),
      ),
    ),
    el("w:tblGrid", undefined, ...widths.map((w) => el("w:gridCol", { "w:w": w }))),
    row(
      headers.map((h, i) => cell(h, i, { header: true })),
      true,
    ),
    ...body,
  );
  class RegisterTable extends d.FileChild {
    constructor() {
      super("w:tbl");
    }
    override prepForXml() {
      return table;
    }
  }
  return new RegisterTable();
}

export async function bukuRekodDocx(model: BukuRekodModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("./frame/docx");
  const d = await import("docx");
  const usable = f.usableWidth("landscape", BUKU_REKOD_MARGINS);
  const headers = ["Bil.", ...model.columns];
  const widths = bukuRekodColumnWidths(usable, model.columnShares);
  const rows = model.rows.map((r, i) => [String(i + 1), ...r.map(String)]);
  const table = await registerTable(headers, rows, widths, model.emptyLine);
  const total: Paragraph = new d.Paragraph({
    keepNext: true,
    spacing: { before: 100, after: 0 },
    children: [new d.TextRun({ text: model.totalLine, font: f.DOCX_FONT, bold: true, size: SIZE })],
  });
  const section = f.framedSection(
    {
      orientation: "landscape",
      margins: BUKU_REKOD_MARGINS,
      classification: model.classification,
      stamp: model.stamp,
    },
    [
      ...f.letterheadParagraphs(model.letterhead),
      ...f.titleParagraphs(model.title, model.subtitle),
      table,
      total,
      f.spacer(),
      f.signatureTable(model.signature, usable),
    ],
  );
  return f.docxBytes([section], { title: model.title, creator: "Rekod Komuniti" });
}
