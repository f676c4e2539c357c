// Why: lays the monthly statistics model out as an A4 landscape Word document (a section per sheet); it computes nothing itself.
import type { DocxColumn, DocxRow } from "../frame/docx";
import type { StatistikKesModel } from "./model";

export async function statistikKesDocx(model: StatistikKesModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("../frame/docx");
  const width = f.usableWidth("landscape");
  const bil = 560;
  const month = 660;
  const total = 900;
  const columns: DocxColumn[] = model.columns.map((header, i) => ({
    header,
    width:
      i === 0
        ? bil
        : i === 1
          ? width - bil - 12 * month - total
          : i === model.columns.length - 1
            ? total
            : month,
    align: i === 1 ? "left" : "center",
  }));
  const sections = model.sheets.map((sheet, n) => {
    // Signed once, at the end: under the last table, as the printed copy and the workbook are.
    const signed = n === model.sheets.length - 1;
    // The last rows go with the notes and the signature block, so the block never stands alone on a page.
    const keep = sheet.rows.length - 3;
    const rows: DocxRow[] = sheet.rows.map((r, i) =>
      r.kind === "section"
        ? { cells: [r.bil, r.label], section: true }
        : {
            cells: [r.bil, r.label, ...r.months, r.total],
            bold: r.kind !== "item",
            indent: r.indent,
            keepNext: i >= keep,
          },
    );
    return f.framedSection(
      { orientation: "landscape", classification: model.classification, stamp: model.stamp },
      [
        ...f.letterheadParagraphs(model.letterhead),
        ...f.titleParagraphs(model.title, sheet.subtitle),
        f.docxTable(columns, rows),
        ...f.noteParagraphs(model.notes),
        ...(signed ? [f.spacer(), f.signatureTable(model.signature, width)] : []),
      ],
    );
  });
  return f.docxBytes(sections, { title: model.title, creator: "Rekod Komuniti" });
}
