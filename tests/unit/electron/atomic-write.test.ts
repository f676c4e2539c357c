// Why: a save must end with either the complete new file or nothing new at all; no temp files, no partial content.
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir, open, rename } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { atomicWriteFile, nodeAtomicWriteDeps, type AtomicWriteDeps } from "../../../electron/atomic-write";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "rekod-atomic-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (s: string) => new TextEncoder().encode(s);

describe("atomicWriteFile", () => {
  it("writes the file and leaves nothing else", async () => {
    const target = path.join(dir, "laporan.xlsx");
    await atomicWriteFile(target, bytes("hello"));
    expect(await readFile(target, "utf8")).toBe("hello");
    expect(await readdir(dir)).toEqual(["laporan.xlsx"]);
  });

  it("replaces an existing file completely", async () => {
    const target = path.join(dir, "laporan.xlsx");
    await writeFile(target, "old content that is longer");
    await atomicWriteFile(target, bytes("new"));
    expect(await readFile(target, "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["laporan.xlsx"]);
  });

  it("fails with host.writeFailed and no leftovers when the folder does not exist", async () => {
    const target = path.join(dir, "missing", "x.bin");
    await expect(atomicWriteFile(target, bytes("x"))).rejects.toThrow("host.writeFailed");
    expect(await readdir(dir)).toEqual([]);
  });

  it("removes the temp file when the final rename fails (target is a folder)", async () => {
    const target = path.join(dir, "taken");
    await mkdir(target);
    await expect(atomicWriteFile(target, bytes("x"))).rejects.toThrow("host.writeFailed");
    expect(await readdir(dir)).toEqual(["taken"]);
  });

  it("removes a partially written temp file and keeps the old target intact", async () => {
    const target = path.join(dir, "sandaran.json");
    await writeFile(target, "previous");
    const failingMidWrite: AtomicWriteDeps = {
      ...nodeAtomicWriteDeps,
      async open(p, flags) {
        const handle = await open(p, flags);
        return {
          async writeFile(data: Uint8Array) {
            await handle.writeFile(data.subarray(0, Math.floor(data.length / 2)));
            throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const error = await atomicWriteFile(target, bytes("0123456789"), failingMidWrite).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("host.writeFailed");
    expect(((error as Error).cause as Error).message).toContain("ENOSPC");
    expect(await readdir(dir)).toEqual(["sandaran.json"]);
    expect(await readFile(target, "utf8")).toBe("previous");
  });

  it("removes the temp file when rename throws, and the target never appears", async () => {
    const target = path.join(dir, "new.pdf");
    const failingRename: AtomicWriteDeps = {
      ...nodeAtomicWriteDeps,
      rename: async () => {
        throw Object.assign(new Error("EPERM: file is open in another program"), { code: "EPERM" });
      },
    };
    await expect(atomicWriteFile(target, bytes("pdf"), failingRename)).rejects.toThrow("host.writeFailed");
    expect(await readdir(dir)).toEqual([]);
  });

  it("writes through a temp name next to the target, then renames it", async () => {
    const target = path.join(dir, "a.txt");
    const renames: [string, string][] = [];
    const spy: AtomicWriteDeps = {
      ...nodeAtomicWriteDeps,
      randomSuffix: () => "abc123",
      rename: async (from, to) => {
        renames.push([from, to]);
        await rename(from, to);
      },
    };
    await atomicWriteFile(target, bytes("x"), spy);
    expect(renames).toEqual([[`${target}.tmp-abc123`, target]]);
  });

  it("never overwrites a file that happens to have the temp name", async () => {
    const target = path.join(dir, "a.txt");
    await writeFile(`${target}.tmp-fixed`, "someone else's");
    const fixed: AtomicWriteDeps = { ...nodeAtomicWriteDeps, randomSuffix: () => "fixed" };
    await expect(atomicWriteFile(target, bytes("x"), fixed)).rejects.toThrow("host.writeFailed");
    expect(await readFile(`${target}.tmp-fixed`, "utf8")).toBe("someone else's");
    expect((await readdir(dir)).sort()).toEqual(["a.txt.tmp-fixed"]);
  });
});
