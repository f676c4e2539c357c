// Why: the one contract between the renderer and whatever hosts it (Electron preload or plain Chromium).
import { z } from "zod";

/** File type filter shown in save/open dialogs. */
export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

/** A safe file name: no folders, no control or reserved characters. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // Control characters are exactly what this rule keeps out of file names.
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, "host.badFileName")
  .refine((s) => s !== "." && s !== "..", "host.badFileName");

const bytesSchema = z.instanceof(Uint8Array);
const MAX_FILE_BYTES = 200 * 1024 * 1024;

export const saveFileArgsSchema = z.object({
  suggestedName: fileNameSchema,
  data: bytesSchema.refine((b) => b.byteLength <= MAX_FILE_BYTES, "host.fileTooLarge"),
  filters: z.array(fileFilterSchema).max(10).optional(),
});
export type SaveFileArgs = z.infer<typeof saveFileArgsSchema>;

/** Several files written together into one new folder (the monthly pack). */
export const saveFolderArgsSchema = z.object({
  folderName: fileNameSchema,
  files: z
    .array(z.object({ fileName: fileNameSchema, data: bytesSchema }))
    .min(1)
    .max(30)
    .refine((fs) => new Set(fs.map((f) => f.fileName.toLowerCase())).size === fs.length, "host.badArguments")
    .refine((fs) => fs.reduce((n, f) => n + f.data.byteLength, 0) <= MAX_FILE_BYTES, "host.fileTooLarge"),
});
export type SaveFolderArgs = z.infer<typeof saveFolderArgsSchema>;

export const openFileArgsSchema = z.object({
  filters: z.array(fileFilterSchema).max(10).optional(),
  maxBytes: z.number().int().positive().max(MAX_FILE_BYTES).optional(),
});
export type OpenFileArgs = z.infer<typeof openFileArgsSchema>;

export const printToPdfArgsSchema = z.object({
  suggestedName: fileNameSchema,
  landscape: z.boolean().optional(),
});
export type PrintToPdfArgs = z.infer<typeof printToPdfArgsSchema>;

