// Why: a PC put back to a backup must never give again a change number or a record number it may have given after
// that backup (its peers may hold them): in the restore's own transaction it takes a fresh stamping id and moves its
// counters to their next block (docs/exchange.md, "A PC restored from a backup").
import { restoredBook } from "../../../shared/exchange/book";
import { nextBlockFrom } from "../../../shared/exchange/numbering";
import { BOOK_ID, EXCHANGE_TABLE, type BookRow } from "./tables";

const COUNTERS = "counters";

/** Runs inside the restore's read-write transaction, after every record is in. */
export function renewAfterRestore(tx: IDBTransaction, freshPc: string): void {
  const names = [...tx.objectStoreNames];
  if (!names.includes(EXCHANGE_TABLE)) return;
  const books = tx.objectStore(EXCHANGE_TABLE);
  const read = books.get(BOOK_ID);
  read.onsuccess = () => {
    const book = read.result as BookRow | undefined;
    // A PC that never exchanged: no other PC holds its changes or numbers, so nothing can clash.
    if (!book?.key) return;
    books.put(restoredBook(book, freshPc));
    if (!names.includes(COUNTERS)) return;
    const pcNumber = book.number ?? 0;
    const walk = tx.objectStore(COUNTERS).openCursor();
    walk.onsuccess = () => {
      const at = walk.result;
      if (!at) return;
      const row = at.value as { key: string; next: number };
      at.update({ ...row, next: nextBlockFrom(pcNumber, row.next) });
      at.continue();
    };
  };
}
