// Why: the backup folder the administrator chose (another drive, a USB stick) is remembered, checked before each use and
// never silently replaced; deleting a backup stays inside that folder; IPC arguments for it are parsed.
import { mkdtemp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  backupFolder,
  defaultBackupFolder,
  deleteBackupFile,
  folderStatus,
  readyBackupFolder,
  rememberBackupFolder,
} from "../../../electron/backup-folder";
import { ipcArgSchemas, parseArgs } from "../../../electron/ipc-args";

let userData: string;
let usb: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), "rekod-userdata-"));
  usb = await mkdtemp(path.join(os.tmpdir(), "rekod-usb-"));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
  await rm(usb, { recursive: true, force: true });
});

describe("backup folder", () => {
  it("uses userData/backups until another folder is chosen, then remembers the choice", async () => {
    expect(await backupFolder(userData)).toEqual({ dir: defaultBackupFolder(userData), chosen: false });
    expect(await readyBackupFolder(userData)).toBe(defaultBackupFolder(userData));
    await rememberBackupFolder(userData, usb);
    expect(await backupFolder(userData)).toEqual({ dir: usb, chosen: true });
    const status = await folderStatus(userData);
    expect(status).toMatchObject({ location: usb, reachable: true, canChoose: true });
    expect(status.freeBytes).toBeGreaterThan(0);
  });

  it("says a chosen folder that is gone (USB stick out) cannot be reached, and never writes elsewhere", async () => {
    await rememberBackupFolder(userData, usb);
    await rm(usb, { recursive: true, force: true });
    expect((await folderStatus(userData)).reachable).toBe(false);
    await expect(readyBackupFolder(userData)).rejects.toThrow("host.folderUnreachable");
    expect(await readdir(userData)).toEqual(["settings.json"]);
  });

  it("ignores a settings file that does not hold an absolute folder", async () => {
    await writeFile(path.join(userData, "settings.json"), JSON.stringify({ backupFolder: "relative/dir" }));
    expect((await backupFolder(userData)).chosen).toBe(false);
    await writeFile(path.join(userData, "settings.json"), "not json");
    expect((await backupFolder(userData)).chosen).toBe(false);
    await expect(rememberBackupFolder(userData, "relative")).rejects.toThrow("host.badArguments");
  });

  it("deletes only a checked name inside the folder; a missing one is not an error", async () => {
    await mkdir(path.join(usb, "inner"));
    await writeFile(path.join(usb, "rekod-sandaran-1.rkbak"), "x");
    await deleteBackupFile(usb, "rekod-sandaran-1.rkbak");
    await deleteBackupFile(usb, "rekod-sandaran-1.rkbak");
    expect(await readdir(usb)).toEqual(["inner"]);
    await expect(deleteBackupFile(usb, "../x")).rejects.toThrow("host.badArguments");
    await expect(deleteBackupFile(usb, "inner/../../x")).rejects.toThrow("host.badArguments");
  });

  it("parses the new channels' arguments", () => {
    expect(parseArgs(ipcArgSchemas.deleteBackup, { name: "b.rkbak" })).toEqual({ name: "b.rkbak" });
    expect(parseArgs(ipcArgSchemas.chooseBackupFolder, undefined)).toBeUndefined();
    expect(parseArgs(ipcArgSchemas.backupFolderStatus, undefined)).toBeUndefined();
    for (const raw of [{ name: "../b" }, { name: "" }, {}, { name: "a b" }, "b.rkbak"])
      expect(() => parseArgs(ipcArgSchemas.deleteBackup, raw)).toThrow("host.badArguments");
    expect(() => parseArgs(ipcArgSchemas.chooseBackupFolder, { path: "/etc" })).toThrow("host.badArguments");
  });
});
