// Why: migration 14 adds Kembara Prihatin Negara's tables and the indexes its screens read: checkpoints in order within a
// tour, baskets by MyKad and day (the repeat warning), complaints by number.
import { describe, expect, it } from "vitest";
import { openAt } from "./open-at";

describe("migration 0014 (kpn)", () => {
  it("adds the tour tables, empty, with their read paths", async () => {
    const name = `m14-${Math.random()}`;
    (await openAt(name, 13)).close();
    const db = await openAt(name, 14);
    expect(db.verno).toBe(14);
    for (const t of ["tours", "checkpoints", "kpnServices", "complaints", "baskets", "intakes"])
      expect(await db.table(t).count(), t).toBe(0);
    await db.table("checkpoints").bulkAdd([
      { id: "cp2", tourId: "t1", order: 2, date: "2026-12-10" },
      { id: "cp1", tourId: "t1", order: 1, date: "2026-12-10" },
      { id: "cp9", tourId: "t2", order: 1, date: "2026-12-11" },
    ]);
    const inOrder = await db
      .table("checkpoints")
      .where("[tourId+order]")
      .between(["t1", 0], ["t1", Infinity])
      .primaryKeys();
    expect(inOrder).toEqual(["cp1", "cp2"]);
    await db.table("baskets").bulkAdd([
      { id: "b1", mykad: "800101145678", date: "2026-12-02" },
      { id: "b2", mykad: "800101145678", date: "2026-11-28" },
    ]);
    const december = await db
      .table("baskets")
      .where("[mykad+date]")
      .between(["800101145678", "2026-12-01"], ["800101145678", "2026-12-31"], true, true)
      .primaryKeys();
    expect(december).toEqual(["b1"]);
    await db.table("complaints").add({ id: "a1", refNo: "KPN/2026/0001" });
    expect(await db.table("complaints").where("refNo").equals("KPN/2026/0001").primaryKeys()).toEqual(["a1"]);
    db.close();
  });
});
