// Why: the backup store's schema is a version of its own (beside the app's migrations): it must keep its tables and
// indexes, and rows written by one version must read back after the store is opened again.
import "fake-indexeddb/auto";
import Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { BackupStoreDB, type BackupLogRow } from "../../renderer/backup/store";

const row = (id: string, at: string, result: "ok" | "failed"): BackupLogRow => ({
  id,
  at,
  name: `sandaran_${id}.rkbak`,
  reason: "auto",
  result,
  problem: result === "ok" ? null : "e.backup.failed",
  size: 10,
  counts: { cases: 1 },
  durationMs: 5,
  location: "OPFS",
  auditHead: "",
  createdAt: at,
  createdBy: "system",
  updatedAt: at,
  updatedBy: "system",
  rev: 1,
  deletedAt: null,
});

describe("backup store, version 1", () => {
  it("has the key table and the log indexed by time and by result and time", async () => {
    const name = `store-${Math.random()}`;
    const store = new BackupStoreDB(name);
    await store.open();
    expect(store.verno).toBe(1);
    expect(store.tables.map((t) => t.name).sort()).toEqual(["keys", "log"]);
    expect(store.keys.schema.primKey.keyPath).toBe("id");
    expect(store.log.schema.indexes.map((i) => i.name).sort()).toEqual(["[result+at]", "at"]);
    store.close();
    await Dexie.delete(name);
  });

  it("keeps the log across a reopen and finds the newest good backup by index", async () => {
    const name = `store-${Math.random()}`;
    const first = new BackupStoreDB(name);
    await first.log.bulkAdd([
      row("a", "2026-11-01T00:00:00.000Z", "ok"),
      row("b", "2026-11-02T00:00:00.000Z", "failed"),
      row("c", "2026-11-03T00:00:00.000Z", "ok"),
    ]);
    first.close();
    const again = new BackupStoreDB(name);
    const newestOk = await again.log.where("[result+at]").between(["ok", ""], ["ok", "\uffff"]).last();
    expect(newestOk?.id).toBe("c");
    expect(await again.log.count()).toBe(3);
    again.close();
    await Dexie.delete(name);
  });
});
