// Why: the running statistics tallies must always equal tallies made afresh from the records, whatever writes them
// (single and bulk writes, updates, soft and hard deletes, clears, failed adds, several writes in one transaction);
// the loader must see them change.
import { describe, expect, it } from "vitest";
import { liveQuery } from "dexie";
import { freshDb } from "./helpers";
import { loadStatistikKesFigures } from "../../renderer/features/laporan/load";
import { expectTalliesRight, GROUPS, SERVICES, SITES, STATUSES, world } from "./stat-tallies-world";

describe("statistics tallies", () => {
  it("equal tallies made afresh after every kind of write, for many random runs", async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const db = freshDb();
      const w = world(seed);
      const { rng } = w;
      const persons = Array.from({ length: 30 }, w.person);
      await db.persons.bulkAdd(persons as never);
      const cases = Array.from({ length: 80 }, () => w.kase(rng.pick(persons).id));
      // One transaction, several tables written at once.
      await db.transaction("rw", [db.cases, db.referrals, db.statusChecks, db.investigations], async () => {
        await db.cases.bulkAdd(cases as never);
        const refs = Array.from({ length: 50 }, () => w.referral(rng.pick(cases).id));
        await Promise.all([
          db.referrals.bulkAdd(refs as never),
          db.investigations.bulkAdd(
            Array.from({ length: 20 }, () => w.investigation(rng.pick(cases).id)) as never,
          ),
        ]);
        await db.statusChecks.bulkAdd(Array.from({ length: 120 }, () => w.check(rng.pick(refs).id)) as never);
      });
      await expectTalliesRight(db, `seed ${seed} after adding`);

      for (let step = 0; step < 60; step++) {
        const kind = rng.int(0, 11);
        const all = {
          cases: await db.cases.toArray(),
          persons: await db.persons.toArray(),
          referrals: await db.referrals.toArray(),
          checks: await db.statusChecks.toArray(),
          investigations: await db.investigations.toArray(),
        };
        if (kind === 0 && all.cases.length) {
          // Edit a case: group, service, date, person, site, status, follow-up or soft delete / restore.
          const c = rng.pick(all.cases);
          await db.cases.put({
            ...c,
            targetGroup: rng.pick(GROUPS),
            service: rng.pick(SERVICES),
            status: rng.chance(0.4) ? rng.pick(STATUSES) : c.status,
            followUpDate: rng.chance(0.3) ? rng.pick(["", "2026-06-15", "2026-12-31"]) : c.followUpDate,
            date: rng.chance(0.5) ? c.date : "2026-03-31",
            personId: rng.chance(0.2) ? rng.pick(all.persons).id : c.personId,
            siteId: rng.chance(0.2) ? rng.pick(SITES) : c.siteId,
            deletedAt: rng.chance(0.3) ? (c.deletedAt ? null : "2026-07-01T00:00:00.000Z") : c.deletedAt,
          } as never);
        } else if (kind === 1 && all.persons.length) {
          // A person's sex corrected, or the person purged (cases keep pointing at them).
          const p = rng.pick(all.persons);
          if (rng.chance(0.7)) await db.persons.update(p.id, { sex: p.sex === "L" ? "P" : "L" });
          else await db.persons.delete(p.id);
        } else if (kind === 2) {
          // A person comes back (restored from a backup) with their old id.
          const p = w.person();
          await db.persons
            .add({ ...p, id: rng.pick(all.cases.map((c) => c.personId).concat(p.id)) } as never)
            .catch(() => undefined);
        } else if (kind === 3 && all.referrals.length) {
          // Close, reopen, move the referral's dates, delete it softly or for good.
          const r = rng.pick(all.referrals);
          const roll = rng.int(0, 4);
          if (roll === 0) await db.referrals.update(r.id, { status: "ditutup", closedDate: "2026-09-09" });
          else if (roll === 1) await db.referrals.update(r.id, { status: "terbuka" });
          else if (roll === 2) await db.referrals.update(r.id, { date: "2026-02-02" });
          else if (roll === 3)
            await db.referrals.update(r.id, { deletedAt: r.deletedAt ? null : "2026-08-01T00:00:00.000Z" });
          else await db.referrals.delete(r.id);
        } else if (kind === 4 && all.referrals.length) {
          await db.statusChecks.bulkAdd(
            Array.from({ length: rng.int(1, 4) }, () => w.check(rng.pick(all.referrals).id)) as never,
          );
        } else if (kind === 5 && all.checks.length) {
          const k = rng.pick(all.checks);
          if (rng.chance(0.5))
            await db.statusChecks.update(k.id, {
              deletedAt: k.deletedAt ? null : "2026-08-01T00:00:00.000Z",
              date: "2026-05-05",
            });
          else await db.statusChecks.delete(k.id);
        } else if (kind === 6 && all.investigations.length) {
          const i = rng.pick(all.investigations);
          await db.investigations.update(i.id, {
            status: rng.pick(["draf", "dihantar", "diputuskan"]),
            recommendation: rng.pick(["lulus", "tidak-lulus", null]),
            submittedAt: "2026-04-30T16:30:00.000Z",
          });
        } else if (kind === 7 && all.cases.length) {
          // Purge a case for good (its referrals then count at their own site).
          await db.cases.delete(rng.pick(all.cases).id);
        } else if (kind === 8) {
          // A bulk add in which one record fails (its key is taken) and the failure is caught.
          const fresh = Array.from({ length: 3 }, () => w.kase(rng.pick([...all.persons, ...persons]).id));
          const taken = all.cases[0];
          await db
            .transaction("rw", db.cases, () =>
              db.cases.bulkAdd([...fresh, ...(taken ? [taken] : [])] as never),
            )
            .catch(() => undefined);
        } else if (kind === 9 && all.cases.length) {
          // Several writes to the same records in one transaction, at once.
          const c = rng.pick(all.cases);
          await db.transaction("rw", [db.cases, db.persons, db.referrals], async () => {
            await Promise.all([
              db.cases.update(c.id, { targetGroup: "oku" }),
              db.cases.update(c.id, { service: "lawatan" }),
              db.persons.update(c.personId, { sex: "P" }),
              db.referrals.bulkAdd([w.referral(c.id), w.referral(c.id)] as never),
            ]);
          });
        } else if (kind === 10) {
          // A collection modify and a collection delete.
          await db.cases
            .where("[siteId+status+date]")
            .between(["s2", "baru", "2026-01-01"], ["s2", "baru", "2026-03-31"])
            .modify({ service: "aduan" });
          await db.statusChecks
            .where("referralId")
            .equals(rng.pick(all.referrals)?.id ?? "")
            .delete();
        } else if (kind === 11 && rng.chance(0.2)) {
          await db.investigations.clear();
        }
        await expectTalliesRight(db, `seed ${seed} step ${step} kind ${kind}`);
      }
      db.close();
    }
  }, 120_000);

  it("the statistics loader, as a live query, runs again with fresh tallies when a write changes them", async () => {
    const db = freshDb();
    const w = world(12);
    const p = { ...w.person(), siteId: "s1" };
    await db.persons.add(p as never);
    const kase = () => ({ ...w.kase(p.id), siteId: "s1", date: "2026-05-05", deletedAt: null });
    const seen: number[] = [];
    const sub = liveQuery(async () =>
      (await loadStatistikKesFigures(db, ["s1"], 2026)).tallies!.reduce(
        (n, t) => n + Object.values(t.cases).reduce((a, b) => a + b, 0),
        0,
      ),
    ).subscribe((n) => seen.push(n));
    const until = async (n: number) => {
      for (let i = 0; i < 100 && seen.at(-1) !== n; i++) await new Promise((r) => setTimeout(r, 10));
      expect(seen.at(-1)).toBe(n);
    };
    await until(0);
    await db.cases.add(kase() as never);
    await until(1);
    await db.transaction("rw", [db.cases], async () => {
      await db.cases.add(kase() as never);
    });
    await until(2);
    sub.unsubscribe();
  });

  it("a person read earlier in the transaction and then changed is not used as it was read", async () => {
    const db = freshDb();
    const w = world(21);
    const persons = Array.from({ length: 3 }, w.person).map((p) => ({ ...p, deletedAt: null }));
    await db.persons.bulkAdd(persons as never);
    await db.transaction("rw", [db.persons, db.cases], async () => {
      // Read (as a bulk create's checks do), then correct the sex, then add cases for those persons.
      await db.persons.bulkGet(persons.map((p) => p.id));
      await db.persons.update(persons[0]!.id, { sex: persons[0]!.sex === "L" ? "P" : "L" });
      await db.cases.bulkAdd(persons.map((p) => ({ ...w.kase(p.id), deletedAt: null })) as never);
    });
    await expectTalliesRight(db, "read, changed, then used in one transaction");
  });

  it("a failed transaction leaves the tallies as they were", async () => {
    const db = freshDb();
    const w = world(9);
    const p = w.person();
    await db.persons.add(p as never);
    await db.cases.add(w.kase(p.id) as never);
    const before = await db.statTallies.toArray();
    await db
      .transaction("rw", db.cases, async () => {
        await db.cases.add(w.kase(p.id) as never);
        throw new Error("stop");
      })
      .catch(() => undefined);
    expect(await db.statTallies.toArray()).toEqual(before);
    await expectTalliesRight(db, "after abort");
  });

  it("removing everything (the demo's removal) leaves no tallies", async () => {
    const db = freshDb();
    const w = world(10);
    const persons = Array.from({ length: 5 }, w.person);
    await db.persons.bulkAdd(persons as never);
    const cases = persons.map((p) => w.kase(p.id));
    await db.cases.bulkAdd(cases as never);
    await db.referrals.bulkAdd(cases.map((c) => w.referral(c.id)) as never);
    await db.transaction("rw", db.tables, async () => {
      await Promise.all(db.tables.map((t) => t.clear()));
    });
    expect(await db.statTallies.count()).toBe(0);
  });
});
