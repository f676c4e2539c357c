// Why: the booklet's contents and entries as WordprocessingML text, written directly: thousands of repetitive
// paragraphs built as `docx` objects take seconds (a 1,000-organisation booklet, ~9 s), as strings a few milliseconds.
// The docx writer places this body into the document `docx` makes for the frame (styles, cover, footer, page size).
import { AFTER_FIELD, AREA_AFTER, AREA_BEFORE, PAGE_NO_ROOM, PAPER, bodyBox, twips } from "./pages";
import {
  areaHeading,
  entryHeading,
  type ContentsLine,
  type DirektoriEntry,
  type DirektoriModel,
} from "./model";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

type RunStyle = { size: number; bold?: boolean; italics?: boolean };
const rPr = (o: RunStyle) =>
  `<w:rPr>${o.bold ? "<w:b/><w:bCs/>" : ""}${o.italics ? "<w:i/><w:iCs/>" : ""}<w:sz w:val="${o.size * 2}"/><w:szCs w:val="${o.size * 2}"/></w:rPr>`;
/** A run of text; line breaks in it are kept. */
const run = (text: string, o: RunStyle) =>
  text
    .split(/\r?\n/)
    .map((line, i) => `<w:r>${rPr(o)}${i ? "<w:br/>" : ""}<w:t xml:space="preserve">${esc(line)}</w:t></w:r>`)
    .join("");
const tab = (o: RunStyle) => `<w:r>${rPr(o)}<w:tab/></w:r>`;

type ParaStyle = {
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  /** Bottom rule (area headings). */
  rule?: boolean;
  tabs?: string;
  before?: number;
  after?: number;
  ind?: string;
  jc?: "center" | "right";
};
/** A paragraph; its properties in the order the schema requires. */
const para = (p: ParaStyle, body: string) =>
  `<w:p><w:pPr>${p.keepNext ? "<w:keepNext/>" : ""}${p.keepLines ? "<w:keepLines/>" : ""}${
    p.pageBreakBefore ? "<w:pageBreakBefore/>" : ""
  }${p.rule ? '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' : ""}${
    p.tabs ?? ""
  }<w:spacing w:before="${twips(p.before ?? 0)}" w:after="${twips(p.after ?? 0)}"/>${p.ind ?? ""}${
    p.jc ? `<w:jc w:val="${p.jc}"/>` : ""
  }</w:pPr>${body}</w:p>`;

/** A PAGEREF field to `bookmark` (a link in Word), written with the page the model planned for it. */
const pageRef = (bookmark: string, page: number, o: RunStyle) =>
  `<w:r>${rPr(o)}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr(o)}<w:instrText xml:space="preserve"> PAGEREF ${bookmark} \\h </w:instrText></w:r>` +
  `<w:r>${rPr(o)}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr(o)}<w:t>${page}</w:t></w:r><w:r>${rPr(o)}<w:fldChar w:fldCharType="end"/></w:r>`;

const NIL = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((b) => `<w:${b} w:val="nil"/>`)
  .join("");

