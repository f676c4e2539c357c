// Why: version 7 leaves each case with one index entry for the register instead of three: [siteId+status+date]
// also serves date reads without a status (one range per status, merged) and the follow-ups due (the open
// statuses' ranges), so the [siteId+date] and followUpDate indexes go and every case write stores two fewer entries.
import type Dexie from "dexie";

export function migration0007(db: Dexie): void {
  db.version(7).stores({
    cases: "id, &recordNo, [siteId+status+date], personId, deletedAt",
  });
}
