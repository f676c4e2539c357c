// Why: takes in another PC's versions in one transaction with the one merge rule (shared/exchange/merge.ts): newer
// versions replace, older ones are ignored, versions made apart wait for the user; the book then says what is held.
import type { Table } from "dexie";
import { addressOf, afterReceiving, type Holdings } from "../../../shared/exchange/book";
import { mergeVersion, type RecordState, type Versioned } from "../../../shared/exchange/merge";
import type { AppDB } from "../app-db";
import { AppError } from "../errors";
import { markReceiving } from "./stamps";
import {
  BOOK_ID,
  EXCHANGE_TABLE,
  VERSIONS_APART_TABLE,
  travels,
  versionApartKey,
  type BookRow,
  type VersionApartRow,
} from "./tables";

type Row = Versioned & Record<string, unknown>;

/** What a file changed here, per table: records added or replaced, and records now waiting for a user. */
export type ReceiveSummary = {
  tables: Record<string, { taken: number; ignored: number }>;
  /** Records whose versions made apart wait in "Perlu diselesaikan" after this file. */
  conflicts: { table: string; recordId: string }[];
};

/**
 * Merges every version of a file from `sender` (already opened and checked: shared/exchange/file.ts) and updates the
 * book, all or nothing. A table this database does not have, or one that never travels, refuses the whole file.
 */
export async function receiveChanges(
  db: AppDB,
  sender: string,
  senderHolds: Holdings,
  incoming: ReadonlyMap<string, Record<string, unknown>[]>,
  basis?: Holdings,
): Promise<ReceiveSummary> {
  const names = [...incoming.keys()];
  for (const name of names)
    if (!travels(name) || !db.tables.some((t) => t.name === name))
      throw new AppError("e.exchange.unknownTable", { table: name });
  const tables = names.map((n) => db.table(n) as Table<Row, string>);
  const apart = db.table(VERSIONS_APART_TABLE) as Table<VersionApartRow, string>;
  const exchange = db.table(EXCHANGE_TABLE) as Table<BookRow, string>;
  return db.transaction("rw", [...tables, apart, exchange], async () => {
    markReceiving();
    const book = await exchange.get(BOOK_ID);
    if (!book) throw new AppError("e.exchange.notJoined");
    if (book.pc === sender || addressOf(book) === sender) throw new AppError("e.exchange.ownFile");
    const summary: ReceiveSummary = { tables: {}, conflicts: [] };
    for (const [i, name] of names.entries()) {
      const rows = incoming.get(name)! as Row[];
      const counts = { taken: 0, ignored: 0 };
      summary.tables[name] = counts;
      const ids = [...new Set(rows.map((r) => r.id))];
      const currents = await tables[i]!.bulkGet(ids);
      const waiting = await apart
        .where("[table+recordId]")
        .anyOf(ids.map((id) => [name, id]))
        .toArray();
      const states = new Map<string, RecordState<Row> | null>();
      ids.forEach((id, k) => {
        const current = currents[k];
        const others = waiting.filter((w) => w.recordId === id).map((w) => w.version as Row);
        states.set(id, current ? { current, others } : null);
      });
      const before = new Map(states);
      for (const row of rows) {
        const { state, changed } = mergeVersion(states.get(row.id) ?? null, row);
        states.set(row.id, state);
        counts[changed ? "taken" : "ignored"] += 1;
      }
      const puts: Row[] = [];
      const apartPuts: VersionApartRow[] = [];
      const apartGone: string[] = [];
      for (const id of ids) {
        const was = before.get(id) ?? null;
        const now = states.get(id)!;
        if (!now || now === was) continue;
        if (!was || was.current !== now.current) puts.push(now.current);
        const wasKeys = new Set((was?.others ?? []).map((v) => versionApartKey(name, id, v)));
        const nowKeys = new Set(now.others.map((v) => versionApartKey(name, id, v)));
        for (const key of wasKeys) if (!nowKeys.has(key)) apartGone.push(key);
        for (const v of now.others)
          if (!wasKeys.has(versionApartKey(name, id, v)))
            apartPuts.push({
              key: versionApartKey(name, id, v),
              table: name,
              recordId: id,
              pc: v.pc,
              pcSeq: v.pcSeq,
              version: v,
            });
        if (now.others.length) summary.conflicts.push({ table: name, recordId: id });
      }
      if (puts.length) await tables[i]!.bulkPut(puts);
      if (apartGone.length) await apart.bulkDelete(apartGone);
      if (apartPuts.length) await apart.bulkPut(apartPuts);
    }
    await exchange.put({ ...afterReceiving(book, sender, senderHolds, basis), id: BOOK_ID });
    return summary;
  });
}
