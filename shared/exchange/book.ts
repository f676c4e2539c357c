// Why: what a PC knows about itself and its peers, per scope, so an exchange file carries exactly what the other PC
// lacks and a file lost, repeated or read out of order still leaves both PCs with everything they share.
import { isNewTo, joinSeen, type Seen, type VersionStamp } from "./version";

/** Per scope (a site's id or "district"): a `seen` of what is held in it. */
export type Holdings = Readonly<Record<string, Seen>>;

/** A PC's exchange bookkeeping (kept on that PC only). */
export type ExchangeBook = {
  /** This PC's id. */
  pc: string;
  /** The last change number this PC gave. */
  lastSeq: number;
  /** Per scope, the other PCs' changes this PC holds (or holds something newer than); its own it always holds. */
  holds: Holdings;
  /** What each other PC held, per scope, when it last wrote a file to this one: what need not go to it again. */
  peers: Readonly<Record<string, Holdings>>;
};

export function newBook(pc: string): ExchangeBook {
  return { pc, lastSeq: 0, holds: {}, peers: {} };
}

/** The next change number of this PC, and the book that has given it. */
export function nextSeq(book: ExchangeBook): { seq: number; book: ExchangeBook } {
  const seq = book.lastSeq + 1;
  return { seq, book: { ...book, lastSeq: seq } };
}

/** What this PC holds in `scope`: what it took in from others, and every change of its own. */
export function holding(book: ExchangeBook, scope: string): Seen {
  return book.lastSeq
    ? joinSeen(book.holds[scope] ?? {}, { [book.pc]: book.lastSeq })
    : (book.holds[scope] ?? {});
}

/** What a file for another PC says this PC holds, for the scopes the file covers. */
export function holdingsFor(book: ExchangeBook, scopes: readonly string[]): Holdings {
  return Object.fromEntries(scopes.map((s) => [s, holding(book, s)]));
}

/** True when a version of `scope` should go in a file for `peer`: the peer takes the scope and is not known to hold it. */
export function newToPeer(book: ExchangeBook, peer: string, scope: string, version: VersionStamp): boolean {
  return isNewTo(book.peers[peer]?.[scope] ?? {}, version);
}

/**
 * The book after every version of a file from `sender` was taken in: for each scope the file covered, this PC now
 * holds all the sender held (the file carried all of it this PC was not known to hold), and the sender holds that.
 */
export function afterReceiving(book: ExchangeBook, sender: string, senderHolds: Holdings): ExchangeBook {
  const holds: Record<string, Seen> = { ...book.holds };
  const theirs: Record<string, Seen> = { ...(book.peers[sender] ?? {}) };
  for (const [scope, seen] of Object.entries(senderHolds)) {
    holds[scope] = joinSeen(holds[scope] ?? {}, seen);
    theirs[scope] = joinSeen(theirs[scope] ?? {}, seen);
  }
  return { ...book, holds, peers: { ...book.peers, [sender]: theirs } };
}
