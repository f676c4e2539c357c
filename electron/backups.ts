// Why: backups live in one folder under userData; names come from the renderer, so every path is checked before use.
import * as fsp from "node:fs/promises";
import { backupNameSchema, type BackupEntry } from "../shared/host-api";
import { TMP_SUFFIX_PATTERN } from "./atomic-write";
import { joinInside } from "./safe-path";

/** Absolute path of backup `name` inside `dir`; throws `host.badArguments` for any name that could escape. */
export function backupPath(dir: string, name: string): string {
  if (!backupNameSchema.safeParse(name).success) throw new Error("host.badArguments");
  const full = joinInside(dir, name);
  if (full === null) throw new Error("host.badArguments");
  return full;
}

/** Reads backup `name`; `host.notFound` when it does not exist, `host.readFailed` for other errors. */
export async function readBackupFile(dir: string, name: string): Promise<Uint8Array> {
  const full = backupPath(dir, name);
  try {
    return await fsp.readFile(full);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    throw new Error(code === "ENOENT" || code === "EISDIR" ? "host.notFound" : "host.readFailed", { cause });
  }
}

/** Regular files in `dir` with valid backup names, newest first; an absent folder has no backups. */
export async function listBackupEntries(dir: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    const dirents = await fsp.readdir(dir, { withFileTypes: true });
    names = dirents.filter((d) => d.isFile()).map((d) => d.name);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException | undefined)?.code === "ENOENT") return [];
    throw new Error("host.readFailed", { cause });
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    if (TMP_SUFFIX_PATTERN.test(name) || !backupNameSchema.safeParse(name).success) continue;
    const full = joinInside(dir, name);
    if (full === null) continue;
    try {
      const stat = await fsp.stat(full);
      entries.push({ name, size: stat.size, modifiedAt: stat.mtime.toISOString() });
    } catch {
      // Removed between readdir and stat: not a backup any more.
    }
  }
  entries.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.name.localeCompare(b.name));
  return entries;
}
