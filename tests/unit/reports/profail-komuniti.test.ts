// Why: the Profail Komuniti model is checked against a hand-counted fixture, and the docx is read back to hold the same figures.
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { profailKomunitiDocx } from "../../../shared/reports/profail-komuniti/docx";
import {
  organisationKind,
  profailKomunitiModel,
  type PkTable,
  type ProfailKomunitiModel,
} from "../../../shared/reports/profail-komuniti/model";
import { fixtureInput } from "../../fixtures/reports/profail-komuniti";
import { docxPages, docxTables, unescapeXml } from "./docx-read";

const model = profailKomunitiModel(fixtureInput);

function tableOf(m: ProfailKomunitiModel, id: PkTable["id"]): PkTable {
  for (const s of m.sections)
    for (const b of s.blocks) if (b.kind === "table" && b.table.id === id) return b.table;
  throw new Error(`no table ${id}`);
}
const textOf = (m: ProfailKomunitiModel, key: string) =>
  m.sections.find((s) => s.key === key)!.blocks.flatMap((b) => (b.kind === "text" ? b.lines : []));

describe("profail komuniti model", () => {
  it("titles the document with the site, district and as-of date, SULIT as it names leaders with phones", () => {
    expect(model.title).toBe("PROFAIL KOMUNITI");
    expect(model.subtitle).toEqual([
      "PROGRAM PEMBANGUNAN KOMUNITI DI PROJEK PERUMAHAN RAKYAT (PPR) @ KAWASAN BERISIKO TINGGI",
      "TAPAK: PPR SERI PANTAI, DAERAH LEMBAH PANTAI",
      "Maklumat setakat 30/09/2026",
    ]);
    expect(model.asOfLine).toBe("Maklumat setakat 30/09/2026");
    expect(model.classification).toBe("SULIT");
    expect(model.fileName).toBe("profail-komuniti_ppr-seri-pantai_2026-09.docx");
    expect(model.stamp).toBe("Dijana oleh Rekod Komuniti 0.1.0 pada 05/10/2026 14:30 oleh Siti Aminah");
    expect(model.signature[0].lines).toEqual([
      "Nama: Siti Aminah binti Ahmad",
      "Jawatan: Pekerja Pembangunan Komuniti (S27)",
      "Tarikh: 05/10/2026",
    ]);
    expect(model.closingNotes[0]).toContain("Maklumat setakat 30/09/2026 (Profail Komuniti versi 3)");
    expect(model.sections.map((s) => s.heading)).toEqual([
      "A. IDENTITI TAPAK",
      "B. PENDUDUK",
      "C. KEMUDAHAN",
      "D. ORGANISASI DAN PEMIMPIN SETEMPAT",
      "E. MASALAH DAN KEPERLUAN KOMUNITI",
      "F. ASET KOMUNITI",
      "G. CATATAN",
    ]);
  });

  it("lists the site's identity, with an unknown year written out", () => {
    const rows = tableOf(model, "identity").rows.map((r) => [r.cells[1], r.cells[2]]);
    expect(rows).toEqual([
      ["Nama tapak", "PPR Seri Pantai"],
      ["Kod tapak", "SPN"],
      ["Jenis", "Projek Perumahan Rakyat (PPR)"],
      ["Alamat", "Jalan Pantai Permai, 59200 Kuala Lumpur"],
      ["Daerah", "Lembah Pantai"],
      ["Negeri", "WP Kuala Lumpur"],
      ["Bilangan blok", "5"],
      ["Bilangan unit", "1,200"],
      ["Tahun dibina", "2004"],
      ["Badan pengurusan", "Dewan Bandaraya Kuala Lumpur (DBKL)"],
    ]);
    const unknown = profailKomunitiModel({
      ...fixtureInput,
      profile: { ...fixtureInput.profile, identity: { ...fixtureInput.profile.identity, yearBuilt: 0 } },
    });
    expect(tableOf(unknown, "identity").rows.find((r) => r.cells[1] === "Tahun dibina")!.cells[2]).toBe(
      "Tidak diketahui",
    );
  });

  it("adds residents up by age band and sex, and by ethnic group, with bold totals", () => {
    expect(model.figures.households).toBe(1150);
    expect(model.figures.residents).toEqual({ L: 1800, P: 1900, all: 3700 });
    expect(model.figures.ethnicTotal).toBe(3700);
    expect(tableOf(model, "summary").rows.map((r) => r.cells.slice(1))).toEqual([
      ["Bilangan isi rumah", "1,150", "Kiraan pegawai"],
      ["Jumlah penduduk", "3,700", "Kiraan pegawai"],
    ]);
    const age = tableOf(model, "ageBands");
    expect(age.columns).toEqual(["Bil.", "Kumpulan Umur", "Lelaki", "Perempuan", "Jumlah"]);
    expect(age.rows[0]!.cells).toEqual(["1", "0-6 tahun", "210", "200", "410"]);
    expect(age.rows[5]!.cells).toEqual(["6", "60 tahun ke atas", "140", "180", "320"]);
    expect(age.rows[6]).toEqual({ cells: ["", "JUMLAH", "1,800", "1,900", "3,700"], bold: true });
    const ethnic = tableOf(model, "ethnic");
    expect(ethnic.rows.at(-1)).toEqual({ cells: ["", "JUMLAH", "3,700"], bold: true });
    expect(ethnic.rows.map((r) => r.cells[1])).toEqual(["Melayu", "Cina", "India", "Lain-lain", "JUMLAH"]);
    const groups = tableOf(model, "groups");
    expect(groups.rows.map((r) => r.cells.slice(1))).toEqual([
      ["OKU", "85"],
      ["Warga emas (60 tahun ke atas)", "320"],
      ["Ibu tunggal", "64"],
      ["Kanak-kanak (bawah 18 tahun)", "1,070"],
      ["Keciciran sekolah", "12"],
      ["Menganggur (18-59 tahun)", "140"],
    ]);
    expect(model.warnings).toEqual([]);
  });

  it("warns (without printing) when the ethnic total differs from the age-band total", () => {
    const pop = fixtureInput.profile.population;
    const m = profailKomunitiModel({
      ...fixtureInput,
      profile: {
        ...fixtureInput.profile,
        population: { ...pop, ethnicGroups: { ...pop.ethnicGroups, lain: 99 } },
      },
    });
    expect(m.warnings).toEqual([
      "Jumlah penduduk mengikut kaum (3,699, kiraan pegawai) tidak sama dengan jumlah mengikut kumpulan umur dan jantina (3,700, kiraan pegawai).",
    ]);
    expect(tableOf(m, "ethnic").rows.at(-1)!.cells[2]).toBe("3,699");
  });

  it("prints facilities line by line and an empty section as 'Tiada maklumat.'", () => {
    expect(textOf(model, "facilities")).toEqual([
      "Surau Al-Hidayah (Blok B)",
      "Dewan serbaguna",
      "Tadika KEMAS",
      "Klinik Kesihatan Pantai (1.5 km)",
      "Kedai runcit (4)",
      "Taman permainan",
      "Bas RapidKL 790, stesen LRT Kerinchi",
    ]);
    expect(textOf(model, "notes")).toEqual(["Tiada maklumat."]);
  });

  it("lists the site's live leaders by kind of organisation, leaving out deleted ones and other sites'", () => {
    const t = tableOf(model, "organisations");
    expect(t.columns).toEqual(["Bil.", "Nama", "Jenis", "Ketua / Pegawai", "Telefon"]);
    expect(t.rows.map((r) => r.cells)).toEqual([
      [
        "1",
        "Persatuan Penduduk PPR Seri Pantai",
        "Persatuan Penduduk",
        ["Encik Ahmad bin Ismail", "Pengerusi"],
        "012-345 6789",
      ],
      ["2", "Rukun Tetangga PPR Seri Pantai", "CBO", ["Encik Rajan a/l Muthu", "Pengerusi"], "017-888 9999"],
      ["3", "Pertubuhan Wanita Prihatin Pantai", "NGO", ["Puan Lim Mei Ling", "Setiausaha"], "013-222 1111"],
      ["4", "Surau Al-Hidayah", "Institusi agama", ["Ustaz Kamal bin Yusof", "Imam"], "-"],
    ]);
    expect(model.figures.stakeholders).toBe(4);
    const none = profailKomunitiModel({ ...fixtureInput, stakeholders: [] });
    expect(textOf(none, "organisations")).not.toContain(
      "Tiada organisasi atau pemimpin setempat direkodkan.",
    );
    const nothing = profailKomunitiModel({
      ...fixtureInput,
      stakeholders: [],
      profile: { ...fixtureInput.profile, organisations: "" },
    });
    expect(textOf(nothing, "organisations")).toEqual(["Tiada organisasi atau pemimpin setempat direkodkan."]);
  });

  it("reads the kind of an organisation from its name", () => {
    expect(organisationKind("Persatuan Penduduk PPR Seri Pahang")).toBe("Persatuan Penduduk");
    expect(organisationKind("JKP Blok A")).toBe("JKP");
    expect(organisationKind("KRT Desa Rejang")).toBe("CBO");
    expect(organisationKind("Masjid Al-Ikhlas")).toBe("Institusi agama");
    expect(organisationKind("Persatuan Bulan Sabit Merah")).toBe("NGO");
    expect(organisationKind("Klinik Kesihatan Pantai")).toBe("Agensi / institusi awam");
    expect(organisationKind("")).toBe("Pemimpin setempat");
    expect(organisationKind("Syarikat ABC Sdn Bhd")).toBe("Lain-lain");
  });

  it("ranks needs by priority, then the oldest first, with their live plans; deleted needs and plans are left out", () => {
    const t = tableOf(model, "needs");
    expect(t.columns).toEqual(["Bil.", "Masalah / Keperluan", "Keutamaan", "Pelan Tindakan", "Status"]);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ["1", "Warga emas tinggal seorang diri", "Tinggi", ["Belum ada pelan tindakan."], "Dikenal pasti"],
      [
        "2",
        "Penyalahgunaan dadah dalam kalangan belia",
        "Tinggi",
        [
          "1. Ceramah kesedaran dadah (Rakan: AADK; 15/06/2026 - 15/06/2026) - selesai",
          "2. Program sukan belia mingguan (mulai 01/07/2026)",
          "1 daripada 2 langkah selesai",
        ],
        "Dalam tindakan",
      ],
      [
        "3",
        "Ruang tadika tidak mencukupi",
        "Sederhana",
        [
          "1. Mohon ruang dewan daripada DBKL (Rakan: DBKL; hingga 31/12/2026)",
          "0 daripada 1 langkah selesai",
        ],
        "Dirancang",
      ],
      ["4", "Lampu tangga rosak", "Rendah", ["Belum ada pelan tindakan."], "Selesai"],
    ]);
    expect(model.figures.needs).toBe(4);
    expect(JSON.stringify(model)).not.toContain("dipadam");
    expect(JSON.stringify(model)).not.toContain("tapak lain");
  });

  it("refuses a profile of another site, and marks SULIT only when asked", () => {
    expect(() =>
      profailKomunitiModel({ ...fixtureInput, profile: { ...fixtureInput.profile, siteId: "other" } }),
    ).toThrow();
    expect(profailKomunitiModel({ ...fixtureInput, sulit: true }).classification).toBe("SULIT");
  });
});

