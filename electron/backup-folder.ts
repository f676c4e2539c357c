// Why: the administrator may keep backups in any folder (another drive, a USB stick); the choice is remembered in a
// small settings file in userData, and the folder is checked (there, a folder, writable, free space) before each use.
import path from "node:path";
import * as fsp from "node:fs/promises";
import { constants } from "node:fs";
import { z } from "zod";
import type { BackupFolderStatus } from "../shared/host-api";
import { atomicWriteFile } from "./atomic-write";
import { backupPath } from "./backups";
import { diskSpaceAt } from "./disk-space";

const settingsSchema = z.object({
  backupFolder: z
    .string()
    .min(1)
    .max(1000)
    .refine((p) => path.isAbsolute(p))
    .optional(),
});
type Settings = z.infer<typeof settingsSchema>;

const SETTINGS_FILE = "settings.json";

/** The default folder, inside userData (created when needed). */
export function defaultBackupFolder(userData: string): string {
  return path.join(userData, "backups");
}

async function readSettings(userData: string): Promise<Settings> {
  try {
    const parsed = settingsSchema.safeParse(
      JSON.parse(await fsp.readFile(path.join(userData, SETTINGS_FILE), "utf8")),
    );
    return parsed.success ? parsed.data : {};
  } catch {
    // No settings yet, or unreadable: the default folder.
    return {};
  }
}

/** The backup folder in use, and whether it is the administrator's own choice. */
export async function backupFolder(userData: string): Promise<{ dir: string; chosen: boolean }> {
  const { backupFolder: chosen } = await readSettings(userData);
  return chosen ? { dir: chosen, chosen: true } : { dir: defaultBackupFolder(userData), chosen: false };
}

export async function rememberBackupFolder(userData: string, dir: string): Promise<void> {
  if (!path.isAbsolute(dir)) throw new Error("host.badArguments");
  const settings = { ...(await readSettings(userData)), backupFolder: path.resolve(dir) };
  await fsp.mkdir(userData, { recursive: true });
  await atomicWriteFile(
    path.join(userData, SETTINGS_FILE),
    new TextEncoder().encode(JSON.stringify(settings, null, 2)),
  );
}

async function isWritableFolder(dir: string): Promise<boolean> {
  try {
    if (!(await fsp.stat(dir)).isDirectory()) return false;
    await fsp.access(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder ready to write into: the default one is created when missing; a chosen one must exist (a USB stick that
 * is not plugged in is `host.folderUnreachable`, never silently replaced by another place).
 */
export async function readyBackupFolder(userData: string): Promise<string> {
  const { dir, chosen } = await backupFolder(userData);
  if (!chosen) {
    try {
      await fsp.mkdir(dir, { recursive: true });
    } catch (cause) {
      throw new Error("host.writeFailed", { cause });
    }
  }
  if (!(await isWritableFolder(dir))) throw new Error("host.folderUnreachable");
  return dir;
}

export async function folderStatus(userData: string): Promise<BackupFolderStatus> {
  const { dir, chosen } = await backupFolder(userData);
  const reachable = chosen ? await isWritableFolder(dir) : true;
  const space = await diskSpaceAt(reachable && chosen ? dir : userData);
  return { location: dir, reachable, freeBytes: space?.freeBytes ?? null, canChoose: true };
}

/** Deletes backup `name` (a checked name inside `dir`); one already gone is not an error. */
export async function deleteBackupFile(dir: string, name: string): Promise<void> {
  const full = backupPath(dir, name);
  try {
    await fsp.rm(full, { force: true });
  } catch (cause) {
    throw new Error("host.writeFailed", { cause });
  }
}
