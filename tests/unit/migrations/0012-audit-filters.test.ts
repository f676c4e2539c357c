// Why: migration 12 must keep every audit row and read the log by user or by action (with a date range) through indexes.
import { describe, expect, it } from "vitest";
import { openAt } from "./open-at";

describe("migration 0012 (audit filters)", () => {
  it("keeps the audit rows and indexes them by [actorId+id] and [action+id]", async () => {
    const name = `m12-${Math.random()}`;
    const v11 = await openAt(name, 11);
    const row = (id: string, actorId: string, action: string) => ({
      id,
      at: "2026-11-01T00:00:00.000Z",
      actorId,
      actorName: actorId,
      action,
      table: "cases",
      recordId: "C1",
      label: "C1",
      before: null,
      after: null,
    });
    await v11
      .table("audit")
      .bulkAdd([row("01A", "U1", "create"), row("01B", "U2", "view"), row("01C", "U1", "view")]);
    v11.close();
    const db = await openAt(name, 12);
    expect(db.verno).toBe(12);
    expect(await db.table("audit").count()).toBe(3);
    const ids = (index: string, key: string) =>
      db.table("audit").where(index).between([key, ""], [key, "\uffff"]).reverse().primaryKeys();
    expect(await ids("[actorId+id]", "U1")).toEqual(["01C", "01A"]);
    expect(await ids("[action+id]", "view")).toEqual(["01C", "01B"]);
    expect(await db.table("audit").where("[table+recordId]").equals(["cases", "C1"]).count()).toBe(3);
    db.close();
  });
});
