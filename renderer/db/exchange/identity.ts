// Why: who this PC is in the office's exchange (its id, number, name, sites and the office exchange key), kept in its
// book and read in one place by the join, the record numbers and the exchange screens.
import type { Table } from "dexie";
import { fromBase64 } from "../../../shared/backup/bytes";
import { importRawKey, type PassphraseKey } from "../../../shared/backup/envelope";
import { addressOf, newBook } from "../../../shared/exchange/book";
import { newExchangeKey, type ExchangeKey } from "../../../shared/exchange/join";
import { inBlocksOf, nextNumberFrom } from "../../../shared/exchange/numbering";
import type { Scopes } from "../../../shared/exchange/scope";
import { OFFICE_ID, type OfficePc } from "../../../shared/domain/office";
import { newId } from "../../../shared/ids";
import type { AppDB } from "../app-db";
import { AppError } from "../errors";
import { BOOK_ID, EXCHANGE_TABLE, type BookRow } from "./tables";

/** This PC as the office's exchange knows it. */
export type Identity = {
  /**
   * The id the office knows this PC by (files name it as sender and addressee): the `pc` of the versions it writes,
   * unless it was restored from a backup (it then stamps with a fresh id: `shared/exchange/book.ts` restoredBook).
   */
  pc: string;
  /** Every id this PC has stamped its changes with (one, or more after restores from backups). */
  stampIds: string[];
  /** 0 on the PC that set the office up (or a database made before exchange); 1, 2, ... on PCs that joined. */
  number: number;
  /** Its name on the PKMD desk ("" until named). */
  name: string;
  /** The sites it works on, or "all". */
  scopes: Scopes;
  /** The office exchange key; null on the office's PC until its first join file. */
  key: ExchangeKey | null;
  /** The PC that made this PC's join file; null on the office's PC. */
  issuedBy: string | null;
  /** The office as exchange file headers name it; null before the office is set up or joined. */
  office: { id: string; name: string; createdAt: string } | null;
  officeId: string | null;
  /** Every PC of the office's exchange, in the order they joined (empty before the first join file). */
  pcs: OfficePc[];
};

/** The PC that set the office up is PC 0, and only it makes join files. */
export const OFFICE_PC_NUMBER = 0;

function bookTable(db: AppDB): Table<BookRow, string> {
  return db.table(EXCHANGE_TABLE) as Table<BookRow, string>;
}

/** This PC's number from its book (absent: 0). */
export function pcNumberOfBook(book: BookRow | undefined): number {
  return book?.number ?? OFFICE_PC_NUMBER;
}

/** The identity a stored book gives (absent fields: the office's PC, working on every site). */
export function identityOf(
  book: BookRow,
  office: { id: string; officeName: string; createdAt: string; pcs?: OfficePc[] } | undefined,
): Identity {
  return {
    pc: addressOf(book),
    stampIds: [book.pc, ...Object.keys(book.formers ?? {})],
    number: pcNumberOfBook(book),
    name: book.name ?? "",
    scopes: book.scopes ?? "all",
    key: book.key ?? null,
    issuedBy: book.issuedBy ?? null,
    office: office ? { id: office.id, name: office.officeName, createdAt: office.createdAt } : null,
    officeId: office?.id ?? null,
    pcs: office?.pcs ?? [],
  };
}

/**
 * This PC's identity (read-only: works inside liveQuery and inside another transaction holding `exchange` and
 * `office`). `e.exchange.notJoined` when the book does not exist yet (nothing was ever written on this PC).
 */
export async function readIdentity(db: AppDB): Promise<Identity> {
  return db.transaction("r", [bookTable(db), db.office], async () => {
    const book = await bookTable(db).get(BOOK_ID);
    if (!book) throw new AppError("e.exchange.notJoined");
    return identityOf(book, await db.office.get(OFFICE_ID));
  });
}

/**
 * How this PC gives running numbers: its number, and whether it keeps to its own blocks (docs/exchange.md, "Record
 * numbers"). The office's PC numbers on as it always did until the office's exchange starts (its exchange key is
 * made with its first join file); from then on, and on every PC that joined, only numbers in its own blocks.
 */
export type Numbering = { pcNumber: number; blocks: boolean };

/**
 * This PC's numbering, read in the caller's transaction (which must include the `exchange` table: a write that gives
 * numbers takes `numberingTables`).
 */
export async function readNumbering(db: AppDB): Promise<Numbering> {
  const book = await bookTable(db).get(BOOK_ID);
  const pcNumber = pcNumberOfBook(book);
  return { pcNumber, blocks: pcNumber !== OFFICE_PC_NUMBER || !!book?.key };
}

/** The number given when a counter stands at `next` (1 when new); the counter then stands at the number + 1. */
export function takeNumber(numbering: Numbering, next: number): number {
  return numbering.blocks ? nextNumberFrom(numbering.pcNumber, next) : next;
}

/** True when this PC may keep a number it did not give itself (an old book's): one that no other PC can give. */
export function mayKeepNumber(numbering: Numbering, number: number): boolean {
  return !numbering.blocks || inBlocksOf(numbering.pcNumber, number);
}

/** The tables a write that gives a running number reads: the PC's own counters and its book (how it numbers). */
export function numberingTables(db: AppDB): Table[] {
  return [db.counters, bookTable(db)];
}

/**
 * The office exchange key, made on the office's PC the first time it is needed (its first join file) and kept in the
 * book; a PC that joined has it from its join file.
 */
export async function ensureExchangeKey(db: AppDB): Promise<ExchangeKey> {
  const fresh = await newExchangeKey();
  return db.transaction("rw", [bookTable(db)], async () => {
    const book = (await bookTable(db).get(BOOK_ID)) ?? { ...newBook(newId()), id: BOOK_ID };
    if (book.key) return book.key;
    if (pcNumberOfBook(book) !== OFFICE_PC_NUMBER) throw new AppError("e.exchange.notJoined");
    await bookTable(db).put({ ...book, key: fresh });
    return fresh;
  });
}

/** The office exchange key in the form the envelope takes (exchange files); `e.exchange.notJoined` when absent. */
export async function officeExchangeKey(identity: Pick<Identity, "key">): Promise<PassphraseKey> {
  if (!identity.key) throw new AppError("e.exchange.notJoined");
  return importRawKey(fromBase64(identity.key.raw), identity.key.keyId);
}
