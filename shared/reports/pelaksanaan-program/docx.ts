// Why: lays the programme implementation model out as an A4 portrait Word document (summary table, one section per programme with its photos); it computes nothing itself.
import type { FileChild, Paragraph as DocxParagraph, TableCell as DocxTableCell } from "docx";
import type { DocxColumn, DocxRow } from "../frame/docx";
import type { PelaksanaanProgramModel, ProgSection } from "./model";
import { fitWidths, summaryCells } from "./widths";
import { photoGrid } from "../frame/photo-grid";

/** Twips a cell's text needs for a word `units` spreadsheet units wide at the table's 9 pt, with the cell's margins (60 twips a side). */
const cellTwips = (units: number) => Math.ceil(((units * 7 - 5) * 15 * 9) / 10) + 140;
/** The label column of a programme's particulars. */
const LABEL_WIDTH = 2500;
const CELL_MARGIN = 80;
/** Half-points. */
const SIZE = { text: 20, caption: 18, heading: 22 };
const GREY = "D9D9D9";
/** A row longer than this (characters) may split across pages, so a very long text never overflows a page. */
const SPLITTABLE_CHARS = 1200;

export async function programmeDocx(model: PelaksanaanProgramModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("../frame/docx");
  const d = await import("docx");
  const width = f.usableWidth("portrait");
  const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
    new d.TextRun({ text, font: f.DOCX_FONT, bold: o.bold, italics: o.italics, size: o.size ?? SIZE.text });
  const heading = (text: string, o: { pageBreakBefore?: boolean; before?: number } = {}) =>
    new d.Paragraph({
      keepNext: true,
      keepLines: true,
      pageBreakBefore: o.pageBreakBefore,
      spacing: { before: o.before ?? 0, after: 120 },
      children: [run(text, { bold: true, size: SIZE.heading })],
    });

  // A. The summary table: each column as wide as its longest word, the rest to Program / Aktiviti and Rakan Strategik.
  const widths = fitWidths(model, {
    total: width,
    flexible: 2400,
    floor: 450,
    wholeDate: false,
    need: cellTwips,
  });
  const columns: DocxColumn[] = model.columns.map((header, i) => ({
    header,
    width: widths[i]!,
    align: i === 1 || i === 6 ? "left" : "center",
  }));
  const rows: DocxRow[] = model.rows.map((r) => ({
    cells: summaryCells(r),
  }));
  if (model.emptyNote) rows.push({ cells: ["", model.emptyNote], section: true });
  rows.push({
    cells: ["", model.total.label, "", "", "", model.total.participants, "", ""],
    bold: true,
  });

  const children: FileChild[] = [
    ...f.letterheadParagraphs(model.letterhead),
    ...f.titleParagraphs(model.title, model.subtitle),
    heading(model.summaryHeading, { before: 120 }),
    f.docxTable(columns, rows),
    ...f.noteParagraphs(model.notes),
  ];

  // B. One section per programme, each starting on a new page.
  model.sections.forEach((s, i) => {
    if (i === 0 && model.detailHeading)
      children.push(heading(model.detailHeading, { pageBreakBefore: true }));
    children.push(heading(s.heading, { pageBreakBefore: i > 0 }));
    children.push(particulars(d, f, s, width, run));
    children.push(heading(s.photosHeading, { before: 240 }));
    if (s.photos.length) children.push(photoGrid(d, s.photos, width, run));
    if (s.photoNote)
      children.push(
        new d.Paragraph({
          keepNext: true,
          spacing: { before: 60, after: 0 },
          children: [run(s.photoNote, { italics: true, size: SIZE.caption })],
        }),
      );
  });

  children.push(f.spacer(480), f.signatureTable(model.signature, width));
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

type Docx = typeof import("docx");
type Frame = typeof import("../frame/docx");
type Run = (
  text: string,
  o?: { bold?: boolean; italics?: boolean; size?: number },
) => InstanceType<Docx["TextRun"]>;

/** The programme's particulars: a bordered two-column table, the label (grey, bold) beside its lines. */
function particulars(d: Docx, f: Frame, s: ProgSection, width: number, run: Run) {
  const cell = (w: number, paragraphs: DocxParagraph[], fill: boolean): DocxTableCell =>
    new d.TableCell({
      width: { size: w, type: d.WidthType.DXA },
      margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
      shading: fill ? { type: d.ShadingType.CLEAR, color: "auto", fill: GREY } : undefined,
      children: paragraphs,
    });
  const para = (text: string, bold = false) =>
    new d.Paragraph({ spacing: { before: 0, after: 40 }, children: [run(text, { bold })] });
  return new d.Table({
    width: { size: width, type: d.WidthType.DXA },
    columnWidths: [LABEL_WIDTH, width - LABEL_WIDTH],
    layout: d.TableLayoutType.FIXED,
    rows: s.items.map(
      (item) =>
        new d.TableRow({
          cantSplit: item.lines.join("").length < SPLITTABLE_CHARS,
          children: [
            cell(LABEL_WIDTH, [para(item.label, true)], true),
            cell(
              width - LABEL_WIDTH,
              item.lines.map((l) => para(l)),
              false,
            ),
          ],
        }),
    ),
  });
}
