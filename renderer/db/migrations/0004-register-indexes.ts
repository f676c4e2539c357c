// Why: version 4 indexes cases by site, status and date, so the register's status filter and the home screen's
// status counts read only the matching keys instead of every case of a site; the single date, status and officer
// indexes that no query uses are dropped, so each case save writes fewer index entries.
import type Dexie from "dexie";

export function migration0004(db: Dexie): void {
  db.version(4).stores({
    cases: "id, &recordNo, [siteId+date], [siteId+status+date], personId, followUpDate, deletedAt",
  });
}
