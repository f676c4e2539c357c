// Why: lays the Minit Mesyuarat model out as an A4 portrait Word document in the shared report frame; it computes nothing itself.
import type { FileChild } from "docx";
import type { DocxColumn } from "../frame/docx";
import type { MinitBlock, MinitModel, MinitTable } from "./model";

/** Column widths (twips, null takes what is left) and alignment of each table. */
const LAYOUT: Record<MinitTable["id"], { widths: (number | null)[]; align: DocxColumn["align"][] }> = {
  particulars: { widths: [2400, null], align: ["left", "left"] },
  attendees: { widths: [600, null, 4200], align: ["center", "left", "left"] },
  items: { widths: [600, null, 2600, 1300, 1400], align: ["center", "left", "left", "center", "center"] },
};

export async function minitDocx(model: MinitModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("../frame/docx");
  const d = await import("docx");
  const width = f.usableWidth("portrait");
  const run = (text: string, bold = false) => new d.TextRun({ text, font: f.DOCX_FONT, bold, size: 22 });
  const heading = (text: string) =>
    new d.Paragraph({ keepNext: true, spacing: { before: 280, after: 100 }, children: [run(text, true)] });
  const table = (t: MinitTable, keepLast: boolean) => {
    const layout = LAYOUT[t.id];
    const fixed = layout.widths.reduce<number>((s, w) => s + (w ?? 0), 0);
    const columns = t.columns.map((header, i) => ({
      header,
      width: layout.widths[i] ?? width - fixed,
      align: layout.align[i],
    }));
    const n = t.rows.length;
    return f.docxTable(
      columns,
      t.rows.map((cells, i) => ({
        cells,
        keepNext: n <= 8 ? i < n - 1 || keepLast : keepLast && i >= n - 3,
      })),
    );
  };
  const block = (b: MinitBlock, keep: boolean): FileChild[] =>
    b.kind === "table"
      ? [table(b.table, keep)]
      : b.lines.map(
          (line, i) =>
            new d.Paragraph({
              keepNext: keep,
              spacing: { before: i === 0 ? 40 : 0, after: 40 },
              children: [run(line)],
            }),
        );
  // The last section (action items) stays with the signature block, so the block never stands alone.
  const last = model.sections.length - 1;
  const sections = model.sections.flatMap((s, k) => [
    heading(s.heading),
    ...s.blocks.flatMap((b) => block(b, k === last)),
  ]);
  return f.docxBytes(
    [
      f.framedSection({ orientation: "portrait", classification: model.classification, stamp: model.stamp }, [
        ...f.letterheadParagraphs(model.letterhead),
        ...f.titleParagraphs(model.title, model.subtitle),
        ...sections,
        f.spacer(360),
        f.signatureTable(model.signature, width),
      ]),
    ],
    { title: model.title, creator: "Rekod Komuniti" },
  );
}
