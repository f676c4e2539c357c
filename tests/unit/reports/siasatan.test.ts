// Why: the Laporan Siasatan model is checked against a hand-worked fixture (PGK at its effective date), and the docx is read back.
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { assessIncome } from "../../../shared/domain/aid";
import { siasatanDocx } from "../../../shared/reports/siasatan/docx";
import {
  siasatanModel,
  type SiasatanInput,
  type SiasatanModel,
  type SzTable,
} from "../../../shared/reports/siasatan/model";
import { fixtureInput } from "../../fixtures/reports/siasatan";
import { docxPages, docxTables, unescapeXml } from "./docx-read";

const model = siasatanModel(fixtureInput);

const withInvestigation = (patch: Partial<SiasatanInput["investigation"]>): SiasatanInput => ({
  ...fixtureInput,
  investigation: { ...fixtureInput.investigation, ...patch },
});
function fieldsOf(m: SiasatanModel, key: string): Record<string, string> {
  const s = m.sections.find((x) => x.key === key)!;
  return Object.fromEntries(s.blocks.flatMap((b) => (b.kind === "fields" ? b.rows : [])));
}
function tableOf(m: SiasatanModel, id: SzTable["id"]): SzTable {
  for (const s of m.sections)
    for (const b of s.blocks) if (b.kind === "table" && b.table.id === id) return b.table;
  throw new Error(`no table ${id}`);
}
const undecided = withInvestigation({
  status: "dihantar",
  decision: null,
  decisionAmount: null,
  decisionNote: "",
  decidedAt: null,
});

