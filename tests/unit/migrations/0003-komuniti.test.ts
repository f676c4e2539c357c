import { describe, expect, it } from "vitest";
import Dexie from "dexie";
import { migration0001 } from "../../../renderer/db/migrations/0001-initial";
import { migration0002 } from "../../../renderer/db/migrations/0002-buku-rekod";
import { migration0003 } from "../../../renderer/db/migrations/0003-komuniti";

describe("migration 0003 (community work tables)", () => {
  it("opens a version-2 database with cases, keeps them, and adds the community tables", async () => {
    const name = `m3-${Math.random()}`;
    const v2 = new Dexie(name);
    migration0001(v2);
    migration0002(v2);
    await v2.open();
    await v2.table("cases").add({ id: "C1", recordNo: "SPH/2026/0001", siteId: "S1", date: "2026-01-02" });
    await v2.table("counters").add({ key: "case:S1:2026", next: 2 });
    v2.close();

    const db = new Dexie(name);
    migration0001(db);
    migration0002(db);
    migration0003(db);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.table("cases").get("C1")).toMatchObject({ recordNo: "SPH/2026/0001" });
    expect(await db.table("counters").get("case:S1:2026")).toEqual({ key: "case:S1:2026", next: 2 });
    const names = db.tables.map((t) => t.name);
    for (const t of [
      "profiles",
      "stakeholders",
      "contacts",
      "meetings",
      "actionItems",
      "needs",
      "actionPlans",
      "programmes",
      "photos",
    ]) {
      expect(names).toContain(t);
    }
    await db.table("programmes").add({ id: "P1", siteId: "S1", startDate: "2026-03-01" });
    expect(
      await db
        .table("programmes")
        .where("[siteId+startDate]")
        .between(["S1", "2026-03-01"], ["S1", "2026-03-31"])
        .count(),
    ).toBe(1);
    await db.table("actionItems").add({ id: "A1", ownerId: "U1", status: "belum" });
    expect(await db.table("actionItems").where("[ownerId+status]").equals(["U1", "belum"]).count()).toBe(1);
    db.close();
  });
});
