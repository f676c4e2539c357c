// Why: version 12 lets the audit screen filter by user and by action through index ranges ([actorId+id], [action+id]);
// a ULID id sorts by time, so a date range is an id range inside either index, newest first without a scan.
import type Dexie from "dexie";

export function migration0012(db: Dexie): void {
  db.version(12).stores({
    audit: "id, [table+recordId], [actorId+id], [action+id]",
  });
}
