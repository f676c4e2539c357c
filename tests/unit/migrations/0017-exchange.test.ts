// Why: migration 17 must stamp every row already here as this PC's change 1, give the PC its book, index every
// travelling table by `[pc+pcSeq]` without dropping an index it had, and no table may be left neither local nor indexed.
import type Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { AppDB } from "../../../renderer/db/app-db";
import { LOCAL_TABLES, travels } from "../../../renderer/db/exchange/tables";
import { migrations } from "../../../renderer/db/migrations";
import { migration0017 } from "../../../renderer/db/migrations/0017-exchange";
import { newBook, nextSeq } from "../../../shared/exchange/book";
import { pcIdSchema } from "../../../shared/exchange/version";
import { openAt } from "./open-at";

/** How many schema versions come before 17 in the list (16 may or may not be there). */
const before17 = migrations.indexOf(migration0017);

const indexesOf = (db: Dexie) =>
  new Map(db.tables.map((t) => [t.name, [t.schema.primKey, ...t.schema.indexes].map((i) => i.src)]));

describe("migration 0017 (exchange)", () => {
  it("stamps every travelling row as this PC's change 1, leaves local rows alone and writes the book", async () => {
    const name = `m17-${Math.random()}`;
    const old = await openAt(name, before17);
    const person = { id: "p1", rev: 1, name: "Siti", siteId: "s1", unit: "A-1", nameTokens: ["siti"] };
    const tour = { id: "t1", rev: 2, date: "2026-12-10", status: "dirancang", partnerIds: [] };
    const audit = {
      id: "a1",
      at: "2026-01-05T01:00:00.000Z",
      table: "persons",
      recordId: "p1",
      action: "create",
    };
    await old.table("persons").add(person);
    await old.table("tours").add(tour);
    await old.table("audit").add(audit);
    await old.table("counters").add({ key: "SPH|2026", next: 4 });
    await old.table("drafts").add({ userId: "u1", key: "person", values: {} });
    old.close();

    const db = await openAt(name, before17 + 1);
    expect(db.verno).toBe(17);
    const book = await db.table("exchange").get("book");
    const pc = pcIdSchema.parse(book.pc);
    expect(book).toEqual({ ...nextSeq(newBook(pc)).book, id: "book" });
    expect(book.lastSeq).toBe(1);
    const stamp = { pc, pcSeq: 1, seen: { [pc]: 1 } };
    expect(await db.table("persons").get("p1")).toEqual({ ...person, ...stamp });
    expect(await db.table("tours").get("t1")).toEqual({ ...tour, ...stamp });
    expect(await db.table("audit").get("a1")).toEqual({ ...audit, ...stamp });
    expect(await db.table("counters").get("SPH|2026")).toEqual({ key: "SPH|2026", next: 4 });
    expect(await db.table("drafts").toArray()).toEqual([{ userId: "u1", key: "person", values: {} }]);
    for (const t of ["persons", "tours", "audit"])
      expect(await db.table(t).where("[pc+pcSeq]").equals([pc, 1]).count(), t).toBe(1);
    // Versions made apart: by record, and by the PC change that made them.
    const apart = {
      key: `persons|p1|OTHERPC01|7`,
      table: "persons",
      recordId: "p1",
      pc: "OTHERPC01",
      pcSeq: 7,
      version: { ...person, pc: "OTHERPC01", pcSeq: 7, seen: { OTHERPC01: 7 } },
    };
    await db.table("versionsApart").add(apart);
    expect(
      await db.table("versionsApart").where("[table+recordId]").equals(["persons", "p1"]).toArray(),
    ).toEqual([apart]);
    expect(await db.table("versionsApart").where("[pc+pcSeq]").above(["OTHERPC01", 6]).primaryKeys()).toEqual(
      [apart.key],
    );
    db.close();
  });

  it("keeps every index each table had and adds [pc+pcSeq] to each travelling one", async () => {
    const name = `m17i-${Math.random()}`;
    const old = await openAt(name, before17);
    const was = indexesOf(old);
    old.close();
    const db = await openAt(name, before17 + 1);
    const now = indexesOf(db);
    for (const [table, indexes] of was) {
      expect(now.get(table), table).toEqual(expect.arrayContaining(indexes));
      if (travels(table)) expect(now.get(table), table).toContain("[pc+pcSeq]");
    }
    db.close();
  });

  it("leaves no table of the app neither local nor indexed by its versions", async () => {
    const db = new AppDB(`m17a-${Math.random()}`);
    await db.open();
    const names = db.tables.map((t) => t.name);
    for (const local of Object.keys(LOCAL_TABLES)) expect(names, local).toContain(local);
    const forgotten = db.tables
      .filter((t) => travels(t.name) && !t.schema.idxByName["[pc+pcSeq]"])
      .map((t) => t.name);
    expect(forgotten).toEqual([]);
    db.close();
  });
});
