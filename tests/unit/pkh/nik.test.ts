// Why: the NIK gives date of birth and sex (women's day + 40), refuses what cannot be a NIK, and only warns when the
// typed date of birth or sex disagrees with it; any valid NIK reads back to what it was made of.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNik, nikDisagreement, readNik } from "../../../shared/domain/pkh/nik";

const today = "2026-11-18";

describe("NIK", () => {
  it("reads a man's and a woman's date of birth (day + 40) and the century that is not in the future", () => {
    expect(readNik("3404070107150002", today)).toMatchObject({ ok: true, birthDate: "2015-07-01", sex: "L" });
    expect(readNik("3404075203900001", today)).toMatchObject({ ok: true, birthDate: "1990-03-12", sex: "P" });
    expect(readNik("3404 0752 0390 0001", today)).toMatchObject({ ok: true, nik: "3404075203900001" });
    expect(readNik("34.04.07.711226.0003", today)).toMatchObject({ birthDate: "1926-12-31", sex: "P" });
    // 18/11/26 is today: 2026; 19/11/26 would be tomorrow: 1926.
    expect(readNik("3404071811260003", today)).toMatchObject({ birthDate: "2026-11-18" });
    expect(readNik("3404071911260003", today)).toMatchObject({ birthDate: "1926-11-19" });
  });

  it("refuses a wrong length, letters, impossible dates and an empty serial", () => {
    expect(readNik("340407010715000", today)).toEqual({ ok: false, problem: "v.pkh.nikLength" });
    expect(readNik("34040701071500023", today)).toEqual({ ok: false, problem: "v.pkh.nikLength" });
    expect(readNik("34040701071500A2", today)).toEqual({ ok: false, problem: "v.pkh.nikDigits" });
    for (const ddmmyy of ["310215", "710215", "000715", "400715", "720715", "011315", "010015", "290221"])
      expect(readNik(`340407${ddmmyy}0002`, today), ddmmyy).toEqual({ ok: false, problem: "v.pkh.nikDate" });
    expect(readNik("3404072902200002", today)).toMatchObject({ ok: true, birthDate: "2020-02-29" });
    expect(readNik("3404076902200002", today)).toMatchObject({ ok: true, birthDate: "2020-02-29", sex: "P" });
    expect(readNik("3404070107150000", today)).toEqual({ ok: false, problem: "v.pkh.nikSerial" });
    expect(readNik("0004070107150002", today)).toEqual({ ok: false, problem: "v.pkh.nikRegion" });
  });

  it("warns, without refusing, when the typed date of birth or sex disagrees", () => {
    expect(nikDisagreement("3404075203900001", "1990-03-12", "P", today)).toBeNull();
    expect(nikDisagreement("3404075203900001", "1990-03-13", "P", today)).toBe("birthDate");
    expect(nikDisagreement("3404075203900001", "1990-03-12", "L", today)).toBe("sex");
    expect(nikDisagreement("3404075203900001", "1991-03-12", "L", today)).toBe("both");
    expect(nikDisagreement("3404075203900001", null, null, today)).toBeNull();
    expect(nikDisagreement("123", "1990-03-12", "L", today)).toBeNull();
  });

  it("reads back any valid NIK it made", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1927-01-01T00:00:00Z"),
          max: new Date("2026-11-18T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom("L" as const, "P" as const),
        fc.integer({ min: 11, max: 94 }),
        fc.integer({ min: 1, max: 9999 }),
        (date, sex, province, serial) => {
          const birthDate = date.toISOString().slice(0, 10);
          const parts = {
            provinceCode: String(province),
            regencyCode: "04",
            districtCode: "07",
            birthDate,
            sex,
            serial: String(serial).padStart(4, "0"),
          };
          expect(readNik(formatNik(parts), today)).toEqual({ ok: true, nik: formatNik(parts), ...parts });
        },
      ),
    );
  });
});
