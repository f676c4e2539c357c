// Why: what a PC knows about itself and its peers, so an exchange file carries exactly what the other PC lacks and
// a file lost, repeated or read out of order still leaves both PCs with everything.
import { isNewTo, joinSeen, type Seen, type VersionStamp } from "./version";

/** A PC's exchange bookkeeping (kept on that PC only). */
export type ExchangeBook = {
  /** This PC's id. */
  pc: string;
  /** The last change number this PC gave. */
  lastSeq: number;
  /** Every change this PC holds, or holds something newer than. */
  holds: Seen;
  /** What each other PC held when it last sent a file here: what need not be sent to it again. */
  peers: Readonly<Record<string, Seen>>;
};

export function newBook(pc: string): ExchangeBook {
  return { pc, lastSeq: 0, holds: {}, peers: {} };
}

/** The next change number of this PC, and the book that has given it. */
export function nextSeq(book: ExchangeBook): { seq: number; book: ExchangeBook } {
  const seq = book.lastSeq + 1;
  return { seq, book: { ...book, lastSeq: seq, holds: joinSeen(book.holds, { [book.pc]: seq }) } };
}

/** The versions a file for `peer` carries: every one it is not known to hold. */
export function changesFor<V extends VersionStamp>(
  book: ExchangeBook,
  peer: string,
  versions: Iterable<V>,
): V[] {
  const known = book.peers[peer] ?? {};
  const out: V[] = [];
  for (const v of versions) if (isNewTo(known, v)) out.push(v);
  return out;
}

/**
 * The book after every version of a file from `sender` was taken in: this PC now holds all the sender held when it
 * wrote the file (the file carried all of it this PC was not known to hold), and the sender holds at least that.
 */
export function afterReceiving(book: ExchangeBook, sender: string, senderHolds: Seen): ExchangeBook {
  return {
    ...book,
    holds: joinSeen(book.holds, senderHolds),
    peers: { ...book.peers, [sender]: joinSeen(book.peers[sender] ?? {}, senderHolds) },
  };
}
