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
