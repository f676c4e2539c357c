// Why: how much room the records have left, from the browser's quota (navigator.storage.estimate) and, under Electron,
// the host's free-space figure, and the one rule for when the app warns: under 500 MB free or over 90% of the quota.
export const LOW_FREE_BYTES = 500 * 1024 * 1024;
export const HIGH_QUOTA_SHARE = 0.9;

export type StorageFigures = {
  /** Whether the browser agreed not to evict the records under storage pressure (null: it cannot say). */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
  /** Free bytes on the data disk, from the host (null in the browser twin). */
  diskFree: number | null;
};

/** The room left (the smaller of the quota's rest and the disk's free space) and whether to warn. */
export function storageLow(f: StorageFigures): { low: boolean; freeBytes: number | null } {
  const quotaRest = f.usage !== null && f.quota !== null ? Math.max(0, f.quota - f.usage) : null;
  const candidates = [quotaRest, f.diskFree].filter((n): n is number => n !== null);
  const freeBytes = candidates.length ? Math.min(...candidates) : null;
  const share = f.usage !== null && f.quota ? f.usage / f.quota : 0;
  return { low: (freeBytes !== null && freeBytes < LOW_FREE_BYTES) || share > HIGH_QUOTA_SHARE, freeBytes };
}
