// Why: lays the Laporan Pendamping model out as an A4 portrait Word document: cover, content, signatures, then the
// attachments (data, attendance lists, CKP, photos), in the Indonesian frame; it computes nothing itself.
import type { FileChild } from "docx";
import { photoGrid } from "../../frame/photo-grid";
import type { LaporanPendampingModel } from "./model";

const SIZE = { text: 22, heading: 24, small: 20 };

export async function laporanPendampingDocx(model: LaporanPendampingModel): Promise<Uint8Array<ArrayBuffer>> {
  const f = await import("../../frame/docx");
  const d = await import("docx");
  const width = f.usableWidth("portrait");
  const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
    new d.TextRun({ text, font: f.DOCX_FONT, bold: o.bold, italics: o.italics, size: o.size ?? SIZE.text });
  const heading = (text: string, o: { pageBreakBefore?: boolean; before?: number } = {}) =>
    new d.Paragraph({
      keepNext: true,
      keepLines: true,
      pageBreakBefore: o.pageBreakBefore,
      spacing: { before: o.before ?? 240, after: 120 },
      children: [run(text, { bold: true, size: SIZE.heading })],
    });
  const paragraphs = (text: string) =>
    text.split(/\n+/).map(
      (line) =>
        new d.Paragraph({
          alignment: d.AlignmentType.JUSTIFIED,
          spacing: { after: 120, line: 300 },
          children: [run(line)],
        }),
    );
  const table = (
    columns: { header: string; share: number; align?: "left" | "center" }[],
    rows: (string | number)[][],
  ) => {
    const total = columns.reduce((s, c) => s + c.share, 0);
    return f.docxTable(
      columns.map((c) => ({
        header: c.header,
        width: Math.floor((c.share / total) * width),
        align: c.align,
      })),
      rows.map((cells) => ({ cells })),
    );
  };

  // The cover: the report's particulars as a borderless two-column block under the title.
  const cover = f.docxTable(
    [
      { header: "Keterangan", width: Math.floor(width * 0.35), align: "left" },
      { header: "Isi", width: width - Math.floor(width * 0.35), align: "left" },
    ],
    model.cover.map((c) => ({ cells: [c.label, c.value] })),
  );
  const children: FileChild[] = [
    ...f.letterheadParagraphs(model.letterhead),
    ...f.titleParagraphs(model.title, model.subtitle),
    f.spacer(240),
    cover,
    heading("ISI LAPORAN", { pageBreakBefore: true, before: 0 }),
    ...model.content.flatMap((s) => [heading(s.heading), ...paragraphs(s.text)]),
    f.spacer(360),
    f.signatureTable(model.signature, width),
    heading("LAMPIRAN", { pageBreakBefore: true, before: 0 }),
    heading("A. Data Hasil Kegiatan"),
    table(
      [
        { header: "No", share: 1 },
        { header: "Uraian", share: 8, align: "left" },
        { header: "Jumlah", share: 2 },
      ],
      model.data.map((r, i) => [i + 1, r.label, r.value]),
    ),
    heading("B. Daftar Hadir Peserta"),
  ];
  if (model.attendance.length === 0)
    children.push(...paragraphs("Tidak ada pertemuan P2K2 pada periode ini."));
  for (const list of model.attendance) {
    children.push(
      new d.Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 80 },
        children: [run(list.heading, { bold: true, size: SIZE.small })],
      }),
      table(
        [
          { header: "No", share: 1 },
          { header: "Nama KPM", share: 7, align: "left" },
          { header: "No. KPM", share: 3 },
          { header: "Kehadiran", share: 2 },
        ],
        list.rows.map((r) => [r.no, r.name, r.kpmNo, r.status]),
      ),
      new d.Paragraph({
        spacing: { before: 60, after: 120 },
        children: [run(list.summary, { italics: true, size: SIZE.small })],
      }),
    );
  }
  children.push(heading("C. Check List Kegiatan Peserta (CKP)"));
  if (model.ckp.length === 0) children.push(...paragraphs("Tidak ada CKP yang dicatat pada periode ini."));
  for (const list of model.ckp) {
    children.push(
      new d.Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 80 },
        children: [run(list.heading, { bold: true, size: SIZE.small })],
      }),
      table(
        [
          { header: "No", share: 1 },
          { header: "Nama KPM", share: 6, align: "left" },
          ...list.items.map((item) => ({ header: item, share: 2.5 })),
        ],
        list.rows.map((r) => [r.no, r.name, ...r.checks.map((c) => (c ? "Ya" : "-"))]),
      ),
    );
  }
  children.push(heading("D. Foto Dokumentasi"));
  if (model.photos.length) children.push(photoGrid(d, model.photos, width, run));
  else children.push(...paragraphs("Tidak ada foto dokumentasi."));

  return f.docxBytes(
    [
      f.framedSection(
        { orientation: "portrait", classification: model.classification, stamp: model.stamp, language: "id" },
        children,
      ),
    ],
    { title: model.title, creator: "Rekod Komuniti" },
  );
}
