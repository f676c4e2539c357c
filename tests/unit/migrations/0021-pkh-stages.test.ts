// Why: migration 21 must add the payment stages table, read by wilayah and stage, travelling, keep the payments
// already stored, and read open complaints alone by their day of receipt.
import { describe, expect, it } from "vitest";
import { travels } from "../../../renderer/db/exchange/tables";
import { openAt } from "./open-at";

describe("migration 0021 (pkh stages)", () => {
  it("adds pkhStages read through [siteId+stageId] and leaves the payments as they were", async () => {
    const name = `m21-${Math.random()}`;
    const v20 = await openAt(name, 20);
    const payment = { id: "bayar:2026-IV:h1", siteId: "s1", stageId: "2026-IV", householdId: "h1", rev: 1 };
    await v20.table("pkhPayments").add(payment);
    v20.close();

    const db = await openAt(name, 21);
    expect(db.verno).toBe(21);
    const indexes = db.table("pkhStages").schema.indexes.map((i) => i.src);
    expect(indexes).toEqual(expect.arrayContaining(["[siteId+stageId]", "deletedAt", "[pc+pcSeq]"]));
    expect(travels("pkhStages")).toBe(true);
    await db.table("pkhStages").bulkAdd([
      { id: "tahap:s1:2026-IV", siteId: "s1", stageId: "2026-IV" },
      { id: "tahap:s2:2026-IV", siteId: "s2", stageId: "2026-IV" },
    ]);
    const found = await db
      .table("pkhStages")
      .where("[siteId+stageId]")
      .equals(["s1", "2026-IV"])
      .primaryKeys();
    expect(found).toEqual(["tahap:s1:2026-IV"]);
    expect(await db.table("pkhPayments").get("bayar:2026-IV:h1")).toEqual(payment);
    await db.table("pkhComplaints").bulkAdd([
      { id: "c1", siteId: "s1", receivedDate: "2026-10-01", openSince: "2026-10-01" },
      { id: "c2", siteId: "s1", receivedDate: "2026-09-01" },
    ]);
    expect(await db.table("pkhComplaints").where("openSince").below("2026-11-01").primaryKeys()).toEqual([
      "c1",
    ]);
    db.close();
  });
});
