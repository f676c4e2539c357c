// Why: migration 6 must make the statistics tallies from the records already stored.
import { describe, expect, it } from "vitest";
import { openAt } from "./open-at";
import { AppDB } from "../../../renderer/db/app-db";
import { expectTalliesRight, world } from "../stat-tallies-world";

describe("migration 0006 (statistics tallies)", () => {
  it("migration 6 makes the tallies from the records already stored", async () => {
    const name = `m6-${Math.random()}`;
    const v5 = await openAt(name, 5);
    const w = world(11);
    const persons = Array.from({ length: 10 }, w.person);
    const cases = Array.from({ length: 40 }, () => w.kase(w.rng.pick(persons).id));
    const refs = cases.slice(0, 15).map((c) => w.referral(c.id));
    await v5.table("persons").bulkAdd(persons);
    await v5.table("cases").bulkAdd(cases);
    await v5.table("referrals").bulkAdd(refs);
    await v5.table("statusChecks").bulkAdd(refs.map((r) => w.check(r.id)));
    await v5.table("investigations").bulkAdd(cases.slice(0, 5).map((c) => w.investigation(c.id)));
    v5.close();
    const db = new AppDB(name);
    await db.open();
    // The app opens at the newest version; migration 8 makes the follow-up days again, the same as 6 made them.
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect(await db.statTallies.count()).toBeGreaterThan(0);
    await expectTalliesRight(db, "after migration 6");
  });
});
