// Why: version 16 lets the PKMD's home read the "perlu susulan" intakes no site has yet and the overdue-complaint count
// through an index: IndexedDB leaves a null `assignedSiteId` or `resolvedDate` out of every index, so intakes keep
// `awaitingKey` and complaints `openKey` (shared/domain/kpn/list-keys.ts), given here to the rows already stored.
import type Dexie from "dexie";
import { complaintKeys, intakeKeys } from "../../../shared/domain/kpn/list-keys";

type Intake = { outcome: string; assignedSiteId: string | null; awaitingKey?: number | null };
type Complaint = { receivedDate: string; resolvedDate: string | null; openKey?: string | null };

export function migration0016(db: Dexie): void {
  db.version(16)
    .stores({
      complaints: "id, refNo, tourId, checkpointId, receivedDate, resolvedDate, deletedAt, openKey",
      intakes: "id, tourId, checkpointId, [outcome+assignedSiteId], personId, deletedAt, awaitingKey",
    })
    .upgrade(async (tx) => {
      await tx
        .table<Intake, string>("intakes")
        .toCollection()
        .modify((i) => {
          i.awaitingKey = intakeKeys(i).awaitingKey;
        });
      await tx
        .table<Complaint, string>("complaints")
        .toCollection()
        .modify((c) => {
          c.openKey = complaintKeys(c).openKey;
        });
    });
}
