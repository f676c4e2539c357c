// Why: the same host contract in plain Chromium (downloads, file input, window.print, .eml download, OPFS backups).
import {
  deleteBackupArgsSchema,
  emailDraftArgsSchema,
  openFileArgsSchema,
  printToPdfArgsSchema,
  readBackupArgsSchema,
  saveFileArgsSchema,
  saveFolderArgsSchema,
  writeBackupArgsSchema,
  type AppInfo,
  type BackupEntry,
  type BackupFolderStatus,
  type HostApi,
  type OpenResult,
  type SaveResult,
  hubRequestArgsSchema,
  type HubReply,
  type HubRequestArgs,
} from "../../shared/host-api";
import { buildEml } from "../../shared/email/eml";

function parse<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  v: unknown,
): T {
  const r = schema.safeParse(v);
  if (!r.success) throw new Error("host.badArguments");
  return r.data;
}

/** Hands bytes to the browser's download manager under the given name. */
function download(fileName: string, data: Uint8Array, type = "application/octet-stream"): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Backup files are written and read in slices this big, so no single task copies a whole file. */
const OPFS_SLICE_BYTES = 2 * 1024 * 1024;

async function backupsDir(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle("backups", { create: true });
}

async function opfsStatus(): Promise<BackupFolderStatus> {
  let reachable = true;
  try {
    await backupsDir();
  } catch {
    reachable = false;
  }
  const estimate = await navigator.storage.estimate?.().catch(() => null);
  const freeBytes =
    estimate?.quota !== undefined && estimate.usage !== undefined
      ? Math.max(0, estimate.quota - estimate.usage)
      : null;
  return { location: `OPFS ${location.origin}/backups`, reachable, freeBytes, canChoose: false };
}

