// Why: migration 8 must add the open cases' follow-up days to the tallies a version 7 database holds, and leave
// every other figure as it was.
import { describe, expect, it } from "vitest";
import { openAt } from "./open-at";
import type { AppDB } from "../../../renderer/db/app-db";
import {
  emptyTally,
  isEmptyTally,
  TallyReader,
  talliesFromRecords,
  type StatTally,
} from "../../../shared/reports/statistik-kes/tallies";
import { expectTalliesRight, world } from "../stat-tallies-world";

/** A random district stored at version 7 with the tallies version 7 kept (every figure but the follow-ups), then
 * opened at version 8 itself, so later versions do not change what these tests check. */
async function migratedFrom7(seed: number) {
  const name = `m8-${seed}-${Math.random()}`;
  const v7 = await openAt(name, 7);
  const w = world(seed);
  const persons = Array.from({ length: 10 }, w.person);
  // One open case followed up in a month that has nothing else, so its row is new.
  const lone = {
    ...w.kase(persons[0]!.id),
    status: "baru" as const,
    followUpDate: "2027-03-10",
    deletedAt: null,
  };
  const cases = [...Array.from({ length: 60 }, () => w.kase(w.rng.pick(persons).id)), lone];
  const referrals = cases.slice(0, 15).map((c) => w.referral(c.id));
  const statusChecks = referrals.map((r) => w.check(r.id));
  await v7.table("persons").bulkAdd(persons);
  await v7.table("cases").bulkAdd(cases);
  await v7.table("referrals").bulkAdd(referrals);
  await v7.table("statusChecks").bulkAdd(statusChecks);
  const made = talliesFromRecords({ cases, persons, referrals, statusChecks, investigations: [] } as never);
  const before = made
    .filter((t) => !isEmptyTally({ ...t, followUps: {} }))
    .map(({ followUps: _, ...rest }) => rest);
  await v7.table("statTallies").bulkAdd(before);
  v7.close();
  const db = await openAt(name, 8);
  return { db, cases, lone, before };
}

describe("migration 0008 (follow-up tallies)", () => {
  it("adds the follow-up days of the open, live cases and keeps every other figure", async () => {
    const { db, cases, lone, before } = await migratedFrom7(8);
    expect(db.verno).toBe(8);
    const stored = await db.table<StatTally, string>("statTallies").toArray();
    // Every other figure as it was; a month that holds only follow-ups gets a row of its own.
    const was = new Map(before.map((t) => [t.key, t]));
    expect(before.every((t) => stored.some((x) => x.key === t.key))).toBe(true);
    for (const { followUps: _, ...rest } of stored) {
      const { followUps: __, ...empty } = emptyTally(rest.siteId, rest.month);
      expect(rest, rest.key).toEqual(was.get(rest.key) ?? empty);
    }
    expect(stored.find((t) => t.key === `${lone.siteId}|2027-03`)?.followUps).toEqual({ "10": 1 });
    const until = "2026-08-15";
    const due = cases.filter(
      (c) =>
        !c.deletedAt &&
        ["baru", "dalam-tindakan", "dirujuk"].includes(c.status) &&
        !!c.followUpDate &&
        c.followUpDate <= until,
    ).length;
    expect(due).toBeGreaterThan(3);
    const sites = [...new Set(cases.map((c) => c.siteId))];
    expect(new TallyReader(stored, sites).followUpsBy(until)).toBe(due);
    db.close();
  });

  it("leaves the tallies equal to tallies made afresh from the records", async () => {
    const { db } = await migratedFrom7(9);
    await expectTalliesRight(db as unknown as AppDB, "after migration 8");
    db.close();
  });
});
