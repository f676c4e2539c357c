// Why: version 1 of the schema: office, users, sites, the append-only audit log, login attempts and per-user drafts.
import type Dexie from "dexie";

export function migration0001(db: Dexie): void {
  db.version(1).stores({
    office: "id",
    users: "id, &username, *siteIds, deletedAt",
    sites: "id, &code, deletedAt",
    audit: "id, at, [table+recordId], actorId",
    loginAttempts: "username",
    drafts: "[userId+key], userId",
  });
}
