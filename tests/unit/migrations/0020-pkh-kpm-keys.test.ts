// Why: migration 20 must page the households already stored by wilayah and No. KPM, leaving them as they were.
import { describe, expect, it } from "vitest";
import { openAt } from "./open-at";

const household = (id: string, siteId: string, kpmNo: string) => ({
  id,
  siteId,
  kpmNo,
  groupId: null,
  nameTokens: ["siti"],
  createdAt: "2026-11-02T01:00:00.000Z",
  createdBy: "u1",
  updatedAt: "2026-11-02T01:00:00.000Z",
  updatedBy: "u1",
  rev: 1,
  deletedAt: null,
});

describe("migration 0020 (pkh kpm keys)", () => {
  it("reads a wilayah's households in No. KPM order through [siteId+kpmNo]", async () => {
    const name = `m20-${Math.random()}`;
    const v19 = await openAt(name, 19);
    const rows = [
      household("h1", "s1", "KPM-003"),
      household("h2", "s2", "KPM-001"),
      household("h3", "s1", "KPM-002"),
    ];
    await v19.table("pkhHouseholds").bulkAdd(rows);
    v19.close();

    const db = await openAt(name, 20);
    expect(db.verno).toBe(20);
    const page = await db
      .table("pkhHouseholds")
      .where("[siteId+kpmNo]")
      .between(["s1", ""], ["s1", "\uffff"])
      .primaryKeys();
    expect(page).toEqual(["h3", "h1"]);
    expect(await db.table("pkhHouseholds").get("h2")).toEqual(rows[1]);
    db.close();
  });
});
