// Why: a hub on its own cluster has no DBA: it backs itself up as a PC does, a pg_dump of its database sealed in the
// same envelope (AES-256-GCM under a passphrase key), checked after writing, kept by the same rotation rule, and put
// back with pg_restore. A hub on an existing server is backed up by that server's own means (docs/hub.md).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { derivePassphraseKey, keyForFile, seal, unseal, type PassphraseKey } from "../shared/backup/envelope";
import { backupFileName, parseBackupFileName } from "../shared/backup/names";
import { backupsToDelete } from "../shared/backup/rotation";
import { postgresBin } from "./postgres-cluster";

/** The kind named in a hub backup's header (a PC's restore refuses it: it is not a PC's database). */
export const HUB_BACKUP_KIND = "hub-backup";

function run(tool: string, args: string[], input?: Uint8Array): Promise<Buffer> {
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL's programs are not installed");
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(bin, tool), args, { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let err = "";
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`${tool}: ${err.trim().slice(0, 500)}`)),
    );
    child.stdin.end(input ? Buffer.from(input) : undefined);
  });
}

export type HubBackupInfo = {
  office: { id: string; name: string; createdAt: string };
  version: string;
  schema: number;
};

/**
 * Dumps the hub's database, seals it, writes it into `folder` (whole or not at all), opens it again to check it, and
 * deletes what the rotation rule no longer keeps. Returns the file's name.
 */
export async function backupHub(
  databaseUrl: string,
  folder: string,
  key: PassphraseKey,
  info: HubBackupInfo,
  now = new Date(),
): Promise<string> {
  const dump = await run("pg_dump", ["--format=custom", `--dbname=${databaseUrl}`]);
  const sealed = await seal([new Uint8Array(dump)], key, {
    kind: HUB_BACKUP_KIND,
    appVersion: info.version,
    schemaVersion: info.schema,
    office: info.office,
    createdAt: now.toISOString(),
  });
  mkdirSync(folder, { recursive: true });
  const name = backupFileName(now, "auto");
  const temp = path.join(folder, `${name}.tmp`);
  writeFileSync(temp, sealed);
  const back = new Uint8Array(readFileSync(temp));
  const { plain } = await unseal(back, key);
  const same = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
  if (same(plain) !== same(dump)) {
    rmSync(temp, { force: true });
    throw new Error("the backup did not read back the same");
  }
  renameSync(temp, path.join(folder, name));
  const entries = readdirSync(folder)
    .map((n) => ({ name: n, parsed: parseBackupFileName(n) }))
    .filter((e) => e.parsed)
    .map((e) => ({ name: e.name, createdAt: e.parsed!.createdAt }));
  for (const old of backupsToDelete(entries, now)) rmSync(path.join(folder, old.name), { force: true });
  return name;
}

/** Puts a hub backup back into `databaseUrl` (its tables replaced), after the passphrase opened it whole. */
export async function restoreHub(databaseUrl: string, file: string, passphrase: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const { header, plain } = await unseal(bytes, await keyForFile(bytes, passphrase));
  if (header.kind !== HUB_BACKUP_KIND) throw new Error(`${path.basename(file)} is not a hub backup`);
  await run(
    "pg_restore",
    ["--clean", "--if-exists", "--single-transaction", `--dbname=${databaseUrl}`],
    plain,
  );
}

/** The hub's backup key from its passphrase (REKOD_HUB_BACKUP_PASSPHRASE, or the file <data>/backup-passphrase). */
export async function hubBackupKey(dataDir: string): Promise<PassphraseKey | null> {
  let passphrase = process.env.REKOD_HUB_BACKUP_PASSPHRASE ?? "";
  if (!passphrase) {
    try {
      passphrase = readFileSync(path.join(dataDir, "backup-passphrase"), "utf8").trim();
    } catch {
      return null;
    }
  }
  return passphrase ? derivePassphraseKey(passphrase) : null;
}
