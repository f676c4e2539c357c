// Why: a photo is re-encoded at falling JPEG quality until it fits the stored size cap; the loop is pure so it is tested.
import { AppError } from "../../db/errors";

/** Qualities tried in turn; the first that fits is kept, so a photo loses no more than it must. */
export const PHOTO_QUALITIES: readonly number[] = [0.85, 0.75, 0.65, 0.55, 0.45, 0.35];

/**
 * Encodes with each quality in turn and returns the first result of at most `maxBytes`.
 * Throws `v.photoSize` when even the lowest quality is too large.
 */
export async function encodeUnderCap<B extends { size: number }>(
  encode: (quality: number) => Promise<B>,
  maxBytes: number,
  qualities: readonly number[] = PHOTO_QUALITIES,
): Promise<{ blob: B; quality: number }> {
  for (const quality of qualities) {
    const blob = await encode(quality);
    if (blob.size <= maxBytes) return { blob, quality };
  }
  throw new AppError("v.photoSize");
}
