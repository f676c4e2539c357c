// Why: the hub's HTTPS face: every call but sign-in needs a live session, every body is size-capped and checked with
// the shared schemas, every refusal is a protocol code, and the log says in plain words what happened.
import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomBytes } from "node:crypto";
import type { Pool } from "pg";
import type { z } from "zod";
import {
  HUB_API,
  MAX_CHUNK,
  MAX_MESSAGE,
  claimRequestSchema,
  loginRequestSchema,
  pullStartSchema,
  pushStartSchema,
  transferIdSchema,
  type ClaimRequest,
  type HubSession,
} from "../shared/hub/protocol";
import { passwordHashSchema, verifyPassword } from "../shared/domain/password";
import { versionStampSchema } from "../shared/exchange/version";
import { roles } from "../shared/domain/roles";
import { z as zod } from "zod";
import { LoginLimiter, authenticate, checkProtocol, login, newSession, officeOf, sameCode } from "./auth";
import { HubError } from "./errors";
import { takeVersions, type HubActor, type PushResult } from "./store";
import {
  appendPush,
  commitPush,
  finishPull,
  pushState,
  readPull,
  startPull,
  startPush,
  sweepTransfers,
} from "./transfers";
import type { HubLog } from "./log";
import { healthPage, healthReport } from "./health";

export type HubOptions = {
  pool: Pool;
  tls: { key: string; cert: string; fingerprint: string };
  version: string;
  log: HubLog;
  /** The code an office gives to claim this hub (printed when it starts unclaimed). */
  claimCode: string;
  /** The most versions one pull carries (default PULL_LIMIT; tests set it low to make a PC pull in several batches). */
  pullLimit?: number;
};

export type RunningHub = { server: Server; port: number; close(): Promise<void> };

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new HubError(413, "tooLarge");
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req as AsyncIterable<Buffer>) {
    size += part.length;
    if (size > limit) throw new HubError(413, "tooLarge");
    parts.push(part);
  }
  return Buffer.concat(parts);
}

async function readJson<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.output<S>> {
  const raw = await readBody(req, MAX_MESSAGE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString("utf8"));
  } catch {
    throw new HubError(400, "badRequest", "not JSON");
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new HubError(400, "badRequest", result.error.issues[0]?.message);
  return result.data;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const bytes = body instanceof Uint8Array ? body : Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    "content-type":
      body instanceof Uint8Array ? "application/octet-stream" : "application/json; charset=utf-8",
    "content-length": String(bytes.byteLength),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(bytes);
}

/** The browser twin calls the hub from its own page: it may, with a bearer token (no cookies are ever used). */
function cors(req: IncomingMessage, res: ServerResponse, fingerprint: string): void {
  // Every answer names the certificate it came under: the browser twin, which cannot see the certificate, checks it.
  res.setHeader("x-hub-fingerprint", fingerprint);
  const origin = req.headers.origin;
  if (!origin) return;
  res.setHeader("access-control-allow-origin", origin);
  res.setHeader("vary", "origin");
  res.setHeader("access-control-allow-headers", "authorization, content-type");
  res.setHeader("access-control-allow-methods", "GET, POST, PUT");
  res.setHeader("access-control-max-age", "600");
  res.setHeader("access-control-expose-headers", "x-hub-fingerprint");
}

const bearer = (req: IncomingMessage) => /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
const isLoopback = (address: string) =>
  address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";

const claimUserSchema = versionStampSchema.extend({
  id: zod.string().min(1).max(200),
  username: zod.string(),
  role: zod.enum(roles),
  siteIds: zod.array(zod.string()),
  disabled: zod.boolean(),
  password: passwordHashSchema,
});

