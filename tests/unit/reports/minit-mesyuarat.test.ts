// Why: a meeting prints as Minit Mesyuarat: particulars with its start time, attendees, agenda, discussion, decisions and action items owned by officers and stakeholders alike, read back from the .docx.
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { minitDocx } from "../../../shared/reports/minit-mesyuarat/docx";
import { masa, minitModel } from "../../../shared/reports/minit-mesyuarat/model";
import { minitInput } from "../../fixtures/reports/minit-mesyuarat";
import { docxPages, docxTables, unescapeXml } from "./docx-read";

describe("minit mesyuarat model", () => {
  const m = minitModel(minitInput);
  it("writes the start time as the office says it", () => {
    expect([masa("08:05"), masa("12:30"), masa("15:00"), masa("20:30"), masa("00:15"), masa("")]).toEqual([
      "8.05 pagi",
      "12.30 tengah hari",
      "3.00 petang",
      "8.30 malam",
      "12.15 pagi",
      "",
    ]);
  });
  it("titles the minutes with the kind of meeting, site, day, time and place", () => {
    expect(m.title).toBe("MINIT MESYUARAT");
    expect(m.subtitle).toEqual([
      "MESYUARAT JAWATANKUASA PPR SERI PANTAI",
      "14/10/2026, 8.30 malam, Dewan Serbaguna Blok B",
    ]);
    expect(m.fileName).toBe("minit-mesyuarat_ppr-seri-pantai_2026-10-14.docx");
    expect(m.classification).toBeNull();
  });
});

describe("minit mesyuarat docx", () => {
  let doc: string;
  let tables: string[][][];
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await minitDocx(minitModel(minitInput)));
    doc = unescapeXml(await zip.file("word/document.xml")!.async("string"));
    tables = docxTables(doc);
  });

  it("is A4 portrait in the report frame: letterhead, title, signatures", () => {
    expect(docxPages(doc)).toEqual(["portrait"]);
    expect(doc).toContain("JABATAN KEBAJIKAN MASYARAKAT MALAYSIA");
    expect(doc).toContain(">MINIT MESYUARAT<");
    expect(doc).toContain("Disediakan oleh:");
    expect(doc).toContain("Nama: Siti Aminah binti Ahmad");
  });

  it("holds particulars with the time, attendees, agenda, discussion and decisions", () => {
    expect(tables[0]).toContainEqual(["Masa", "8.30 malam"]);
    expect(tables[0]).toContainEqual(["Tempat", "Dewan Serbaguna Blok B"]);
    expect(tables[1]).toEqual([
      ["Bil.", "Nama", "Jawatan / Organisasi"],
      ["1", "Encik Ahmad bin Ismail", "Pengerusi, Persatuan Penduduk PPR Seri Pantai"],
      ["2", "Aminah binti Said", "Pekerja Pembangunan Komuniti"],
      ["3", "Puan Rosnah (Blok C)", "-"],
    ]);
    for (const heading of [
      "2. KEHADIRAN (3 ORANG)",
      "3. AGENDA",
      "4. PERBINCANGAN",
      "5. KEPUTUSAN",
      "6. TINDAKAN SUSULAN",
    ])
      expect(doc).toContain(`>${heading}<`);
    expect(doc).toContain(">1. Lif Blok A kerap rosak<");
    expect(doc).toContain(">PPK akan menyemak senarai warga emas.<");
    expect(doc).toContain(">Aduan lif dibawa kepada DBKL secara bertulis.<");
  });

  it("lists action items by due date with owners who are not app users and their due dates", () => {
    expect(tables[2]).toEqual([
      ["Bil.", "Perkara", "Tindakan oleh", "Tarikh akhir", "Status"],
      ["1", "Semak senarai warga emas tinggal seorang", "Aminah binti Said", "21/10/2026", "Dalam tindakan"],
      [
        "2",
        "Hantar surat aduan lif kepada DBKL",
        "Encik Ahmad bin Ismail (Pengerusi, Persatuan Penduduk)",
        "28/10/2026",
        "Belum dimulakan",
      ],
    ]);
  });
});
