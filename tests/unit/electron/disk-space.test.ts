// Why: the host's free-space figure is a real reading of the data folder's disk, and a missing folder gives null.
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diskSpaceAt } from "../../../electron/disk-space";

describe("diskSpaceAt", () => {
  it("reads free and total bytes of the disk holding a folder", async () => {
    const space = await diskSpaceAt(os.tmpdir());
    expect(space).not.toBeNull();
    expect(space!.totalBytes).toBeGreaterThan(0);
    expect(space!.freeBytes).toBeGreaterThanOrEqual(0);
    expect(space!.freeBytes).toBeLessThanOrEqual(space!.totalBytes);
  });

  it("gives null for a folder that does not exist", async () => {
    expect(await diskSpaceAt(path.join(os.tmpdir(), "no-such-folder-rekod", "x"))).toBeNull();
  });
});
