// Why: the hub trusts only its own office: a PC signs in as its user with the office's own password hashes (the users'
// records it holds), gets a session that expires, and repeated wrong passwords are slowed down per name and address.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Pool } from "pg";
import { verifyPassword, passwordHashSchema } from "../shared/domain/password";
import { afterFailure, isLocked, secondsLeft, type LoginAttempts } from "../shared/domain/lockout";
import { roles, seesAllSites, type Role } from "../shared/domain/roles";
import { HUB_PROTOCOL, type HubSession, type LoginRequest } from "../shared/hub/protocol";
import type { HubActor } from "./store";
import { HubError } from "./errors";

/** How long a session lasts: a working day and a half, then the user signs in again. */
export const SESSION_HOURS = 12;
/** Failed sign-ins an address may make per minute, whatever names it tries. */
const FAILURES_PER_ADDRESS_PER_MINUTE = 20;

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

type UserBody = {
  id: string;
  username: string;
  role: Role;
  siteIds: string[];
  disabled: boolean;
  password: unknown;
};

/** The office's current record of a user, read from the versions the hub holds (shown, not deleted). */
export async function userRecord(
  pool: Pool,
  officeId: string,
  where: { username: string } | { id: string },
): Promise<UserBody | null> {
  const byName = "username" in where;
  const { rows } = await pool.query<{ body: UserBody }>(
    `SELECT body FROM versions WHERE office_id = $1 AND tbl = 'users' AND shown AND NOT deleted AND ${
      byName ? "body->>'username' = $2" : "id = $2"
    } LIMIT 1`,
    [officeId, byName ? where.username : where.id],
  );
  const body = rows[0]?.body;
  return body && roles.includes(body.role) ? body : null;
}

export function scopesOf(user: Pick<UserBody, "role" | "siteIds">): HubActor["scopes"] {
  return seesAllSites(user.role) ? "all" : [...user.siteIds];
}

/**
 * Remembers failed sign-ins: per user name (the app's own lockout rule) and per address (a cap of failures a minute,
 * so one machine cannot try name after name; an office's PCs behind one address signing in rightly are not slowed).
 */
export class LoginLimiter {
  private readonly names = new Map<string, LoginAttempts>();
  private readonly addresses = new Map<string, number[]>();
  constructor(private readonly now: () => number = Date.now) {}

  private recent(address: string): number[] {
    const now = this.now();
    const kept = (this.addresses.get(address) ?? []).filter((t) => now - t < 60_000);
    this.addresses.set(address, kept);
    return kept;
  }
  /** Seconds to wait before this attempt is heard, or 0. */
  wait(username: string, address: string): number {
    const now = this.now();
    const recent = this.recent(address);
    if (recent.length >= FAILURES_PER_ADDRESS_PER_MINUTE)
      return Math.max(1, Math.ceil((60_000 - (now - recent[0]!)) / 1000));
    const named = this.names.get(username);
    return isLocked(named, now) ? secondsLeft(named, now) : 0;
  }
  failed(username: string, address: string): void {
    this.names.set(username, afterFailure(this.names.get(username), username, this.now()));
    this.recent(address).push(this.now());
  }
  succeeded(username: string): void {
    this.names.delete(username);
  }
}

export type HubOffice = { id: string; name: string };

export async function officeOf(pool: Pool): Promise<HubOffice | null> {
  const { rows } = await pool.query<HubOffice>("SELECT id, name FROM offices LIMIT 1");
  return rows[0] ?? null;
}

/** The checks every sign-in (and claim) passes first: the protocol, and the office the hub belongs to. */
export function checkProtocol(protocol: number): void {
  if (protocol > HUB_PROTOCOL) throw new HubError(426, "olderHub", `hub speaks ${HUB_PROTOCOL}`);
  if (protocol < HUB_PROTOCOL) throw new HubError(426, "newerHub", `hub speaks ${HUB_PROTOCOL}`);
}

export async function newSession(
  pool: Pool,
  office: HubOffice,
  user: UserBody,
  pc: string,
  version: string,
): Promise<HubSession> {
  const token = randomBytes(32).toString("base64url");
  const { rows } = await pool.query<{ pc: string }>("SELECT book->>'pc' AS pc FROM offices WHERE id = $1", [
    office.id,
  ]);
  // The database's clock decides when a session ends (one clock for every check).
  const inserted = await pool.query<{ expires_at: Date }>(
    `INSERT INTO sessions (token_hash, office_id, username, pc, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5)) RETURNING expires_at`,
    [hashToken(token), office.id, user.username, pc, SESSION_HOURS],
  );
  const expires = inserted.rows[0]!.expires_at;
  return {
    token,
    expiresAt: expires.toISOString(),
    office,
    user: { username: user.username, role: user.role, scopes: scopesOf(user) as "all" | string[] },
    hub: { pc: rows[0]!.pc, protocol: HUB_PROTOCOL, version },
  };
}

/** Signs a user in: the office must be this hub's, the password must match the office's hash for that user. */
export async function login(
  pool: Pool,
  limiter: LoginLimiter,
  req: LoginRequest,
  address: string,
  version: string,
): Promise<HubSession> {
  checkProtocol(req.protocol);
  const wait = limiter.wait(req.username, address);
  if (wait) throw new HubError(429, "rateLimited", undefined, { retryAfter: wait });
  const office = await officeOf(pool);
  if (!office) throw new HubError(409, "notClaimed");
  if (office.id !== req.officeId) throw new HubError(409, "otherOffice", undefined, { office });
  const user = await userRecord(pool, office.id, { username: req.username });
  const hash = passwordHashSchema.safeParse(user?.password);
  const ok = !!user && !user.disabled && hash.success && (await verifyPassword(req.password, hash.data));
  if (!ok) {
    limiter.failed(req.username, address);
    throw new HubError(401, "badCredentials");
  }
  limiter.succeeded(req.username);
  return newSession(pool, office, user, req.pc, version);
}

/** The actor behind a bearer token: its session must be live and its user still enabled (role and sites as now). */
export async function authenticate(pool: Pool, token: string | undefined): Promise<HubActor> {
  if (!token) throw new HubError(401, "sessionExpired");
  const { rows } = await pool.query<{ office_id: string; username: string; pc: string }>(
    "SELECT office_id, username, pc FROM sessions WHERE token_hash = $1 AND expires_at > now()",
    [hashToken(token)],
  );
  const session = rows[0];
  if (!session) throw new HubError(401, "sessionExpired");
  const user = await userRecord(pool, session.office_id, { username: session.username });
  if (!user || user.disabled) throw new HubError(401, "sessionExpired");
  return {
    officeId: session.office_id,
    userId: user.id,
    username: user.username,
    role: user.role,
    scopes: scopesOf(user),
    pc: session.pc,
  };
}

/** The code the hub prints until an office claims it: a few groups a person can read out and type. */
export function newClaimCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join("")).join("-");
}

export function sameCode(typed: string, expected: string): boolean {
  const a = Buffer.from(typed.trim().toUpperCase());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
