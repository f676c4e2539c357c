import { describe, expect, it } from "vitest";
import Dexie from "dexie";
import { migration0001 } from "../../../renderer/db/migrations/0001-initial";
import { migration0002 } from "../../../renderer/db/migrations/0002-buku-rekod";

describe("migration 0002 (Buku Rekod tables)", () => {
  it("opens a version-1 database with data, keeps it, and adds the new tables with their indexes", async () => {
    const name = `m2-${Math.random()}`;
    const v1 = new Dexie(name);
    migration0001(v1);
    await v1.open();
    await v1.table("sites").add({ id: "S1", code: "SPH", name: "PPR Seri Pahang", deletedAt: null });
    await v1
      .table("audit")
      .add({ id: "A1", at: "2026-01-01T00:00:00.000Z", table: "sites", recordId: "S1", actorId: "u" });
    v1.close();

    const db = new Dexie(name);
    migration0001(db);
    migration0002(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.table("sites").get("S1")).toMatchObject({ code: "SPH" });
    expect(await db.table("audit").count()).toBe(1);
    const cases = db.tables.find((t) => t.name === "cases")!;
    expect(cases.schema.indexes.map((i) => i.src).sort()).toEqual(
      [
        "&recordNo",
        "[siteId+date]",
        "date",
        "personId",
        "officerId",
        "status",
        "followUpDate",
        "deletedAt",
      ].sort(),
    );
    const persons = db.tables.find((t) => t.name === "persons")!;
    expect(persons.schema.indexes.find((i) => i.src === "*nameTokens")?.multi).toBe(true);
    for (const t of [
      "households",
      "caseNotes",
      "counters",
      "organisations",
      "referrals",
      "statusChecks",
      "investigations",
      "attachments",
      "rates",
    ]) {
      expect(db.tables.map((x) => x.name)).toContain(t);
    }
    await db.table("cases").add({ id: "C1", recordNo: "SPH/2026/0001", siteId: "S1", date: "2026-01-02" });
    expect(await db.table("cases").where("[siteId+date]").equals(["S1", "2026-01-02"]).count()).toBe(1);
    db.close();
  });
});
