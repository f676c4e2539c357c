// Why: migration 7 must keep every case and leave the register's one index ([siteId+status+date]) holding them all.
import { describe, expect, it } from "vitest";
import { openAt } from "./open-at";

describe("migration 0007 (case index entries)", () => {
  it("keeps the cases, reachable by site, status and date, and drops the [siteId+date] and followUpDate indexes", async () => {
    const name = `m7-${Math.random()}`;
    const v6 = await openAt(name, 6);
    const kase = (id: string, status: string, date: string, followUpDate: string) => ({
      id,
      recordNo: `SPH/2026/${id}`,
      siteId: "S1",
      personId: "P1",
      status,
      date,
      followUpDate,
      deletedAt: null,
    });
    await v6
      .table("cases")
      .bulkAdd([
        kase("0001", "baru", "2026-01-02", "2026-01-09"),
        kase("0002", "selesai", "2026-01-03", ""),
        kase("0003", "dirujuk", "2026-02-01", "2026-02-08"),
      ]);
    v6.close();
    // Opened at version 7 itself, so later versions do not change what this test checks.
    const db = await openAt(name, 7);
    expect(db.verno).toBe(7);
    const inSite = await Promise.all(
      ["baru", "dalam-tindakan", "dirujuk", "selesai", "ditutup"].map((status) =>
        db
          .table("cases")
          .where("[siteId+status+date]")
          .between(["S1", status, "2026-01-01"], ["S1", status, "2026-01-31"], true, true)
          .primaryKeys(),
      ),
    );
    expect(inSite.flat().sort()).toEqual(["0001", "0002"]);
    expect(await db.table("cases").where("personId").equals("P1").count()).toBe(3);
    expect(await db.table("cases").where("recordNo").equals("SPH/2026/0003").primaryKeys()).toEqual(["0003"]);
    const cases = db.tables.find((t) => t.name === "cases")!;
    expect(cases.schema.indexes.map((i) => i.src).sort()).toEqual(
      ["&recordNo", "[siteId+status+date]", "personId", "deletedAt"].sort(),
    );
    db.close();
  });
});
