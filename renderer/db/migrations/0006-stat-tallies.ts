// Why: version 6 keeps the monthly statistics' running tallies (renderer/db/stat-tallies.ts keeps them with every
// write), made here once from the records already stored, so the yearly report reads them instead of every record.
import type Dexie from "dexie";
import { computeStatTallies } from "../stat-tallies";

export function migration0006(db: Dexie): void {
  db.version(6)
    .stores({ statTallies: "key" })
    .upgrade(async (tx) => {
      const tallies = await computeStatTallies({
        cases: () => tx.table("cases").toArray(),
        persons: () => tx.table("persons").toArray(),
        referrals: () => tx.table("referrals").toArray(),
        statusChecks: () => tx.table("statusChecks").toArray(),
        investigations: () => tx.table("investigations").toArray(),
      });
      await tx.table("statTallies").bulkPut(tallies);
    });
}
