// Why: the Buku Rekod model is checked against hand-built entries: every cell, the title block, the frame and the file names.
import { describe, expect, it } from "vitest";
import {
  BUKU_REKOD_COLUMNS,
  bukuRekodModel,
  bukuRekodPeriodLine,
  bukuRekodPeriodSlug,
  type BukuRekodCase,
  type BukuRekodSource,
} from "../../../shared/reports/buku-rekod";
import { ems } from "../../../shared/reports/frame/measure";
import { stampText } from "../../../shared/reports/frame/text";
import { bukuRekodFixture } from "../../fixtures/reports/buku-rekod";

const entry = (over: Partial<BukuRekodCase> = {}): BukuRekodCase => ({
  recordNo: "SPH/2026/0007",
  date: "2026-10-31",
  person: {
    name: "Siti Aminah binti Ahmad",
    docNo: "800101-14-5678",
    sex: "P",
    birthDate: "1980-11-01",
    block: "B",
    unit: "B-12-07",
    siteName: "PPR Seri Pahang",
  },
  targetGroupLabel: "Ibu Tunggal",
  problem: "Tunggakan sewa rumah tiga bulan",
  serviceLabel: "Rujukan ke Agensi",
  action: "Dirujuk ke Pusat Zakat",
  agencies: ["Pusat Zakat Wilayah Persekutuan", "", "PERKESO"],
  statusLabel: "Dirujuk",
  followUpDate: "2026-11-07",
  officer: "Encik Razak bin Osman",
  ...over,
});

const source = (over: Partial<BukuRekodSource> = {}): BukuRekodSource => ({
  ...bukuRekodFixture(0),
  cases: [
    entry(),
    entry({
      recordNo: "SPH/2026/0008",
      date: "2026-10-01",
      person: { ...entry().person, name: "Lim Ah Kow", sex: "L", birthDate: "1950-10-01", unit: "" },
      action: "",
      agencies: [],
      followUpDate: "",
    }),
  ],
  ...over,
});

