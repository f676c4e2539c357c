// Why: migration 10 must keep every investigation, number each on its case in the order it was opened and read the
// PKMD's list (site + status or scheme + a month) through index ranges.
import { describe, expect, it } from "vitest";
import { openAt } from "./open-at";
import { world } from "../stat-tallies-world";

describe("migration 0010 (investigation list)", () => {
  it("numbers existing investigations per case, adds no returns, and indexes site, status, scheme and date", async () => {
    const name = `m10-${Math.random()}`;
    const v9 = await openAt(name, 9);
    const w = world(10);
    const p = w.person();
    const [a, b] = [w.kase(p.id), w.kase(p.id)];
    const inv = (caseId: string, createdAt: string, over: object = {}) => ({
      ...w.investigation(caseId),
      createdAt,
      scheme: "BKK",
      ...over,
    });
    const rows = [
      inv(a.id, "2026-03-02T01:00:00.000Z", { siteId: "s1", status: "dihantar", date: "2026-03-02" }),
      inv(b.id, "2026-02-01T01:00:00.000Z", { siteId: "s1", status: "draf", date: "2026-02-01" }),
      inv(a.id, "2026-01-05T01:00:00.000Z", {
        siteId: "s2",
        status: "dihantar",
        date: "2026-01-05",
        scheme: "BWE",
      }),
      inv("case-gone", "2026-01-06T01:00:00.000Z", { siteId: "s1", status: "draf", date: "2026-03-20" }),
    ];
    await v9.table("cases").bulkAdd([a, b]);
    await v9.table("investigations").bulkAdd(rows);
    v9.close();
    const db = await openAt(name, 10);
    expect(db.verno).toBe(10);
    const after = await db.table("investigations").toArray();
    expect(after).toHaveLength(4);
    const byId = new Map(after.map((r) => [r.id, r]));
    expect(byId.get(rows[2]!.id)).toEqual({ ...rows[2], refNo: `${a.recordNo}/S1`, returns: [] });
    expect(byId.get(rows[0]!.id)).toEqual({ ...rows[0], refNo: `${a.recordNo}/S2`, returns: [] });
    expect(byId.get(rows[1]!.id)!.refNo).toBe(`${b.recordNo}/S1`);
    // an investigation whose case is missing keeps no number rather than a wrong one
    expect(byId.get(rows[3]!.id)!.refNo).toBeUndefined();
    expect(await db.table("investigations").where("refNo").equals(`${a.recordNo}/S2`).primaryKeys()).toEqual([
      rows[0]!.id,
    ]);
    const march = (await db
      .table("investigations")
      .where("[siteId+status+date]")
      .between(["s1", "dihantar", "2026-03-01"], ["s1", "dihantar", "2026-03-31"], true, true)
      .primaryKeys()) as string[];
    expect(march).toEqual([rows[0]!.id]);
    const bwe = await db
      .table("investigations")
      .where("[siteId+scheme+date]")
      .between(["s2", "BWE", "2026-01-01"], ["s2", "BWE", "2026-01-31"], true, true)
      .primaryKeys();
    expect(bwe).toEqual([rows[2]!.id]);
    db.close();
  });
});
