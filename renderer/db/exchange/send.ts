// Why: gathers the versions another PC is not known to hold, for the scopes the two PCs share, in one read of the
// database, through each table's `[pc+pcSeq]` index (a PC's versions past what the peer holds of that PC).
import { Dexie, type Table } from "dexie";
import type { ArchiveTable } from "../../../shared/backup/archive";
import { addressOf, holdingsFor, newToPeer, type Holdings } from "../../../shared/exchange/book";
import { scopeOf, sharedScopes, type Scopes } from "../../../shared/exchange/scope";
import { joinSeen, type VersionStamp } from "../../../shared/exchange/version";
import type { AppDB } from "../app-db";
import { AppError } from "../errors";
import {
  BOOK_ID,
  EXCHANGE_TABLE,
  VERSIONS_APART_TABLE,
  travels,
  type BookRow,
  type VersionApartRow,
} from "./tables";

type Row = VersionStamp & Record<string, unknown>;

export type Outgoing = {
  /** One archive table per database table with versions to send (shown and waiting ones alike). */
  tables: ArchiveTable[];
  /** What this PC holds in the scopes the file covers: the file's header. */
  holds: Holdings;
  /** What this PC believed the peer held in those scopes: the file carries everything of `holds` beyond it. */
  basis: Holdings;
  /** Versions per table. */
  counts: Record<string, number>;
};

/** Every PC this PC knows of: itself and each PC whose changes it holds or that sent it a file. */
function knownPcs(book: BookRow): string[] {
  const pcs = new Set([book.pc, ...Object.keys(book.formers ?? {}), ...Object.keys(book.peers)]);
  for (const seen of Object.values(book.holds)) for (const pc of Object.keys(seen)) pcs.add(pc);
  return [...pcs].sort();
}

/**
 * The versions for `peer`: every version (shown or waiting) in a scope both PCs take, made by any PC, that the peer
 * is not known to hold. `media` adds photos and attachments (their scopes are owed until a file carries them).
 * `alsoHeld`: what the peer is known to hold besides what its last file said (the office hub took in this PC's last
 * push, minus what it refused: those need not go again).
 */
export async function changesForPeer(
  db: AppDB,
  peer: { pc: string; scopes: Scopes },
  mine: { scopes: Scopes; sites: readonly string[] },
  media: boolean,
  alsoHeld: Holdings = {},
): Promise<Outgoing> {
  const travelling = db.tables.filter((t) => travels(t.name)) as Table<Row, string>[];
  const apart = db.table(VERSIONS_APART_TABLE) as Table<VersionApartRow, string>;
  const exchange = db.table(EXCHANGE_TABLE) as Table<BookRow, string>;
  return db.transaction("r", [...travelling, apart, exchange], async () => {
    const book = await exchange.get(BOOK_ID);
    if (!book) throw new AppError("e.exchange.notJoined");
    if (peer.pc === addressOf(book)) throw new AppError("e.exchange.ownFile");
    const scopes = sharedScopes(mine.scopes, peer.scopes, mine.sites, media);
    const fromFile = book.peers[peer.pc] ?? {};
    const known: Holdings = Object.fromEntries(
      [...new Set([...Object.keys(fromFile), ...Object.keys(alsoHeld)])].map((s) => [
        s,
        joinSeen(fromFile[s] ?? {}, alsoHeld[s] ?? {}),
      ]),
    );
    const book2 = { ...book, peers: { ...book.peers, [peer.pc]: known } };
    const pcs = knownPcs(book);
    /** The lowest change of `pc` the peer may lack in any scope the file covers. */
    const from = (pc: string) => Math.min(...scopes.map((s) => known[s]?.[pc] ?? 0)) + 1;
    const wanted = (table: string, row: Row) => {
      const scope = scopeOf(table, row);
      return scopes.includes(scope) && newToPeer(book2, peer.pc, scope, row);
    };
    const byTable = new Map<string, Row[]>();
    const add = (table: string, row: Row) => {
      if (!wanted(table, row)) return;
      const list = byTable.get(table) ?? [];
      list.push(row);
      byTable.set(table, list);
    };
    for (const table of travelling)
      for (const pc of pcs) {
        const rows = await table
          .where("[pc+pcSeq]")
          .between([pc, from(pc)], [pc, Dexie.maxKey])
          .toArray();
        for (const row of rows) add(table.name, row);
      }
    for (const pc of pcs) {
      const rows = await apart
        .where("[pc+pcSeq]")
        .between([pc, from(pc)], [pc, Dexie.maxKey])
        .toArray();
      for (const row of rows) add(row.table, row.version);
    }
    const tables = [...byTable].map(([name, rows]) => ({ name, rows }));
    return {
      tables,
      holds: holdingsFor(book, scopes),
      basis: Object.fromEntries(scopes.map((s) => [s, known[s] ?? {}])),
      counts: Object.fromEntries(tables.map((t) => [t.name, t.rows.length])),
    };
  });
}
