// Why: version 14 adds Kembara Prihatin Negara (seed 001): tours and their checkpoints, and what happens at a
// checkpoint (one row per person served, complaints, food baskets, welfare cases met), each read by its tour or
// checkpoint; baskets by MyKad for the repeat warning, complaints by their number and by day for the deadlines.
import type Dexie from "dexie";

export function migration0014(db: Dexie): void {
  db.version(14).stores({
    tours: "id, date, status, deletedAt, *partnerIds",
    checkpoints: "id, [tourId+order], date, deletedAt",
    kpnServices: "id, tourId, [checkpointId+id], deletedAt",
    complaints: "id, refNo, tourId, checkpointId, receivedDate, resolvedDate, deletedAt",
    baskets: "id, tourId, checkpointId, [mykad+date], deletedAt",
    intakes: "id, tourId, checkpointId, [outcome+assignedSiteId], personId, deletedAt",
  });
}