describe("buku rekod model", () => {
  it("gives one row per entry, oldest first, with every column as printed", () => {
    const m = bukuRekodModel(source());
    expect(m.columns).toEqual(BUKU_REKOD_COLUMNS);
    expect(m.columns).toHaveLength(14);
    expect(m.rows).toEqual([
      [
        "SPH/2026/0008",
        "01/10/2026",
        "Lim Ah Kow",
        "800101-14-5678",
        "L",
        // Birthday on the day of the entry.
        76,
        // No unit: the block; the site is the extract's own, named once in its title.
        "Blok B",
        "Ibu Tunggal",
        "Tunggakan sewa rumah tiga bulan",
        "Rujukan ke Agensi",
        "",
        "Dirujuk",
        "",
        "Encik Razak bin Osman",
      ],
      [
        "SPH/2026/0007",
        "31/10/2026",
        "Siti Aminah binti Ahmad",
        "800101-14-5678",
        "P",
        // Born 1 November 1980: still 45 on 31 October 2026.
        45,
        "B-12-07",
        "Ibu Tunggal",
        "Tunggakan sewa rumah tiga bulan",
        "Rujukan ke Agensi: Dirujuk ke Pusat Zakat",
        // An agency whose name is unknown is left out, not printed as an empty item.
        "Pusat Zakat Wilayah Persekutuan; PERKESO",
        "Dirujuk",
        "07/11/2026",
        "Encik Razak bin Osman",
      ],
    ]);
    expect(m.total).toBe(2);
    expect(m.totalLine).toBe("JUMLAH REKOD: 2");
  });

  it("reads as a record book: date order, the same day by record number, whatever order the register gave", () => {
    const day = (recordNo: string, date: string) => entry({ recordNo, date });
    const m = bukuRekodModel(
      source({
        cases: [
          day("SPH/2026/0010", "2026-10-09"),
          day("SPH/2026/0002", "2026-10-30"),
          day("SPH/2026/0009", "2026-10-09"),
          day("SPH/2026/0001", "2026-10-02"),
        ],
      }),
    );
    expect(m.rows.map((r) => r[0])).toEqual([
      "SPH/2026/0001",
      "SPH/2026/0009",
      "SPH/2026/0010",
      "SPH/2026/0002",
    ]);
  });

  it("names the site in an address only when the extract covers several sites", () => {
    const m = bukuRekodModel(source({ sites: ["PPR Seri Pahang", "PPR Seri Pantai"] }));
    expect(m.rows.map((r) => r[6])).toEqual(["Blok B, PPR Seri Pahang", "B-12-07, PPR Seri Pahang"]);
    const unitOnly = entry({ person: { ...entry().person, block: "", unit: "12-07" } });
    expect(bukuRekodModel(source({ cases: [unitOnly] })).rows[0]![6]).toBe("12-07");
    const other = entry({ person: { ...entry().person, block: "C", unit: "12-07" } });
    expect(bukuRekodModel(source({ cases: [other] })).rows[0]![6]).toBe("Blok C, 12-07");
  });

  it("sizes its columns to their content: Jantina narrow, Alamat and Masalah wide, numbers and dates whole", () => {
    const at = (m: { columnShares: number[] }, name: string) =>
      m.columnShares[1 + BUKU_REKOD_COLUMNS.indexOf(name as never)]!;
    for (const n of [1, 40, 2000]) {
      const m = bukuRekodModel(bukuRekodFixture(n));
      expect(m.columnShares).toHaveLength(15);
      expect(m.columnShares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(at(m, "Jantina")).toBeLessThan(0.055);
      expect(at(m, "Jantina")).toBeLessThan(at(m, "Alamat") + 0.001);
      // 9 pt text in 728 pt of table, 3 pt of padding: every heading word and every whole value fits its column.
      const room = (share: number) => share * 728 - 3;
      ["Bil.", ...m.columns].forEach((h, c) => {
        for (const word of h.split(" "))
          expect(ems(word, true) * 9).toBeLessThanOrEqual(room(m.columnShares[c]!) + 1e-9);
      });
      for (const c of [1, 2, 4, 5, 6, 13])
        for (const r of m.rows)
          expect(ems(String(r[c - 1]!)) * 9).toBeLessThanOrEqual(room(m.columnShares[c]!) + 1e-9);
    }
    // Room left once every word fits goes to Masalah (and Perkhidmatan, Alamat) before the other columns.
    const short = bukuRekodModel(source());
    for (const narrow of ["Jantina", "Umur", "Tarikh", "Status", "Pegawai"])
      expect(at(short, "Masalah / Keperluan")).toBeGreaterThan(at(short, narrow));
    // An address holds on one line.
    for (const r of short.rows)
      expect(ems(String(r[6])) * 9).toBeLessThanOrEqual(at(short, "Alamat") * 728 - 3);
  });

  it("keeps the numbers (Umur) as numbers and every other cell as text", () => {
    const m = bukuRekodModel(bukuRekodFixture(12));
    for (const r of m.rows)
      r.forEach((v, i) => expect(typeof v).toBe(BUKU_REKOD_COLUMNS[i] === "Umur" ? "number" : "string"));
  });

  it("heads a one-site extract with the programme, the site and the month", () => {
    const m = bukuRekodModel(source());
    expect(m.title).toBe("BUKU REKOD");
    expect(m.classification).toBe("SULIT");
    expect(m.subtitle).toEqual([
      "PROGRAM PEMBANGUNAN KOMUNITI DI PROJEK PERUMAHAN RAKYAT (PPR) @ KAWASAN BERISIKO TINGGI",
      "TAPAK: PPR SERI PAHANG",
      "BULAN: OKTOBER 2026",
    ]);
  });

  it("names the district and its number of sites when the extract covers several, and the register's other filters", () => {
    const m = bukuRekodModel(
      source({
        sites: ["PPR Seri Pahang", "PPR Seri Pantai"],
        from: null,
        to: null,
        programme: "Program Komuniti Sejahtera",
        criteria: {
          status: "Baru",
          targetGroup: "Warga Emas",
          service: null,
          officer: "Siti Aminah binti Ahmad",
          followUpDue: "2026-11-30",
        },
      }),
    );
    expect(m.subtitle).toEqual([
      "PROGRAM KOMUNITI SEJAHTERA",
      "DAERAH: LEMBAH PANTAI (2 TAPAK)",
      "TEMPOH: SEMUA TARIKH",
      "STATUS: BARU",
      "KUMPULAN SASAR: WARGA EMAS",
      "PEGAWAI: SITI AMINAH BINTI AHMAD",
      "SUSULAN SEHINGGA: 30/11/2026",
    ]);
    expect(bukuRekodModel(source({ sites: [] })).subtitle[1]).toBe("DAERAH: LEMBAH PANTAI");
  });

  it("writes a whole calendar month as the month, any other period as its dates", () => {
    expect(bukuRekodPeriodLine("2026-10-01", "2026-10-31")).toBe("BULAN: OKTOBER 2026");
    expect(bukuRekodPeriodLine("2028-02-01", "2028-02-29")).toBe("BULAN: FEBRUARI 2028");
    expect(bukuRekodPeriodLine("2026-02-01", "2026-02-28")).toBe("BULAN: FEBRUARI 2026");
    expect(bukuRekodPeriodLine("2028-02-01", "2028-02-28")).toBe("TEMPOH: 01/02/2028 - 28/02/2028");
    expect(bukuRekodPeriodLine("2026-10-01", "2026-10-30")).toBe("TEMPOH: 01/10/2026 - 30/10/2026");
    expect(bukuRekodPeriodLine("2026-10-02", "2026-10-31")).toBe("TEMPOH: 02/10/2026 - 31/10/2026");
    expect(bukuRekodPeriodLine("2026-10-01", "2026-11-30")).toBe("TEMPOH: 01/10/2026 - 30/11/2026");
    expect(bukuRekodPeriodLine("2026-10-05", null)).toBe("TEMPOH: DARI 05/10/2026");
    expect(bukuRekodPeriodLine(null, "2026-10-05")).toBe("TEMPOH: SEHINGGA 05/10/2026");
    expect(bukuRekodPeriodLine(null, null)).toBe("TEMPOH: SEMUA TARIKH");
    expect(bukuRekodPeriodSlug("2026-10-01", "2026-10-31")).toBe("2026-10");
    expect(bukuRekodPeriodSlug("2026-10-01", "2026-10-30")).toBe("2026-10-01_2026-10-30");
    expect(bukuRekodPeriodSlug(null, "2026-10-31")).toBe("awal_2026-10-31");
    expect(bukuRekodPeriodSlug("2026-10-01", null)).toBe("2026-10-01_kini");
    expect(bukuRekodPeriodSlug(null, null)).toBe("semua");
  });

  it("names its files after the site (or the district) and the period", () => {
    expect(bukuRekodModel(source()).fileNames).toEqual({
      xlsx: "buku-rekod_ppr-seri-pahang_2026-10.xlsx",
      docx: "buku-rekod_ppr-seri-pahang_2026-10.docx",
    });
    expect(
      bukuRekodModel(source({ sites: ["PPR Seri Pahang", "PPR Kerinchi"], from: null, to: null })).fileNames,
    ).toEqual({ xlsx: "buku-rekod_lembah-pantai_semua.xlsx", docx: "buku-rekod_lembah-pantai_semua.docx" });
    expect(bukuRekodModel(source({ sites: [], district: "" })).fileNames.xlsx).toBe(
      "buku-rekod_daerah_2026-10.xlsx",
    );
  });

  it("carries the common frame: letterhead with its logo, the generation stamp and the signature block", () => {
    const logo = { data: new Uint8Array([1, 2, 3]), type: "png" as const, width: 10, height: 10 };
    const src = source();
    src.letterhead = { ...src.letterhead, logo };
    const m = bukuRekodModel(src);
    expect(m.letterhead).toEqual(src.letterhead);
    expect(m.letterhead.logo).toBe(logo);
    expect(m.stamp).toBe(stampText(src.stamp));
    expect(m.stamp).toBe(
      "Dijana oleh Rekod Komuniti 0.1.0 pada 05/11/2026 14:30 oleh Siti Aminah binti Ahmad",
    );
    expect(m.signature).toEqual([
      {
        heading: "Disediakan oleh:",
        lines: [
          "Nama: Siti Aminah binti Ahmad",
          "Jawatan: Pekerja Pembangunan Komuniti (S27)",
          "Tarikh: 05/11/2026",
        ],
      },
      {
        heading: "Disemak / Disahkan oleh:",
        lines: [
          "Nama: Encik Razak bin Osman",
          "Jawatan: Pegawai Kebajikan Masyarakat Daerah",
          "Tarikh: ....................",
        ],
      },
    ]);
  });

  it("says so when the period holds no entry", () => {
    const m = bukuRekodModel(bukuRekodFixture(0));
    expect(m.rows).toEqual([]);
    expect(m.total).toBe(0);
    expect(m.totalLine).toBe("JUMLAH REKOD: 0");
    expect(m.emptyLine).toBe("Tiada rekod dalam tempoh ini.");
  });
});
