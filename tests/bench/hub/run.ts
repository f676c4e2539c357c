// Why: `npm run bench:hub`: the office hub under load and over bad links, each figure beside a limit measured in the
// same run. The hub runs as its own process (dist-hub/hub.cjs, its own PostgreSQL cluster), as on an office server.
//   hub.load_50         50 simulated PCs at once, each pushing 1,000 changes and pulling the other 49,000 through the
//                       protocol (change format, pieces, commit, pull): lost and doubled counted (both must be 0),
//                       changes/s, p95 of a sync round, the hub process's peak memory.
//   hub.write           one push of 10,000 new versions committed by the hub / the same rows bulk-inserted raw into
//                       a table of the same shape in the same PostgreSQL (ratio).
//   hub.slow_link_64k   a site's month (3,000 records written through the app's repositories, no photos) synced by
//                       the PC's own engine through a 64 kbit/s link (target < 5 min), completed: true.
//   hub.dropping_link   a quarter (9,000 records), through a 64 kbit/s link that cuts every connection every 20 s
//                       (drops: how many cuts the sync went through).
import "fake-indexeddb/auto";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { hubRequest } from "../../../electron/hub-client";
import { encodeArchive } from "../../../shared/backup/archive";
import { sha256Hex } from "../../../shared/backup/bytes";
import { gunzip, gzip } from "../../../shared/backup/envelope";
import { hashPassword } from "../../../shared/domain/password";
import { readChanges } from "../../../shared/exchange/file";
import { joinSeen, type Seen } from "../../../shared/exchange/version";
import { HUB_API, HUB_PROTOCOL, MAX_CHUNK, type HubSession } from "../../../shared/hub/protocol";
import type { HubRequestArgs, HubReply } from "../../../shared/host-api";
import { connectHub, syncRound, HubFailure, type HubTransport } from "../../../renderer/db/hub/sync";
import { personsRepo } from "../../../renderer/db/repositories/persons";
import { schemaVersion } from "../../../renderer/db/migrations";
import { ADMIN_PASSWORD, AMINAH_PASSWORD, joinedPc, officePc } from "../../unit/hub/hub-harness";
import { personInput } from "../../unit/helpers";
import { startLinkProxy } from "./link-proxy";

type Entry = Record<string, unknown> & { name: string };
const quick = process.argv.includes("--quick");
const root = path.resolve(process.argv[2] ?? ".");
const transport: HubTransport = (args: HubRequestArgs) => hubRequest(args);
const SCHEMA = schemaVersion();
const log = (s: string) => console.log(`[bench:hub] ${s}`);

type HubProcess = { child: ChildProcess; port: number; fingerprint: string; claimCode: string; dir: string };

