// Why: version 11 lets a meeting print as minutes: each meeting gets a start time (empty for meetings recorded
// before) and its decisions, and each action item says whether its owner is an officer or a stakeholder of the site.
import type Dexie from "dexie";

type Meeting = { id: string; time?: string; decisions?: string };
type Item = { id: string; ownerKind?: string };

export function migration0011(db: Dexie): void {
  db.version(11)
    .stores({})
    .upgrade(async (tx) => {
      await tx
        .table<Meeting, string>("meetings")
        .toCollection()
        .modify((m) => {
          m.time ??= "";
          m.decisions ??= "";
        });
      await tx
        .table<Item, string>("actionItems")
        .toCollection()
        .modify((i) => {
          i.ownerKind ??= "pengguna";
        });
    });
}
