// Why: version 18 serves the PKMD desk: the monthly pack a site sends for review (`monthlyPacks`, one per site and
// month, read by `[siteId+month]` and by status) and what each PC reports of itself (`pcReports`: its last good
// backup), both travelling like every record.
import type Dexie from "dexie";

export function migration0018(db: Dexie): void {
  db.version(18).stores({
    monthlyPacks: "id, [siteId+month], [status+month], deletedAt, [pc+pcSeq]",
    pcReports: "id, deletedAt, [pc+pcSeq]",
  });
}
