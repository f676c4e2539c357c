// Why: bad input at the KPN forms' edge gets a message key, never a half-made record.
import { describe, expect, it } from "vitest";
import { basketFields, checkpointFields, tourFields } from "../../shared/domain/kpn/records";

const firstKeys = (r: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) => (r.success ? [] : r.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`));

const stock = { beras: 40, minyak: 40, tepung: 40, gula: 40 };
const tour = {
  date: "2026-12-05",
  team: [
    { name: "Aminah binti Salleh", role: "ketua", grade: "S29" },
    { name: "Badrul bin Ahmad", role: "pembantu" },
    { name: "Chong Wei", role: "pemandu" },
  ],
  vehicle: { kind: "ukp", registration: "WXY 1234" },
  stockLoaded: stock,
};

describe("KPN records at the edge", () => {
  it("takes a planned tour and asks why one is postponed", () => {
    expect(tourFields.safeParse(tour).success).toBe(true);
    expect(firstKeys(tourFields.safeParse({ ...tour, status: "ditangguhkan" }))).toEqual([
      "statusReason:v.required",
    ]);
    expect(firstKeys(tourFields.safeParse({ ...tour, stockLoaded: { ...stock, gula: -1 } }))).toEqual([
      "stockLoaded.gula:v.kpn.quantity",
    ]);
    expect(firstKeys(tourFields.safeParse({ ...tour, stockLoaded: { ...stock, beras: "sepuluh" } }))).toEqual(
      ["stockLoaded.beras:v.kpn.quantity"],
    );
  });

  it("refuses a checkpoint time that is not a time", () => {
    const cp = { tourId: "t", order: 1, name: "Pasar Tani", locationType: "pasar", date: "2026-12-05" };
    expect(checkpointFields.safeParse({ ...cp, start: "08:00", end: "10:00" }).success).toBe(true);
    expect(firstKeys(checkpointFields.safeParse({ ...cp, start: "8 pagi", end: "10:00" }))).toEqual([
      "start:v.kpn.time",
    ]);
  });

  it("refuses an empty basket and an override without a real reason", () => {
    const b = { tourId: "t", checkpointId: "c", recipientName: "Siti", mykad: "800101-14-5678" };
    expect(basketFields.safeParse({ ...b, items: { beras: 1, minyak: 1, tepung: 0, gula: 0 } }).success).toBe(
      true,
    );
    expect(
      firstKeys(basketFields.safeParse({ ...b, items: { beras: 0, minyak: 0, tepung: 0, gula: 0 } })),
    ).toEqual(["items:v.kpn.basketEmpty"]);
    expect(firstKeys(basketFields.safeParse({ ...b, items: { ...stock }, overStockReason: "ok" }))).toEqual([
      "overStockReason:v.minLength:10",
    ]);
  });
});
