// Why: the app warns before the disk fills: under 500 MB of room (quota or disk, whichever is less) or over 90% used.
import { describe, expect, it } from "vitest";
import { storageLow } from "../../renderer/features/pemulihan/storage-state";

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe("storageLow", () => {
  it("is calm with room on both the quota and the disk", () => {
    expect(storageLow({ persisted: true, usage: 1 * GB, quota: 10 * GB, diskFree: 20 * GB })).toEqual({
      low: false,
      freeBytes: 9 * GB,
    });
  });
  it("warns under 500 MB of room, taking the smaller of quota rest and disk free", () => {
    expect(storageLow({ persisted: true, usage: 1 * GB, quota: 10 * GB, diskFree: 400 * MB })).toEqual({
      low: true,
      freeBytes: 400 * MB,
    });
    expect(storageLow({ persisted: null, usage: 100 * MB, quota: 550 * MB, diskFree: null }).low).toBe(true);
  });
  it("warns over 90% of the quota even with room left", () => {
    expect(storageLow({ persisted: false, usage: 91 * GB, quota: 100 * GB, diskFree: null }).low).toBe(true);
  });
  it("says nothing when nothing can be read", () => {
    expect(storageLow({ persisted: null, usage: null, quota: null, diskFree: null })).toEqual({
      low: false,
      freeBytes: null,
    });
  });
});
