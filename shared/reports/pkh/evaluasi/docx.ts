// Why: lays the Lembar Evaluasi out as an A4 Word document in the common frame; it computes nothing.
import type { EvaluasiModel } from "./model";

export async function evaluasiDocx(model: EvaluasiModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("../../frame/docx");
  const { Paragraph, TextRun } = await import("docx");
  const width = f.usableWidth("portrait");
  const heading = (text: string) =>
    new Paragraph({
      spacing: { before: 240, after: 120 },
      keepNext: true,
      children: [new TextRun({ text, bold: true, font: f.DOCX_FONT, size: 22 })],
    });
  const tables = model.tables.flatMap((t) => {
    const total = t.columns.reduce((s, c) => s + c.width, 0);
    const columns = t.columns.map((c) => ({
      header: c.header,
      width: Math.floor((c.width / total) * width),
      align: c.text ? ("left" as const) : ("center" as const),
    }));
    return [
      heading(t.heading),
      t.rows.length
        ? f.docxTable(
            columns,
            t.rows.map((cells) => ({ cells })),
          )
        : new Paragraph({ children: [new TextRun({ text: "Tidak ada.", font: f.DOCX_FONT, size: 20 })] }),
    ];
  });
  return f.docxBytes(
    [
      f.framedSection(
        {
          orientation: "portrait",
          classification: model.classification,
          stamp: model.stamp,
          language: model.letterhead.language,
        },
        [
          ...f.letterheadParagraphs(model.letterhead),
          ...f.titleParagraphs(model.title, model.subtitle),
          ...tables,
          heading("E. Kesimpulan"),
          ...f.noteParagraphs(model.notes),
          f.spacer(360),
          f.signatureTable(model.signature, width),
        ],
      ),
    ],
    { title: model.title, creator: "Rekod Komuniti" },
  );
}
