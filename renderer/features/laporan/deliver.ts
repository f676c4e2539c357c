// Why: every way a document leaves the app (file, folder pack, print, PDF, email draft) goes through here and is written to the audit log.
import type { Actor } from "../../../shared/domain/access";
import type { Attachment, SaveResult } from "../../../shared/host-api";
import { db } from "../../db/instance";
import { appendAudit, requireRelease } from "../../db/repositories/repository";
import { host } from "../../host";
import { makeFiles, type Progress } from "./generate/generate";
import type { Job } from "./generate/protocol";

export type DeliveryAction = "export" | "print" | "pdf" | "email" | "pack";

/** What the audit row says about a document: which, for which sites, which period. */
export type DocumentMeta = {
  document: string;
  sites: string[];
  period: string;
  /** The document names persons: only roles with `sulit.release` may take it out of the app. */
  sulit: boolean;
  /** The investigation or profile version, for documents about one record. */
  item?: string;
  /** Where a pack was saved (the folder, or the .zip in the browser twin). */
  folder?: string;
};

export type MadeFile = { fileName: string; data: Uint8Array<ArrayBuffer> };

const CONTENT_TYPES: Record<string, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

export function contentTypeOf(fileName: string): string {
  return CONTENT_TYPES[fileName.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

/** One audit row for one delivery; written only after the host reports it done. */
export async function logDelivery(
  actor: Actor,
  action: DeliveryAction,
  meta: DocumentMeta,
  fileNames: string[],
): Promise<void> {
  await db.transaction("rw", [db.audit], () =>
    appendAudit(db, actor, {
      action,
      table: "laporan",
      recordId: meta.document,
      label: meta.folder ? `${meta.folder}: ${fileNames.join(", ")}` : fileNames.join(", "),
      before: null,
      after: { ...meta, files: fileNames },
    }),
  );
}

/** Makes the jobs' files in the worker. */
export async function make(jobs: Job[], onProgress?: (p: Progress) => void): Promise<MadeFile[]> {
  const data = await makeFiles(jobs, onProgress);
  return jobs.map((j, i) => ({ fileName: j.fileName, data: data[i]! }));
}

/** Offers one file in the save dialog; logs it when saved. */
export async function saveOne(actor: Actor, meta: DocumentMeta, file: MadeFile): Promise<SaveResult> {
  requireRelease(actor, meta.sulit);
  const ext = file.fileName.split(".").pop() ?? "";
  const result = await host.saveFile({
    suggestedName: file.fileName,
    data: file.data,
    filters: [{ name: ext === "xlsx" ? "Excel" : "Word", extensions: [ext] }],
  });
  if (result.status === "saved") await logDelivery(actor, "export", meta, [result.fileName]);
  return result;
}

/** Saves several files together in one new folder; logs it when saved. */
export async function saveFolder(
  actor: Actor,
  meta: DocumentMeta,
  folderName: string,
  files: MadeFile[],
): Promise<SaveResult> {
  requireRelease(actor, meta.sulit);
  const result = await host.saveFolder({ folderName, files });
  if (result.status === "saved")
    await logDelivery(
      actor,
      "pack",
      { ...meta, folder: result.fileName },
      files.map((f) => f.fileName),
    );
  return result;
}

/** The email draft's attachments and their total size in bytes (shown before the draft is made). */
export function attachmentsOf(files: MadeFile[]): { attachments: Attachment[]; bytes: number } {
  return {
    attachments: files.map((f) => ({
      fileName: f.fileName,
      contentType: contentTypeOf(f.fileName),
      data: f.data,
    })),
    bytes: files.reduce((n, f) => n + f.data.byteLength, 0),
  };
}

/** Hands an .eml draft with the files attached to the mail program (or the browser's downloads); logs it. */
export async function emailDraft(
  actor: Actor,
  meta: DocumentMeta,
  mail: { to: string[]; subject: string; body: string; draftName: string },
  files: MadeFile[],
): Promise<SaveResult> {
  requireRelease(actor, meta.sulit);
  const result = await host.composeEmailDraft({ ...mail, attachments: attachmentsOf(files).attachments });
  if (result.status === "saved")
    await logDelivery(
      actor,
      "email",
      meta,
      files.map((f) => f.fileName),
    );
  return result;
}

/** Prints the on-screen print view (A4 through the host); logged once the dialog closes. */
export async function printView(actor: Actor, meta: DocumentMeta, fileName: string): Promise<void> {
  requireRelease(actor, meta.sulit);
  await host.print();
  await logDelivery(actor, "print", meta, [fileName]);
}

/** Saves the print view as PDF; logged when saved. */
export async function pdfView(
  actor: Actor,
  meta: DocumentMeta,
  fileName: string,
  landscape: boolean,
): Promise<SaveResult> {
  requireRelease(actor, meta.sulit);
  const result = await host.printToPdf({ suggestedName: fileName, landscape });
  if (result.status === "saved") await logDelivery(actor, "pdf", meta, [result.fileName]);
  return result;
}
