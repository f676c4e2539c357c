// Why: lays the Direktori CBO model out as a Word booklet (A4, or A5 pages for booklet printing) in the report frame:
// each planned page starts with a page break, and the contents are PAGEREF fields to bookmarks, written with the
// model's page numbers, so Word shows them without asking and LibreOffice works them out again as it lays out.
//
// Why A5 pages and not sheets imposed 4-1 / 2-3 here: Word and LibreOffice flow text, so which text falls on which
// half of a sheet is only known once they lay it out; a .docx of A5 pages is what both print as a folded booklet
// themselves (LibreOffice: Cetak > Reka letak halaman > Brosur; Word: the printer's "Booklet" layout, or Reka Letak >
// Berbilang halaman: Lipatan buku), and so does any PDF reader with the print view's A5 PDF. The screen says so.
import type { FileChild, Paragraph as ParagraphType, ParagraphChild } from "docx";
import { AFTER_FIELD, AREA_AFTER, AREA_BEFORE, PAGE_NO_ROOM, PAPER, bodyBox, twips } from "./pages";
import {
  areaHeading,
  entryHeading,
  type ContentsLine,
  type DirektoriEntry,
  type DirektoriModel,
} from "./model";

export async function direktoriDocx(model: DirektoriModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("../frame/docx");
  const d = await import("docx");
  const paper = PAPER[model.paper];
  const box = bodyBox(paper);
  const s = paper.size;
  const half = (pt: number) => Math.round(pt * 2);
  const run = (text: string, o: { size?: number; bold?: boolean; italics?: boolean; brk?: boolean } = {}) =>
    new d.TextRun({
      text,
      font: f.DOCX_FONT,
      size: half(o.size ?? s.text),
      bold: o.bold,
      italics: o.italics,
      break: o.brk ? 1 : undefined,
    });
  /** Text with its line breaks kept. */
  const runs = (text: string, o: { size?: number; bold?: boolean } = {}) =>
    text.split(/\r?\n/).map((line, i) => run(line, { ...o, brk: i > 0 }));
  const centred = (children: ParagraphChild[], before = 0, after = 0) =>
    new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { before, after }, children });

  // Cover: letterhead, the title well down the page, what the booklet holds.
  const cover: FileChild[] = [
    ...f.letterheadParagraphs(model.letterhead),
    centred(
      [run(model.title, { size: model.paper === "a5" ? 22 : 28, bold: true })],
      model.paper === "a5" ? 2400 : 3600,
      160,
    ),
    ...model.subtitle.map((line, i) =>
      centred([run(line, { size: i === 0 ? s.heading : s.name, bold: i < 2 })], 0, 80),
    ),
    ...model.cover.map((line, i) => centred([run(line, { size: s.text })], i === 0 ? 480 : 0, 40)),
  ];

  // Contents lines are rows of a borderless table: the text (dots to its cell's end) and the page number in a
  // column of its own, so a long name wraps before the number and never runs into it.
  const numberCol = twips(PAGE_NO_ROOM);
  const textCol = twips(box.width) - numberCol;
  const NONE = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
  const cellMargins = { top: 0, bottom: 0, left: 0, right: 0 };
  const lineRow = (l: Extract<ContentsLine, { kind: "line" }>) =>
    new d.TableRow({
      cantSplit: true,
      children: [
        new d.TableCell({
          width: { size: textCol, type: d.WidthType.DXA },
          borders: noBorders,
          margins: cellMargins,
          children: [
            new d.Paragraph({
              indent: { left: l.indent ? 280 : 140 },
              tabStops: [{ type: d.TabStopType.RIGHT, position: textCol - 60, leader: d.LeaderType.DOT }],
              spacing: { after: l.indent ? 20 : 40 },
              children: [run(`${l.text}\t`, { size: s.contents })],
            }),
          ],
        }),
        new d.TableCell({
          width: { size: numberCol, type: d.WidthType.DXA },
          borders: noBorders,
          margins: cellMargins,
          verticalAlign: d.VerticalAlignTable.BOTTOM,
          children: [
            new d.Paragraph({
              alignment: d.AlignmentType.RIGHT,
              spacing: { after: l.indent ? 20 : 40 },
              children: [new d.PageReference(l.bookmark, { hyperlink: true })],
            }),
          ],
        }),
      ],
    });
  const lineTable = (rows: Extract<ContentsLine, { kind: "line" }>[]) =>
    new d.Table({
      width: { size: textCol + numberCol, type: d.WidthType.DXA },
      columnWidths: [textCol, numberCol],
      layout: d.TableLayoutType.FIXED,
      borders: { ...noBorders, insideHorizontal: NONE, insideVertical: NONE },
      rows: rows.map(lineRow),
    });
  /** A page's first block when it is a table, which cannot start a page itself: a break in a paragraph 1 pt high. */
  const pageBreak = () =>
    new d.Paragraph({
      pageBreakBefore: true,
      run: { size: 2 },
      spacing: { before: 0, after: 0 },
      children: [],
    });
  const heading = (l: Exclude<ContentsLine, { kind: "line" }>, first: boolean): ParagraphType => {
    const pageBreakBefore = first || undefined;
    switch (l.kind) {
      case "heading":
        return new d.Paragraph({
          pageBreakBefore,
          alignment: d.AlignmentType.CENTER,
          spacing: { after: 160 },
          children: [run(l.text, { size: s.heading, bold: true })],
        });
      case "section":
        return new d.Paragraph({
          pageBreakBefore,
          keepNext: true,
          spacing: { before: 160, after: 40 },
          children: [run(l.text, { size: s.contents, bold: true })],
        });
      case "group":
        return new d.Paragraph({
          pageBreakBefore,
          keepNext: true,
          indent: { left: 140 },
          spacing: { before: 80, after: 40 },
          children: [run(l.text, { size: s.contents, bold: true, italics: true })],
        });
    }
  };
  const contents: FileChild[] = [];
  for (const page of model.contentsPages) {
    let rows: Extract<ContentsLine, { kind: "line" }>[] = [];
    const flush = () => {
      if (rows.length) contents.push(lineTable(rows));
      rows = [];
    };
    page.forEach((l, i) => {
      if (l.kind === "line") {
        if (i === 0) contents.push(pageBreak());
        rows.push(l);
        return;
      }
      flush();
      contents.push(heading(l, i === 0));
    });
    flush();
  }
  if (!model.entries.length)
    contents.push(
      new d.Paragraph({ spacing: { before: 240 }, children: [run("Tiada organisasi bagi pilihan ini.")] }),
    );

  const label = twips(paper.label);
  const entry = (e: DirektoriEntry, first: boolean): FileChild[] => [
    new d.Paragraph({
      pageBreakBefore: first || undefined,
      keepNext: true,
      keepLines: true,
      spacing: { before: twips(paper.gap), after: 40 },
      children: [
        new d.Bookmark({ id: e.bookmark, children: [run(entryHeading(e), { size: s.name, bold: true })] }),
      ],
    }),
    ...e.fields.map(
      (field) =>
        new d.Paragraph({
          keepNext: true,
          keepLines: true,
          indent: { left: label, hanging: label },
          tabStops: [{ type: d.TabStopType.LEFT, position: label }],
          spacing: { after: twips(AFTER_FIELD) },
          children: [run(`${field.label}\t`, { bold: true }), ...runs(field.value)],
        }),
    ),
    new d.Paragraph({
      keepLines: true,
      spacing: { after: twips(AFTER_FIELD) },
      children: [run(e.confirmed, { italics: true })],
    }),
  ];
  const body: FileChild[] = model.entryPages.flatMap((page) =>
    page.flatMap((b, i) =>
      b.kind === "entry"
        ? entry(b.entry, i === 0)
        : [
            new d.Paragraph({
              pageBreakBefore: i === 0 || undefined,
              keepNext: true,
              spacing: { before: twips(AREA_BEFORE), after: twips(AREA_AFTER) },
              border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
              children: [
                new d.Bookmark({
                  id: b.area.bookmark,
                  children: [run(areaHeading(b.area), { size: s.area, bold: true })],
                }),
              ],
            }),
          ],
    ),
  );

  // The pages the model planned: the fields are written with them, as Word would number them itself.
  const pages = new Map<string, string>();
  for (const a of model.areas) pages.set(a.bookmark, String(a.page));
  for (const e of model.entries) pages.set(e.bookmark, String(e.page));
  const section = f.framedSection({ orientation: "portrait", classification: null, stamp: model.stamp }, [
    ...cover,
    ...contents,
    ...body,
  ]);
  const m = paper.margin;
  const doc = new d.Document({
    creator: "Rekod Komuniti",
    title: `${model.title} ${model.subtitle[1] ?? ""}`.trim(),
    styles: {
      default: {
        document: { run: { font: f.DOCX_FONT, size: half(s.text) }, paragraph: { spacing: { after: 0 } } },
      },
    },
    pageNumbers: () => ({
      bookmarks: pages,
      pageCount: model.pageCount,
      sectionPageCounts: [model.pageCount],
    }),
    sections: [
      {
        ...section,
        properties: {
          page: {
            size: {
              width: twips(paper.width),
              height: twips(paper.height),
              orientation: d.PageOrientation.PORTRAIT,
            },
            margin: {
              top: twips(m.top),
              bottom: twips(m.bottom),
              left: twips(m.left),
              right: twips(m.right),
              header: twips(m.header),
              footer: twips(m.footer),
            },
          },
        },
      },
    ],
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(doc));
}
