// Why: the main-process half of the host contract: one handler per channel, each checking its sender and parsing its argument.
import path from "node:path";
import * as fsp from "node:fs/promises";
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  shell,
  type FileFilter as ElectronFileFilter,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
  type WebContents,
} from "electron";
import { hostChannels, type HostApi, type OpenResult, type SaveResult } from "../shared/host-api";
import { atomicWriteFile, atomicWriteFolder } from "./atomic-write";
import { backupPath, listBackupEntries, readBackupFile } from "./backups";
import {
  backupFolder,
  deleteBackupFile,
  folderStatus,
  readyBackupFolder,
  rememberBackupFolder,
} from "./backup-folder";
import { diskSpaceAt } from "./disk-space";
import { hubRequest } from "./hub-client";
import { writeEmailDraft } from "./email-draft";
import { toHostError } from "./host-errors";
import { ipcArgSchemas, parseArgs } from "./ipc-args";
import { pdfOf, printContents } from "./printing";
import { assertTrustedSender } from "./sender";

/** Same ceiling as the contract's own limit on saved files. */
const DEFAULT_MAX_OPEN_BYTES = 200 * 1024 * 1024;

const PRODUCT_NAME = "Rekod Komuniti";

type Handler<K extends keyof HostApi> = (event: IpcMainInvokeEvent, raw: unknown) => ReturnType<HostApi[K]>;
type Handlers = { [K in keyof HostApi]: Handler<K> };

function userDataDir(...segments: string[]): string {
  return path.join(app.getPath("userData"), ...segments);
}

function parentWindow(contents: WebContents): BrowserWindow | null {
  return BrowserWindow.fromWebContents(contents);
}

function defaultSavePath(fileName: string): string {
  try {
    return path.join(app.getPath("documents"), fileName);
  } catch {
    return fileName;
  }
}

