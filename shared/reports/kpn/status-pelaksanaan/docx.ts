// Why: lays the KPN status report out as an A4 landscape Word document (the district summary signed by the district
// and the state coordinator, then one annex part per tour signed by its team leader); it computes nothing itself.
import type { FileChild } from "docx";
import type { DocxColumn, DocxRow } from "../../frame/docx";
import type { KpnStatusModel, KsTable } from "./model";
import { figureText } from "./wording";

const BIL = 560;
/** Half-points: body text of the particulars and issues. */
const TEXT = 20;

export async function kpnStatusDocx(model: KpnStatusModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("../../frame/docx");
  const d = await import("docx");
  const width = f.usableWidth("landscape");
  const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
    new d.TextRun({ text, font: f.DOCX_FONT, bold: o.bold, italics: o.italics, size: o.size ?? TEXT });
  const heading = (text: string, o: { pageBreakBefore?: boolean; before?: number } = {}) =>
    new d.Paragraph({
      keepNext: true,
      pageBreakBefore: o.pageBreakBefore,
      spacing: { before: o.before ?? 160, after: 80 },
      children: [run(text, { bold: true, size: 22 })],
    });
  const line = (text: string, keepNext = true) =>
    new d.Paragraph({ keepNext, spacing: { before: 0, after: 40 }, children: [run(text)] });

  /** A table with "Bil." narrow, the label wide and the figures sharing the rest; the last rows kept with what follows. */
  const table = (t: KsTable, label: number, keepTail = false) => {
    const rest = width - BIL - label;
    const n = t.columns.length - 2;
    const columns: DocxColumn[] = t.columns.map((header, i) => ({
      header,
      width: i === 0 ? BIL : i === 1 ? label : Math.floor(rest / n),
      align: i === 1 ? "left" : "center",
    }));
    const rows: DocxRow[] = t.rows.map((r, i) =>
      r.kind === "section"
        ? { cells: [r.bil, r.label], section: true }
        : {
            cells: [r.bil, r.label, ...r.cells.map(figureText)],
            bold: r.kind === "total",
            indent: r.indent,
            keepNext: keepTail && i >= t.rows.length - 2,
          },
    );
    return f.docxTable(columns, rows);
  };

  const children: FileChild[] = [
    ...f.letterheadParagraphs(model.letterhead),
    ...f.titleParagraphs(model.title, model.subtitle),
    heading(model.district.heading, { before: 0 }),
    ...model.district.lines.map((l) => line(l)),
  ];
  model.district.figures.forEach((t, i) => {
    if (i > 0) children.push(line("(sambungan)"));
    children.push(table(t, 5200));
  });
  children.push(heading(model.district.stockHeading, { before: 240 }), table(model.district.stock, 4200));
  children.push(
    heading(model.district.servicesHeading, { before: 240 }),
    table(model.district.services, 5200, true),
  );
  children.push(...f.noteParagraphs(model.notes));
  // The district summary is the report the state coordinator confirms; each tour after it is signed by its leader.
  children.push(f.spacer(360), f.signatureTable(model.signature, width));

  model.tours.forEach((tour, n) => {
    children.push(heading(n === 0 ? model.toursHeading : tour.heading, { pageBreakBefore: true, before: 0 }));
    if (n === 0) children.push(heading(tour.heading, { before: 80 }));
    children.push(...tour.lines.map((l) => line(l)));
    tour.figures.forEach((t, i) => {
      if (i > 0) children.push(line("(sambungan)"));
      children.push(table(t, 4600));
    });
    children.push(heading("Stok bakul makanan", { before: 200 }), table(tour.stock, 4200));
    children.push(heading(tour.issuesHeading, { before: 200 }));
    tour.issues.forEach((l, i) => children.push(line(`${i + 1}. ${l}`)));
    children.push(f.spacer(), f.signatureTable(tour.signature, width));
  });

  return f.docxBytes(
    [
      f.framedSection(
        { orientation: "landscape", classification: model.classification, stamp: model.stamp },
        children,
      ),
    ],
    { title: model.title, creator: "Rekod Komuniti" },
  );
}
