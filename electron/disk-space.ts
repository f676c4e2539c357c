// Why: the free space on the disk that holds the records, so the app can warn before a save fails for want of room.
import * as fsp from "node:fs/promises";
import type { DiskSpace } from "../shared/host-api";

/** Free (available to this user) and total bytes of the file system holding `dir`; null when it cannot be read. */
export async function diskSpaceAt(dir: string): Promise<DiskSpace | null> {
  try {
    const s = await fsp.statfs(dir);
    return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
  } catch {
    return null;
  }
}
