// Why: the IPC channel names alone, without zod, so the sandboxed preload stays small.
import type { HostApi } from "./host-api";

/** IPC channel names, one per method. */
export const hostChannels = {
  saveFile: "host:save-file",
  saveFolder: "host:save-folder",
  openFile: "host:open-file",
  print: "host:print",
  printToPdf: "host:print-to-pdf",
  composeEmailDraft: "host:compose-email-draft",
  writeBackup: "host:write-backup",
  readBackup: "host:read-backup",
  listBackups: "host:list-backups",
  deleteBackup: "host:delete-backup",
  chooseBackupFolder: "host:choose-backup-folder",
  backupFolderStatus: "host:backup-folder-status",
  appInfo: "host:app-info",
  diskSpace: "host:disk-space",
  hubRequest: "host:hub-request",
} as const satisfies Record<keyof HostApi, string>;
