// Why: a new amount or limit is added from its date (an entry of the same date replaced), what applied before is kept,
// the whole settings are checked before anything is written, and only the administrator changes them.
import { describe, expect, it } from "vitest";
import { AccessError, ValidationError } from "../../../renderer/db/errors";
import { updatePkhSettings, withDated } from "../../../renderer/db/repositories/pkh/settings";
import { getOffice } from "../../../renderer/db/repositories/office";
import { setupOffice } from "../../../renderer/db/setup";
import { expectedForStage, DEFAULT_BENEFIT_AMOUNTS } from "../../../shared/domain/pkh/benefits";
import { pkhSettingsOf } from "../../../shared/domain/pkh/settings";
import { actor, FAST_ITERATIONS, freshDb } from "../helpers";

const pkhOffice = {
  state: "DI Yogyakarta",
  district: "Sleman",
  officeName: "UPPKH Kabupaten Sleman",
  address: "Jl. Parasamya No. 1, Beran",
  phone: "0274 868405",
  email: "uppkh.sleman@example.go.id",
  countryPack: "pkh",
  language: "id",
  autoLockMinutes: 10,
};
const admin = { name: "Dewi Lestari", username: "dewi", password: "Sleman#2026", confirm: "Sleman#2026" };

describe("PKH settings", () => {
  it("keeps dated entries in order, one per date", () => {
    const list = [{ from: "2021-01-01", v: 1 }];
    expect(withDated(list, { from: "2027-01-01", v: 2 })).toEqual([
      { from: "2021-01-01", v: 1 },
      { from: "2027-01-01", v: 2 },
    ]);
    expect(withDated(list, { from: "2021-01-01", v: 3 })).toEqual([{ from: "2021-01-01", v: 3 }]);
  });

  it("adds amounts from a date, keeps the earlier ones, refuses bad settings and other roles", async () => {
    const db = freshDb();
    const user = await setupOffice(db, pkhOffice, admin, FAST_ITERATIONS);
    // A PKH office starts with no JKM aid rates.
    expect(await db.rates.count()).toBe(0);
    const a = { ...actor("pentadbir"), userId: user.id };
    const office = (await getOffice(db))!;
    const amounts = withDated(pkhSettingsOf(office).amounts, {
      from: "2027-01-01",
      amounts: { ...DEFAULT_BENEFIT_AMOUNTS[0]!.amounts, lanjut_usia: 2_800_000 },
    });
    const saved = await updatePkhSettings(db, a, office.rev, office, { amounts });
    const settings = pkhSettingsOf(saved);
    expect(settings.amounts.map((x) => x.from)).toEqual(["2021-01-01", "2027-01-01"]);
    const elder = [
      {
        birthDate: "1950-01-01",
        schoolLevel: null,
        expectedDelivery: null,
        deliveryDate: null,
        severeDisability: false,
        sex: null,
      },
    ];
    expect(expectedForStage(elder, 2026, "IV", settings).total).toBe(600_000);
    expect(expectedForStage(elder, 2027, "I", settings).total).toBe(700_000);
    // Bounds upside down: refused whole, nothing written.
    await expect(
      updatePkhSettings(db, a, saved.rev, saved, { caseload: { min: 400, max: 100 } }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(pkhSettingsOf((await getOffice(db))!).caseload).toEqual({ min: 150, max: 375 });
    await expect(
      updatePkhSettings(db, actor("pkmd"), saved.rev, saved, { caseload: { min: 100, max: 300 } }),
    ).rejects.toBeInstanceOf(AccessError);
  });
});
