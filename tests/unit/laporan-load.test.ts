// Why: the Senarai Status Rujukan loader reads only what the list can show; the list must equal the one made from every record.
import { describe, expect, it } from "vitest";
import { freshDb } from "./helpers";
import { loadStatusRujukan } from "../../renderer/features/laporan/load";
import { statusRujukanModel } from "../../shared/reports/status-rujukan/model";
import { SITES, world } from "./stat-tallies-world";

describe("Senarai Status Rujukan loader", () => {
  it("gives the same list as every record would, for any sites and month", async () => {
    let listed = 0;
    for (const seed of [1, 2, 3, 4]) {
      const db = freshDb();
      const w = world(seed);
      const persons = Array.from({ length: 25 }, w.person);
      const cases = Array.from({ length: 70 }, () => w.kase(w.rng.pick(persons).id));
      const referrals = Array.from({ length: 90 }, () => w.referral(w.rng.pick(cases).id));
      const checks = Array.from({ length: 150 }, () => w.check(w.rng.pick(referrals).id));
      await db.persons.bulkAdd(persons as never);
      await db.cases.bulkAdd(cases as never);
      await db.referrals.bulkAdd(referrals as never);
      await db.statusChecks.bulkAdd(checks as never);
      const every = {
        cases: await db.cases.toArray(),
        persons: await db.persons.toArray(),
        referrals: await db.referrals.toArray(),
        statusChecks: await db.statusChecks.toArray(),
      };
      for (const siteIds of [["s1"], SITES, ["s2", "s3"]])
        for (const [monthStart, asOf] of [
          ["2026-03-01", "2026-03-31"],
          ["2026-07-01", "2026-07-16"],
          ["2026-12-01", "2026-12-31"],
          // A month after the status day: nothing closed later than asOf may be lost.
          ["2026-09-01", "2026-08-20"],
        ] as const) {
          const input = {
            sites: siteIds.map((id) => ({ id, name: id })),
            organisations: [],
            asOf,
            monthStart,
          };
          const loaded = await loadStatusRujukan(db, siteIds, asOf, monthStart);
          const fromLoader = statusRujukanModel({ ...input, ...loaded });
          const fromEvery = statusRujukanModel({ ...input, ...every });
          const label = `seed ${seed} sites ${siteIds.join(",")} ${monthStart} at ${asOf}`;
          expect(fromLoader.rows, label).toEqual(fromEvery.rows);
          expect(fromLoader.totals, label).toEqual(fromEvery.totals);
          // It reads less: only referrals the list can show, and only their cases.
          expect(loaded.referrals.length).toBeLessThanOrEqual(every.referrals.length);
          listed += fromLoader.rows.length;
        }
      db.close();
    }
    expect(listed).toBeGreaterThan(50);
  });
});
