// Why: the monthly pack lands whole or not at all, and never over a folder the user already has.
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { atomicWriteFolder, nodeAtomicFolderDeps } from "../../../electron/atomic-write";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "rekod-folder-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (s: string) => new TextEncoder().encode(s);
const files = [
  { fileName: "statistik-kes_sph_2026-10.xlsx", data: bytes("a") },
  { fileName: "status-rujukan_sph_2026-10.xlsx", data: bytes("b") },
];

describe("atomicWriteFolder", () => {
  it("writes every file into the new folder and leaves no temporary folder", async () => {
    const name = await atomicWriteFolder(dir, "laporan-bulanan_sph_2026-10", files, undefined, path.join);
    expect(name).toBe("laporan-bulanan_sph_2026-10");
    expect(await readdir(dir)).toEqual([name]);
    expect((await readdir(path.join(dir, name))).sort()).toEqual(files.map((f) => f.fileName).sort());
    expect(await readFile(path.join(dir, name, files[1]!.fileName), "utf8")).toBe("b");
  });

  it("never writes into an existing folder of the same name", async () => {
    await mkdir(path.join(dir, "pack"));
    const name = await atomicWriteFolder(dir, "pack", files, undefined, path.join);
    expect(name).toBe("pack (2)");
    expect(await readdir(path.join(dir, "pack"))).toEqual([]);
  });

  it("leaves nothing behind when a file cannot be written", async () => {
    let writes = 0;
    const failing = {
      ...nodeAtomicFolderDeps,
      open: async (p: string, flags: "wx") => {
        writes += 1;
        if (writes === 2) throw new Error("ENOSPC: no space left on device");
        return nodeAtomicFolderDeps.open(p, flags);
      },
    };
    await expect(atomicWriteFolder(dir, "pack", files, failing, path.join)).rejects.toThrow(
      "host.writeFailed",
    );
    expect(await readdir(dir)).toEqual([]);
  });
});
