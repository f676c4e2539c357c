// Why: the Daftar Ketua Kelompok lists each group's ketua with participation, join date, schedule, Kes / Dik from
// the components counted today and attendance at each payment stage; a group without a ketua is left out.
import { describe, expect, it } from "vitest";
import { DEFAULT_HOUSEHOLD_LIMITS } from "../../../shared/domain/pkh/components";
import { kesDik, ketuaModel } from "../../../shared/reports/pkh/daftar/ketua";
import { ketuaInput } from "../../fixtures/reports/daftar-ketua";

const facts = (over: object) => ({
  birthDate: null,
  schoolLevel: null,
  expectedDelivery: null,
  deliveryDate: null,
  severeDisability: false,
  sex: null,
  ...over,
});

describe("Daftar Ketua Kelompok", () => {
  it("lists each ketua as FORMATS.md orders the columns", () => {
    const model = ketuaModel(ketuaInput());
    expect(model.columns.map((c) => c.header)).toEqual([
      "No",
      "Nama Pemimpin",
      "Alamat",
      "Partisipasi (Ya / Tidak)",
      "Tgl Bergabung",
      "Jadwal Pembayaran",
      "Kesh / Dik",
      "I",
      "II",
      "III",
      "IV",
    ]);
    expect(model.rows).toEqual([
      [
        1,
        "Siti Aminah (Kelompok Mawar)",
        "Jl. Kaliurang Km 7 RT 03 RW 12, Condongcatur",
        "Ya",
        "03/02/2025",
        "20/11/2026, Kantor Pos Depok",
        "Dik",
        "Hadir",
        "Hadir",
        "Tidak",
        "",
      ],
      [
        2,
        "Wati Lestari (Kelompok Melati)",
        "Dusun Ngringin RT 02 RW 05, Caturtunggal",
        "Tidak",
        "15/06/2026",
        "20/11/2026, Kantor Pos Depok",
        "Kes",
        "",
        "",
        "Hadir",
        "",
      ],
    ]);
    expect(model.classification).toBe("SULIT");
    expect(model.subtitle[2]).toBe("TAHUN 2026, KEADAAN PER 18 NOVEMBER 2026");
    expect(model.fileNames.docx).toBe("daftar-ketua-kelompok_depok_2026-11.docx");
  });

  it("says so when no group has a ketua", () => {
    const model = ketuaModel({ ...ketuaInput(), groups: [] });
    expect(model.rows).toEqual([]);
    expect(model.notes).toEqual(["Belum ada kelompok dengan ketua di wilayah ini."]);
  });

  it("reads Kes and Dik from the components counted on the day", () => {
    const on = "2026-11-18";
    const L = DEFAULT_HOUSEHOLD_LIMITS;
    expect(kesDik([facts({ birthDate: "2015-07-01", schoolLevel: "sd" })], on, L)).toBe("Dik");
    expect(kesDik([facts({ birthDate: "2024-01-01" })], on, L)).toBe("Kes");
    expect(
      kesDik(
        [facts({ birthDate: "2024-01-01" }), facts({ birthDate: "2010-01-01", schoolLevel: "smp" })],
        on,
        L,
      ),
    ).toBe("Kes / Dik");
    expect(kesDik([facts({ birthDate: "1990-01-01" })], on, L)).toBe("—");
    // A baby turning seven leaves "Kes" by itself.
    expect(kesDik([facts({ birthDate: "2019-11-18" })], on, L)).toBe("—");
  });
});