/** Starts dist-hub/hub.cjs in a fresh folder and reads its address, fingerprint and claim code from its log. */
async function startHubProcess(pgPort: number): Promise<HubProcess> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rekod-bench-hub-"));
  const child = spawn(
    process.execPath,
    [path.join(root, "dist-hub", "hub.cjs"), "--data", dir, "--port", "0", "--pg-port", String(pgPort)],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  child.stderr!.on("data", (d: Buffer) => {
    out += d.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start: ${out}`)), 60_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const port = /sedia di port (\d+)/.exec(out)?.[1];
      const fingerprint = /Cap jari sijil: ([0-9A-F:]+)/.exec(out)?.[1];
      const claimCode = /Kod tuntutan: ([A-Z0-9-]+)/.exec(out)?.[1];
      if (port && fingerprint && claimCode) {
        clearTimeout(timer);
        resolve({ child, port: Number(port), fingerprint, claimCode, dir });
      }
    });
    child.on("exit", () => reject(new Error(`hub exited: ${out}`)));
  });
}

/** The hub process's peak resident memory (MB), from Linux's own count. */
function peakMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;
const round1 = (n: number) => Math.round(n * 10) / 10;

async function call(
  where: { address: string; fingerprint: string },
  req: Omit<HubRequestArgs, "address" | "fingerprint">,
): Promise<HubReply> {
  const reply = await transport({ ...where, ...req, timeoutMs: 600_000 });
  if (reply.status >= 400)
    throw new Error(`${req.method} ${req.path}: ${reply.status} ${JSON.stringify(reply.json)}`);
  return reply;
}

/** A PC reduced to the protocol: its own changes, what it holds, and every version it was given (to count doubles). */
class SimPc {
  /** Per scope, what it holds (as the app's book: joined from the hub's batches), and its own change count. */
  holds: Record<string, Seen> = {};
  own = 0;
  readonly received = new Map<string, number>();
  token = "";
  rounds: number[] = [];
  constructor(
    readonly pc: string,
    readonly where: { address: string; fingerprint: string },
  ) {}

  async login(officeId: string, username: string, password: string) {
    const r = await call(this.where, {
      method: "POST",
      path: `${HUB_API}/login`,
      json: { protocol: HUB_PROTOCOL, officeId, username, password, pc: this.pc },
    });
    this.token = (r.json as HubSession).token;
  }

  private async push(rows: Record<string, unknown>[]) {
    const archive = await encodeArchive(rows.length ? [{ name: "persons", rows }] : [], SCHEMA);
    const bytes = await gzip(archive.chunks);
    const id = `${this.pc}-${Math.random().toString(36).slice(2, 12)}`;
    const mine = this.own ? { [this.pc]: this.own } : {};
    const scopes = new Set([...Object.keys(this.holds), `site-${this.pc}`, "district"]);
    const holds = Object.fromEntries([...scopes].map((sc) => [sc, joinSeen(this.holds[sc] ?? {}, mine)]));
    const auth = { token: this.token };
    await call(this.where, {
      ...auth,
      method: "POST",
      path: `${HUB_API}/push`,
      json: {
        id,
        length: bytes.byteLength,
        sha256: await sha256Hex(bytes),
        header: { from: this.pc, schemaVersion: SCHEMA, holds, basis: {} },
      },
    });
    for (let at = 0; at < bytes.byteLength; at += MAX_CHUNK)
      await call(this.where, {
        ...auth,
        method: "PUT",
        path: `${HUB_API}/push/${id}?offset=${at}`,
        bytes: bytes.slice(at, at + MAX_CHUNK),
      });
    await call(this.where, { ...auth, method: "POST", path: `${HUB_API}/push/${id}/commit` });
  }

  /** Its own 1,000 changes: one record each, change numbers 1..1000. */
  async pushOwn(n: number) {
    const rows = Array.from({ length: n }, (_, i) => ({
      id: `${this.pc}-r${i}`,
      siteId: `site-${this.pc}`,
      name: `Penduduk ${i} dari ${this.pc}`,
      unit: `B-${String(i % 40).padStart(2, "0")}-${String(i).padStart(4, "0")}`,
      phone: `01${String(10000000 + i * 7919).slice(0, 8)}`,
      rev: 1,
      createdAt: "2026-11-01T02:00:00.000Z",
      updatedAt: "2026-11-01T02:00:00.000Z",
      createdBy: "u-pkmd",
      updatedBy: "u-pkmd",
      deletedAt: null,
      pc: this.pc,
      pcSeq: i + 1,
      seen: { [this.pc]: i + 1 },
    }));
    this.own = n;
    await this.push(rows);
  }

  /** One round as the app does it: tell the hub what it holds, then take what it lacks. */
  async round(): Promise<number> {
    const started = performance.now();
    await this.push([]);
    const id = `${this.pc}-pull-${Math.random().toString(36).slice(2, 12)}`;
    const auth = { token: this.token };
    const ready = (
      await call(this.where, {
        ...auth,
        method: "POST",
        path: `${HUB_API}/pull`,
        json: { id, from: this.pc, schemaVersion: SCHEMA, scopes: "all", media: false },
      })
    ).json as { length: number; records: number; header: { holds: Record<string, Seen> } };
    const parts: Uint8Array[] = [];
    for (let at = 0; at < ready.length; at += MAX_CHUNK)
      parts.push(
        (
          await call(this.where, {
            ...auth,
            method: "GET",
            path: `${HUB_API}/pull/${id}?offset=${at}&length=${MAX_CHUNK}`,
          })
        ).bytes!,
      );
    const packed = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let o = 0;
    for (const p of parts) {
      packed.set(p, o);
      o += p.byteLength;
    }
    const tables = await readChanges(await gunzip(packed), SCHEMA);
    let taken = 0;
    for (const [table, rows] of tables)
      for (const r of rows) {
        if (table !== "persons") continue;
        const key = `${r.pc}|${r.pcSeq}|${r.id}`;
        this.received.set(key, (this.received.get(key) ?? 0) + 1);
        taken += 1;
      }
    for (const [scope, seen] of Object.entries(ready.header.holds))
      this.holds[scope] = joinSeen(this.holds[scope] ?? {}, seen);
    await call(this.where, { ...auth, method: "POST", path: `${HUB_API}/pull/${id}/done` });
    this.rounds.push(performance.now() - started);
    return taken;
  }
}

async function claimForBench(
  where: { address: string; fingerprint: string },
  claimCode: string,
  officeId: string,
) {
  // Bench users' hashes take fewer rounds than the app's (600,000): sign-in speed is not what is measured here.
  const password = "Bench#Kuat2026";
  const user = {
    id: "u-pkmd",
    username: "pkmd.bench",
    name: "PKMD Bench",
    role: "pkmd",
    siteIds: [],
    disabled: false,
    password: await hashPassword(password, 10_000),
    rev: 1,
    createdAt: "2026-11-01T02:00:00.000Z",
    updatedAt: "2026-11-01T02:00:00.000Z",
    createdBy: "system",
    updatedBy: "system",
    deletedAt: null,
    pc: "benchoffice0",
    pcSeq: 1,
    seen: { benchoffice0: 1 },
  };
  await call(where, {
    method: "POST",
    path: `${HUB_API}/claim`,
    json: {
      protocol: HUB_PROTOCOL,
      officeId,
      username: user.username,
      password,
      pc: "benchoffice0",
      code: claimCode,
      office: { id: officeId, name: "Pejabat Bench", createdAt: "2026-11-01T02:00:00.000Z" },
      user,
    },
  });
  return { username: user.username, password };
}

async function benchLoad(hub: HubProcess, pcs: number, perPc: number): Promise<Entry[]> {
  const where = { address: `https://127.0.0.1:${hub.port}`, fingerprint: hub.fingerprint };
  const officeId = "office@bench-load";
  const who = await claimForBench(where, hub.claimCode, officeId);
  const sims = Array.from(
    { length: pcs },
    (_, i) => new SimPc(`benchpc${String(i).padStart(3, "0")}`, where),
  );
  await Promise.all(sims.map((s) => s.login(officeId, who.username, who.password)));
  log(`${pcs} PCs signed in; pushing ${perPc} changes each and pulling the others'`);
  const started = performance.now();
  const expected = (pcs - 1) * perPc;
  await Promise.all(
    sims.map(async (s) => {
      await s.pushOwn(perPc);
      for (let r = 0; r < 200; r++) {
        await s.round();
        const others = [...s.received.keys()].filter((k) => !k.startsWith(`${s.pc}|`)).length;
        if (others >= expected) return;
        await new Promise((res) => setTimeout(res, 250));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  let lost = 0;
  let doubled = 0;
  for (const s of sims) {
    const others = [...s.received].filter(([k]) => !k.startsWith(`${s.pc}|`));
    lost += expected - others.length;
    doubled += others.reduce((n, [, c]) => n + (c - 1), 0);
  }
  const db = new pg.Client({
    connectionString: `postgresql://rekod@/rekod_hub?host=${encodeURIComponent(path.join(hub.dir, "postgres", "run"))}&port=${hubPgPort}`,
  });
  db.on("error", () => undefined);
  await db.connect();
  const stored = await db.query<{ n: string; d: string }>(
    "SELECT count(*) AS n, count(*) - count(DISTINCT (tbl, id, pc, pc_seq)) AS d FROM versions WHERE tbl = 'persons'",
  );
  await db.end();
  const rounds = sims.flatMap((s) => s.rounds);
  return [
    {
      name: "hub.load_50",
      pcs,
      changes_per_pc: perPc,
      seconds: round1(seconds),
      value: round1(seconds),
      unit: "s",
      changes_per_s: Math.round((pcs * perPc) / seconds),
      deliveries_per_s: Math.round((pcs * expected) / seconds),
      p95_round_ms: Math.round(p95(rounds)),
      median_round_ms: Math.round(median(rounds)),
      hub_peak_mb: peakMb(hub.child.pid!),
      stored_versions: Number(stored.rows[0]!.n),
      stored_doubled: Number(stored.rows[0]!.d),
      lost,
      doubled,
      ok: lost === 0 && doubled === 0 && Number(stored.rows[0]!.n) === pcs * perPc ? "pass" : "FAIL",
    },
  ];
}

let hubPgPort = 0;

/** One push of `n` new versions committed by the hub, against the same rows bulk-inserted raw into the same database. */
async function benchWrite(hub: HubProcess, n: number): Promise<Entry[]> {
  const where = { address: `https://127.0.0.1:${hub.port}`, fingerprint: hub.fingerprint };
  const db = new pg.Client({
    connectionString: `postgresql://rekod@/rekod_hub?host=${encodeURIComponent(path.join(hub.dir, "postgres", "run"))}&port=${hubPgPort}`,
  });
  db.on("error", () => undefined);
  await db.connect();
  const hubMs: number[] = [];
  const rawMs: number[] = [];
  for (let run = 0; run < 3; run++) {
    const w = new SimPc(`benchwrite${run}x`, where);
    await w.login("office@bench-load", "pkmd.bench", "Bench#Kuat2026");
    // The hub: the whole push (pieces and commit) on loopback, i.e. what a PC waits for.
    const t0 = performance.now();
    await w.pushOwn(n);
    hubMs.push(performance.now() - t0);
    // Raw: the same rows (as JSONB bodies with their keys) in one bulk INSERT into a copy of the versions table.
    await db.query("DROP TABLE IF EXISTS versions_raw");
    await db.query("CREATE TABLE versions_raw (LIKE versions INCLUDING ALL)");
    const rows = Array.from({ length: n }, (_, i) => ({
      id: `raw-${run}-${i}`,
      body: {
        id: `raw-${run}-${i}`,
        siteId: "site-x",
        name: `Penduduk ${i}`,
        pc: "rawpc000",
        pcSeq: i + 1,
        seen: { rawpc000: i + 1 },
      },
    }));
    const t1 = performance.now();
    await db.query(
      `INSERT INTO versions_raw (office_id, tbl, id, pc, pc_seq, scope, seen, shown, deleted, updated_at, hub_seq, body)
       SELECT 'office@bench-load', 'persons', k.id, 'rawpc000', k.s, 'site-x', k.seen::jsonb, true, false, '', k.s, k.body::jsonb
         FROM unnest($1::text[], $2::int[], $3::text[], $4::text[]) AS k(id, s, seen, body)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.body.pcSeq),
        rows.map((r) => JSON.stringify(r.body.seen)),
        rows.map((r) => JSON.stringify(r.body)),
      ],
    );
    rawMs.push(performance.now() - t1);
  }
  await db.query("DROP TABLE IF EXISTS versions_raw");
  await db.end();
  const ratio = median(hubMs) / median(rawMs);
  return [
    {
      name: "hub.write",
      records: n,
      median_ms: Math.round(median(hubMs)),
      raw_bulk_insert_ms: Math.round(median(rawMs)),
      ratio: round1(ratio),
      note: "whole push on loopback (gzip, pieces, checks, merge) / raw bulk INSERT of the same rows, same database",
    },
  ];
}

/** Residents of a site as its PPK types them in a month (names, units, phones), through the repository. */
function monthOfResidents(siteId: string, n: number, from: number) {
  const first = [
    "Siti",
    "Nor",
    "Aminah",
    "Rosnah",
    "Zaleha",
    "Kamariah",
    "Faridah",
    "Halimah",
    "Salmah",
    "Rohani",
  ];
  const father = [
    "Ismail",
    "Osman",
    "Abdullah",
    "Yusof",
    "Ahmad",
    "Hassan",
    "Ibrahim",
    "Omar",
    "Ali",
    "Salleh",
  ];
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return personInput(siteId, {
      name: `${first[i % 10]} binti ${father[Math.floor(i / 10) % 10]} ${i}`,
      docType: "none",
      docNo: "",
      noDocReason: "tidak-diketahui",
      unit: `A-${String(1 + (i % 17)).padStart(2, "0")}-${String(i % 300).padStart(3, "0")}`,
      phone: `012-${String(1000000 + ((i * 7919) % 8999999)).slice(0, 3)} ${String(1000 + (i % 8999))}`,
      occupation: ["Suri rumah", "Peniaga kecil", "Pengawal keselamatan", "Tukang jahit", "Pemandu"][i % 5],
    });
  });
}

/** A site PC's month synced by its own engine through a throttled (and maybe dropping) link; retried as the app does. */
async function benchLink(hub: HubProcess, name: string, dropEveryMs: number | undefined): Promise<Entry[]> {
  const office = await officePc();
  const direct = { address: `https://127.0.0.1:${hub.port}`, fingerprint: hub.fingerprint };
  const admin = await connectHub(office.a, transport, office.admin, {
    ...direct,
    password: ADMIN_PASSWORD,
    claimCode: hub.claimCode,
  }).catch(async (e: unknown) => {
    if (e instanceof HubFailure && (e.code === "otherOffice" || e.code === "claimed"))
      throw new Error("bench hub already claimed by another office");
    throw e;
  });
  await syncRound(office.a, transport, admin, SCHEMA);
  const b = await joinedPc(office.a, office.admin, "PC PPR Seri Pahang", [office.sph.id]);
  const proxy = await startLinkProxy({ target: hub.port, bytesPerSecond: 8000, dropEveryMs });
  const viaLink = { address: `https://127.0.0.1:${proxy.port}`, fingerprint: hub.fingerprint };
  let session: HubSession | null = null;
  for (let i = 0; !session && i < 30; i++)
    session = await connectHub(b, transport, office.aminah, {
      ...viaLink,
      password: AMINAH_PASSWORD,
      media: false,
    }).catch(() => null);
  if (!session) throw new Error("could not connect through the link");
  await syncRound(b, transport, session, SCHEMA).catch(() => undefined);
  // The month's work: 3,000 records (1,500 residents, each with its audit row); over the dropping link a quarter's
  // (9,000), so that the sync spans several cuts.
  const n = (quick ? 300 : 1500) * (dropEveryMs ? 3 : 1);
  for (let i = 0; i < n; i += 100)
    await personsRepo(b).createMany(office.aminah, monthOfResidents(office.sph.id, 100, i));
  const started = performance.now();
  let attempts = 0;
  let completed = false;
  let pushed = 0;
  const problems: string[] = [];
  const limitMs = 10 * 60_000;
  while (!completed && performance.now() - started < limitMs) {
    attempts += 1;
    try {
      const r = await syncRound(b, transport, session, SCHEMA);
      pushed += r.pushed;
      completed = true;
    } catch (e) {
      problems.push(e instanceof HubFailure ? e.code : String(e));
      await new Promise((res) => setTimeout(res, 1000));
    }
  }
  const ms = performance.now() - started;
  const hubHas = await office.a.persons.count();
  await proxy.close();
  // The office's PC then takes them (directly): every record arrived once.
  await syncRound(office.a, transport, admin, SCHEMA);
  const arrived = (await office.a.persons.count()) - hubHas;
  return [
    {
      name,
      records: n * 2,
      ms: Math.round(ms),
      median_ms: Math.round(ms),
      runs: 1,
      completed,
      attempts,
      drops: proxy.drops,
      problems: [...new Set(problems)].join(", "),
      pushed,
      arrived_at_office: arrived,
      target_ms: 300_000,
      ok:
        completed && ms < 300_000 && arrived === n && (!dropEveryMs || quick || proxy.drops > 0)
          ? "pass"
          : "FAIL",
    },
  ];
}

async function main() {
  const entries: Entry[] = [];
  const pgBase = 58000 + (process.pid % 1000);
  hubPgPort = pgBase;
  const loadHub = await startHubProcess(pgBase);
  try {
    if (!process.argv.includes("--links"))
      entries.push(...(await benchLoad(loadHub, quick ? 10 : 50, quick ? 200 : 1000)));
    if (!process.argv.includes("--links"))
      entries.push(...(await benchWrite(loadHub, quick ? 2000 : 10_000)));
  } finally {
    loadHub.child.kill("SIGTERM");
    await new Promise((r) => loadHub.child.once("exit", r));
  }
  for (const [name, drop, port] of [
    ["hub.slow_link_64k", undefined, pgBase + 1],
    ["hub.dropping_link", 20_000, pgBase + 2],
  ] as const) {
    if (process.argv.includes("--slow-only") && drop) continue;
    const h = await startHubProcess(port);
    try {
      entries.push(...(await benchLink(h, name, drop)));
    } finally {
      h.child.kill("SIGTERM");
      await new Promise((r) => h.child.once("exit", r));
      rmSync(h.dir, { recursive: true, force: true });
    }
  }
  rmSync(loadHub.dir, { recursive: true, force: true });
  for (const e of entries) console.log(JSON.stringify(e));
  writeFileSync(path.join(root, "bench-hub-results.json"), `${JSON.stringify(entries, null, 2)}\n`);
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
