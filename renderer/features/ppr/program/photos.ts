// Why: a programme photo is checked, shrunk to 1280 px JPEG under the size cap and stored with its record; nothing else is kept.
import { PHOTO_MAX_BYTES, PHOTO_MAX_INPUT_BYTES, PHOTO_MAX_SIDE } from "../../../../shared/domain/community";
import type { Actor } from "../../../../shared/domain/access";
import type { AppDB, PhotoRecord } from "../../../db/app-db";
import { AppError } from "../../../db/errors";
import { photosRepo } from "../../../db/repositories/community";
import { downscaleImage } from "../../../app/images";
import { formatBytes } from "../siasatan/format";
import { encodeUnderCap } from "./photo-fit";

export type PreparedPhoto = { data: Blob; width: number; height: number };

/** The pixel size of an encoded image. */
async function sizeOf(blob: Blob): Promise<{ width: number; height: number }> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    throw new AppError("e.imageUnreadable");
  }
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/** Refuses very large files before decoding, then downscales and re-encodes until it fits. */
export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  if (file.size > PHOTO_MAX_INPUT_BYTES)
    throw new AppError("program.photos.tooBig", {
      size: formatBytes(file.size),
      max: formatBytes(PHOTO_MAX_INPUT_BYTES),
    });
  if (file.size === 0) throw new AppError("e.imageUnreadable");
  const { blob } = await encodeUnderCap((q) => downscaleImage(file, PHOTO_MAX_SIDE, q), PHOTO_MAX_BYTES);
  return { data: blob, ...(await sizeOf(blob)) };
}

/** Stores one prepared photo against a programme. */
export async function addProgrammePhoto(
  db: AppDB,
  actor: Actor,
  programme: { id: string; siteId: string },
  photo: PreparedPhoto,
  caption: string,
): Promise<PhotoRecord> {
  return photosRepo(db).create(actor, {
    ownerTable: "programmes",
    ownerId: programme.id,
    siteId: programme.siteId,
    caption,
    mime: "image/jpeg",
    width: photo.width,
    height: photo.height,
    size: photo.data.size,
    data: photo.data,
  });
}

/** The live photos of a programme, oldest first. */
export async function programmePhotos(db: AppDB, programmeId: string): Promise<PhotoRecord[]> {
  const rows = await db.photos
    .where("ownerId")
    .equals(programmeId)
    .filter((p) => !p.deletedAt && p.ownerTable === "programmes")
    .toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
