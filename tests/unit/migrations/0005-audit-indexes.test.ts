// Why: migration 5 must keep every audit row and leave only the indexes the log is read by.
import { describe, expect, it } from "vitest";
import { openAt } from "./open-at";
import Dexie from "dexie";
import { migration0001 } from "../../../renderer/db/migrations/0001-initial";
import { migration0002 } from "../../../renderer/db/migrations/0002-buku-rekod";
import { migration0003 } from "../../../renderer/db/migrations/0003-komuniti";
import { migration0004 } from "../../../renderer/db/migrations/0004-register-indexes";

describe("migration 0005 (audit indexes)", () => {
  it("keeps the audit rows, in id order, and drops the unread at/actorId indexes", async () => {
    const name = `m5-${Math.random()}`;
    const v4 = new Dexie(name);
    migration0001(v4);
    migration0002(v4);
    migration0003(v4);
    migration0004(v4);
    await v4.open();
    const row = (id: string, recordId: string) => ({
      id,
      at: "2026-11-01T00:00:00.000Z",
      actorId: "U1",
      actorName: "Aminah",
      action: "create",
      table: "cases",
      recordId,
      label: recordId,
      before: null,
      after: { rev: 1 },
    });
    await v4.table("audit").bulkAdd([row("01A", "C1"), row("01B", "C2"), row("01C", "C1")]);
    v4.close();
    // Opened at version 5 itself, so later versions do not change what this test checks.
    const db = await openAt(name, 5);
    expect(db.verno).toBe(5);
    expect((await db.table("audit").orderBy("id").reverse().toArray()).map((r) => r.id)).toEqual([
      "01C",
      "01B",
      "01A",
    ]);
    expect(await db.table("audit").where("[table+recordId]").equals(["cases", "C1"]).primaryKeys()).toEqual([
      "01A",
      "01C",
    ]);
    const audit = db.tables.find((t) => t.name === "audit")!;
    expect(audit.schema.indexes.map((i) => i.src)).toEqual(["[table+recordId]"]);
    db.close();
  });
});
