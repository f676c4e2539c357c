// Why: photos of MyKad and payslips come from phones at several MB; they are shrunk and re-encoded (dropping
// EXIF, including location) in the browser before they are stored.
import { AppError } from "../db/errors";
import {
  fitWithin,
  imageKind,
  JPEG_QUALITY,
  LOGO_MAX_SIDE,
  MAX_IMAGE_SIDE,
} from "../../shared/domain/images";
import type { OfficeLogo } from "../../shared/domain/office";

async function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new AppError("e.imageUnreadable"))), "image/jpeg", quality),
  );
}

/** Draws the image at most `maxSide` pixels on its longest side on white and returns it as JPEG. */
export async function downscaleImage(
  file: Blob,
  maxSide: number = MAX_IMAGE_SIDE,
  quality: number = JPEG_QUALITY,
): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new AppError("e.imageUnreadable");
  }
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height, maxSide);
    if (!width || !height) throw new AppError("e.imageUnreadable");
    if (typeof OffscreenCanvas !== "undefined") {
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext("2d");
      if (!ctx) throw new AppError("e.imageUnreadable");
      draw(ctx, bitmap, width, height);
      return await canvas.convertToBlob({ type: "image/jpeg", quality });
    }
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new AppError("e.imageUnreadable");
    draw(ctx, bitmap, width, height);
    return await toBlob(canvas, quality);
  } finally {
    bitmap.close();
  }
}

function draw(
  ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  bitmap: ImageBitmap,
  width: number,
  height: number,
): void {
  // Transparent PNG areas would turn black in a JPEG; paper is white.
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(bitmap, 0, 0, width, height);
}

/**
 * The letterhead logo from an uploaded file: only a PNG or JPEG that really decodes is taken (by its bytes, not
 * its name); it is shrunk to LOGO_MAX_SIDE and kept as PNG (transparency stays) or JPEG.
 */
export async function logoFromFile(bytes: Uint8Array): Promise<OfficeLogo> {
  const kind = imageKind(bytes);
  if (!kind) throw new AppError("e.logoNotImage");
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: `image/${kind}` }));
  } catch {
    throw new AppError("e.logoNotImage");
  }
  try {
    const { width, height, scaled } = fitWithin(bitmap.width, bitmap.height, LOGO_MAX_SIDE);
    if (!width || !height) throw new AppError("e.logoNotImage");
    if (!scaled) return { type: kind, data: new Uint8Array(bytes), width, height };
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new AppError("e.logoNotImage");
    if (kind === "jpeg") {
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, width, height);
    }
    ctx.imageSmoothingQuality = "high";
    ctx.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new AppError("e.logoNotImage"))),
        `image/${kind}`,
        JPEG_QUALITY,
      ),
    );
    return { type: kind, data: new Uint8Array(await blob.arrayBuffer()), width, height };
  } finally {
    bitmap.close();
  }
}
