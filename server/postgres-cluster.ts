// Why: the hub's embedded default and the tests need a real PostgreSQL without an administrator: a cluster in a data
// folder, made by Debian's (or any installed) initdb, listening on a socket inside that folder, started and stopped here.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where PostgreSQL's programs are: PG_BIN, Debian's newest /usr/lib/postgresql/N/bin, or the PATH. */
export function postgresBin(): string | null {
  const exe = process.platform === "win32" ? "initdb.exe" : "initdb";
  if (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, exe))) return process.env.PG_BIN;
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(path.join(debian, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(debian, versions[0], "bin");
  }
  // Windows: PostgreSQL's installer puts its bin folder on the PATH when asked (or give PG_BIN).
  const found =
    process.platform === "win32"
      ? (spawnSync("where", ["initdb"], { encoding: "utf8" }).stdout ?? "").split(/\r?\n/)[0]!.trim()
      : (spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout ?? "").trim();
  return found ? path.dirname(found) : null;
}

export type Cluster = {
  dir: string;
  /** The folder of the cluster's socket: the `host` a client connects to. */
  socketDir: string;
  port: number;
  /** A connection string for `pg` (socket, trust within the data folder's owner). */
  url(database?: string): string;
  stop(mode?: "fast" | "immediate"): Promise<void>;
};

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** PostgreSQL refuses to run as root: under root (CI, a server's service account) it runs as the `postgres` user. */
function command(bin: string, tool: string, args: string[]): [string, string[]] {
  const exe = path.join(bin, tool);
  return asRoot ? ["runuser", ["-u", "postgres", "--", exe, ...args]] : [exe, args];
}

function runTool(bin: string, tool: string, args: string[]): void {
  const [cmd, argv] = command(bin, tool, args);
  const r = spawnSync(cmd, argv, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${tool} failed: ${(r.stderr || r.stdout || "").trim().slice(0, 800)}`);
}

function own(dir: string): void {
  if (!asRoot) return;
  const ids = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim();
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim();
  if (ids) chownSync(dir, Number(ids), Number(gid));
}

/**
 * Makes (once) and starts the cluster in `dir`. It listens on a socket in `dir/run` and, when `tcp` is given, on
 * 127.0.0.1 at `port` (for logical replication between clusters on one machine), with `wal_level = logical`.
 */
export async function startCluster(
  dir: string,
  opts: { port: number; tcp?: boolean; log?: (line: string) => void },
): Promise<Cluster> {
  const bin = postgresBin();
  if (!bin)
    throw new Error(
      "PostgreSQL is not installed: install Debian's package `postgresql` (apt-get install postgresql), or give DATABASE_URL",
    );
  const data = path.join(dir, "data");
  const socketDir = path.join(dir, "run");
  mkdirSync(socketDir, { recursive: true });
  // Under root the `postgres` user must be able to pass through the hub's folder to reach its own.
  if (asRoot) chmodSync(path.dirname(dir), statSync(path.dirname(dir)).mode | 0o711);
  own(dir);
  own(socketDir);
  if (!existsSync(path.join(data, "PG_VERSION"))) {
    mkdirSync(data, { recursive: true });
    own(data);
    runTool(bin, "initdb", [
      "-D",
      data,
      "-U",
      "rekod",
      "--auth=trust",
      "-E",
      "UTF8",
      "--locale=C.UTF-8",
      "-N",
    ]);
  }
  // Settings the hub relies on, rewritten at every start (the cluster is the hub's own).
  const conf = [
    `listen_addresses = '${opts.tcp ? "127.0.0.1" : ""}'`,
    `port = ${opts.port}`,
    `unix_socket_directories = '${socketDir}'`,
    "unix_socket_permissions = 0700",
    "wal_level = logical",
    "max_wal_senders = 10",
    "max_replication_slots = 10",
    "fsync = on",
    "synchronous_commit = on",
    "shared_buffers = 64MB",
    "max_connections = 100",
  ].join("\n");
  writeFileSync(path.join(data, "rekod-hub.conf"), `${conf}\n`);
  const mainConf = path.join(data, "postgresql.conf");
  const include = "include_if_exists = 'rekod-hub.conf'";
  const current = spawnSync("cat", [mainConf], { encoding: "utf8" }).stdout;
  if (!current.includes(include)) writeFileSync(mainConf, `${current}\n${include}\n`);
  const hba = ["local all all trust", "host all all 127.0.0.1/32 trust", "local replication all trust"];
  if (opts.tcp) hba.push("host replication all 127.0.0.1/32 trust");
  writeFileSync(path.join(data, "pg_hba.conf"), `${hba.join("\n")}\n`);
  own(path.join(data, "rekod-hub.conf"));
  own(path.join(data, "pg_hba.conf"));
  own(mainConf);
  // A hub restarted after it was killed finds its cluster still running: it carries on with it.
  const [statusCmd, statusArgv] = command(bin, "pg_ctl", ["-D", data, "status"]);
  const running = spawnSync(statusCmd, statusArgv, { encoding: "utf8" }).status === 0;
  if (!running)
    await new Promise<void>((resolve, reject) => {
      const [cmd, argv] = command(bin, "pg_ctl", [
        "-D",
        data,
        "-l",
        path.join(dir, "postgres.log"),
        "-w",
        "start",
      ]);
      const child = spawn(cmd, argv, { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr.on("data", (d: Buffer) => (out += d.toString()));
      child.on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`PostgreSQL did not start: ${out.trim().slice(0, 800)}`)),
      );
    });
  opts.log?.(running ? `PostgreSQL sedia berjalan dalam ${data}` : `PostgreSQL dimulakan dalam ${data}`);
  const cluster: Cluster = {
    dir,
    socketDir,
    port: opts.port,
    url: (database = "postgres") =>
      `postgresql://rekod@/${database}?host=${encodeURIComponent(socketDir)}&port=${opts.port}`,
    stop: async (mode = "fast") => {
      const [cmd, argv] = command(bin, "pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]);
      spawnSync(cmd, argv, { encoding: "utf8" });
    },
  };
  return cluster;
}
