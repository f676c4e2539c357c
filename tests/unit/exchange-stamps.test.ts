// Why: every write on this PC to a travelling table must carry a version stamp (this PC, one change number per
// transaction, what the version had seen), whoever writes it, while local tables, upgrades and versions taken in from
// another PC are left as they are, and the statistics tallies stay right beside it.
import { describe, expect, it } from "vitest";
import { AppDB, type SiteRecord } from "../../renderer/db/app-db";
import { markReceiving } from "../../renderer/db/exchange/stamps";
import { migrations } from "../../renderer/db/migrations";
import { migration0017 } from "../../renderer/db/migrations/0017-exchange";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { holding } from "../../shared/exchange/book";
import { DISTRICT } from "../../shared/exchange/scope";
import { pcIdSchema } from "../../shared/exchange/version";
import { actor, freshDb, siteInput } from "./helpers";
import { openAt } from "./migrations/open-at";
import { expectTalliesRight, world } from "./stat-tallies-world";

const admin = actor("pentadbir");
const OTHER = "OTHERPC0001";

async function book(db: AppDB) {
  const row = await db.exchange.get("book");
  if (!row) throw new Error("no book");
  return row;
}

/** A site as another PC sent it (its change 5), taken in by a receiving transaction. */
async function receiveSite(db: AppDB, site: SiteRecord, seen: Record<string, number> = { [OTHER]: 5 }) {
  await db.transaction("rw", db.sites, async () => {
    markReceiving();
    await db.sites.put({ ...site, pc: OTHER, pcSeq: 5, seen } as SiteRecord);
  });
}

