// Why: one way to bring a hub up (used by `npm run hub`, the tests and the bench): the database (a server given by
// DATABASE_URL, or the hub's own cluster in its data folder), its schema, its certificate, then the HTTPS service.
import path from "node:path";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import pg from "pg";
import { startCluster, type Cluster } from "./postgres-cluster";
import { HUB_MIGRATIONS, migrate } from "./schema";
import { backupHub, hubBackupKey, restoreHub } from "./backup";
import { loadOrMakeTls, type HubTls } from "./tls";
import { startHub, type RunningHub } from "./app";
import { newClaimCode, officeOf } from "./auth";
import { consoleLog, type HubLog } from "./log";

export const HUB_VERSION = "1.0.0";
/** The hub's own cluster is backed up a day apart, the first a minute after it starts. */
const BACKUP_EVERY_MS = 24 * 3600_000;
const FIRST_BACKUP_MS = 60_000;

export type HubConfig = {
  /** The hub's folder: its certificate, its claim code and (without DATABASE_URL) its PostgreSQL cluster. */
  dataDir: string;
  port: number;
  host?: string;
  /** An existing PostgreSQL server; without it the hub runs its own cluster in `dataDir/postgres`. */
  databaseUrl?: string;
  /** The port of the hub's own cluster (socket only unless `tcp`). */
  pgPort?: number;
  /** Let the hub's own cluster listen on 127.0.0.1 too (for logical replication to a state database). */
  pgTcp?: boolean;
  log?: HubLog;
  /** The most versions one pull carries (tests set it low). */
  pullLimit?: number;
  /** Put this hub backup back before starting (its passphrase given too): `npm run hub -- --restore FILE`. */
  restoreFrom?: { file: string; passphrase: string };
};

export type Hub = RunningHub & {
  pool: pg.Pool;
  tls: HubTls;
  cluster: Cluster | null;
  claimCode: string;
  url: string;
  /** Backs the hub's own cluster up now (null without its own cluster or a backup passphrase). */
  backupNow(): Promise<string | null>;
  /** Stops the service, the pool and the hub's own cluster (if it has one). */
  shutdown(mode?: "fast" | "immediate"): Promise<void>;
};

/** Brings a hub up; it prints its address, fingerprint and (until claimed) its claim code. */
export async function openHub(config: HubConfig): Promise<Hub> {
  const log = config.log ?? consoleLog();
  mkdirSync(config.dataDir, { recursive: true });
  let cluster: Cluster | null = null;
  let url = config.databaseUrl;
  if (!url) {
    cluster = await startCluster(path.join(config.dataDir, "postgres"), {
      port: config.pgPort ?? 54329,
      tcp: config.pgTcp,
      log: log.info,
    });
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'rekod_hub'");
    if (!exists.rowCount) await admin.query("CREATE DATABASE rekod_hub");
    await admin.end();
    url = cluster.url("rekod_hub");
  }
  if (config.restoreFrom) {
    await restoreHub(url, config.restoreFrom.file, config.restoreFrom.passphrase);
    log.info(`Dipulihkan daripada sandaran ${path.basename(config.restoreFrom.file)}`);
  }
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on("error", (e) => log.error(`Pangkalan data: ${e.message}`));
  await migrate(pool);
  const tls = await loadOrMakeTls(path.join(config.dataDir, "tls"));
  const codeFile = path.join(config.dataDir, "claim-code.txt");
  if (!existsSync(codeFile)) writeFileSync(codeFile, `${newClaimCode()}\n`, { mode: 0o600 });
  const claimCode = readFileSync(codeFile, "utf8").trim();
  const running = await startHub(
    { pool, tls, version: HUB_VERSION, log, claimCode, pullLimit: config.pullLimit },
    config.port,
    config.host,
  );
  const office = await officeOf(pool);
  log.info(`Pelayan pejabat sedia di port ${running.port}`);
  log.info(`Cap jari sijil: ${tls.fingerprint}`);
  if (office) log.info(`Pejabat: ${office.name}`);
  else log.info(`Belum dituntut. Kod tuntutan: ${claimCode}`);
  // The hub's own cluster backs itself up like a PC (a day apart, sealed with its passphrase): docs/hub.md.
  const backupFolder = path.join(config.dataDir, "backups");
  const databaseUrl = url;
  const backupNow = async (): Promise<string | null> => {
    if (!cluster) return null;
    const key = await hubBackupKey(config.dataDir);
    if (!key) {
      log.warn(
        "Tiada kata laluan sandaran (REKOD_HUB_BACKUP_PASSPHRASE atau fail backup-passphrase): tiada sandaran",
      );
      return null;
    }
    const row = (
      await pool.query<{ id: string; name: string; created_at: string }>(
        "SELECT id, name, created_at FROM offices LIMIT 1",
      )
    ).rows[0];
    const name = await backupHub(databaseUrl, backupFolder, key, {
      office: row
        ? { id: row.id, name: row.name, createdAt: row.created_at }
        : { id: "", name: "", createdAt: "" },
      version: HUB_VERSION,
      schema: HUB_MIGRATIONS.length,
    });
    log.info(`Sandaran pelayan ditulis dan disemak: ${name}`);
    return name;
  };
  const quietly = () =>
    void backupNow().catch((e: unknown) => log.error(`Sandaran pelayan gagal: ${String(e)}`));
  const daily = setInterval(quietly, BACKUP_EVERY_MS);
  daily.unref();
  const first = setTimeout(quietly, FIRST_BACKUP_MS);
  first.unref();
  return {
    ...running,
    pool,
    tls,
    cluster,
    claimCode,
    url,
    backupNow,
    shutdown: async (mode = "fast") => {
      clearInterval(daily);
      clearTimeout(first);
      await running.close();
      await pool.end();
      await cluster?.stop(mode);
    },
  };
}
