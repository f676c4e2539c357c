// Why: what a PC knows about itself and its peers, per scope, so an exchange file carries exactly what the other PC
// lacks and a file lost, repeated or read out of order still leaves both PCs with everything they share.
import { isNewTo, joinSeen, type Seen, type VersionStamp } from "./version";

/** Per scope (a site's id or "district"): a `seen` of what is held in it. */
export type Holdings = Readonly<Record<string, Seen>>;

/** A PC's exchange bookkeeping (kept on that PC only). */
export type ExchangeBook = {
  /** The id this PC stamps its changes with (its address too, unless it was restored from a backup). */
  pc: string;
  /**
   * The id the office knows this PC by (files name it as sender and addressee), when it differs from `pc`: a PC
   * restored from a backup stamps its new changes with a fresh id, as its old id's later numbers may already be taken.
   */
  address?: string;
  /** Ids this PC stamped with before a restore, with the last change number of each it holds (all up to it). */
  formers?: Readonly<Record<string, number>>;
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
  const own = book.lastSeq ? { ...book.formers, [book.pc]: book.lastSeq } : { ...book.formers };
  return joinSeen(book.holds[scope] ?? {}, own);
}

/** The id files name this PC by. */
export const addressOf = (book: ExchangeBook): string => book.address ?? book.pc;

/** What a file for another PC says this PC holds, for the scopes the file covers. */
export function holdingsFor(book: ExchangeBook, scopes: readonly string[]): Holdings {
  return Object.fromEntries(scopes.map((s) => [s, holding(book, s)]));
}

/** True when a version of `scope` should go in a file for `peer`: the peer takes the scope and is not known to hold it. */
export function newToPeer(book: ExchangeBook, peer: string, scope: string, version: VersionStamp): boolean {
  return isNewTo(book.peers[peer]?.[scope] ?? {}, version);
}

/**
 * The book after every version of a file from `sender` was taken in. The file carried, for each scope, every change
 * the sender held (`senderHolds`) that it believed this PC lacked (`basis`: what it believed this PC held); so this PC
 * now holds all the sender held, except where the sender believed this PC held more than it does (a PC restored from
 * an older backup): those changes were not in the file and this PC keeps its own count for that PC, to get them in a
 * later file. What the sender holds replaces what this PC believed of it (a lower count only makes a file resend).
 */
export function afterReceiving(
  book: ExchangeBook,
  sender: string,
  senderHolds: Holdings,
  basis?: Holdings,
): ExchangeBook {
  const holds: Record<string, Seen> = { ...book.holds };
  const theirs: Record<string, Seen> = { ...(book.peers[sender] ?? {}) };
  for (const [scope, seen] of Object.entries(senderHolds)) {
    const mine = holding(book, scope);
    const taken: Record<string, number> = { ...seen };
    for (const [pc, n] of Object.entries(basis?.[scope] ?? {}))
      if (n > (mine[pc] ?? 0)) {
        if (mine[pc]) taken[pc] = mine[pc];
        else delete taken[pc];
      }
    holds[scope] = joinSeen(holds[scope] ?? {}, taken);
    theirs[scope] = seen;
  }
  return { ...book, holds, peers: { ...book.peers, [sender]: theirs } };
}

/**
 * The book of a PC restored from a backup: it keeps its address, stamps from now on with `freshPc`, and holds its old
 * id's changes up to the backup's count (later ones, made before the failure, come back from the PCs that took them).
 */
export function restoredBook<B extends ExchangeBook>(book: B, freshPc: string): B {
  return {
    ...book,
    pc: freshPc,
    address: addressOf(book),
    formers: { ...book.formers, ...(book.lastSeq ? { [book.pc]: book.lastSeq } : {}) },
    lastSeq: 0,
  };
}
