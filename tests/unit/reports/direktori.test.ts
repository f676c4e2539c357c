// Why: the Direktori CBO lists the right organisations in the right order, its contents point to the pages the entries
// are planned on, and the Word booklet and Excel list carry exactly that.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { direktoriDocx } from "../../../shared/reports/direktori/docx";
import {
  NO_AREA,
  NO_GROUP,
  confirmedLine,
  direktoriModel,
  entryHeading,
  type DirektoriOrganisation,
} from "../../../shared/reports/direktori/model";
import { direktoriXlsx } from "../../../shared/reports/direktori/xlsx";
import { organisationKinds } from "../../../shared/domain/directory";
import { direktoriOptions } from "../../../renderer/features/direktori/buku/options";
import { direktoriInput, direktoriOrganisations } from "../../fixtures/reports/direktori";
import { unescapeXml } from "./docx-read";

const org = (over: Partial<DirektoriOrganisation> & { id: string; name: string }): DirektoriOrganisation => ({
  kind: "cbo",
  registrationNo: "",
  area: "",
  address: "",
  head: "",
  headPost: "",
  phone: "",
  mobile: "",
  email: "",
  targetGroups: [],
  services: [],
  members: null,
  active: true,
  confirmedAt: null,
  deletedAt: null,
  ...over,
});

const small = [
  org({
    id: "a",
    name: "Persatuan Penduduk Zamrud",
    area: "Mukim Batu",
    targetGroups: ["oku", "warga-emas"],
  }),
  org({ id: "b", name: "Kelab Belia Angsana", area: "mukim batu", targetGroups: ["belia"] }),
  org({ id: "c", name: "Yayasan Cahaya", kind: "ngo", area: "Mukim Ampang", confirmedAt: "2026-03-09" }),
  org({ id: "d", name: "Klinik Kesihatan Pantai", kind: "klinik", area: "Mukim Ampang" }),
  org({ id: "e", name: "Persatuan Tanpa Kawasan", area: "" }),
  org({ id: "f", name: "Pertubuhan Tidak Aktif", area: "Mukim Ampang", active: false }),
  org({ id: "g", name: "Pertubuhan Dipadam", area: "Mukim Ampang", deletedAt: "2026-11-01T00:00:00.000Z" }),
];

