// Why: version 21 keeps each wilayah's payment stage as the pendamping arranges it (the payment day, the place and
// the day it was accompanied), read one stage of one wilayah at a time and travelling like every record.
import type Dexie from "dexie";

export function migration0021(db: Dexie): void {
  db.version(21).stores({
    pkhStages: "id, [siteId+stageId], deletedAt, [pc+pcSeq]",
  });
}
