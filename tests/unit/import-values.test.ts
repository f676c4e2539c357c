// Why: spreadsheet values as offices type them must read into what the app stores, and the rest must be named.
import { describe, expect, it } from "vitest";
import {
  fromSerial,
  parseCode,
  parseDay,
  parseDocument,
  parsePhone,
  tidyName,
} from "../../shared/import/values";
import { serviceWords, targetGroupWords } from "../../shared/import/buku-rekod-fields";

const today = "2026-11-18";

describe("import values", () => {
  it("reads dates as text (day first), as Excel serials and as xlsx date cells", () => {
    expect(parseDay("05/03/2025", today)).toEqual({ ok: true, value: "2025-03-05" });
    expect(parseDay("5.3.25", today)).toEqual({ ok: true, value: "2025-03-05" });
    expect(parseDay("5-3-2025", today)).toEqual({ ok: true, value: "2025-03-05" });
    expect(parseDay("2025-03-05", today)).toEqual({ ok: true, value: "2025-03-05" });
    // A two-digit year is never after this year: 55 is 1955, 26 is 2026.
    expect(parseDay("1.1.55", today)).toEqual({ ok: true, value: "1955-01-01" });
    expect(parseDay("1.1.26", today)).toEqual({ ok: true, value: "2026-01-01" });
    expect(fromSerial(45721)).toBe("2025-03-05");
    expect(parseDay(45721, today)).toEqual({ ok: true, value: "2025-03-05" });
    expect(parseDay("45721", today)).toEqual({ ok: true, value: "2025-03-05" });
    expect(parseDay(new Date(Date.UTC(2025, 2, 5)), today)).toEqual({ ok: true, value: "2025-03-05" });
    expect(parseDay("31/02/2025", today)).toEqual({ ok: false, reason: "imp.date" });
    expect(parseDay("Mac 2025", today)).toEqual({ ok: false, reason: "imp.date" });
    expect(parseDay("", today)).toEqual({ ok: false, reason: "v.required" });
  });

  it("reads MyKad with or without dashes and gives back a leading zero Excel dropped", () => {
    expect(parseDocument("850101-14-5678")).toEqual({
      ok: true,
      value: { kind: "mykad", digits: "850101145678" },
    });
    expect(parseDocument("850101 14 5678")).toEqual({
      ok: true,
      value: { kind: "mykad", digits: "850101145678" },
    });
    expect(parseDocument(50101145671)).toEqual({
      ok: true,
      value: { kind: "mykad", digits: "050101145671" },
    });
    expect(parseDocument("50101145671")).toEqual({
      ok: true,
      value: { kind: "mykad", digits: "050101145671" },
    });
    // Born in 2000: three zeros lost.
    expect(parseDocument(212120162)).toEqual({ ok: true, value: { kind: "mykad", digits: "000212120162" } });
    expect(parseDocument(850101145678)).toEqual({
      ok: true,
      value: { kind: "mykad", digits: "850101145678" },
    });
    expect(parseDocument("8.50101E+11")).toEqual({ ok: false, reason: "imp.mykadRounded" });
    expect(parseDocument("A1234567")).toEqual({ ok: true, value: { kind: "passport", docNo: "A1234567" } });
    expect(parseDocument("")).toEqual({ ok: true, value: { kind: "none" } });
    expect(parseDocument("-")).toEqual({ ok: true, value: { kind: "none" } });
    expect(parseDocument("85010114")).toEqual({ ok: false, reason: "v.mykadFormat" });
  });

  it("writes names in capitals in title case and keeps other names as typed", () => {
    expect(tidyName("AHMAD BIN KASSIM")).toBe("Ahmad bin Kassim");
    expect(tidyName("  MUTHU  A/L  RAMASAMY ")).toBe("Muthu a/l Ramasamy");
    expect(tidyName("NUR AISYAH BINTI ABD. RAHMAN")).toBe("Nur Aisyah binti Abd. Rahman");
    expect(tidyName("JUNAIDAH ANAK JAMIT")).toBe("Junaidah anak Jamit");
    expect(tidyName("Tan Mei Ling")).toBe("Tan Mei Ling");
    expect(tidyName("siti nor")).toBe("siti nor");
  });

  it("maps target groups and services written in words to the app's codes", () => {
    expect(parseCode("Warga Emas", targetGroupWords, "x")).toEqual({ ok: true, value: "warga-emas" });
    expect(parseCode("WARGA EMAS", targetGroupWords, "x")).toEqual({ ok: true, value: "warga-emas" });
    expect(parseCode("Ibu tunggal", targetGroupWords, "x")).toEqual({ ok: true, value: "ibu-tunggal" });
    expect(parseCode("Orang Kurang Upaya", targetGroupWords, "x")).toEqual({ ok: true, value: "oku" });
    expect(parseCode("Miskin Tegar", targetGroupWords, "x")).toEqual({ ok: true, value: "miskin" });
    expect(parseCode("Elderly", targetGroupWords, "x")).toEqual({ ok: true, value: "warga-emas" });
    expect(parseCode("Keluarga Miskin / Miskin Tegar", targetGroupWords, "x")).toEqual({
      ok: true,
      value: "miskin",
    });
    expect(parseCode("Kaunseling", serviceWords, "x")).toEqual({ ok: true, value: "nasihat" });
    expect(parseCode("Lawatan / Ziarah", serviceWords, "x")).toEqual({ ok: true, value: "lawatan" });
    expect(parseCode("Bantuan makanan", serviceWords, "x")).toEqual({ ok: true, value: "bantuan-barangan" });
    expect(parseCode("Rujukan ke JPN", serviceWords, "x")).toEqual({ ok: true, value: "rujukan" });
    expect(parseCode("Pelancongan", serviceWords, "imp.service")).toEqual({
      ok: false,
      reason: "imp.service",
    });
  });

  it("gives a phone number that lost its leading zero its zero back", () => {
    expect(parsePhone(123456789)).toBe("0123456789");
    expect(parsePhone("322821234")).toBe("0322821234");
    expect(parsePhone("012-345 6789")).toBe("012-345 6789");
  });
});