describe("profail komuniti docx", () => {
  let zip: JSZip;
  let doc: string;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await profailKomunitiDocx(model);
    zip = await JSZip.loadAsync(bytes);
    doc = unescapeXml(await zip.file("word/document.xml")!.async("string"));
  });

  it("is A4 portrait with the letterhead, title, as-of line and signature block, SULIT in header and footer", async () => {
    expect(bytes.byteLength).toBeLessThan(100_000);
    expect(docxPages(doc)).toEqual(["portrait"]);
    expect(doc).toContain("JABATAN KEBAJIKAN MASYARAKAT MALAYSIA");
    expect(doc).toContain(">PROFAIL KOMUNITI<");
    expect(doc).toContain(">Maklumat setakat 30/09/2026<");
    expect(doc).toContain("Disediakan oleh:");
    expect(doc).toContain("Disemak / Disahkan oleh:");
    expect(doc).toContain("<w:tblHeader");
    expect(doc).toContain("<w:cantSplit");
    const parts = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n))
        .map((n) => zip.file(n)!.async("string")),
    );
    const frame = parts.join("");
    expect(frame).toContain("Muka surat ");
    expect(frame).toContain(model.stamp);
    expect(frame).toContain(">SULIT<");
  });

  it("holds every table of the model, row by row, with the same totals", () => {
    const data = docxTables(doc);
    const modelTables = model.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : [])),
    );
    const bordered = data.filter((t) => t[0]?.[0] === "Bil.");
    expect(bordered).toHaveLength(modelTables.length);
    modelTables.forEach((t, k) => {
      const [head, ...rows] = bordered[k]!;
      expect(head).toEqual(t.columns);
      expect(rows).toEqual(t.rows.map((r) => r.cells.map((c) => (Array.isArray(c) ? c.join("") : c))));
    });
    const age = bordered[modelTables.findIndex((t) => t.id === "ageBands")]!;
    expect(age.at(-1)).toEqual(["", "JUMLAH", "1,800", "1,900", "3,700"]);
  });

  it("names the leaders and the needs, and leaves deleted records out", () => {
    for (const name of ["Encik Ahmad bin Ismail", "Puan Lim Mei Ling", "Warga emas tinggal seorang diri"])
      expect(doc).toContain(name);
    expect(doc).not.toContain("Encik Dipadam bin Lama");
    expect(doc).not.toContain("Keperluan yang dipadam");
    expect(doc).not.toContain("Langkah pelan yang dipadam");
    expect(doc).not.toContain("Puan Tapak Lain");
  });
});
