// Why: the one list of tables kept on each PC only; every other table travels between PCs (a table added later
// travels without new code), so its rows carry a version stamp and the `[pc+pcSeq]` index.
import type { ExchangeBook } from "../../../shared/exchange/book";
import type { ExchangeKey } from "../../../shared/exchange/join";
import type { Scopes } from "../../../shared/exchange/scope";
import type { VersionStamp } from "../../../shared/exchange/version";

/** Tables that never travel, each with why. */
export const LOCAL_TABLES: Readonly<Record<string, string>> = {
  loginAttempts: "lockout counts belong to the PC the passwords were typed on",
  drafts: "unsaved form values of a user on this PC",
  counters: "per-PC running numbers (each PC numbers in its own blocks)",
  statTallies: "derived from the records, recounted on each PC",
  importMappings: "column choices remembered for files imported on this PC",
  exchange: "this PC's book: its id, its last change number, what it and its peers hold",
  versionsApart: "versions made apart on another PC, waiting for a user of this PC",
};

/** The exchange book's table and its one row. */
export const EXCHANGE_TABLE = "exchange";
export const BOOK_ID = "book" as const;
/** Versions made apart waiting for the user. */
export const VERSIONS_APART_TABLE = "versionsApart";

/** True when rows of `table` travel to other PCs (and so carry a version stamp). */
export function travels(table: string): boolean {
  return !Object.hasOwn(LOCAL_TABLES, table);
}

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
