// Why: migration 9 must keep every case as it was, index an imported case's old number and add the mapping table.
import { describe, expect, it } from "vitest";
import { openAt } from "./open-at";
import { world } from "../stat-tallies-world";

describe("migration 0009 (imports)", () => {
  it("keeps the cases, finds a case by its old number and stores remembered mappings", async () => {
    const name = `m9-${Math.random()}`;
    const v8 = await openAt(name, 8);
    const w = world(9);
    const persons = Array.from({ length: 5 }, w.person);
    const cases = Array.from({ length: 12 }, () => w.kase(w.rng.pick(persons).id));
    await v8.table("persons").bulkAdd(persons);
    await v8.table("cases").bulkAdd(cases);
    v8.close();
    const db = await openAt(name, 9);
    expect(db.verno).toBe(9);
    expect(await db.table("cases").toArray()).toEqual(cases);
    await db
      .table("cases")
      .add({ ...cases[0]!, id: "legacy-1", recordNo: "X/2025/0001", legacyNo: "BR 12/2019" });
    expect(await db.table("cases").where("legacyNo").equals("BR 12/2019").primaryKeys()).toEqual([
      "legacy-1",
    ]);
    // Cases without an old number store no entry in that index.
    expect(await db.table("cases").where("legacyNo").above("").count()).toBe(1);
    await db
      .table("importMappings")
      .add({ id: "m1", signature: "buku-rekod|nama|no kp", columns: ["name", "docNo"] });
    await expect(
      db.table("importMappings").add({ id: "m2", signature: "buku-rekod|nama|no kp", columns: [] }),
    ).rejects.toThrow();
    db.close();
  });
});
