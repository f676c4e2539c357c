// Why: version 22 keeps this PC's link to the office hub (address, pinned fingerprint, what was last heard) and the
// transfers in flight, so a sync cut by the network or by switching the PC off resumes where it stopped. It never
// travels: each PC has its own link and transfers.
import type Dexie from "dexie";

export function migration0022(db: Dexie): void {
  db.version(22).stores({ hubSync: "id" });
}