/** The body after the cover: the contents pages, then the entries' pages, each planned page starting a new page. */
export function direktoriBodyXml(model: DirektoriModel): string {
  const paper = PAPER[model.paper];
  const box = bodyBox(paper);
  const s = paper.size;
  const out: string[] = [];
  let bookmarkId = 0;
  const bookmarked = (name: string, body: string) => {
    bookmarkId += 1;
    return `<w:bookmarkStart w:id="${bookmarkId}" w:name="${name}"/>${body}<w:bookmarkEnd w:id="${bookmarkId}"/>`;
  };

  // Contents lines are rows of a borderless table: the text (dots to its cell's end) and the page number in a column
  // of its own, so a long name wraps before the number and never runs into it.
  const numberCol = twips(PAGE_NO_ROOM);
  const textCol = twips(box.width) - numberCol;
  const c = { size: s.contents };
  const lineRow = (l: Extract<ContentsLine, { kind: "line" }>) => {
    const after = l.indent ? 1 : 2;
    return (
      `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="${textCol}" w:type="dxa"/></w:tcPr>` +
      para(
        {
          tabs: `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${textCol - 60}"/></w:tabs>`,
          after,
          ind: `<w:ind w:left="${l.indent ? 280 : 140}"/>`,
        },
        run(l.text, c) + tab(c),
      ) +
      `</w:tc><w:tc><w:tcPr><w:tcW w:w="${numberCol}" w:type="dxa"/><w:vAlign w:val="bottom"/></w:tcPr>` +
      para({ after, jc: "right" }, pageRef(l.bookmark, l.page, c)) +
      `</w:tc></w:tr>`
    );
  };
  const table = (rows: Extract<ContentsLine, { kind: "line" }>[]) =>
    `<w:tbl><w:tblPr><w:tblW w:w="${textCol + numberCol}" w:type="dxa"/><w:tblBorders>${NIL}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${textCol}"/><w:gridCol w:w="${numberCol}"/></w:tblGrid>${rows.map(lineRow).join("")}</w:tbl>`;
  const heading = (l: Exclude<ContentsLine, { kind: "line" }>, first: boolean) => {
    const pageBreakBefore = first;
    if (l.kind === "heading")
      return para({ pageBreakBefore, after: 8, jc: "center" }, run(l.text, { size: s.heading, bold: true }));
    if (l.kind === "section")
      return para(
        { pageBreakBefore, keepNext: true, before: 8, after: 2 },
        run(l.text, { ...c, bold: true }),
      );
    return para(
      { pageBreakBefore, keepNext: true, before: 4, after: 2, ind: '<w:ind w:left="140"/>' },
      run(l.text, { ...c, bold: true, italics: true }),
    );
  };
  for (const page of model.contentsPages) {
    let rows: Extract<ContentsLine, { kind: "line" }>[] = [];
    const flush = () => {
      if (rows.length) out.push(table(rows));
      rows = [];
    };
    page.forEach((l, i) => {
      if (l.kind === "line") {
        // A table cannot start a page itself: a break in a paragraph 1 pt high does.
        if (i === 0)
          out.push(
            '<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before="0" w:after="0"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>',
          );
        rows.push(l);
        return;
      }
      flush();
      out.push(heading(l, i === 0));
    });
    flush();
  }
  if (!model.entries.length)
    out.push(para({ before: 12 }, run("Tiada organisasi bagi pilihan ini.", { size: s.text })));

  const label = twips(paper.label);
  const text = { size: s.text };
  const fieldPara = (f: { label: string; value: string }) =>
    para(
      {
        keepNext: true,
        keepLines: true,
        tabs: `<w:tabs><w:tab w:val="left" w:pos="${label}"/></w:tabs>`,
        after: AFTER_FIELD,
        ind: `<w:ind w:left="${label}" w:hanging="${label}"/>`,
      },
      run(f.label, { ...text, bold: true }) + tab(text) + run(f.value, text),
    );
  const entry = (e: DirektoriEntry, first: boolean) =>
    para(
      { pageBreakBefore: first, keepNext: true, keepLines: true, before: paper.gap, after: 2 },
      bookmarked(e.bookmark, run(entryHeading(e), { size: s.name, bold: true })),
    ) +
    e.fields.map(fieldPara).join("") +
    para({ keepLines: true, after: AFTER_FIELD }, run(e.confirmed, { ...text, italics: true }));
  for (const page of model.entryPages)
    page.forEach((b, i) =>
      out.push(
        b.kind === "entry"
          ? entry(b.entry, i === 0)
          : para(
              {
                pageBreakBefore: i === 0,
                keepNext: true,
                rule: true,
                before: AREA_BEFORE,
                after: AREA_AFTER,
              },
              b.continued
                ? run(areaHeading(b.area, true), { size: s.area, bold: true })
                : bookmarked(b.area.bookmark, run(areaHeading(b.area), { size: s.area, bold: true })),
            ),
      ),
    );
  return out.join("");
}
