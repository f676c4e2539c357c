// Why: a crash or full disk mid-save must never leave a half-written report or backup under the real name.
import { randomBytes } from "node:crypto";
import * as fsp from "node:fs/promises";

/** The file-system calls the atomic write needs; injectable so failures can be tested. */
export interface AtomicWriteDeps {
  open(
    path: string,
    flags: "wx",
  ): Promise<{ writeFile(data: Uint8Array): Promise<void>; sync(): Promise<void>; close(): Promise<void> }>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
  randomSuffix(): string;
}

export const nodeAtomicWriteDeps: AtomicWriteDeps = {
  open: (p, flags) => fsp.open(p, flags),
  rename: (from, to) => fsp.rename(from, to),
  rm: (p, options) => fsp.rm(p, options),
  randomSuffix: () => randomBytes(8).toString("hex"),
};

/** Pattern of the temporary files this module creates next to their target. */
export const TMP_SUFFIX_PATTERN = /\.tmp-[0-9a-z]+$/i;

/**
 * Writes `data` to `${target}.tmp-<random>`, flushes it to disk, then renames it over `target`.
 * On any failure the temporary file is removed and `host.writeFailed` is thrown (the original error is
 * kept as `cause`); `target` is then either untouched or absent, never partial.
 */
export async function atomicWriteFile(
  target: string,
  data: Uint8Array,
  deps: AtomicWriteDeps = nodeAtomicWriteDeps,
): Promise<void> {
  const tmp = `${target}.tmp-${deps.randomSuffix()}`;
  let created = false;
  try {
    const handle = await deps.open(tmp, "wx");
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await deps.rename(tmp, target);
  } catch (cause) {
    if (created) await deps.rm(tmp, { force: true }).catch(() => undefined);
    throw new Error("host.writeFailed", { cause });
  }
}

/** The extra calls a folder write needs on top of the file calls. */
export interface AtomicFolderDeps extends AtomicWriteDeps {
  mkdir(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  rmTree(path: string): Promise<void>;
}

export const nodeAtomicFolderDeps: AtomicFolderDeps = {
  ...nodeAtomicWriteDeps,
  mkdir: async (p) => {
    await fsp.mkdir(p);
  },
  exists: (p) =>
    fsp.access(p).then(
      () => true,
      () => false,
    ),
  rmTree: (p) => fsp.rm(p, { recursive: true, force: true }),
};

/**
 * Writes every file into a hidden temporary folder beside `parent/folderName`, then renames the folder into place:
 * the user finds either the whole pack or nothing. An existing folder of that name is never overwritten; the new
 * one gets " (2)", " (3)"... Returns the folder name used; throws `host.writeFailed`.
 */
export async function atomicWriteFolder(
  parent: string,
  folderName: string,
  files: readonly { fileName: string; data: Uint8Array }[],
  deps: AtomicFolderDeps = nodeAtomicFolderDeps,
  join: (...parts: string[]) => string = (...parts) => parts.join("/"),
): Promise<string> {
  const tmp = join(parent, `.${folderName}.tmp-${deps.randomSuffix()}`);
  let created = false;
  try {
    await deps.mkdir(tmp);
    created = true;
    for (const f of files) await atomicWriteFile(join(tmp, f.fileName), f.data, deps);
    let name = folderName;
    for (let n = 2; await deps.exists(join(parent, name)); n++) name = `${folderName} (${n})`;
    await deps.rename(tmp, join(parent, name));
    return name;
  } catch (cause) {
    if (created) await deps.rmTree(tmp).catch(() => undefined);
    throw new Error("host.writeFailed", { cause });
  }
}
