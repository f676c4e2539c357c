// Why: version 15 lets "Perlu disemak" read the entries never confirmed or confirmed before the cutoff through one
// index range: IndexedDB leaves a null `confirmedAt` out of its index, so each entry also keeps `reviewKey` (its
// confirmation date, "" when never), and `reviewKey < cutoff` is the whole list, oldest first.
import type Dexie from "dexie";
import { reviewKeyOf } from "../../../shared/domain/directory";

type Org = { id: string; confirmedAt?: string | null; reviewKey?: string };

export function migration0015(db: Dexie): void {
  db.version(15)
    .stores({
      organisations:
        "id, name, deletedAt, kind, area, confirmedAt, reviewKey, *nameTokens, *phoneKeys, *serviceKeys, *targetGroups",
    })
    .upgrade(async (tx) => {
      await tx
        .table<Org, string>("organisations")
        .toCollection()
        .modify((o) => {
          o.reviewKey = reviewKeyOf(o.confirmedAt ?? null);
        });
    });
}
