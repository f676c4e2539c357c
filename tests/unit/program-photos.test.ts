// Why: programme photos are stored at most 1280 px on the longest side, proportions kept, and under the size cap.
import { describe, expect, it } from "vitest";
import { PHOTO_MAX_BYTES, PHOTO_MAX_SIDE } from "../../shared/domain/community";
import { fitWithin } from "../../shared/domain/images";
import { AppError } from "../../renderer/db/errors";
import { encodeUnderCap, PHOTO_QUALITIES } from "../../renderer/features/foto/photo-fit";

describe("fitting a programme photo within 1280 px", () => {
  it("shrinks landscape and portrait photos so the longest side is 1280, keeping the aspect", () => {
    expect(fitWithin(2400, 1600, PHOTO_MAX_SIDE)).toEqual({ width: 1280, height: 853, scaled: true });
    expect(fitWithin(1000, 3000, PHOTO_MAX_SIDE)).toEqual({ width: 427, height: 1280, scaled: true });
    expect(fitWithin(4032, 3024, PHOTO_MAX_SIDE)).toEqual({ width: 1280, height: 960, scaled: true });
  });
  it("keeps the aspect within rounding for many sizes and never exceeds the limit", () => {
    for (const [w, h] of [
      [1281, 1],
      [5000, 4999],
      [1920, 1080],
      [1080, 1920],
      [3001, 7],
    ] as const) {
      const r = fitWithin(w, h, PHOTO_MAX_SIDE);
      expect(Math.max(r.width, r.height)).toBe(PHOTO_MAX_SIDE);
      expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(1);
      // Rounding to whole pixels moves the short side by at most half a pixel.
      const shortExact = (Math.min(w, h) * PHOTO_MAX_SIDE) / Math.max(w, h);
      expect(Math.abs(Math.min(r.width, r.height) - Math.max(1, shortExact))).toBeLessThanOrEqual(0.5);
    }
  });
  it("leaves a photo already within 1280 px as it is", () => {
    expect(fitWithin(1280, 720, PHOTO_MAX_SIDE)).toEqual({ width: 1280, height: 720, scaled: false });
    expect(fitWithin(640, 480, PHOTO_MAX_SIDE)).toEqual({ width: 640, height: 480, scaled: false });
  });
});

/** A fake encoder whose output shrinks with quality, recording what it was asked. */
function fakeEncoder(bytesAt: (q: number) => number) {
  const asked: number[] = [];
  const encode = async (q: number) => {
    asked.push(q);
    return { size: bytesAt(q), quality: q };
  };
  return { asked, encode };
}

describe("encodeUnderCap", () => {
  it("keeps the first, best quality when it already fits", async () => {
    const { asked, encode } = fakeEncoder(() => 100_000);
    const r = await encodeUnderCap(encode, PHOTO_MAX_BYTES);
    expect(r.quality).toBe(PHOTO_QUALITIES[0]);
    expect(asked).toEqual([PHOTO_QUALITIES[0]]);
  });
  it("lowers the quality step by step until the photo is under the cap", async () => {
    const { asked, encode } = fakeEncoder((q) => Math.round(q * 700_000));
    const r = await encodeUnderCap(encode, PHOTO_MAX_BYTES);
    expect(r.blob.size).toBeLessThanOrEqual(PHOTO_MAX_BYTES);
    expect(r.quality).toBe(0.55);
    expect(asked).toEqual([0.85, 0.75, 0.65, 0.55]);
  });
  it("accepts a photo exactly at the cap and refuses one a byte over at every quality", async () => {
    expect((await encodeUnderCap(fakeEncoder(() => PHOTO_MAX_BYTES).encode, PHOTO_MAX_BYTES)).quality).toBe(
      0.85,
    );
    const over = fakeEncoder(() => PHOTO_MAX_BYTES + 1);
    await expect(encodeUnderCap(over.encode, PHOTO_MAX_BYTES)).rejects.toEqual(new AppError("v.photoSize"));
    expect(over.asked).toEqual([...PHOTO_QUALITIES]);
  });
  it("tries qualities in falling order", () => {
    expect([...PHOTO_QUALITIES].sort((a, b) => b - a)).toEqual([...PHOTO_QUALITIES]);
  });
});
