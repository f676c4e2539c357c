// Why: one table says which schema guards which channel, so the main side parses every argument and never casts.
import { z } from "zod";
import {
  deleteBackupArgsSchema,
  emailDraftArgsSchema,
  hubRequestArgsSchema,
  openFileArgsSchema,
  printToPdfArgsSchema,
  readBackupArgsSchema,
  saveFileArgsSchema,
  saveFolderArgsSchema,
  writeBackupArgsSchema,
  type HostApi,
} from "../shared/host-api";

/** Methods without parameters are invoked with no argument, which arrives as `undefined`. */
const noArgs = z.undefined();

export const ipcArgSchemas = {
  saveFile: saveFileArgsSchema,
  saveFolder: saveFolderArgsSchema,
  openFile: openFileArgsSchema,
  print: noArgs,
  printToPdf: printToPdfArgsSchema,
  composeEmailDraft: emailDraftArgsSchema,
  writeBackup: writeBackupArgsSchema,
  readBackup: readBackupArgsSchema,
  listBackups: noArgs,
  deleteBackup: deleteBackupArgsSchema,
  chooseBackupFolder: noArgs,
  backupFolderStatus: noArgs,
  appInfo: noArgs,
  diskSpace: noArgs,
  hubRequest: hubRequestArgsSchema,
} as const satisfies Record<keyof HostApi, z.ZodType>;

/** Parses a raw IPC argument with `schema`; throws `host.badArguments` on any mismatch. */
export function parseArgs<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error("host.badArguments");
  return result.data;
}
