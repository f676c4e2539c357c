// Why: version 21 keeps each wilayah's payment stage as the pendamping arranges it (the payment day, the place and
// the day it was accompanied), read one stage of one wilayah at a time and travelling like every record; and lets the
// home screen read the complaints still open by their day of receipt (`openSince`, absent once resolved) alone.
import type Dexie from "dexie";

export function migration0021(db: Dexie): void {
  db.version(21).stores({
    pkhStages: "id, [siteId+stageId], deletedAt, [pc+pcSeq]",
    pkhComplaints: "id, [siteId+receivedDate], kpmId, resolvedDate, openSince, deletedAt, [pc+pcSeq]",
  });
}