describe("version stamps on every write", () => {
  it("stamps a create, an update and a soft delete with rising change numbers, the audit row with its record's", async () => {
    const db = freshDb();
    const repo = sitesRepo(db);
    const site = await repo.create(admin, siteInput("SPH"));
    const { pc } = await book(db);
    pcIdSchema.parse(pc);
    expect(await db.sites.get(site.id)).toMatchObject({ pc, pcSeq: 1, seen: { [pc]: 1 } });
    const [createdRow] = await db.audit.toArray();
    expect(createdRow).toMatchObject({ pc, pcSeq: 1, seen: { [pc]: 1 } });

    const updated = await repo.update(admin, site.id, 1, { ...siteInput("SPH"), name: "PPR Sri Pantai" });
    expect(await db.sites.get(site.id)).toMatchObject({ pc, pcSeq: 2, seen: { [pc]: 2 } });
    await repo.softDelete(admin, site.id, updated.rev);
    expect(await db.sites.get(site.id)).toMatchObject({ pc, pcSeq: 3, seen: { [pc]: 3 } });
    expect((await db.audit.toArray()).map((a) => (a as { pcSeq?: number }).pcSeq)).toEqual([1, 2, 3]);

    const b = await book(db);
    expect(b.lastSeq).toBe(3);
    expect(holding(b, DISTRICT)).toEqual({ [pc]: 3 });
    expect(holding(b, "any-site")).toEqual({ [pc]: 3 });
  });

  it("gives every write of one transaction the same change number, in the order asked", async () => {
    const db = freshDb();
    await db.sites.add({ id: "s0", code: "X" } as SiteRecord);
    await db.transaction("rw", [db.sites, db.persons], async () => {
      // Not awaited one by one: the last put of s1 is kept, though the first (without `seen`) reads the stored row.
      await Promise.all([
        db.sites.put({ id: "s1", code: "A" } as SiteRecord),
        db.persons.add({ id: "p1", siteId: "s1" } as never),
        db.sites.put({ id: "s1", code: "B", seen: { [OTHER]: 1 } } as never),
        db.sites.bulkPut([{ id: "s2", code: "C" } as SiteRecord, { id: "s3", code: "D" } as SiteRecord]),
      ]);
    });
    const { pc, lastSeq } = await book(db);
    expect(lastSeq).toBe(2);
    expect(await db.sites.get("s1")).toMatchObject({
      code: "B",
      pc,
      pcSeq: 2,
      seen: { [OTHER]: 1, [pc]: 2 },
    });
    for (const t of [db.sites, db.persons] as const)
      expect(await t.where("[pc+pcSeq]").equals([pc, 2]).primaryKeys()).toEqual(
        t === db.sites ? ["s1", "s2", "s3"] : ["p1"],
      );
  });

  it("keeps what the old version had seen: a repository update and a put without `seen` both", async () => {
    const db = freshDb();
    const site = await sitesRepo(db).create(admin, siteInput("SPH"));
    const { pc } = await book(db);
    const stored = (await db.sites.get(site.id))!;
    await receiveSite(db, stored, { [OTHER]: 5, [pc]: 1 });

    const received = (await db.sites.get(site.id))!;
    await sitesRepo(db).update(admin, site.id, received.rev, { ...siteInput("SPH"), name: "Diubah" });
    expect(await db.sites.get(site.id)).toMatchObject({ pc, pcSeq: 2, seen: { [OTHER]: 5, [pc]: 2 } });

    // A value written whole without its stamp (as a screen might hold it) still joins what the stored row saw.
    const bare: Record<string, unknown> = { ...(await db.sites.get(site.id))!, name: "Tanpa cap" };
    delete bare.seen;
    delete bare.pc;
    delete bare.pcSeq;
    await db.sites.put(bare as SiteRecord);
    expect(await db.sites.get(site.id)).toMatchObject({ pc, pcSeq: 3, seen: { [OTHER]: 5, [pc]: 3 } });
    // Dexie's own update (read, change, put) carries the stored stamp along.
    await db.sites.update(site.id, { name: "Dikemas kini" });
    expect(await db.sites.get(site.id)).toMatchObject({ pcSeq: 4, seen: { [OTHER]: 5, [pc]: 4 } });
  });

  it("keeps the stamps of versions taken in from another PC, and takes no change number for them", async () => {
    const db = freshDb();
    const site = await sitesRepo(db).create(admin, siteInput("SPH"));
    const before = await book(db);
    await receiveSite(db, (await db.sites.get(site.id))!);
    expect(await db.sites.get(site.id)).toMatchObject({ pc: OTHER, pcSeq: 5, seen: { [OTHER]: 5 } });
    expect(await book(db)).toEqual(before);
    // The next write of this PC is stamped again.
    await db.sites.update(site.id, { name: "Selepas terima" });
    expect(await db.sites.get(site.id)).toMatchObject({ pc: before.pc, pcSeq: 2 });
    await expect(async () => markReceiving()).rejects.toThrow(/read-write transaction/);
  });

  it("never gives a change number twice when the book itself is written in a stamping transaction", async () => {
    const db = freshDb();
    await db.sites.add({ id: "s0", code: "X" } as SiteRecord);
    const first = await book(db);
    // Named before the transaction's first stamp: the stamp reads the book again and keeps the name.
    await db.transaction("rw", [db.sites, db.exchange], async () => {
      await db.exchange.put({ ...first, name: "PC kaunter" } as never);
      await db.sites.add({ id: "s1", code: "A" } as SiteRecord);
    });
    expect(await book(db)).toMatchObject({ lastSeq: 2, name: "PC kaunter" });
    // A copy read before the stamp and written after it does not take the number back.
    await db.transaction("rw", [db.sites, db.exchange], async () => {
      const stale = await book(db);
      await db.sites.add({ id: "s2", code: "B" } as SiteRecord);
      await db.exchange.put({ ...stale, name: "PC PKMD" } as never);
    });
    expect(await book(db)).toMatchObject({ lastSeq: 3, name: "PC PKMD" });
    await db.sites.add({ id: "s3", code: "C" } as SiteRecord);
    expect((await db.sites.toArray()).map((r) => (r as { pcSeq?: number }).pcSeq)).toEqual([1, 2, 3, 4]);
  });

  it("leaves local tables and hard deletes unstamped", async () => {
    const db = freshDb();
    await db.counters.put({ key: "SPH|2026", next: 3 });
    await db.drafts.put({ userId: "u1", key: "k", values: {} } as never);
    expect(await db.counters.get("SPH|2026")).toEqual({ key: "SPH|2026", next: 3 });
    expect(await db.exchange.count()).toBe(0);
    await db.sites.add({ id: "s1", code: "A" } as SiteRecord);
    await db.sites.delete("s1");
    expect((await book(db)).lastSeq).toBe(1);
  });

  it("leaves the upgrade's stamps alone: rows already stored are this PC's change 1", async () => {
    const name = `stamps-upgrade-${Math.random()}`;
    const old = await openAt(name, migrations.indexOf(migration0017));
    await old.table("sites").add({ id: "s1", code: "A" });
    old.close();
    const db = new AppDB(name);
    const { pc, lastSeq } = await book(db);
    expect(lastSeq).toBe(1);
    expect(await db.sites.get("s1")).toEqual({ id: "s1", code: "A", pc, pcSeq: 1, seen: { [pc]: 1 } });
    await db.sites.update("s1", { code: "B" });
    expect(await db.sites.get("s1")).toMatchObject({ pcSeq: 2, seen: { [pc]: 2 } });
    db.close();
  });

  it("keeps the statistics tallies right beside the stamps", async () => {
    const db = freshDb();
    const w = world(7);
    const persons = Array.from({ length: 10 }, w.person);
    await db.persons.bulkAdd(persons as never);
    const cases = Array.from({ length: 25 }, () => w.kase(w.rng.pick(persons).id));
    await db.transaction("rw", [db.cases, db.referrals], async () => {
      await db.cases.bulkAdd(cases as never);
      await db.referrals.bulkAdd(Array.from({ length: 10 }, () => w.referral(w.rng.pick(cases).id)) as never);
    });
    await db.cases.update(cases[0]!.id, { siteId: "s3", deletedAt: null });
    await db.persons.update(persons[0]!.id, { sex: persons[0]!.sex === "L" ? "P" : "L" });
    await expectTalliesRight(db, "after stamped writes");
    const { lastSeq } = await book(db);
    expect(lastSeq).toBe(4);
    expect(await db.cases.where("[pc+pcSeq]").between(["", 0], ["\uffff", Infinity]).count()).toBe(25);
  });
});
