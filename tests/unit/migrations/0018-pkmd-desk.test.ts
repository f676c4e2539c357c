// Why: migration 18 must add the monthly packs and PC reports, read by the indexes the desk uses, travelling like
// every record, and keep the rows already stored.
import { describe, expect, it } from "vitest";
import { travels } from "../../../renderer/db/exchange/tables";
import { migrations } from "../../../renderer/db/migrations";
import { migration0018 } from "../../../renderer/db/migrations/0018-pkmd-desk";
import { openAt } from "./open-at";

const before18 = migrations.indexOf(migration0018);

describe("migration 0018 (pkmd desk)", () => {
  it("adds monthlyPacks and pcReports with the desk's indexes, and keeps what was there", async () => {
    const name = `m18-${Math.random()}`;
    const old = await openAt(name, before18);
    await old.table("sites").add({ id: "s1", code: "PPRA", name: "PPR A", pc: "pc-a", pcSeq: 1, seen: {} });
    old.close();

    const db = await openAt(name, before18 + 1);
    expect(db.verno).toBe(18);
    expect((await db.table("sites").get("s1"))?.name).toBe("PPR A");
    const packs = db.table("monthlyPacks");
    expect(packs.schema.indexes.map((i) => i.src).sort()).toEqual(
      ["[pc+pcSeq]", "[siteId+month]", "[status+month]", "deletedAt"].sort(),
    );
    await packs.bulkAdd([
      { id: "pack:s1:2026-11", siteId: "s1", month: "2026-11", status: "dihantar", deletedAt: null },
      { id: "pack:s1:2026-10", siteId: "s1", month: "2026-10", status: "disahkan", deletedAt: null },
    ]);
    expect(await packs.where("[siteId+month]").equals(["s1", "2026-11"]).count()).toBe(1);
    expect(await packs.where("[status+month]").equals(["dihantar", "2026-11"]).count()).toBe(1);
    expect(db.table("pcReports").schema.primKey.src).toBe("id");
    expect(travels("monthlyPacks")).toBe(true);
    expect(travels("pcReports")).toBe(true);
    db.close();
  });
});
