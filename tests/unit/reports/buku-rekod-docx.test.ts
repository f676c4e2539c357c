// Why: the printed Buku Rekod (.docx) is read back: SULIT on every page, the model's frame and every record, a table that fits A4 landscape.
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { bukuRekodModel } from "../../../shared/reports/buku-rekod";
import { bukuRekodColumnWidths, bukuRekodDocx } from "../../../shared/reports/buku-rekod-docx";
import { usableWidth } from "../../../shared/reports/frame/docx";
import { letterheadLines } from "../../../shared/reports/frame/text";
import { bukuRekodFixture } from "../../fixtures/reports/buku-rekod";

const model = bukuRekodModel(bukuRekodFixture(25));

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
/** The visible text of a WordprocessingML part, runs joined per paragraph. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1]!)).join(""),
  );
/** The first table of the body (the register), as its rows' cell texts. */
function firstTable(xml: string): { rows: string[][]; xml: string } {
  const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
  const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) =>
    [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join(" ")),
  );
  return { rows, xml: table };
}

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const names = Object.keys(zip.files);
  return {
    document: await part("word/document.xml"),
    headers: await Promise.all(names.filter((n) => /^word\/header\d*\.xml$/.test(n)).map(part)),
    footers: await Promise.all(names.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(part)),
  };
}