describe("direktoriModel", () => {
  it("lists the chosen kinds, active ones only when asked, never the deleted", () => {
    const names = (m: ReturnType<typeof direktoriModel>) => m.entries.map((e) => e.name);
    const base = direktoriInput(0, { organisations: small });
    expect(names(direktoriModel(base))).not.toContain("Klinik Kesihatan Pantai");
    expect(names(direktoriModel(base))).not.toContain("Pertubuhan Tidak Aktif");
    expect(names(direktoriModel({ ...base, activeOnly: false }))).toContain("Pertubuhan Tidak Aktif");
    const all = direktoriModel({ ...base, activeOnly: false, kinds: ["cbo", "ngo", "klinik"] });
    expect(names(all)).toContain("Klinik Kesihatan Pantai");
    expect(names(all)).not.toContain("Pertubuhan Dipadam");
  });

  it("orders by area (A-Z, one area whatever its case, no area last), then by name, numbered 1..N", () => {
    const m = direktoriModel(direktoriInput(0, { organisations: small }));
    expect(m.entries.map((e) => [e.no, e.area, e.name])).toEqual([
      [1, "Mukim Ampang", "Yayasan Cahaya"],
      [2, "mukim batu", "Kelab Belia Angsana"],
      [3, "Mukim Batu", "Persatuan Penduduk Zamrud"],
      [4, NO_AREA, "Persatuan Tanpa Kawasan"],
    ]);
    expect(m.areas.map((a) => [a.name, a.count])).toEqual([
      ["Mukim Ampang", 1],
      ["mukim batu", 2],
      [NO_AREA, 1],
    ]);
  });

  it("groups by target group in the code list's order, with those that name none last", () => {
    const m = direktoriModel(direktoriInput(0, { organisations: small }));
    expect(m.groups.map((g) => [g.label, g.entries.map((e) => e.no)])).toEqual([
      ["Warga Emas", [3]],
      ["OKU", [3]],
      ["Belia", [2]],
      [NO_GROUP, [1, 4]],
    ]);
  });

  it("prints every entry's fields and when it was last confirmed", () => {
    const m = direktoriModel(direktoriInput(0, { organisations: small }));
    const yayasan = m.entries[0]!;
    expect(yayasan.confirmed).toBe("Disahkan pada 09/03/2026");
    expect(m.entries[1]!.confirmed).toBe("Belum disahkan");
    expect(confirmedLine(null)).toBe("Belum disahkan");
    expect(yayasan.fields.map((f) => f.label)).toEqual([
      "Jenis",
      "No. pendaftaran",
      "Mukim / kawasan",
      "Alamat",
      "Ketua",
      "Telefon",
      "Kumpulan sasar",
      "Perkhidmatan",
      "Bilangan ahli",
    ]);
    const full = direktoriModel(direktoriInput(40)).entries.find((e) => e.email && e.head && e.members)!;
    expect(full.fields.find((f) => f.label === "Ketua")!.value).toBe(`${full.head} (${full.headPost})`);
    expect(full.fields.find((f) => f.label === "E-mel")!.value).toBe(full.email);
    expect(full.fields.find((f) => f.label === "Bilangan ahli")!.value).toBe(`${full.members} orang`);
  });

  it("plans the pages: cover, contents, then entries in order; the contents point to the entries' pages", () => {
    for (const paper of ["a4", "a5"] as const) {
      const m = direktoriModel(direktoriInput(300, { paper }));
      const first = 2 + m.contentsPages.length;
      expect(m.entries[0]!.page).toBe(first);
      expect(m.pageCount).toBe(first - 1 + m.entryPages.length);
      m.entries.forEach((e, i) => {
        if (i) expect(e.page).toBeGreaterThanOrEqual(m.entries[i - 1]!.page);
      });
      const pageOf = new Map(m.entries.map((e) => [e.bookmark, e.page]));
      for (const a of m.areas) pageOf.set(a.bookmark, a.page);
      const lines = m.contentsPages.flat().filter((l) => l.kind === "line");
      // Every area once, and every entry once per target group it serves (or once among those naming none).
      expect(lines.length).toBe(m.areas.length + m.groups.reduce((n, g) => n + g.entries.length, 0));
      for (const l of lines) expect(l.page).toBe(pageOf.get(l.bookmark));
      // An area heading is on the page of its first entry.
      for (const a of m.areas) expect(a.page).toBe(m.entries.find((e) => e.area === a.name)!.page);
      expect(m.entryPages.flat().filter((b) => b.kind === "entry")).toHaveLength(m.entries.length);
      // Every page after the first goes on under its heading: the group or area it continues, "(samb.)".
      m.contentsPages.slice(1).forEach((page) => expect(page[0]!.kind).not.toBe("line"));
      m.entryPages.forEach((page) => expect(page[0]!.kind).toBe("area"));
      const goesOn = m.entryPages.map((page) => page[0]!).filter((b) => b.kind === "area" && b.continued);
      expect(goesOn.length).toBeGreaterThan(0);
      expect(
        m.contentsPages
          .slice(1)
          .some((page) => page[0]!.kind === "group" && page[0]!.text.endsWith("(samb.)")),
      ).toBe(true);
    }
    const a4 = direktoriModel(direktoriInput(300));
    const a5 = direktoriModel(direktoriInput(300, { paper: "a5" }));
    expect(a5.pageCount).toBeGreaterThan(a4.pageCount);
    expect(a5.fileNames.docx).toBe("direktori-cbo-a5_lembah-pantai_2026-12-04.docx");
    expect(a4.fileNames.xlsx).toBe("direktori-cbo_lembah-pantai_2026-12-04.xlsx");
  });
});