describe("siasatan model", () => {
  it("is SULIT, titled with the record number, site and investigation date, and named safely", () => {
    expect(model.classification).toBe("SULIT");
    expect(model.title).toBe("LAPORAN SIASATAN PERMOHONAN BANTUAN");
    expect(model.subtitle).toEqual([
      "NO. REKOD: SPN/2026/0042",
      "TAPAK: PPR SERI PANTAI",
      "TARIKH SIASATAN: 15/10/2026",
    ]);
    expect(model.fileName).toBe("siasatan_spn-2026-0042_2026-10.docx");
    const noRecord = siasatanModel({ ...fixtureInput, case: { recordNo: "" } });
    expect(noRecord.fileName).toBe("siasatan_hassan-bin-abdullah_2026-10.docx");
    expect(siasatanModel({ ...fixtureInput, ...withInvestigation({ status: "draf" }) }).subtitle).toContain(
      "DRAF: BELUM DIHANTAR KEPADA PKMD",
    );
  });

  it("gives the applicant's particulars, age on the investigation date", () => {
    expect(fieldsOf(model, "applicant")).toEqual({
      Nama: "Hassan bin Abdullah",
      "No. KP": "541015-14-5133",
      "Umur (pada tarikh siasatan)": "72 tahun",
      Jantina: "Lelaki",
      Alamat: "No. C-05-12, Blok C, PPR Seri Pantai, Jalan Pantai Permai, 59200 Kuala Lumpur",
      Telefon: "012-987 6543",
      "Skim dipohon": "Bantuan Warga Emas (BWE)",
      "No. Rekod": "SPN/2026/0042",
      "Tarikh siasatan": "15/10/2026",
    });
    // the day before his 72nd birthday he was 71
    const before = siasatanModel(withInvestigation({ date: "2026-10-14" }));
    expect(fieldsOf(before, "applicant")["Umur (pada tarikh siasatan)"]).toBe("71 tahun");
  });

  it("lists the household with a bold total equal to assessIncome's", () => {
    const t = tableOf(model, "household");
    expect(t.columns).toEqual([
      "Bil.",
      "Nama",
      "Hubungan",
      "No. KP",
      "Umur",
      "Pekerjaan",
      "Pendapatan Sebulan (RM)",
    ]);
    expect(t.rows.map((r) => r.cells)).toEqual([
      [
        "1",
        "Hassan bin Abdullah",
        "Ketua isi rumah",
        "541015-14-5133",
        "72",
        "Tidak bekerja (pencen ilat)",
        "250.50",
      ],
      ["2", "Mohd Yusof bin Hassan", "Anak", "810302-14-5677", "45", "Pengawal keselamatan", "2,250.00"],
      ["3", "Nur Aisyah binti Mohd Yusof", "Cucu", "100505-14-0456", "16", "-", "0.00"],
      ["4", "Rosnah binti Salleh", "Lain-lain", "830920-10-5124", "43", "Suri rumah", "0.00"],
      ["", "JUMLAH (4 orang)", "", "", "", "", "2,500.50"],
    ]);
    expect(t.rows.at(-1)!.bold).toBe(true);
  });

  it("adds income and expenses up, with the balance", () => {
    const t = tableOf(model, "money");
    expect(t.rows.map((r) => r.cells)).toEqual([
      ["A", "PENDAPATAN"],
      ["1", "Hassan bin Abdullah (Ketua isi rumah) - Tidak bekerja (pencen ilat)", "250.50"],
      ["2", "Mohd Yusof bin Hassan (Anak) - Pengawal keselamatan", "2,250.00"],
      ["", "Jumlah pendapatan isi rumah", "2,500.50"],
      ["B", "PERBELANJAAN"],
      ["1", "Sewa rumah PPR", "124.00"],
      ["2", "Elektrik dan air", "150.00"],
      ["3", "Makanan", "900.00"],
      ["4", "Pengangkutan", "200.00"],
      ["5", "Persekolahan anak", "80.00"],
      ["6", "Ubat-ubatan", "120.50"],
      ["", "Jumlah perbelanjaan", "1,574.50"],
      ["", "BAKI PENDAPATAN SELEPAS PERBELANJAAN (A - B)", "926.00"],
    ]);
    expect(t.rows.filter((r) => r.section).map((r) => r.cells[0])).toEqual(["A", "B"]);
    expect(t.rows.filter((r) => r.bold)).toHaveLength(3);
  });

  it("takes per capita and the PGK verdict from assessIncome, with the PGK in force on the investigation date", () => {
    const a = assessIncome(fixtureInput.investigation, fixtureInput.rates);
    expect(model.figures).toMatchObject(a);
    expect(model.figures).toMatchObject({
      householdIncome: 2500.5,
      members: 4,
      perCapita: 625.13,
      expenses: 1574.5,
      balance: 926,
      pgk: 2600,
      pgkFrom: "2026-10-15",
      againstPgk: "bawah",
      age: 72,
      schemeRate: 600,
    });
    expect(model.comparison).toBe(
      "Pendapatan isi rumah RM 2,500.50 berbanding PGK RM 2,600.00: di bawah PGK",
    );
    expect(fieldsOf(model, "assessment")).toEqual({
      "Pendapatan isi rumah sebulan": "RM 2,500.50",
      "Bilangan ahli isi rumah": "4 orang",
      "Pendapatan per kapita": "RM 625.13",
      "Jumlah perbelanjaan sebulan": "RM 1,574.50",
      "PGK berkuat kuasa pada 15/10/2026": "RM 2,600.00 (kadar mulai 15/10/2026)",
    });
  });

  it("uses the older PGK the day before the new one takes effect", () => {
    const before = siasatanModel(withInvestigation({ date: "2026-10-14" }));
    expect(before.figures.pgk).toBe(2400);
    expect(before.figures.pgkFrom).toBe("2019-01-01");
    expect(before.figures.againstPgk).toBe("atas");
    expect(before.comparison).toBe(
      "Pendapatan isi rumah RM 2,500.50 berbanding PGK RM 2,400.00: melebihi PGK",
    );
  });

  it("says 'sama dengan PGK' at the PGK exactly, and that no comparison is made without a PGK", () => {
    const equal = siasatanModel({
      ...fixtureInput,
      rates: [{ kind: "PGK", amount: 2500.5, effectiveFrom: "2026-01-01" }],
    });
    expect(equal.figures.againstPgk).toBe("atas");
    expect(equal.comparison).toBe(
      "Pendapatan isi rumah RM 2,500.50 berbanding PGK RM 2,500.50: sama dengan PGK (tidak di bawah PGK)",
    );
    const none = siasatanModel({ ...fixtureInput, rates: [] });
    expect(none.figures.pgk).toBeNull();
    expect(none.comparison).toBe(
      "Tiada kadar PGK berkuat kuasa pada 15/10/2026: pendapatan isi rumah RM 2,500.50 belum dapat dibandingkan.",
    );
    expect(fieldsOf(none, "recommendation")["Berbanding kadar skim"]).toBe(
      "Tiada kadar BWE ditetapkan pada tarikh siasatan",
    );
  });

  it("gives the visit, the officer's recommendation and the PKMD's decision on the office's calendar day", () => {
    expect(fieldsOf(model, "visit")).toEqual({ "Tarikh lawatan": "14/10/2026" });
    expect(fieldsOf(model, "recommendation")).toEqual({
      Syor: "Lulus",
      Skim: "Bantuan Warga Emas (BWE)",
      "Amaun disyorkan": "RM 600.00 sebulan",
      "Berbanding kadar skim": "Sama dengan kadar BWE RM 600.00 sebulan (kadar mulai 01/01/2025)",
    });
    // decided at 16:30 UTC on the 20th: 00:30 on the 21st in Kuala Lumpur
    expect(fieldsOf(model, "decision")).toEqual({
      Keputusan: "Lulus",
      "Amaun diluluskan": "RM 600.00 sebulan",
      "Tarikh keputusan": "21/10/2026",
    });
    expect(model.signature).toEqual([
      {
        heading: "Disediakan oleh (Pegawai Penyiasat):",
        lines: [
          "Nama: Siti Aminah binti Ahmad",
          "Jawatan: Pekerja Pembangunan Komuniti (S27)",
          "Tarikh: 16/10/2026",
        ],
      },
      {
        heading: "Disemak / Disahkan oleh (PKMD):",
        lines: [
          "Nama: Encik Razak bin Osman",
          "Jawatan: Pegawai Kebajikan Masyarakat Daerah",
          "Tarikh: 21/10/2026",
        ],
      },
    ]);
  });

  it("leaves the decision to be written by hand before the PKMD decides, and names a 'tidak lulus' plainly", () => {
    const m = siasatanModel(undecided);
    expect(fieldsOf(m, "decision")["Keputusan"]).toBe("Lulus / Tidak Lulus *");
    expect(m.signature[1]!.lines[2]).toBe("Tarikh: ....................");
    const no = siasatanModel(
      withInvestigation({
        recommendation: "tidak-lulus",
        recommendedScheme: null,
        recommendedAmount: null,
        decision: "tidak-lulus",
        decisionAmount: null,
      }),
    );
    expect(fieldsOf(no, "recommendation")).toMatchObject({
      Syor: "Tidak Lulus",
      Skim: "-",
      "Amaun disyorkan": "-",
    });
    expect(fieldsOf(no, "decision")).toMatchObject({ Keputusan: "Tidak Lulus", "Amaun diluluskan": "-" });
  });
});

