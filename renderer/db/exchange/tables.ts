// Why: the exchange's own tables (the book, versions waiting) and their row shapes; which tables travel is
// shared/exchange/tables.ts, the one list the PCs and the hub agree on.
import type { ExchangeBook } from "../../../shared/exchange/book";
import type { ExchangeKey } from "../../../shared/exchange/join";
import type { Scopes } from "../../../shared/exchange/scope";
import type { VersionStamp } from "../../../shared/exchange/version";

export { LOCAL_TABLES, travels } from "../../../shared/exchange/tables";

/** The exchange book's table and its one row. */
export const EXCHANGE_TABLE = "exchange";
export const BOOK_ID = "book" as const;
/** Versions made apart waiting for the user. */
export const VERSIONS_APART_TABLE = "versionsApart";

/**
 * The exchange book as stored: one row, `id` "book", with who this PC is in the office's exchange (read it through
 * `identity.ts`). Each identity field is absent on a database that set the office up or was made before exchange.
 */
export type BookRow = ExchangeBook & {
  id: typeof BOOK_ID;
  /** This PC's number (absent: 0, the PC that set the office up). */
  number?: number;
  /** The sites this PC works on (absent: "all"). */
  scopes?: Scopes;
  /** What this PC is called on the PKMD desk (absent: not named yet). */
  name?: string;
  /** The office exchange key (made on the office's PC at first need; brought by the join file elsewhere). */
  key?: ExchangeKey;
  /** The PC that made this PC's join file (absent on the office's PC). */
  issuedBy?: string;
};

/**
 * A version made apart on another PC, kept whole while it waits for the user ("Perlu diselesaikan"); `key` is
 * `${table}|${recordId}|${pc}|${pcSeq}`, and `pc`/`pcSeq` are the version's own, so a file for a peer finds it too.
 */
export type VersionApartRow = {
  key: string;
  table: string;
  recordId: string;
  pc: string;
  pcSeq: number;
  version: Record<string, unknown> & VersionStamp;
};

/** The key of a version waiting in `versionsApart`. */
export function versionApartKey(table: string, recordId: string, v: VersionStamp): string {
  return `${table}|${recordId}|${v.pc}|${v.pcSeq}`;
}
