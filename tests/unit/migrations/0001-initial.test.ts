import { describe, expect, it } from "vitest";
import Dexie from "dexie";
import { freshDb } from "../helpers";

describe("migration 0001 (initial schema)", () => {
  it("creates the version-1 tables and indexes, readable by a plain Dexie open", async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(1);
    const name = db.name;
    db.close();
    const raw = await new Dexie(name).open();
    const tables = Object.fromEntries(
      raw.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]]),
    );
    expect(tables).toEqual({
      office: ["id"],
      users: ["id", ...["&username", "*siteIds", "deletedAt"].sort()],
      sites: ["id", ...["&code", "deletedAt"].sort()],
      audit: ["id", ...["at", "[table+recordId]", "actorId"].sort()],
      loginAttempts: ["username"],
      drafts: ["[userId+key]", "userId"],
    });
    raw.close();
  });
});
