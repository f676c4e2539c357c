// Why: version 20 lets the KPM register show one wilayah a page at a time in No. KPM order (keyset paging through
// `[siteId+kpmNo]`) instead of reading every household of the office to show 25.
import type Dexie from "dexie";

export function migration0020(db: Dexie): void {
  db.version(20).stores({
    pkhHouseholds: "id, siteId, kpmNo, [siteId+groupId], [siteId+kpmNo], deletedAt, *nameTokens, [pc+pcSeq]",
  });
}
