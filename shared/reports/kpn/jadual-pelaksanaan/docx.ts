// Why: lays the roadmap model out as an A4 landscape Word document in the common frame; it computes nothing itself.
import type { DocxColumn, DocxRow } from "../../frame/docx";
import { isTextColumn, COLUMN_WEIGHTS } from "./layout";
import { jadualCells, type JadualModel } from "./model";

export async function jadualDocx(model: JadualModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("../../frame/docx");
  const width = f.usableWidth("landscape");
  const sum = COLUMN_WEIGHTS.reduce((a, b) => a + b, 0);
  const columns: DocxColumn[] = model.columns.map((header, i) => ({
    header,
    width: Math.floor((width * COLUMN_WEIGHTS[i]!) / sum),
    align: isTextColumn(i) ? "left" : "center",
  }));
  // A tour's rows stay on one page; the last tour's rows go with the notes and signatures.
  const rows: DocxRow[] = model.rows.map((r, i) => ({
    cells: jadualCells(r),
    keepNext: !r.lastOfTour || i === model.rows.length - 1,
  }));
  if (!rows.length) rows.push({ cells: ["", "Tiada jelajah dalam bulan ini."], section: true });
  const section = f.framedSection(
    { orientation: "landscape", classification: model.classification, stamp: model.stamp },
    [
      ...f.letterheadParagraphs(model.letterhead),
      ...f.titleParagraphs(model.title, model.subtitle),
      f.docxTable(columns, rows),
      ...f.noteParagraphs(model.notes),
      f.spacer(),
      f.signatureTable(model.signature, width),
    ],
  );
  return f.docxBytes([section], { title: model.title, creator: "Rekod Komuniti" });
}