export const browserHost: HostApi = {
  async saveFile(args): Promise<SaveResult> {
    const { suggestedName, data } = parse(saveFileArgsSchema, args);
    download(suggestedName, data);
    return { status: "saved", fileName: suggestedName };
  },

  async saveFolder(args): Promise<SaveResult> {
    const { folderName, files } = parse(saveFolderArgsSchema, args);
    // A browser cannot create a folder: the pack comes as one .zip holding the folder, opened with a double click.
    const { default: JSZip } = await import("jszip");
    const zip = new JSZip();
    const folder = zip.folder(folderName)!;
    for (const f of files) folder.file(f.fileName, f.data);
    const data = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const fileName = `${folderName}.zip`;
    download(fileName, data, "application/zip");
    return { status: "saved", fileName };
  },

  openFile(args): Promise<OpenResult> {
    const { filters, maxBytes } = parse(openFileArgsSchema, args);
    return new Promise((resolve, reject) => {
      const input = document.createElement("input");
      input.type = "file";
      input.accept = (filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`)).join(",");
      input.style.display = "none";
      input.addEventListener("cancel", () => {
        input.remove();
        resolve({ status: "canceled" });
      });
      input.addEventListener("change", async () => {
        const file = input.files?.[0];
        input.remove();
        if (!file) return resolve({ status: "canceled" });
        if (maxBytes && file.size > maxBytes) return reject(new Error("host.fileTooLarge"));
        resolve({ status: "opened", fileName: file.name, data: new Uint8Array(await file.arrayBuffer()) });
      });
      document.body.appendChild(input);
      input.click();
    });
  },

  async print(): Promise<void> {
    // window.print() blocks until the dialog closes; awaiting its result also covers a print that returns a promise.
    await Promise.resolve(window.print() as unknown);
  },

  async printToPdf(args): Promise<SaveResult> {
    const { suggestedName } = parse(printToPdfArgsSchema, args);
    // Chromium's print dialog offers "Save as PDF"; the browser cannot write the PDF itself.
    await Promise.resolve(window.print() as unknown);
    return { status: "saved", fileName: suggestedName };
  },

  async composeEmailDraft(args): Promise<SaveResult> {
    const { draftName, ...rest } = parse(emailDraftArgsSchema, args);
    download(draftName, buildEml(rest), "message/rfc822");
    return { status: "saved", fileName: draftName };
  },

  async writeBackup(args): Promise<void> {
    const { name, data } = parse(writeBackupArgsSchema, args);
    const dir = await backupsDir();
    const handle = await dir.getFileHandle(name, { create: true });
    const writable = await handle.createWritable();
    try {
      // In slices: one write of a district's file would copy it all in one task and freeze the screen.
      for (let at = 0; at < data.byteLength; at += OPFS_SLICE_BYTES)
        await writable.write(data.subarray(at, at + OPFS_SLICE_BYTES) as BufferSource);
      await writable.close();
    } catch (e) {
      await writable.abort();
      throw e instanceof Error ? e : new Error("host.writeFailed");
    }
  },

  async readBackup(args): Promise<Uint8Array> {
    const { name } = parse(readBackupArgsSchema, args);
    const dir = await backupsDir();
    try {
      const file = await (await dir.getFileHandle(name)).getFile();
      const out = new Uint8Array(file.size);
      for (let at = 0; at < file.size; at += OPFS_SLICE_BYTES)
        out.set(new Uint8Array(await file.slice(at, at + OPFS_SLICE_BYTES).arrayBuffer()), at);
      return out;
    } catch (e) {
      if (e instanceof Error && e.message === "host.hubFingerprint") throw e;
      throw new Error(
        e instanceof DOMException && e.name === "NotFoundError" ? "host.notFound" : "host.readFailed",
      );
    }
  },

  async deleteBackup(args): Promise<void> {
    const { name } = parse(deleteBackupArgsSchema, args);
    const dir = await backupsDir();
    try {
      await dir.removeEntry(name);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === "NotFoundError")) throw new Error("host.writeFailed");
    }
  },

  async chooseBackupFolder() {
    // A page cannot keep writing to a folder of the PC on its own: the browser twin's backups stay in the
    // origin-private file system, and "Muat turun salinan" copies one out.
    return { status: "chosen", folder: await opfsStatus() };
  },

  backupFolderStatus: () => opfsStatus(),

  async listBackups(): Promise<BackupEntry[]> {
    const dir = await backupsDir();
    const out: BackupEntry[] = [];
    for await (const [name, handle] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
      if (handle.kind !== "file") continue;
      const file = await (handle as FileSystemFileHandle).getFile();
      out.push({ name, size: file.size, modifiedAt: new Date(file.lastModified).toISOString() });
    }
    return out.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  },

  async appInfo(): Promise<AppInfo> {
    return {
      name: "Rekod Komuniti",
      version: __APP_VERSION__,
      shell: "browser",
      platform: navigator.platform,
      dataLocation: `IndexedDB (${location.origin})`,
    };
  },

  async diskSpace() {
    // A web page cannot see the disk; the storage section reads navigator.storage.estimate() instead.
    return null;
  },

  async hubRequest(raw: HubRequestArgs): Promise<HubReply> {
    // A web page cannot see the certificate: the browser checks it (the office's certificate must be trusted by it,
    // e.g. Chromium started with --ignore-certificate-errors-spki-list for that one key) and the hub's answers name
    // their fingerprint; Electron pins the certificate itself before sending anything.
    const args = hubRequestArgsSchema.parse(raw);
    let res: Response;
    try {
      res = await fetch(new URL(args.path, args.address), {
        method: args.method,
        headers: {
          ...(args.token ? { authorization: `Bearer ${args.token}` } : {}),
          ...(args.bytes ? { "content-type": "application/octet-stream" } : {}),
          ...(args.json !== undefined ? { "content-type": "application/json" } : {}),
        },
        body: args.bytes ?? (args.json === undefined ? undefined : JSON.stringify(args.json)),
        signal: AbortSignal.timeout(args.timeoutMs ?? 60_000),
        cache: "no-store",
        credentials: "omit",
      });
      // The page cannot see the certificate; the hub names it, which catches a wrong or mistyped hub.
      if (res.headers.get("x-hub-fingerprint") !== args.fingerprint) throw new Error("host.hubFingerprint");
      if ((res.headers.get("content-type") ?? "").startsWith("application/json"))
        return { status: res.status, json: await res.json() };
      return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()) };
    } catch (e) {
      if (e instanceof Error && e.message === "host.hubFingerprint") throw e;
      throw new Error(
        e instanceof DOMException && e.name === "TimeoutError" ? "host.hubTimeout" : "host.hubUnreachable",
      );
    }
  },
};
