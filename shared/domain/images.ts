// Why: the size math of shrinking photos (documents, programme photos), kept pure so it is tested without a browser.

/** Largest side, in pixels, of an image kept as an attachment. */
export const MAX_IMAGE_SIDE = 1600;
/** JPEG quality used when an image is re-encoded. */
export const JPEG_QUALITY = 0.85;

/**
 * The size an image is drawn at so that its longest side is at most `maxSide`, keeping its proportions.
 * Images already small enough keep their size (they are never enlarged).
 */
export function fitWithin(
  width: number,
  height: number,
  maxSide: number = MAX_IMAGE_SIDE,
): { width: number; height: number; scaled: boolean } {
  if (!(width > 0) || !(height > 0)) return { width: 0, height: 0, scaled: false };
  const longest = Math.max(width, height);
  if (longest <= maxSide) return { width: Math.round(width), height: Math.round(height), scaled: false };
  const ratio = maxSide / longest;
  return {
    width: Math.max(1, Math.round(width * ratio)),
    height: Math.max(1, Math.round(height * ratio)),
    scaled: true,
  };
}

/** "photo.png" -> "photo.jpg": the name an image gets once re-encoded as JPEG. */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]*$/, "") || "gambar";
  return `${base}.jpg`;
}
