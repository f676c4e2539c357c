// Why: backup names come from the renderer; no name may reach a file outside the backups folder.
import { mkdtemp, mkdir, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupPath, listBackupEntries, readBackupFile } from "../../../electron/backups";

let base: string;
let dir: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), "rekod-backups-"));
  dir = path.join(base, "backups");
  await mkdir(dir);
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe("backupPath", () => {
  it("joins valid names inside the folder", () => {
    expect(backupPath(dir, "rekod-2026-11-22.json")).toBe(path.join(dir, "rekod-2026-11-22.json"));
    expect(backupPath(dir, "a_b.c-d")).toBe(path.join(dir, "a_b.c-d"));
  });

  it("refuses anything that could escape or alias", () => {
    for (const name of [
      "../x",
      "..",
      ".",
      "",
      "a/b",
      "a\\b",
      "..\\..\\x",
      "/etc/passwd",
      "C:x",
      "nul",
      "CON.json",
      "x.",
      "sandaran baru.json",
      "ß.json",
      "a".repeat(201),
    ]) {
      expect(() => backupPath(dir, name), JSON.stringify(name)).toThrow("host.badArguments");
    }
  });
});

describe("readBackupFile", () => {
  it("reads an existing backup", async () => {
    await writeFile(path.join(dir, "b1.json"), "{}");
    expect(new TextDecoder().decode(await readBackupFile(dir, "b1.json"))).toBe("{}");
  });

  it("reports a missing backup as host.notFound", async () => {
    await expect(readBackupFile(dir, "none.json")).rejects.toThrow("host.notFound");
  });

  it("refuses traversal before touching the disk", async () => {
    await writeFile(path.join(base, "secret.txt"), "secret");
    await expect(readBackupFile(dir, "../secret.txt")).rejects.toThrow("host.badArguments");
  });
});

describe("listBackupEntries", () => {
  it("lists regular backup files newest first, skipping folders, temp files and odd names", async () => {
    await writeFile(path.join(dir, "old.json"), "1");
    await writeFile(path.join(dir, "new.json"), "123");
    await writeFile(path.join(dir, "new.json.tmp-0a1b2c"), "partial");
    await writeFile(path.join(dir, "with space.json"), "x");
    await mkdir(path.join(dir, "folder.json"));
    await utimes(
      path.join(dir, "old.json"),
      new Date("2026-01-01T00:00:00Z"),
      new Date("2026-01-01T00:00:00Z"),
    );
    await utimes(
      path.join(dir, "new.json"),
      new Date("2026-06-01T00:00:00Z"),
      new Date("2026-06-01T00:00:00Z"),
    );

    const entries = await listBackupEntries(dir);
    expect(entries).toEqual([
      { name: "new.json", size: 3, modifiedAt: "2026-06-01T00:00:00.000Z" },
      { name: "old.json", size: 1, modifiedAt: "2026-01-01T00:00:00.000Z" },
    ]);
  });

  it("treats a missing folder as no backups", async () => {
    expect(await listBackupEntries(path.join(base, "nowhere"))).toEqual([]);
  });
});
