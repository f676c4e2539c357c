// Why: every write on this PC to a travelling table carries a version stamp (which PC, its change number, what it had
// seen of the record), whichever code writes it, so exchange files and merging need nothing from the repositories.
import { Dexie, RangeSet } from "dexie";
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from "dexie";
import { newBook, nextSeq } from "../../../shared/exchange/book";
import { joinSeen, type Seen } from "../../../shared/exchange/version";
import { newId } from "../../../shared/ids";
import { noteMutated, transactionQueue } from "../core-middleware";
import { BOOK_ID, EXCHANGE_TABLE, travels, type BookRow } from "./tables";

/** The index every travelling table has: a PC's versions in the order it made them. */
export const VERSION_INDEX = "[pc+pcSeq]";

type Stamp = { pc: string; seq: number };
type Row = Record<string, unknown> & { seen?: Seen };

/** Transactions taking in another PC's versions: their stamps are kept as they came. */
const receiving = new WeakSet<object>();
/** The change number a transaction took (one per transaction, taken at its first stamped write). */
const taken = new WeakMap<DBCoreTransaction, Promise<Stamp>>();
/** Writes of one transaction go down one after another, in the order they were asked for. */
const enqueue = transactionQueue();

/**
 * Marks the current read-write transaction as taking in versions from another PC: its writes keep the stamps they
 * carry and take no change number of this PC. Call inside `db.transaction(...)`, before the first write.
 */
export function markReceiving(): void {
  const trans = Dexie.currentTransaction;
  if (!trans?.idbtrans || trans.mode !== "readwrite")
    throw new Error("markReceiving: not inside a read-write transaction");
  receiving.add(trans.idbtrans);
}

/** True when writes in `trans` are this PC's own changes (not an upgrade, not receiving, the book in reach). */
function stamping(trans: DBCoreTransaction): boolean {
  const idb = trans as unknown as IDBTransaction;
  return (
    idb.mode === "readwrite" && !receiving.has(trans) && !!idb.objectStoreNames?.contains(EXCHANGE_TABLE)
  );
}

/** This transaction's change number: the book is read, its next number taken and the book written back, once. */
function stampOf(down: DBCore, trans: DBCoreTransaction): Promise<Stamp> {
  let stamp = taken.get(trans);
  if (!stamp) {
    stamp = (async () => {
      const exchange = down.table(EXCHANGE_TABLE);
      const stored = (await exchange.get({ trans, key: BOOK_ID })) as BookRow | undefined;
      // A database made at this version (no upgrade ran) or whose book was cleared gets its id at its first write.
      const { seq, book } = nextSeq(stored ?? newBook(newId()));
      await exchange.mutate({ trans, type: "put", values: [{ ...book, id: BOOK_ID }] });
      const bookKey = () => new RangeSet().addKey(BOOK_ID);
      noteMutated(down, trans, EXCHANGE_TABLE, { "": bookKey(), ":dels": bookKey() });
      return { pc: book.pc, seq };
    })();
    taken.set(trans, stamp);
  }
  return stamp;
}

/** The values of an add or put with this PC's stamp; a put of a value without `seen` keeps what the stored row saw. */
async function stamped(
  table: DBCoreTable,
  req: DBCoreMutateRequest & { type: "add" | "put" },
  { pc, seq }: Stamp,
): Promise<Row[]> {
  const values = req.values as Row[];
  let stored: (Row | undefined)[] = [];
  if (req.type === "put") {
    const unseen = values.flatMap((v, i) => (v.seen ? [] : [i]));
    if (unseen.length) {
      const keys = unseen.map((i) => req.keys?.[i] ?? table.schema.primaryKey.extractKey!(values[i]));
      const rows = (await table.getMany({ trans: req.trans, keys })) as (Row | undefined)[];
      stored = new Array(values.length);
      unseen.forEach((i, n) => (stored[i] = rows[n]));
    }
  }
  const own = { [pc]: seq };
  return values.map((v, i) => ({
    ...v,
    pc,
    pcSeq: seq,
    seen: joinSeen(v.seen ?? stored[i]?.seen ?? {}, own),
  }));
}

/**
 * The Dexie middleware (AppDB registers it): a read-write transaction that touches a travelling table also takes in
 * the book, and each add or put to a travelling table stamps its values with this transaction's change number.
 * Hard deletes are not stamped (a local purge); upgrades and receiving transactions are left as they are.
 */
export const exchangeStampsMiddleware: Middleware<DBCore> = {
  stack: "dbcore",
  name: "exchangeStamps",
  // Below Dexie's own middlewares (they read the transaction's zone, which the awaits here leave), above the
  // statistics tallies (they see the stamped values; a stamp changes no figure).
  level: -1.5,
  create(down) {
    if (!down.schema.tables.some((t) => t.name === EXCHANGE_TABLE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === "readwrite" && stores.some(travels) && !stores.includes(EXCHANGE_TABLE);
        return down.transaction(widen ? [...stores, EXCHANGE_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!travels(name)) return table;
        return {
          ...table,
          mutate(req): Promise<DBCoreMutateResponse> {
            const { trans } = req;
            if (!stamping(trans)) return table.mutate(req);
            return enqueue(trans, async () => {
              if (req.type !== "add" && req.type !== "put") return table.mutate(req);
              const stamp = await stampOf(down, trans);
              const values = await stamped(table, req, stamp);
              noteMutated(down, trans, name, {
                [VERSION_INDEX]: new RangeSet().addKey([stamp.pc, stamp.seq]),
              });
              return table.mutate({ ...req, values });
            });
          },
        };
      },
    };
  },
};