/** Shows the save dialog; the chosen absolute path, or null when the user cancelled. */
async function askSavePath(
  contents: WebContents,
  suggestedName: string,
  filters: ElectronFileFilter[] | undefined,
): Promise<string | null> {
  const options: SaveDialogOptions = {
    defaultPath: defaultSavePath(suggestedName),
    properties: ["createDirectory", "showOverwriteConfirmation"],
    ...(filters ? { filters } : {}),
  };
  const win = parentWindow(contents);
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

function withExtension(fileName: string, extension: string): string {
  return fileName.toLowerCase().endsWith(`.${extension}`) ? fileName : `${fileName}.${extension}`;
}

const handlers: Handlers = {
  async saveFile(event, raw): Promise<SaveResult> {
    const args = parseArgs(ipcArgSchemas.saveFile, raw);
    const target = await askSavePath(event.sender, args.suggestedName, args.filters);
    if (target === null) return { status: "canceled" };
    await atomicWriteFile(target, args.data);
    return { status: "saved", fileName: path.basename(target) };
  },

  async saveFolder(event, raw): Promise<SaveResult> {
    const args = parseArgs(ipcArgSchemas.saveFolder, raw);
    const options: OpenDialogOptions = {
      defaultPath: app.getPath("documents"),
      properties: ["openDirectory", "createDirectory"],
    };
    const win = parentWindow(event.sender);
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const parent = result.filePaths[0];
    if (result.canceled || parent === undefined) return { status: "canceled" };
    const name = await atomicWriteFolder(parent, args.folderName, args.files, undefined, path.join);
    return { status: "saved", fileName: name };
  },

  async openFile(event, raw): Promise<OpenResult> {
    const args = parseArgs(ipcArgSchemas.openFile, raw);
    const maxBytes = args.maxBytes ?? DEFAULT_MAX_OPEN_BYTES;
    const options: OpenDialogOptions = {
      properties: ["openFile"],
      ...(args.filters ? { filters: args.filters } : {}),
    };
    const win = parentWindow(event.sender);
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const chosen = result.filePaths[0];
    if (result.canceled || chosen === undefined) return { status: "canceled" };

    let data: Uint8Array;
    try {
      const stat = await fsp.stat(chosen);
      if (!stat.isFile()) throw new Error("host.readFailed");
      if (stat.size > maxBytes) throw new Error("host.fileTooLarge");
      data = await fsp.readFile(chosen);
    } catch (cause) {
      if (cause instanceof Error && cause.message.startsWith("host.")) throw cause;
      throw new Error("host.readFailed", { cause });
    }
    // The file may have grown between stat and read.
    if (data.byteLength > maxBytes) throw new Error("host.fileTooLarge");
    return { status: "opened", fileName: path.basename(chosen), data };
  },

  async print(event, raw): Promise<void> {
    parseArgs(ipcArgSchemas.print, raw);
    await printContents(event.sender);
  },

  async printToPdf(event, raw): Promise<SaveResult> {
    const args = parseArgs(ipcArgSchemas.printToPdf, raw);
    const pdf = await pdfOf(event.sender, args.landscape ?? false);
    const target = await askSavePath(event.sender, withExtension(args.suggestedName, "pdf"), [
      { name: "PDF", extensions: ["pdf"] },
    ]);
    if (target === null) return { status: "canceled" };
    await atomicWriteFile(target, pdf);
    return { status: "saved", fileName: path.basename(target) };
  },

  async composeEmailDraft(_event, raw): Promise<SaveResult> {
    const args = parseArgs(ipcArgSchemas.composeEmailDraft, raw);
    const draftPath = await writeEmailDraft(userDataDir("drafts"), args);
    // openPath resolves to an error message, empty on success (e.g. no program is registered for .eml).
    const openError = await shell.openPath(draftPath);
    if (openError !== "") throw new Error("host.openFailed");
    return { status: "saved", fileName: path.basename(draftPath) };
  },

  async writeBackup(_event, raw): Promise<void> {
    const args = parseArgs(ipcArgSchemas.writeBackup, raw);
    const dir = await readyBackupFolder(app.getPath("userData"));
    await atomicWriteFile(backupPath(dir, args.name), args.data);
  },

  async readBackup(_event, raw): Promise<Uint8Array> {
    const args = parseArgs(ipcArgSchemas.readBackup, raw);
    const { dir } = await backupFolder(app.getPath("userData"));
    return readBackupFile(dir, args.name);
  },

  async listBackups(_event, raw) {
    parseArgs(ipcArgSchemas.listBackups, raw);
    const { dir } = await backupFolder(app.getPath("userData"));
    return listBackupEntries(dir);
  },

  async deleteBackup(_event, raw) {
    const args = parseArgs(ipcArgSchemas.deleteBackup, raw);
    const { dir } = await backupFolder(app.getPath("userData"));
    await deleteBackupFile(dir, args.name);
  },

  async chooseBackupFolder(event, raw) {
    parseArgs(ipcArgSchemas.chooseBackupFolder, raw);
    const userData = app.getPath("userData");
    const options: OpenDialogOptions = {
      defaultPath: (await backupFolder(userData)).dir,
      properties: ["openDirectory", "createDirectory"],
    };
    const win = parentWindow(event.sender);
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const chosen = result.filePaths[0];
    if (result.canceled || chosen === undefined) return { status: "canceled" };
    await rememberBackupFolder(userData, chosen);
    return { status: "chosen", folder: await folderStatus(userData) };
  },

  async backupFolderStatus(_event, raw) {
    parseArgs(ipcArgSchemas.backupFolderStatus, raw);
    return folderStatus(app.getPath("userData"));
  },

  async appInfo(_event, raw) {
    parseArgs(ipcArgSchemas.appInfo, raw);
    return {
      name: PRODUCT_NAME,
      version: app.getVersion(),
      shell: "electron",
      platform: process.platform,
      dataLocation: app.getPath("userData"),
    };
  },

  async diskSpace(_event, raw) {
    parseArgs(ipcArgSchemas.diskSpace, raw);
    return diskSpaceAt(app.getPath("userData"));
  },

  async hubRequest(_event, raw) {
    return hubRequest(parseArgs(ipcArgSchemas.hubRequest, raw));
  },
};

function register<K extends keyof HostApi>(method: K): void {
  const handler: Handler<K> = handlers[method];
  ipcMain.handle(hostChannels[method], async (event, ...rawArgs: unknown[]) => {
    try {
      assertTrustedSender(event.senderFrame);
      // Every method takes at most one argument object.
      if (rawArgs.length > 1) throw new Error("host.badArguments");
      return await handler(event, rawArgs[0]);
    } catch (error) {
      const hostError = toHostError(error);
      if (hostError !== error || (error instanceof Error && error.cause !== undefined)) {
        console.error(`[ipc] ${hostChannels[method]} failed`, error);
      }
      throw hostError;
    }
  });
}

/** Registers every channel of the host contract; call once, after `app` is ready. */
export function registerIpcHandlers(): void {
  for (const method of Object.keys(hostChannels) as (keyof typeof hostChannels)[]) register(method);
}
