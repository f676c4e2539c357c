import { describe, expect, it } from "vitest";
import Dexie from "dexie";
import { migration0001 } from "../../../renderer/db/migrations/0001-initial";

function schemaOf(db: Dexie): Record<string, string[]> {
  return Object.fromEntries(
    db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]]),
  );
}

describe("migration 0001 (initial schema)", () => {
  it("creates the version-1 tables and indexes", async () => {
    const db = new Dexie(`m1-${Math.random()}`);
    migration0001(db);
    await db.open();
    expect(db.verno).toBe(1);
    expect(schemaOf(db)).toEqual({
      office: ["id"],
      users: ["id", ...["&username", "*siteIds", "deletedAt"].sort()],
      sites: ["id", ...["&code", "deletedAt"].sort()],
      audit: ["id", ...["at", "[table+recordId]", "actorId"].sort()],
      loginAttempts: ["username"],
      drafts: ["[userId+key]", "userId"],
    });
    db.close();
  });
});
