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

/** Largest side, in pixels, of the letterhead logo (printed about 2 cm high). */
export const LOGO_MAX_SIDE = 600;

/** PNG or JPEG by the file's first bytes (its signature), whatever its name says; null for anything else. */
export function imageKind(bytes: Uint8Array): "png" | "jpeg" | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  return null;
}
