// Why: version 5 drops the audit log's `at` and `actorId` indexes, which no query reads (the log is read in id
// order, and a ULID id already sorts by time), so every audited write stores two fewer index entries.
import type Dexie from "dexie";

export function migration0005(db: Dexie): void {
  db.version(5).stores({
    audit: "id, [table+recordId]",
  });
}