describe("buku rekod docx", () => {
  let doc: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    doc = await open(await bukuRekodDocx(model));
  });

  it("is SULIT in the page header and the page footer, with the page numbers and the stamp", () => {
    expect(doc.headers.length).toBeGreaterThan(0);
    for (const h of doc.headers) expect(paragraphs(h)).toEqual(["SULIT"]);
    expect(doc.footers.length).toBeGreaterThan(0);
    for (const f of doc.footers) {
      const lines = paragraphs(f);
      expect(lines[lines.length - 1]).toBe("SULIT");
      expect(lines).toContain(model.stamp);
      expect(model.stamp).toBe(
        "Dijana oleh Rekod Komuniti 0.1.0 pada 05/11/2026 14:30 oleh Siti Aminah binti Ahmad",
      );
      expect(f).toContain("PAGE");
      expect(f).toContain("NUMPAGES");
      expect(lines.join(" ")).toMatch(/Muka surat .*daripada/);
    }
  });

  it("prints A4 landscape with the letterhead, title block, total line and the model's signature block", () => {
    expect(doc.document).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    const text = paragraphs(doc.document);
    for (const line of letterheadLines(model.letterhead)) expect(text).toContain(line);
    expect(text).toContain("BUKU REKOD");
    for (const line of model.subtitle) expect(text).toContain(line);
    expect(text).toContain("TAPAK: PPR SERI PAHANG");
    expect(text).toContain("BULAN: OKTOBER 2026");
    expect(text).toContain("JUMLAH REKOD: 25");
    expect(model.totalLine).toBe("JUMLAH REKOD: 25");
    for (const side of model.signature) {
      expect(text).toContain(side.heading);
      for (const line of side.lines) expect(text).toContain(line);
    }
    expect(text).toContain("Nama: Siti Aminah binti Ahmad");
    expect(text).toContain("Nama: Encik Razak bin Osman");
    expect(text).toContain("Tarikh: 05/11/2026");
    // The total line and the signature come after the register table.
    const body = doc.document;
    expect(body.indexOf("JUMLAH REKOD: 25")).toBeGreaterThan(body.indexOf(model.rows.at(-1)![0] as string));
    expect(body.indexOf("Disediakan oleh:")).toBeGreaterThan(body.indexOf("JUMLAH REKOD: 25"));
    expect(body).not.toContain("<w:drawing>");
  });

  it("puts the office logo above the letterhead when there is one", async () => {
    const src = bukuRekodFixture(2);
    const png = Uint8Array.from(
      atob(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      ),
      (ch) => ch.charCodeAt(0),
    );
    src.letterhead = { ...src.letterhead, logo: { data: png, type: "png", width: 1, height: 1 } };
    const zip = await JSZip.loadAsync(await bukuRekodDocx(bukuRekodModel(src)));
    const body = await zip.file("word/document.xml")!.async("string");
    expect(Object.keys(zip.files).some((n) => n.startsWith("word/media/"))).toBe(true);
    expect(body.indexOf("<w:drawing>")).toBeGreaterThan(-1);
    expect(body.indexOf("<w:drawing>")).toBeLessThan(body.indexOf("JABATAN KEBAJIKAN MASYARAKAT MALAYSIA"));
  });

  it("has one table row per record plus the header, every record number once, in order, with Bil.", () => {
    const { rows } = firstTable(doc.document);
    expect(rows).toHaveLength(model.rows.length + 1);
    expect(rows[0]).toEqual(["Bil.", ...model.columns]);
    model.rows.forEach((r, i) => {
      expect(rows[i + 1]).toEqual([String(i + 1), ...r.map(String)]);
      expect(doc.document.split(`>${r[0]}<`)).toHaveLength(2);
    });
  });

  it("repeats the header row on every page and never splits a row; widths fill exactly the usable width", () => {
    const { xml } = firstTable(doc.document);
    const trPr = [...xml.matchAll(/<w:tr>([\s\S]*?)<w:tc>/g)].map((m) => m[1]!);
    expect(trPr[0]).toContain("<w:tblHeader/>");
    expect(trPr.slice(1).some((p) => p.includes("<w:tblHeader"))).toBe(false);
    for (const p of trPr) expect(p).toContain("<w:cantSplit/>");
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(15);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(usableWidth("landscape", "narrow"));
    // 9 pt text, the header bold on grey.
    expect(xml).toContain('<w:sz w:val="18"/>');
    expect(xml).not.toContain('<w:sz w:val="16"/>');
    expect(xml).toContain('w:fill="D9D9D9"');
  });

  it("takes the model's column shares and fills the width exactly", () => {
    const usable = usableWidth("landscape");
    for (const n of [0, 1, 40, 200]) {
      const m = bukuRekodModel(bukuRekodFixture(n));
      const w = bukuRekodColumnWidths(usable, m.columnShares);
      expect(w).toHaveLength(15);
      expect(w.reduce((a, b) => a + b, 0)).toBe(usable);
      m.columnShares.forEach((s, i) => expect(Math.abs(w[i]! - s * usable)).toBeLessThanOrEqual(15));
    }
  });

  it("escapes text that looks like markup and keeps the lines of a multi-line field", async () => {
    const src = bukuRekodFixture(1);
    src.cases[0]!.problem = 'Sewa & bil <3 bulan> "tertunggak"';
    src.cases[0]!.action = "Lawatan pertama\nLawatan kedua";
    const one = await open(await bukuRekodDocx(bukuRekodModel(src)));
    expect(one.document).toContain("Sewa &amp; bil &lt;3 bulan&gt;");
    const row = firstTable(one.document).rows[1]!;
    expect(row[9]).toBe('Sewa & bil <3 bulan> "tertunggak"');
    expect(row[10]).toBe(`${src.cases[0]!.serviceLabel}: Lawatan pertamaLawatan kedua`);
    expect(one.document).toContain("Lawatan pertama</w:t><w:br/><w:t>Lawatan kedua</w:t>");
  });

  it("prints an empty extract with its header, a line saying so and a zero total", async () => {
    const empty = await open(await bukuRekodDocx(bukuRekodModel(bukuRekodFixture(0))));
    const { rows } = firstTable(empty.document);
    expect(rows).toEqual([
      ["Bil.", ...model.columns],
      ["", "Tiada rekod dalam tempoh ini."],
    ]);
    expect(paragraphs(empty.document)).toContain("JUMLAH REKOD: 0");
  });

  it("prints a register given newest first oldest first, at 9 pt, the month in its file name", async () => {
    const src = bukuRekodFixture(20);
    src.cases.reverse();
    const m = bukuRekodModel(src);
    expect(m.fileNames.docx).toBe("buku-rekod_ppr-seri-pahang_2026-10.docx");
    const { rows, xml } = firstTable((await open(await bukuRekodDocx(m))).document);
    const dates = rows.slice(1).map((r) => r[2]!.split("/").reverse().join("-"));
    expect(dates).toEqual([...dates].sort());
    expect(rows.slice(1).map((r) => r[0])).toEqual(dates.map((_, i) => String(i + 1)));
    expect(xml).toContain('<w:sz w:val="18"/>');
  });
});
