// Why: migration 19 must add the PKH pack's tables with the indexes its screens read by, travelling like every
// record, and keep the rows already stored.
import { describe, expect, it } from "vitest";
import { travels } from "../../../renderer/db/exchange/tables";
import { migrations } from "../../../renderer/db/migrations";
import { migration0019 } from "../../../renderer/db/migrations/0019-pkh";
import { openAt } from "./open-at";

const before19 = migrations.indexOf(migration0019);

const tables = [
  "pkhHouseholds",
  "pkhMembers",
  "pkhGroups",
  "p2k2Sessions",
  "pkhVerifications",
  "pkhComplaints",
  "pkhPayments",
  "pkhViolations",
  "pkhAgenda",
  "pkhReports",
];

describe("migration 0019 (pkh)", () => {
  it("adds the PKH tables, each travelling, each read by site, and keeps what was there", async () => {
    const name = `m19-${Math.random()}`;
    const old = await openAt(name, before19);
    await old.table("sites").add({ id: "s1", code: "DPK", name: "Depok", pc: "pc-a", pcSeq: 1, seen: {} });
    old.close();

    const db = await openAt(name, before19 + 1);
    expect(db.verno).toBe(19);
    expect((await db.table("sites").get("s1"))?.name).toBe("Depok");
    for (const table of tables) {
      const indexes = db.table(table).schema.indexes.map((i) => i.src);
      expect(indexes, table).toContain("[pc+pcSeq]");
      expect(indexes, table).toContain("deletedAt");
      expect(
        indexes.some((i) => i === "siteId" || i.startsWith("[siteId+")),
        table,
      ).toBe(true);
      expect(travels(table), table).toBe(true);
    }
    const households = db.table("pkhHouseholds");
    await households.bulkAdd([
      {
        id: "h1",
        siteId: "s1",
        kpmNo: "KPM-1",
        groupId: "g1",
        nameTokens: ["siti", "aminah"],
        deletedAt: null,
      },
      { id: "h2", siteId: "s1", kpmNo: "KPM-2", groupId: "g2", nameTokens: ["sri"], deletedAt: null },
    ]);
    expect(await households.where("[siteId+groupId]").equals(["s1", "g1"]).count()).toBe(1);
    expect(await households.where("nameTokens").startsWith("sit").count()).toBe(1);
    expect(await households.where("kpmNo").equals("KPM-2").count()).toBe(1);
    const members = db.table("pkhMembers");
    await members.add({
      id: "m1",
      householdId: "h1",
      siteId: "s1",
      nik: "3404014107900001",
      deletedAt: null,
    });
    expect((await members.where("nik").equals("3404014107900001").first())?.id).toBe("m1");
    const sessions = db.table("p2k2Sessions");
    await sessions.add({ id: "p1", siteId: "s1", date: "2026-11-10", groupId: "g1", deletedAt: null });
    expect(
      await sessions.where("[siteId+date]").between(["s1", "2026-11-01"], ["s1", "2026-11-30"]).count(),
    ).toBe(1);
    db.close();
  });
});
