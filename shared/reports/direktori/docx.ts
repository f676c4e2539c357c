// Why: lays the Direktori CBO model out as a Word booklet (A4, or A5 pages for booklet printing) in the report frame:
// the cover and the frame (letterhead, footer with page numbers and stamp, page size) made with `docx`, the contents
// and entries written as WordprocessingML directly (body-xml.ts) in the planned pages, each starting with a page
// break; the contents are PAGEREF fields to bookmarks, written with the model's page numbers, so Word shows them
// without asking and LibreOffice works them out again as it lays the pages out.
//
// Why A5 pages and not sheets imposed 4-1 / 2-3 here: Word and LibreOffice flow text, so which text falls on which
// half of a sheet is only known once they lay it out; a .docx of A5 pages is what both print as a folded booklet
// themselves (LibreOffice: Cetak > Reka letak halaman > Brosur; Word: the printer's "Booklet" layout, or Reka Letak >
// Berbilang halaman: Lipatan buku), and so does any PDF reader with the print view's A5 PDF. The screen says so.
import { direktoriBodyXml } from "./body-xml";
import { PAPER, twips } from "./pages";
import type { DirektoriModel } from "./model";

/** Stands where the body goes until the body is put in its place. */
const SLOT = "DIREKTORI-BODY-SLOT";

export async function direktoriDocx(model: DirektoriModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("../frame/docx");
  const d = await import("docx");
  const paper = PAPER[model.paper];
  const s = paper.size;
  const half = (pt: number) => Math.round(pt * 2);
  const run = (text: string, size: number, bold = false) =>
    new d.TextRun({ text, font: f.DOCX_FONT, size: half(size), bold });
  const centred = (text: string, size: number, bold: boolean, before: number, after: number) =>
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      spacing: { before, after },
      children: [run(text, size, bold)],
    });
  const a5 = model.paper === "a5";
  // Cover: letterhead, the title well down the page, what the booklet holds.
  const cover = [
    ...f.letterheadParagraphs(model.letterhead),
    centred(model.title, a5 ? 22 : 28, true, a5 ? 2400 : 3600, 160),
    ...model.subtitle.map((line, i) => centred(line, i === 0 ? s.heading : s.name, i < 2, 0, 80)),
    ...model.cover.map((line, i) => centred(line, s.text, false, i === 0 ? 480 : 0, 40)),
    new d.Paragraph({ children: [new d.TextRun(SLOT)] }),
  ];
  const section = f.framedSection(
    { orientation: "portrait", classification: null, stamp: model.stamp },
    cover,
  );
  const m = paper.margin;
  const doc = new d.Document({
    creator: "Rekod Komuniti",
    title: `${model.title} ${model.subtitle[1] ?? ""}`.trim(),
    styles: {
      default: {
        document: { run: { font: f.DOCX_FONT, size: half(s.text) }, paragraph: { spacing: { after: 0 } } },
      },
    },
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
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(await d.Packer.toArrayBuffer(doc));
  const xml = await zip.file("word/document.xml")!.async("string");
  const at = xml.indexOf(SLOT);
  const start = xml.lastIndexOf("<w:p>", at);
  const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
  if (at < 0 || start < 0) throw new Error("direktori: body slot not found");
  zip.file("word/document.xml", xml.slice(0, start) + direktoriBodyXml(model) + xml.slice(end));
  return new Uint8Array(
    await zip.generateAsync({
      type: "arraybuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    }),
  );
}
