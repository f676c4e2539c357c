// Why: lays the Profail Komuniti model out as an A4 portrait Word document; it computes nothing itself.
import type { FileChild } from "docx";
import type { DocxColumn } from "../frame/docx";
import type { PkBlock, PkCell, PkTable, ProfailKomunitiModel } from "./model";

type Docx = typeof import("docx");
type Frame = typeof import("../frame/docx");

/** Column widths (twips) and alignment of each table, by its key; the widest text column takes what is left. */
const LAYOUT: Record<PkTable["id"], { widths: (number | null)[]; align: DocxColumn["align"][] }> = {
  identity: { widths: [600, 3000, null], align: ["center", "left", "left"] },
  summary: { widths: [600, null, 1600, 2400], align: ["center", "left", "center", "left"] },
  ageBands: {
    widths: [600, null, 1500, 1500, 1500],
    align: ["center", "left", "center", "center", "center"],
  },
  ethnic: { widths: [600, null, 2000], align: ["center", "left", "center"] },
  groups: { widths: [600, null, 2000], align: ["center", "left", "center"] },
  organisations: {
    widths: [600, null, 1500, 2700, 1500],
    align: ["center", "left", "left", "left", "left"],
  },
  needs: { widths: [600, null, 1100, 3900, 1300], align: ["center", "left", "center", "left", "center"] },
};

const TABLE_SIZE = 18;
const GREY = "D9D9D9";

function columnsOf(table: PkTable, width: number): DocxColumn[] {
  const layout = LAYOUT[table.id];
  const fixed = layout.widths.reduce<number>((s, w) => s + (w ?? 0), 0);
  return table.columns.map((header, i) => ({
    header,
    width: layout.widths[i] ?? width - fixed,
    align: layout.align[i],
  }));
}

/**
 * A table like the frame's `docxTable` (grey header repeated on every page, rows that do not split) whose cells may
 * hold several lines.
 */
function linesTable(
  d: Docx,
  f: Frame,
  columns: DocxColumn[],
  rows: { cells: PkCell[]; bold?: boolean; keepNext?: boolean }[],
) {
  const align = (a: DocxColumn["align"]) =>
    a === "right" ? d.AlignmentType.RIGHT : a === "left" ? d.AlignmentType.LEFT : d.AlignmentType.CENTER;
  const cell = (value: PkCell, col: DocxColumn, o: { bold?: boolean; header?: boolean }) =>
    new d.TableCell({
      width: { size: col.width, type: d.WidthType.DXA },
      verticalAlign: o.header ? d.VerticalAlignTable.CENTER : d.VerticalAlignTable.TOP,
      margins: { top: 10, bottom: 10, left: 60, right: 60 },
      shading: o.header ? { type: d.ShadingType.CLEAR, color: "auto", fill: GREY } : undefined,
      children: (Array.isArray(value) ? value : [value]).map(
        (line) =>
          new d.Paragraph({
            alignment: o.header ? d.AlignmentType.CENTER : align(col.align),
            spacing: { before: 0, after: 0 },
            children: [new d.TextRun({ text: line, font: f.DOCX_FONT, bold: o.bold, size: TABLE_SIZE })],
          }),
      ),
    });
  const header = new d.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => cell(c.header, c, { bold: true, header: true })),
  });
  const body = rows.map(
    (r) =>
      new d.TableRow({
        cantSplit: true,
        keepNext: r.keepNext,
        children: columns.map((c, i) => cell(r.cells[i] ?? "", c, { bold: r.bold })),
      }),
  );
  return new d.Table({
    width: { size: columns.reduce((s, c) => s + c.width, 0), type: d.WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: d.TableLayoutType.FIXED,
    rows: [header, ...body],
  });
}

export async function profailKomunitiDocx(model: ProfailKomunitiModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("../frame/docx");
  const d = await import("docx");
  const width = f.usableWidth("portrait");
  const run = (text: string, o: { bold?: boolean; size?: number } = {}) =>
    new d.TextRun({ text, font: f.DOCX_FONT, bold: o.bold, size: o.size ?? 22 });

  const heading = (text: string) =>
    new d.Paragraph({
      keepNext: true,
      spacing: { before: 280, after: 100 },
      children: [run(text, { bold: true })],
    });
  const subheading = (text: string) =>
    new d.Paragraph({
      keepNext: true,
      spacing: { before: 160, after: 60 },
      children: [run(text, { bold: true, size: 20 })],
    });
  const textLines = (lines: string[], keep: boolean) =>
    lines.map(
      (line, i) =>
        new d.Paragraph({
          keepNext: keep,
          spacing: { before: i === 0 ? 40 : 0, after: 40 },
          children: [run(line)],
        }),
    );
  /**
   * A small table (up to 10 rows) is kept whole on one page; `keepLast`: its last rows (up to 3) also stay on the
   * page of what follows (notes, or the signature block).
   */
  const table = (t: PkTable, keepLast: boolean) => {
    const columns = columnsOf(t, width);
    const n = t.rows.length;
    const keepFrom = keepLast ? n - 3 : n - 1;
    const rows = t.rows.map((r, i) => ({ ...r, keepNext: n <= 10 ? i < n - 1 || keepLast : i >= keepFrom }));
    const multi = t.rows.some((r) => r.cells.some((c) => Array.isArray(c)));
    return multi
      ? linesTable(d, f, columns, rows)
      : f.docxTable(
          columns,
          rows.map((r) => ({ ...r, cells: r.cells.map((c) => (Array.isArray(c) ? c.join(" ") : c)) })),
        );
  };
  // A note under a table stays with the table (the table's last rows keep with it) but not with what follows,
  // so a section of several tables and notes may break between them.
  const notes = (lines: string[], keep: boolean) =>
    keep
      ? f.noteParagraphs(lines)
      : lines.map(
          (n, i) =>
            new d.Paragraph({
              spacing: { before: i === 0 ? 80 : 0, after: 0 },
              children: [new d.TextRun({ text: n, font: f.DOCX_FONT, italics: true, size: 16 })],
            }),
        );
  const block = (b: PkBlock, next: PkBlock | undefined, keep: boolean): FileChild[] =>
    b.kind === "subheading"
      ? [subheading(b.text)]
      : b.kind === "table"
        ? [table(b.table, keep || next?.kind === "notes")]
        : b.kind === "notes"
          ? notes(b.lines, keep)
          : textLines(b.lines, keep);
  // The last section goes with the closing notes and the signature block, so the block never stands alone.
  const last = model.sections.length - 1;
  const sections = model.sections.flatMap((s, k) => [
    heading(s.heading),
    ...s.blocks.flatMap((b, i) => block(b, s.blocks[i + 1], k === last)),
  ]);

  const children = [
    ...f.letterheadParagraphs(model.letterhead),
    ...f.titleParagraphs(model.title, model.subtitle),
    ...sections,
    f.spacer(240),
    ...f.noteParagraphs(model.closingNotes),
    f.spacer(),
    f.signatureTable(model.signature, width),
  ];
  return f.docxBytes(
    [
      f.framedSection(
        { orientation: "portrait", classification: model.classification, stamp: model.stamp },
        children,
      ),
    ],
    { title: model.title, creator: "Rekod Komuniti" },
  );
}
