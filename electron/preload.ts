// Why: the only bridge from the page to the host: named IPC calls behind `window.host`, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from "electron";
import type { HostApi } from "../shared/host-api";
import { hostChannels } from "../shared/host-channels";
import { hostErrorKey } from "./host-errors";

/** Electron prefixes remote errors with its own text; the page gets the bare `host.*` key. */
function rethrowHostError(error: unknown): never {
  throw new Error(hostErrorKey(error));
}

const api = {
  saveFile: (args) => ipcRenderer.invoke(hostChannels.saveFile, args).catch(rethrowHostError),
  saveFolder: (args) => ipcRenderer.invoke(hostChannels.saveFolder, args).catch(rethrowHostError),
  openFile: (args) => ipcRenderer.invoke(hostChannels.openFile, args).catch(rethrowHostError),
  print: () => ipcRenderer.invoke(hostChannels.print).catch(rethrowHostError),
  printToPdf: (args) => ipcRenderer.invoke(hostChannels.printToPdf, args).catch(rethrowHostError),
  composeEmailDraft: (args) =>
    ipcRenderer.invoke(hostChannels.composeEmailDraft, args).catch(rethrowHostError),
  writeBackup: (args) => ipcRenderer.invoke(hostChannels.writeBackup, args).catch(rethrowHostError),
  readBackup: (args) => ipcRenderer.invoke(hostChannels.readBackup, args).catch(rethrowHostError),
  listBackups: () => ipcRenderer.invoke(hostChannels.listBackups).catch(rethrowHostError),
  deleteBackup: (args) => ipcRenderer.invoke(hostChannels.deleteBackup, args).catch(rethrowHostError),
  chooseBackupFolder: () => ipcRenderer.invoke(hostChannels.chooseBackupFolder).catch(rethrowHostError),
  backupFolderStatus: () => ipcRenderer.invoke(hostChannels.backupFolderStatus).catch(rethrowHostError),
  appInfo: () => ipcRenderer.invoke(hostChannels.appInfo).catch(rethrowHostError),
  diskSpace: () => ipcRenderer.invoke(hostChannels.diskSpace).catch(rethrowHostError),
  hubRequest: (args) => ipcRenderer.invoke(hostChannels.hubRequest, args).catch(rethrowHostError),
} satisfies HostApi;

contextBridge.exposeInMainWorld("host", api);