describe("the Word booklet and the Excel list", () => {
  it("docx: a bookmark per entry and area, PAGEREF fields written with the planned pages, A5 pages when asked", async () => {
    const m = direktoriModel(direktoriInput(80, { paper: "a5" }));
    const xml = unescapeXml(
      await (await JSZip.loadAsync(await direktoriDocx(m))).file("word/document.xml")!.async("string"),
    );
    expect(xml).toMatch(/<w:pgSz w:w="8390" w:h="11906"/);
    const bookmarks = [...xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((x) => x[1]);
    expect(bookmarks).toEqual(
      expect.arrayContaining([...m.entries.map((e) => e.bookmark), ...m.areas.map((a) => a.bookmark)]),
    );
    const refs = [
      ...xml.matchAll(
        /PAGEREF (\w+) \\h <\/w:instrText>(?:(?!<w:t>).)*?<w:fldChar w:fldCharType="separate"\/><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t>(\d+)<\/w:t>/g,
      ),
    ].map((x) => [x[1], Number(x[2])]);
    const lines = m.contentsPages.flat().filter((l) => l.kind === "line");
    expect(refs).toEqual(lines.map((l) => [l.bookmark, l.page]));
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join("\n");
    expect(text).toContain("DIREKTORI CBO");
    expect(text).toContain("KANDUNGAN");
    for (const e of m.entries.slice(0, 10)) {
      expect(text).toContain(entryHeading(e));
      expect(text).toContain(e.confirmed);
    }
    // Each planned page after the cover starts with a page break.
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(m.pageCount - 1);
  });

  it("xlsx: one row per organisation in booklet order with every column", async () => {
    const m = direktoriModel(direktoriInput(60));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await direktoriXlsx(m)).buffer as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    let header = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === "Bil.") header = n;
    });
    expect((ws.getRow(header).values as unknown[]).slice(1).map(String)).toEqual(m.columns);
    const rows = Array.from({ length: m.entries.length }, (_, i) => ws.getRow(header + 1 + i));
    rows.forEach((r, i) => {
      const e = m.entries[i]!;
      expect(r.getCell(1).value).toBe(e.no);
      expect(r.getCell(2).value).toBe(e.name);
      expect(r.getCell(5).value).toBe(e.area);
      expect(r.getCell(11).value).toBe(e.targetGroups.join(", "));
      expect(r.getCell(13).value).toBe(e.members);
      expect(r.getCell(14).value).toBe(e.confirmed.replace("Disahkan pada ", ""));
    });
    expect(ws.getRow(header + m.entries.length + 1).getCell(2).value ?? null).toBeNull();
  });

  it("says so when nothing is chosen", async () => {
    const m = direktoriModel(
      direktoriInput(0, { organisations: direktoriOrganisations(5), kinds: ["korporat"] }),
    );
    expect(m.entries).toHaveLength(0);
    const xml = await (
      await JSZip.loadAsync(await direktoriDocx(m))
    )
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain("Tiada organisasi bagi pilihan ini.");
  });
});

describe("the booklet's choices on the Laporan screen", () => {
  it("default to CBO and NGO, active only, A4; anything unknown falls back to them", () => {
    expect(direktoriOptions(undefined)).toEqual({
      preset: "cbo-ngo",
      kinds: ["cbo", "ngo"],
      activeOnly: true,
      paper: "a4",
    });
    expect(direktoriOptions({ jenis: "semua", aktif: "0", kertas: "a5" })).toMatchObject({
      kinds: [...organisationKinds],
      activeOnly: false,
      paper: "a5",
    });
    expect(direktoriOptions({ jenis: "klinik" }).kinds).toEqual(["klinik"]);
    expect(direktoriOptions({ jenis: "<bukan>", kertas: "a3" })).toMatchObject({
      preset: "cbo-ngo",
      paper: "a4",
    });
  });
});
