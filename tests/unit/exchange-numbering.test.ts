// Why: two PCs numbering the same site's records while apart must never give one number twice, and the PC that set
// the office up keeps numbering 0001, 0002, ... as before exchange existed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberFor, pcNumberOf } from "../../shared/exchange/numbering";

describe("record numbers across PCs", () => {
  it("keeps the first PC's numbers as they were and gives each PC its own thousand", () => {
    expect([1, 2, 999].map((c) => numberFor(0, c))).toEqual([1, 2, 999]);
    expect(numberFor(0, 1000)).toBe(10_001);
    expect([1, 83, 999, 1000].map((c) => numberFor(1, c))).toEqual([1001, 1083, 1999, 11_001]);
    expect(numberFor(9, 1)).toBe(9001);
    expect(pcNumberOf(numberFor(7, 5000))).toBe(7);
  });

  it("never gives the same number to two different (PC, count) pairs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 30_000 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 30_000 }),
        (p, c, q, d) => {
          if (p === q && c === d) return;
          expect(numberFor(p, c)).not.toBe(numberFor(q, d));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("refuses a PC number outside 0 to 9 and a count below 1", () => {
    expect(() => numberFor(10, 1)).toThrow(RangeError);
    expect(() => numberFor(0, 0)).toThrow(RangeError);
  });
});