/** The first PC of an office claims the hub with the printed code and its administrator's (or PKMD's) account. */
async function claim(
  opts: HubOptions,
  limiter: LoginLimiter,
  req: ClaimRequest,
  address: string,
): Promise<HubSession> {
  checkProtocol(req.protocol);
  const wait = limiter.wait("#claim", address);
  if (wait) throw new HubError(429, "rateLimited", undefined, { retryAfter: wait });
  const existing = await officeOf(opts.pool);
  if (existing)
    throw new HubError(409, existing.id === req.office.id ? "claimed" : "otherOffice", undefined, {
      office: existing,
    });
  if (!sameCode(req.code, opts.claimCode)) {
    limiter.failed("#claim", address);
    throw new HubError(401, "badClaimCode");
  }
  const user = claimUserSchema.safeParse(req.user);
  if (
    !user.success ||
    user.data.username !== req.username ||
    user.data.disabled ||
    !["pentadbir", "pkmd"].includes(user.data.role) ||
    !(await verifyPassword(req.password, user.data.password))
  )
    throw new HubError(401, "badCredentials");
  const office = { id: req.office.id, name: req.office.name };
  const client = await opts.pool.connect();
  try {
    await client.query("BEGIN");
    const hubPc = `hub-${randomBytes(12).toString("base64url")}`;
    await client.query("INSERT INTO offices (id, name, created_at, book) VALUES ($1, $2, $3, $4)", [
      office.id,
      office.name,
      req.office.createdAt,
      JSON.stringify({ pc: hubPc, holds: {}, peers: {} }),
    ]);
    // The claim code proves its holder stands for the office: its first user is stored whatever that user's role.
    const actor: HubActor = {
      officeId: office.id,
      userId: user.data.id,
      username: user.data.username,
      role: "pentadbir",
      scopes: "all",
      pc: req.pc,
    };
    await takeVersions(
      client,
      actor,
      { from: req.pc, schemaVersion: 1, holds: {}, basis: {} },
      new Map([["users", [req.user]]]),
    );
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
  opts.log.info(`Pelayan dituntut oleh pejabat "${office.name}" (${user.data.username}, PC ${req.pc})`);
  return newSession(opts.pool, office, user.data, req.pc, opts.version);
}

/** Starts the hub on `port` (0: any free port) at `host`. */
export async function startHub(opts: HubOptions, port: number, host = "0.0.0.0"): Promise<RunningHub> {
  const limiter = new LoginLimiter();
  const counters = { pushes: 0, pulls: 0, refused: 0, errors: 0, startedAt: new Date().toISOString() };
  const logRefused = (actor: HubActor, result: PushResult) => {
    counters.refused += result.refused;
    const reasons = [...new Set(result.refusals.map((r) => `${r.table}/${r.reason}`))].join(", ");
    opts.log.warn(
      `Ditolak: ${result.refused} perubahan daripada ${actor.username} (PC ${actor.pc}): ${reasons}`,
    );
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "https://hub");
    const address = req.socket.remoteAddress ?? "";
    const path = url.pathname;
    const method = req.method ?? "GET";
    cors(req, res, opts.tls.fingerprint);
    if (method === "OPTIONS") return send(res, 204, new Uint8Array());
    if (path === "/health") {
      const token = bearer(req) ?? url.searchParams.get("token") ?? undefined;
      if (!isLoopback(address)) await authenticate(opts.pool, token);
      const report = await healthReport(opts.pool, counters, opts.tls.fingerprint, opts.version);
      if (url.searchParams.get("format") === "json") return send(res, 200, report);
      const html = Buffer.from(healthPage(report));
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-length": String(html.length),
      });
      return void res.end(html);
    }
    if (!path.startsWith(`${HUB_API}/`)) throw new HubError(404, "notFound");
    const rest = path.slice(HUB_API.length + 1).split("/");
    if (method === "POST" && rest[0] === "login" && rest.length === 1) {
      const body = await readJson(req, loginRequestSchema);
      try {
        const session = await login(opts.pool, limiter, body, address, opts.version);
        opts.log.info(`${body.username} masuk dari PC ${body.pc} (${address})`);
        return send(res, 200, session);
      } catch (e) {
        if (e instanceof HubError && (e.code === "badCredentials" || e.code === "rateLimited"))
          opts.log.warn(`Log masuk gagal: ${body.username} dari ${address} (${e.code})`);
        throw e;
      }
    }
    if (method === "POST" && rest[0] === "claim" && rest.length === 1)
      return send(res, 200, await claim(opts, limiter, await readJson(req, claimRequestSchema), address));

    const actor = await authenticate(opts.pool, bearer(req));
    if (rest[0] === "push") {
      if (method === "POST" && rest.length === 1) {
        const start = await readJson(req, pushStartSchema);
        if (start.header.from !== actor.pc) throw new HubError(403, "forbidden");
        return send(res, 200, await startPush(opts.pool, actor, start));
      }
      const id = transferIdSchema.safeParse(rest[1]);
      if (!id.success) throw new HubError(400, "badRequest");
      if (method === "GET" && rest.length === 2)
        return send(res, 200, await pushState(opts.pool, actor, id.data));
      if (method === "PUT" && rest.length === 2) {
        const offset = Number(url.searchParams.get("offset"));
        if (!Number.isInteger(offset) || offset < 0) throw new HubError(400, "badRequest");
        const piece = await readBody(req, MAX_CHUNK);
        return send(res, 200, await appendPush(opts.pool, actor, id.data, offset, piece));
      }
      if (method === "POST" && rest[2] === "commit" && rest.length === 3) {
        const state = await commitPush(opts.pool, actor, id.data, (r) => logRefused(actor, r));
        counters.pushes += 1;
        if (state.result?.taken)
          opts.log.info(
            `${actor.username} (PC ${actor.pc}) menghantar ${state.result.taken} perubahan baharu`,
          );
        return send(res, 200, state);
      }
    }
    if (rest[0] === "pull") {
      if (method === "POST" && rest.length === 1) {
        const start = await readJson(req, pullStartSchema.extend({ media: zod.boolean().default(true) }));
        const ready = await startPull(opts.pool, actor, start, opts.pullLimit);
        counters.pulls += 1;
        return send(res, 200, ready);
      }
      const id = transferIdSchema.safeParse(rest[1]);
      if (!id.success) throw new HubError(400, "badRequest");
      if (method === "GET" && rest.length === 2) {
        const offset = Number(url.searchParams.get("offset") ?? 0);
        const length = Math.min(Number(url.searchParams.get("length") ?? MAX_CHUNK), MAX_CHUNK);
        if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(length) || length < 1)
          throw new HubError(400, "badRequest");
        return send(res, 200, await readPull(opts.pool, actor, id.data, offset, length));
      }
      if (method === "POST" && rest[2] === "done" && rest.length === 3) {
        await finishPull(opts.pool, actor, id.data);
        return send(res, 200, { ok: true });
      }
    }
    throw new HubError(404, "notFound");
  }

  const server = createServer({ key: opts.tls.key, cert: opts.tls.cert }, (req, res) => {
    route(req, res).catch((e: unknown) => {
      if (e instanceof HubError) {
        if (e.code === "badRequest" || e.code === "tooLarge" || e.code === "forbidden") {
          counters.refused += 1;
          opts.log.warn(
            `Permintaan ditolak (${e.code}${e.message !== e.code ? `: ${e.message}` : ""}) dari ${req.socket.remoteAddress}`,
          );
        }
        // A body refused before it was read is not waited for: the answer goes, then the connection closes.
        const unread = !req.complete && Number(req.headers["content-length"] ?? 0) > 0;
        if (unread) res.setHeader("connection", "close");
        if (!res.headersSent)
          send(
            res,
            e.status,
            e.body(),
            e.extra.retryAfter ? { "retry-after": String(e.extra.retryAfter) } : {},
          );
        if (unread) res.once("finish", () => req.destroy());
        return;
      }
      counters.errors += 1;
      opts.log.error(`Ralat dalaman: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      if (!res.headersSent) send(res, 500, { error: "busy", detail: "internal" });
    });
  });
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  server.keepAliveTimeout = 30_000;
  const sweep = setInterval(() => void sweepTransfers(opts.pool).catch(() => undefined), 3600_000);
  sweep.unref();
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const actual = (server.address() as { port: number }).port;
  return {
    server,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(sweep);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
