// Why: version 9 serves spreadsheet imports: a case's old number from a legacy Buku Rekod (kept when it cannot be the
// record number) is indexed so search finds it, and the column mapping of a file is remembered for the next file with
// the same headers.
import type Dexie from "dexie";

export function migration0009(db: Dexie): void {
  db.version(9).stores({
    // Only imported cases carry legacyNo; the others store no entry in this index.
    cases: "id, &recordNo, [siteId+status+date], personId, deletedAt, legacyNo",
    importMappings: "id, &signature, deletedAt",
  });
}
