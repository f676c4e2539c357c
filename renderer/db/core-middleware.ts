// Why: what the DBCore middlewares (statistics tallies, exchange stamps) share: the writes of one transaction handled
// one after another in the order asked, and what they write below Dexie's observability layer named for live queries.
import { Dexie, type RangeSet } from "dexie";
import type { DBCore, DBCoreTransaction, ObservabilitySet } from "dexie";

/** A queue per transaction: each job starts when the one asked before it has finished (failed or not). */
export function transactionQueue(): <T>(trans: DBCoreTransaction, job: () => Promise<T>) => Promise<T> {
  const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
  return (trans, job) => {
    const run = (queues.get(trans) ?? Promise.resolve()).then(job);
    queues.set(
      trans,
      run.catch(() => undefined),
    );
    return run;
  };
}

/**
 * Names parts of `table` as changed by `trans` (by index name: "" the primary key, ":dels" rows replaced or removed),
 * so a live query that read them runs again when the transaction commits and its cached result is dropped.
 */
export function noteMutated(
  down: DBCore,
  trans: DBCoreTransaction,
  table: string,
  ranges: Record<string, RangeSet>,
): void {
  const prefix = `idb://${down.schema.name}/${table}/`;
  const parts: ObservabilitySet = {};
  for (const [index, range] of Object.entries(ranges)) parts[prefix + index] = range;
  const idb = trans as unknown as { mutatedParts?: ObservabilitySet };
  idb.mutatedParts = Dexie.extendObservabilitySet(idb.mutatedParts ?? {}, parts);
}
