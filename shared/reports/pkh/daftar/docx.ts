// Why: lays any PKH Daftar list out as an A4 Word document in the common frame (Indonesian words); it computes nothing.
import type { DaftarModel } from "./model";

export async function daftarDocx(model: DaftarModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("../../frame/docx");
  const width = f.usableWidth(model.orientation);
  const total = model.columns.reduce((s, c) => s + c.width, 0);
  const columns = model.columns.map((c) => ({
    header: c.header,
    width: Math.floor((c.width / total) * width),
    align: c.text ? ("left" as const) : ("center" as const),
  }));
  const n = model.rows.length;
  // The last rows stay on the page of the signature block, so the block never stands alone.
  const table = f.docxTable(
    columns,
    model.rows.map((cells, i) => ({ cells, keepNext: i >= n - 2, minHeight: model.rowHeight })),
  );
  return f.docxBytes(
    [
      f.framedSection(
        {
          orientation: model.orientation,
          classification: model.classification,
          stamp: model.stamp,
          language: model.letterhead.language,
        },
        [
          ...f.letterheadParagraphs(model.letterhead),
          ...f.titleParagraphs(model.title, model.subtitle),
          table,
          ...f.noteParagraphs(model.notes),
          f.spacer(360),
          f.signatureTable(model.signature, width),
        ],
      ),
    ],
    { title: model.title, creator: "Rekod Komuniti" },
  );
}