export const attachmentSchema = z.object({
  fileName: fileNameSchema,
  contentType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/i),
  data: bytesSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;

const emailAddress = z.string().email().max(254);
export const emailDraftArgsSchema = z.object({
  to: z.array(emailAddress).max(20),
  cc: z.array(emailAddress).max(20).optional(),
  subject: z.string().max(300),
  body: z.string().max(100_000),
  attachments: z.array(attachmentSchema).max(30),
  /** File name of the .eml draft itself. */
  draftName: fileNameSchema,
});
export type EmailDraftArgs = z.infer<typeof emailDraftArgsSchema>;

export const backupNameSchema = fileNameSchema.refine((s) => /^[a-z0-9._-]+$/i.test(s), "host.badFileName");
export const writeBackupArgsSchema = z.object({ name: backupNameSchema, data: bytesSchema });
export type WriteBackupArgs = z.infer<typeof writeBackupArgsSchema>;
export const readBackupArgsSchema = z.object({ name: backupNameSchema });
export type ReadBackupArgs = z.infer<typeof readBackupArgsSchema>;
export const deleteBackupArgsSchema = z.object({ name: backupNameSchema });
export type DeleteBackupArgs = z.infer<typeof deleteBackupArgsSchema>;

/** What a save-like call did. `canceled` means the user closed the dialog; nothing was written. */
export type SaveResult = { status: "saved"; fileName: string } | { status: "canceled" };
export type OpenResult = { status: "opened"; fileName: string; data: Uint8Array } | { status: "canceled" };
export type BackupEntry = { name: string; size: number; modifiedAt: string };
/** Where backups go and whether they can go there now (a USB stick that was taken out is not reachable). */
export type BackupFolderStatus = {
  /** The folder, in words an administrator can act on (a path under Electron). */
  location: string;
  reachable: boolean;
  /** Free bytes on the folder's drive, where the host knows it. */
  freeBytes: number | null;
  /** Whether this host lets the administrator pick another folder (Electron: yes; the browser twin: OPFS only). */
  canChoose: boolean;
};
export type ChooseFolderResult = { status: "chosen"; folder: BackupFolderStatus } | { status: "canceled" };
/** Free and total bytes on the disk that holds the app's data. */
export type DiskSpace = { freeBytes: number; totalBytes: number };
export type AppInfo = {
  name: string;
  version: string;
  /** "electron" on the desktop shell, "browser" in the browser twin. */
  shell: "electron" | "browser";
  platform: string;
  /** Where the data lives, in words a user or administrator can act on. */
  dataLocation: string;
};

/**
 * One call to the office hub (the renderer never opens a connection itself): HTTPS to `address`, whose certificate
 * must have the pinned SHA-256 `fingerprint` (Electron checks it before a byte is sent; the browser twin relies on the
 * browser's own certificate check). A JSON or byte body goes up; the hub's JSON or bytes come back with the status.
 */
export const hubRequestArgsSchema = z
  .object({
    address: z.string().regex(/^https:\/\/[A-Za-z0-9.:[\]-]{1,255}$/, "host.badArguments"),
    fingerprint: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, "host.badArguments"),
    method: z.enum(["GET", "POST", "PUT"]),
    path: z
      .string()
      .regex(/^\/(api\/v1\/[A-Za-z0-9/_-]+|health)(\?[A-Za-z0-9=&_.-]*)?$/, "host.badArguments"),
    token: z.string().max(200).optional(),
    json: z.unknown().optional(),
    bytes: bytesSchema.refine((b) => b.byteLength <= 1024 * 1024, "host.fileTooLarge").optional(),
    timeoutMs: z.number().int().min(1000).max(600_000).optional(),
  })
  .refine((a) => a.json === undefined || a.bytes === undefined, "host.badArguments");
export type HubRequestArgs = z.infer<typeof hubRequestArgsSchema>;
/** The hub's answer: its status and its JSON (`json`) or bytes (`bytes`). */
export type HubReply = { status: number; json?: unknown; bytes?: Uint8Array };

/** Every method a host provides. Errors are thrown as Error with a message key in `host.*`. */
export interface HostApi {
  saveFile(args: SaveFileArgs): Promise<SaveResult>;
  /** Asks for a place and writes all the files into a new folder there, all or none (the browser twin: one .zip). */
  saveFolder(args: SaveFolderArgs): Promise<SaveResult>;
  openFile(args: OpenFileArgs): Promise<OpenResult>;
  print(): Promise<void>;
  printToPdf(args: PrintToPdfArgs): Promise<SaveResult>;
  composeEmailDraft(args: EmailDraftArgs): Promise<SaveResult>;
  writeBackup(args: WriteBackupArgs): Promise<void>;
  readBackup(args: ReadBackupArgs): Promise<Uint8Array>;
  listBackups(): Promise<BackupEntry[]>;
  /** Deletes backup `name` from the backup folder (rotation, a failed verification); absent is not an error. */
  deleteBackup(args: DeleteBackupArgs): Promise<void>;
  /** Asks for the backup folder (any folder: another drive, a USB stick) and remembers it. */
  chooseBackupFolder(): Promise<ChooseFolderResult>;
  backupFolderStatus(): Promise<BackupFolderStatus>;
  appInfo(): Promise<AppInfo>;
  /** The data disk's free space; null where the host cannot tell (the browser twin: see navigator.storage.estimate). */
  diskSpace(): Promise<DiskSpace | null>;
  /** One call to the office hub; throws host.hubUnreachable, host.hubFingerprint or host.hubTimeout. */
  hubRequest(args: HubRequestArgs): Promise<HubReply>;
}

export { hostChannels } from "./host-channels";

declare global {
  interface Window {
    /** Present only under Electron (set by the preload). */
    host?: HostApi;
  }
}
