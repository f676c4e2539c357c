// Why: the common frame's words (money, months, periods, file names, stamp, signatures) are fixed by FORMATS.md.
import { describe, expect, it } from "vitest";
import {
  MALAY_MONTHS,
  letterheadFrom,
  letterheadLines,
  malayMonth,
  officeDateTime,
  periodLine,
  reportFileName,
  ringgit,
  signatureBlock,
  stampText,
} from "../../../shared/reports/frame/text";
import { base64Of, colLetter, sheetName } from "../../../shared/reports/frame/xlsx";
import { pageMargins, usableWidth, CM } from "../../../shared/reports/frame/docx";
import { BUKU_REKOD_MARGINS, BUKU_REKOD_TABLE_PT } from "../../../shared/reports/buku-rekod-columns";

describe("frame text", () => {
  it("writes ringgit as RM 1,234.00", () => {
    expect(ringgit(1234)).toBe("RM 1,234.00");
    expect(ringgit(0)).toBe("RM 0.00");
    expect(ringgit(1234567.891)).toBe("RM 1,234,567.89");
    expect(ringgit(0.005)).toBe("RM 0.01");
    expect(ringgit(-12.5)).toBe("-RM 12.50");
  });

  it("names the months in Malay and writes the period lines", () => {
    expect(MALAY_MONTHS).toHaveLength(12);
    expect(malayMonth(1)).toBe("Januari");
    expect(malayMonth(12)).toBe("Disember");
    expect(() => malayMonth(0)).toThrow(RangeError);
    expect(periodLine({ year: 2026, month: 10 })).toBe("BULAN: OKTOBER 2026");
    expect(periodLine({ year: 2026, month: 3 })).toBe("BULAN: MAC 2026");
    expect(periodLine({ year: 2026 })).toBe("TAHUN: 2026");
  });

  it("names files {kod}_{site-or-district}_{period}, lower case without spaces", () => {
    expect(reportFileName("statistik-kes", "PPR Seri Pantai", { year: 2026, month: 10 }, "xlsx")).toBe(
      "statistik-kes_ppr-seri-pantai_2026-10.xlsx",
    );
    expect(reportFileName("statistik-kes", "Lembah Pantai", { year: 2026 }, "docx")).toBe(
      "statistik-kes_lembah-pantai_2026.docx",
    );
    expect(
      reportFileName("profail", "PPR Taman Putra Damai (Fasa 2)", { year: 2026, month: 1 }, "docx"),
    ).toBe("profail_ppr-taman-putra-damai-fasa-2_2026-01.docx");
  });

  it("stamps app, version, office date and time, and user", () => {
    expect(officeDateTime("2026-01-31T17:30:00.000Z")).toBe("01/02/2026 01:30");
    expect(
      stampText({ app: "Rekod Komuniti", version: "0.1.0", at: "2026-11-05T06:30:00Z", by: "Siti" }),
    ).toBe("Dijana oleh Rekod Komuniti 0.1.0 pada 05/11/2026 14:30 oleh Siti");
  });

  it("builds the JKM letterhead from the office settings", () => {
    const l = letterheadFrom({
      countryPack: "jkm",
      district: "Lembah Pantai",
      state: "WP Kuala Lumpur",
      address: "Jalan Pantai Baharu, 59200 Kuala Lumpur",
      phone: "03-2222 3333",
    });
    expect(letterheadLines(l)).toEqual([
      "JABATAN KEBAJIKAN MASYARAKAT MALAYSIA",
      "PEJABAT KEBAJIKAN MASYARAKAT DAERAH LEMBAH PANTAI, WP KUALA LUMPUR",
      "Jalan Pantai Baharu, 59200 Kuala Lumpur",
      "Tel: 03-2222 3333",
    ]);
  });

  it("fills the signature block, leaving a line for a date not given", () => {
    const [left, right] = signatureBlock({
      preparedBy: { name: "Siti", jawatan: "PPK", date: "2026-11-05" },
      reviewedBy: { name: "Razak" },
    });
    expect(left).toEqual({
      heading: "Disediakan oleh:",
      lines: ["Nama: Siti", "Jawatan: PPK", "Tarikh: 05/11/2026"],
    });
    expect(right!.heading).toBe("Disemak / Disahkan oleh:");
    expect(right!.lines[0]).toBe("Nama: Razak");
    expect(right!.lines[2]).toMatch(/^Tarikh: \.+$/);
  });
});

describe("frame writers' helpers", () => {
  it("encodes base64 as Node does", () => {
    for (const n of [0, 1, 2, 3, 4, 5, 300]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) % 256);
      expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });

  it("names columns and sheets as Excel wants", () => {
    expect([colLetter(1), colLetter(15), colLetter(26), colLetter(27), colLetter(53)]).toEqual([
      "A",
      "O",
      "Z",
      "AA",
      "BA",
    ]);
    const taken = new Set<string>();
    expect(sheetName("PPR Seri Pantai", taken)).toBe("PPR Seri Pantai");
    expect(sheetName("ppr seri pantai", taken)).toBe("ppr seri pantai (2)");
    expect(sheetName("A/B: [x]?", taken)).toBe("A B   x");
    expect(sheetName("X".repeat(40), taken)).toHaveLength(31);
  });

  it("keeps 2.0 cm margins and 2.5 cm on the binding side", () => {
    expect(pageMargins("portrait")).toMatchObject({ left: Math.round(2.5 * CM), right: 2 * CM });
    expect(pageMargins("landscape")).toMatchObject({
      top: Math.round(2.5 * CM),
      left: 2 * CM,
      right: 2 * CM,
    });
    expect(usableWidth("landscape")).toBe(16838 - 4 * CM);
  });

  it("gives the Buku Rekod narrow 1.27 cm sides only, and its 9 pt table the width between them", () => {
    expect(pageMargins("landscape", "narrow")).toMatchObject({
      top: Math.round(2.5 * CM),
      bottom: 2 * CM,
      left: 720,
      right: 720,
    });
    expect(BUKU_REKOD_MARGINS).toBe("narrow");
    // The shared column layout is no wider than the narrowest copy (Word's page less its sides, in points).
    expect(BUKU_REKOD_TABLE_PT).toBeLessThanOrEqual(usableWidth("landscape", "narrow") / 20);
    expect(BUKU_REKOD_TABLE_PT).toBeGreaterThan(usableWidth("landscape", "narrow") / 20 - 2);
  });
});
