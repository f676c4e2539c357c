// Why: version 8 adds the open cases' follow-up days to the running tallies (shared/reports/statistik-kes/tallies.ts),
// so the home screen counts the follow-ups due from a few small rows per site instead of reading every open case.
import type Dexie from "dexie";
import {
  applySteps,
  caseSteps,
  type StatTally,
  type TallyCase,
} from "../../../shared/reports/statistik-kes/tallies";

export function migration0008(db: Dexie): void {
  db.version(8)
    .stores({})
    .upgrade(async (tx) => {
      const tallies = tx.table<StatTally, string>("statTallies");
      // Every row's follow-ups made afresh from the cases (a database made at version 6 or later by this code
      // already has them; made again they come out the same).
      const rows = new Map((await tallies.toArray()).map((t) => [t.key, { ...t, followUps: {} }]));
      const cases = await tx.table<TallyCase, string>("cases").toArray();
      applySteps(
        rows,
        cases.flatMap((c) => caseSteps(c, undefined).filter((s) => s.field === "followUps")),
        1,
      );
      await tallies.bulkPut([...rows.values()]);
    });
}
