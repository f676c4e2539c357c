// Why: lays the Laporan Siasatan model out as an A4 portrait Word document, SULIT top and bottom; it computes nothing itself.
import type { FileChild } from "docx";
import type { DocxColumn } from "../frame/docx";
import type { SiasatanModel, SzBlock, SzTable } from "./model";

/** Column widths (twips) and alignment of each table; the column with a null width takes what is left. */
const LAYOUT: Record<SzTable["id"], { widths: (number | null)[]; align: DocxColumn["align"][] }> = {
  household: {
    widths: [500, null, 1300, 1550, 600, 1450, 1500],
    align: ["center", "left", "left", "center", "center", "left", "right"],
  },
  money: { widths: [600, null, 2000], align: ["center", "left", "right"] },
};
const LABEL_WIDTH = 4000;
const COLON_WIDTH = 250;

export async function siasatanDocx(model: SiasatanModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("../frame/docx");
  const d = await import("docx");
  const width = f.usableWidth("portrait");
  const run = (text: string, o: { bold?: boolean; size?: number } = {}) =>
    new d.TextRun({ text, font: f.DOCX_FONT, bold: o.bold, size: o.size ?? 22 });
  const none = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const noBorders = { top: none, bottom: none, left: none, right: none };

  const heading = (text: string) =>
    new d.Paragraph({
      keepNext: true,
      spacing: { before: 280, after: 100 },
      children: [run(text, { bold: true })],
    });

  /**
   * "Label : value" lines as a borderless table, so long values wrap under themselves; the lines stay together, and
   * with what follows them when `keep`.
   */
  const fields = (rows: [string, string][], keep: boolean) => {
    const cell = (text: string, w: number, bold = false) =>
      new d.TableCell({
        width: { size: w, type: d.WidthType.DXA },
        borders: noBorders,
        margins: { top: 20, bottom: 20, left: 60, right: 60 },
        children: [new d.Paragraph({ spacing: { before: 0, after: 0 }, children: [run(text, { bold })] })],
      });
    const value = width - LABEL_WIDTH - COLON_WIDTH;
    return new d.Table({
      width: { size: width, type: d.WidthType.DXA },
      columnWidths: [LABEL_WIDTH, COLON_WIDTH, value],
      layout: d.TableLayoutType.FIXED,
      borders: { ...noBorders, insideHorizontal: none, insideVertical: none },
      rows: rows.map(
        ([label, v], i) =>
          new d.TableRow({
            cantSplit: true,
            keepNext: keep || i < rows.length - 1,
            children: [cell(label, LABEL_WIDTH), cell(":", COLON_WIDTH), cell(v, value)],
          }),
      ),
    });
  };

  const table = (t: SzTable) => {
    const layout = LAYOUT[t.id];
    const fixed = layout.widths.reduce<number>((s, w) => s + (w ?? 0), 0);
    const columns: DocxColumn[] = t.columns.map((header, i) => ({
      header,
      width: layout.widths[i] ?? width - fixed,
      align: layout.align[i],
    }));
    return f.docxTable(columns, t.rows);
  };

  const text = (label: string | undefined, lines: string[], keep: boolean) => [
    ...(label
      ? [new d.Paragraph({ keepNext: true, spacing: { before: 80, after: 40 }, children: [run(label)] })]
      : []),
    ...lines.map(
      (line) =>
        new d.Paragraph({
          keepNext: keep,
          alignment: d.AlignmentType.JUSTIFIED,
          indent: { left: 120 },
          spacing: { after: 60 },
          children: [run(line)],
        }),
    ),
  ];

  /** The verdict against the PGK: bold, in a box, as the officer and the PKMD look for it first. */
  const statement = (s: string) =>
    new d.Paragraph({
      spacing: { before: 120, after: 0 },
      border: {
        top: { style: d.BorderStyle.SINGLE, size: 6, color: "000000", space: 4 },
        bottom: { style: d.BorderStyle.SINGLE, size: 6, color: "000000", space: 4 },
        left: { style: d.BorderStyle.SINGLE, size: 6, color: "000000", space: 4 },
        right: { style: d.BorderStyle.SINGLE, size: 6, color: "000000", space: 4 },
      },
      children: [run(s, { bold: true })],
    });

  /** `keep`: stays on the page of what follows (the next block of its section; the last section goes with the signature block). */
  const block = (b: SzBlock, keep: boolean): FileChild[] =>
    b.kind === "fields"
      ? [fields(b.rows, keep)]
      : b.kind === "table"
        ? [table(b.table)]
        : b.kind === "statement"
          ? [statement(b.text)]
          : b.kind === "notes"
            ? f.noteParagraphs(b.lines)
            : text(b.label, b.lines, keep);

  const children = [
    ...f.letterheadParagraphs(model.letterhead),
    ...f.titleParagraphs(model.title, model.subtitle),
    ...model.sections.flatMap((s, k) => [
      heading(s.heading),
      ...s.blocks.flatMap((b, i) => block(b, k === model.sections.length - 1 || i < s.blocks.length - 1)),
    ]),
    f.spacer(360),
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
