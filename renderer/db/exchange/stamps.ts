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
import { AppError } from "../errors";
import { BOOK_ID, EXCHANGE_TABLE, VERSIONS_APART_TABLE, travels, type BookRow } from "./tables";

/** The index every travelling table has: a PC's versions in the order it made them. */
export const VERSION_INDEX = "[pc+pcSeq]";

type Stamp = { pc: string; seq: number; written: Promise<unknown> };
type Row = Record<string, unknown> & { seen?: Seen };

/** Transactions taking in another PC's versions: their stamps are kept as they came. */
const receiving = new WeakSet<object>();
/** The book as a transaction first read it. */
const early = new WeakMap<DBCoreTransaction, Promise<BookRow | undefined>>();
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

/** The book as stored, read as soon as a transaction that may stamp is made (so a first write rarely waits for it). */
function readBook(down: DBCore, trans: DBCoreTransaction): Promise<BookRow | undefined> {
  let book = early.get(trans);
  if (!book) {
    book = down.table(EXCHANGE_TABLE).get({ trans, key: BOOK_ID }) as Promise<BookRow | undefined>;
    // A transaction that ends before writing never asks for it: its failure is not an unhandled one.
    book.catch(() => undefined);
    early.set(trans, book);
  }
  return book;
}

/**
 * This transaction's change number: the book's next number, taken once. The book is written back without waiting
 * (requests of one transaction run in order); each stamped write waits for that too (`written`).
 */
function stampOf(down: DBCore, trans: DBCoreTransaction): Promise<Stamp> {
  let stamp = taken.get(trans);
  if (!stamp) {
    stamp = readBook(down, trans).then((stored) => {
      // A database made at this version (no upgrade ran) or whose book was cleared gets its id at its first write.
      const { seq, book } = nextSeq(stored ?? newBook(newId()));
      const written = down
        .table(EXCHANGE_TABLE)
        .mutate({ trans, type: "put", values: [{ ...book, id: BOOK_ID }] });
      written.catch(() => undefined);
      const bookKey = () => new RangeSet().addKey(BOOK_ID);
      noteMutated(down, trans, EXCHANGE_TABLE, { "": bookKey(), ":dels": bookKey() });
      return { pc: book.pc, seq, written };
    });
    taken.set(trans, stamp);
  }
  return stamp;
}

/**
 * Another write of the book in a transaction that stamps (who this PC is, what it holds): one before the first stamp
 * makes the stamp read the book again; one after it never takes the change number back.
 */
function bookWrite(table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const stamp = taken.get(req.trans);
  if (!stamp) {
    early.delete(req.trans);
    return table.mutate(req);
  }
  if (req.type !== "add" && req.type !== "put") return table.mutate(req);
  return stamp.then(({ seq }) => {
    const values = (req.values as Partial<BookRow>[]).map((v) =>
      v.id === BOOK_ID ? { ...v, lastSeq: Math.max(v.lastSeq ?? 0, seq) } : v,
    );
    return table.mutate({ ...req, values });
  });
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

/** DBCore's key range kind for a range between two keys (Dexie's DBCoreRangeType.Range). */
const RANGE = 2;

/**
 * Refuses this PC's own write to a record whose versions made apart on another PC wait in "Perlu diselesaikan": a
 * save here would silently pick a side. Read in the write's own transaction (the middleware takes `versionsApart`
 * into every writing transaction), so it holds whichever code writes; the common case (nothing waiting in the table)
 * is one count.
 */
async function requireSettled(down: DBCore, trans: DBCoreTransaction, table: string, keys: unknown[]) {
  const apart = down.table(VERSIONS_APART_TABLE);
  const index = apart.schema.getIndexByKeyPath(["table", "recordId"]);
  if (!index || !keys.length) return;
  const query = {
    index,
    range: {
      type: RANGE,
      lower: [table, down.MIN_KEY],
      upper: [table, down.MAX_KEY],
      lowerOpen: false,
      upperOpen: false,
    },
  } as unknown as Parameters<DBCoreTable["count"]>[0]["query"];
  if (!(await apart.count({ trans, query }))) return;
  const waiting = await apart.query({ trans, values: true, query });
  const ids = new Set((waiting.result as { recordId: string }[]).map((w) => w.recordId));
  if (keys.some((k) => ids.has(String(k)))) throw new AppError("e.exchange.settleFirst");
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
        if (mode !== "readwrite" || !stores.some(travels)) return down.transaction(stores, mode, options);
        const trans = down.transaction(
          [...new Set([...stores, EXCHANGE_TABLE, VERSIONS_APART_TABLE])],
          mode,
          options,
        );
        readBook(down, trans);
        return trans;
      },
      table(name) {
        const table = down.table(name);
        if (name === EXCHANGE_TABLE) return { ...table, mutate: (req) => bookWrite(table, req) };
        if (!travels(name)) return table;
        return {
          ...table,
          mutate(req): Promise<DBCoreMutateResponse> {
            const { trans } = req;
            if (!stamping(trans)) return table.mutate(req);
            return enqueue(trans, async () => {
              if (req.type !== "add" && req.type !== "put") return table.mutate(req);
              if (req.type === "put")
                await requireSettled(
                  down,
                  trans,
                  name,
                  req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v)),
                );
              const stamp = await stampOf(down, trans);
              const values = await stamped(table, req, stamp);
              noteMutated(down, trans, name, {
                [VERSION_INDEX]: new RangeSet().addKey([stamp.pc, stamp.seq]),
              });
              const [res] = await Promise.all([table.mutate({ ...req, values }), stamp.written]);
              return res;
            });
          },
        };
      },
    };
  },
};
