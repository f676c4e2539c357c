// Why: record numbers stay {KOD}/{TAHUN}/{NNNN} and never collide when PCs number records for the same site while
// apart: each PC numbers inside its own blocks of 999 (docs/exchange.md, "Record numbers").

/** Numbers per block: a PC's count fills 001 to 999 of a thousand, then moves to its next block. */
export const BLOCK = 999;
/** PC numbers 0 to 9: the last digit of a block is the PC's. */
export const MAX_PC_NUMBER = 9;

/** The running number printed for a PC's `count`-th record of a site (or the office) and year. */
export function numberFor(pcNumber: number, count: number): number {
  if (!Number.isInteger(pcNumber) || pcNumber < 0 || pcNumber > MAX_PC_NUMBER)
    throw new RangeError(`PC number ${pcNumber}`);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count ${count}`);
  const block = Math.floor((count - 1) / BLOCK);
  return (block * 10 + pcNumber) * 1000 + ((count - 1) % BLOCK) + 1;
}

/** The PC whose block a number falls in (for the audit and the desk: "numbered on PC 2"). */
export function pcNumberOf(number: number): number {
  return Math.floor(number / 1000) % 10;
}

/** True when `number` lies in one of PC `pcNumber`'s blocks (a number it may give). */
export function inBlocksOf(pcNumber: number, number: number): boolean {
  return number >= 1 && number % 1000 !== 0 && pcNumberOf(number) === pcNumber;
}

/**
 * The first number at or after `from` in PC `pcNumber`'s blocks: what a PC gives when its counter stands at `from`.
 * From 1, the numbers given one after another are numberFor(pcNumber, 1), numberFor(pcNumber, 2), ...
 */
export function nextNumberFrom(pcNumber: number, from: number): number {
  numberFor(pcNumber, 1);
  const at = Math.max(1, Math.floor(from));
  if (inBlocksOf(pcNumber, at)) return at;
  const tens = Math.floor(at / 10_000);
  const here = (tens * 10 + pcNumber) * 1000 + 1;
  return here > at ? here : ((tens + 1) * 10 + pcNumber) * 1000 + 1;
}

/**
 * Where a counter standing at `next` goes when its PC is put back to a backup: the first number of the PC's next block,
 * past any number it may have given after the backup (at most a block's worth is skipped; numbers are never reused).
 */
export function nextBlockFrom(pcNumber: number, next: number): number {
  const from = nextNumberFrom(pcNumber, next);
  return nextNumberFrom(pcNumber, (Math.floor(from / 10_000) + 1) * 10_000);
}
