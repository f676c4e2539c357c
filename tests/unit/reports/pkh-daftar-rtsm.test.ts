// Why: the Daftar RTSM counts each household's components as paid today (limits applied), leaves inactive KPM out,
// totals the columns, and is RAHASIA.
import { describe, expect, it } from "vitest";
import { DEFAULT_HOUSEHOLD_LIMITS } from "../../../shared/domain/pkh/components";
import { rtsmModel } from "../../../shared/reports/pkh/daftar/rtsm";
import { penyediaInput } from "../../fixtures/reports/daftar-penyedia";

const m = (over: object) => ({
  birthDate: null,
  schoolLevel: null,
  expectedDelivery: null,
  deliveryDate: null,
  severeDisability: false,
  sex: null,
  ...over,
});
const h = (kpmNo: string, headName: string, active = true) => ({
  kpmNo,
  headName,
  address: "Jl. Kaliurang Km 7",
  desa: "Condongcatur",
  active,
});

describe("Daftar RTSM", () => {
  it("counts the components as paid today and totals them", () => {
    const base = penyediaInput("kesehatan");
    const model = rtsmModel({
      kecamatan: "Depok",
      district: "Sleman",
      households: [
        {
          household: h("3404070001", "Siti Aminah"),
          members: [
            m({ sex: "P", expectedDelivery: "2026-12-20" }),
            m({ birthDate: "2015-07-01", schoolLevel: "sd" }),
            m({ birthDate: "2011-01-01", schoolLevel: "smp" }),
            m({ birthDate: "2024-01-01" }),
            m({ birthDate: "2023-01-01" }),
            m({ birthDate: "2022-01-01" }),
          ],
        },
        { household: h("3404070002", "Sri Wahyuni"), members: [m({ sex: "P", deliveryDate: "2026-11-01" })] },
        { household: h("3404070003", "Tidak Aktif", false), members: [m({ birthDate: "2024-01-01" })] },
      ],
      limits: DEFAULT_HOUSEHOLD_LIMITS,
      today: "2026-11-18",
      letterhead: base.letterhead,
      stamp: base.stamp,
      signature: base.signature,
    });
    expect(model.columns.map((c) => c.header)).toEqual([
      "No",
      "No. RTSM",
      "Nama",
      "Alamat",
      "Anak Usia Sekolah",
      "Anak Balita",
      "Ibu Nifas",
      "Ibu Hamil",
    ]);
    expect(model.rows).toEqual([
      [1, "3404070001", "Siti Aminah", "Jl. Kaliurang Km 7, Condongcatur", 2, 2, 0, 1],
      [2, "3404070002", "Sri Wahyuni", "Jl. Kaliurang Km 7, Condongcatur", 0, 0, 1, 0],
      ["", "", "Jumlah", "", 2, 2, 1, 1],
    ]);
    expect(model.classification).toBe("SULIT");
    expect(model.fileNames.xlsx).toBe("daftar-rtsm_depok_2026-11.xlsx");
  });
});