describe("siasatan docx", () => {
  let zip: JSZip;
  let doc: string;
  let bytes: Uint8Array;
  const part = (re: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((n) => re.test(n))
        .map((n) => zip.file(n)!.async("string")),
    );
  beforeAll(async () => {
    bytes = await siasatanDocx(model);
    zip = await JSZip.loadAsync(bytes);
    doc = unescapeXml(await zip.file("word/document.xml")!.async("string"));
  });

  it("is A4 portrait with SULIT in the page header and footer", async () => {
    expect(bytes.byteLength).toBeLessThan(100_000);
    expect(docxPages(doc)).toEqual(["portrait"]);
    const headers = await part(/^word\/header\d*\.xml$/);
    const footers = await part(/^word\/footer\d*\.xml$/);
    expect(headers.join("")).toContain(">SULIT<");
    expect(footers.join("")).toContain(">SULIT<");
    expect(footers.join("")).toContain("Muka surat ");
    expect(footers.join("")).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(footers.join("")).toContain(model.stamp);
    expect(doc).toMatch(/<w:headerReference [^>]*w:type="default"/);
    expect(doc).toMatch(/<w:footerReference [^>]*w:type="default"/);
  });

  it("holds the title, the applicant, the PGK verdict and both signature blocks", () => {
    expect(doc).toContain("JABATAN KEBAJIKAN MASYARAKAT MALAYSIA");
    expect(doc).toContain(">LAPORAN SIASATAN PERMOHONAN BANTUAN<");
    expect(doc).toContain(">NO. REKOD: SPN/2026/0042<");
    expect(doc).toContain(">Hassan bin Abdullah<");
    expect(doc).toContain(">541015-14-5133<");
    expect(doc).toContain(`>${model.comparison}<`);
    expect(doc).toContain(">RM 625.13<");
    expect(doc).toContain("Disediakan oleh (Pegawai Penyiasat):");
    expect(doc).toContain("Disemak / Disahkan oleh (PKMD):");
    expect(doc).toContain("Pemohon menghidap darah tinggi");
  });

  it("holds the household and money tables as the model has them, totals included", () => {
    const data = docxTables(doc).filter((t) => t[0]?.[0] === "Bil.");
    const want = [tableOf(model, "household"), tableOf(model, "money")];
    expect(data).toHaveLength(want.length);
    want.forEach((t, k) => {
      const [head, ...rows] = data[k]!;
      expect(head).toEqual(t.columns);
      expect(rows).toEqual(t.rows.map((r) => r.cells));
    });
    expect(data[0]!.at(-1)!.at(-1)).toBe("2,500.50");
    expect(data[1]!.at(-1)!.at(-1)).toBe("926.00");
  });

  it("writes the label / value lines of the particulars", () => {
    const fields = docxTables(doc).filter((t) => t[0]?.[1] === ":");
    const rows = fields.flat().map((r) => [r[0], r[2]]);
    for (const [label, value] of Object.entries(fieldsOf(model, "applicant")))
      expect(rows).toContainEqual([label, value]);
  });
});
