// Why: a photo (of a programme, a report, a session...) is checked, shrunk to 1280 px JPEG under the size cap and stored
// against the record it documents; nothing else is kept.
import { PHOTO_MAX_BYTES, PHOTO_MAX_INPUT_BYTES, PHOTO_MAX_SIDE } from "../../../shared/domain/community";
import type { Actor } from "../../../shared/domain/access";
import type { AppDB, PhotoRecord } from "../../db/app-db";
import { AppError } from "../../db/errors";
import { photosRepo } from "../../db/repositories/community";
import { downscaleImage } from "../../app/images";
import { formatBytes } from "../../app/format";
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

/** The record a photo documents: its table, id and site. */
export type PhotoOwner = { table: string; id: string; siteId: string };

/** Stores one prepared photo against its record. */
export async function addPhoto(
  db: AppDB,
  actor: Actor,
  owner: PhotoOwner,
  photo: PreparedPhoto,
  caption: string,
): Promise<PhotoRecord> {
  return photosRepo(db).create(actor, {
    ownerTable: owner.table,
    ownerId: owner.id,
    siteId: owner.siteId,
    caption,
    mime: "image/jpeg",
    width: photo.width,
    height: photo.height,
    size: photo.data.size,
    data: photo.data,
  });
}

/** The live photos of a record, oldest first. */
export async function ownerPhotos(db: AppDB, table: string, id: string): Promise<PhotoRecord[]> {
  const rows = await db.photos
    .where("ownerId")
    .equals(id)
    .filter((p) => !p.deletedAt && p.ownerTable === table)
    .toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
