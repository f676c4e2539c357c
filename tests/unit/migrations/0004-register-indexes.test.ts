import { describe, expect, it } from "vitest";
import Dexie from "dexie";
import { migration0001 } from "../../../renderer/db/migrations/0001-initial";
import { migration0002 } from "../../../renderer/db/migrations/0002-buku-rekod";
import { migration0003 } from "../../../renderer/db/migrations/0003-komuniti";
import { migration0004 } from "../../../renderer/db/migrations/0004-register-indexes";

describe("migration 0004 (register indexes)", () => {
  it("indexes existing cases by site, status and date", async () => {
    const name = `m4-${Math.random()}`;
    const v3 = new Dexie(name);
    migration0001(v3);
    migration0002(v3);
    migration0003(v3);
    await v3.open();
    await v3.table("cases").bulkAdd([
      {
        id: "C1",
        recordNo: "SPH/2026/0001",
        siteId: "S1",
        status: "baru",
        date: "2026-01-02",
        deletedAt: null,
      },
      {
        id: "C2",
        recordNo: "SPH/2026/0002",
        siteId: "S1",
        status: "selesai",
        date: "2026-01-03",
        deletedAt: null,
      },
    ]);
    v3.close();
    // Opened at version 4 itself, so later versions do not change what this test checks.
    const db = new Dexie(name);
    migration0001(db);
    migration0002(db);
    migration0003(db);
    migration0004(db);
    await db.open();
    expect(db.verno).toBe(4);
    expect(
      await db
        .table("cases")
        .where("[siteId+status+date]")
        .between(["S1", "baru", Dexie.minKey], ["S1", "baru", Dexie.maxKey])
        .primaryKeys(),
    ).toEqual(["C1"]);
    expect(await db.table("cases").count()).toBe(2);
    const cases = db.tables.find((t) => t.name === "cases")!;
    expect(cases.schema.indexes.map((i) => i.src).sort()).toEqual(
      ["&recordNo", "[siteId+date]", "[siteId+status+date]", "personId", "followUpDate", "deletedAt"].sort(),
    );
    db.close();
  });
});
