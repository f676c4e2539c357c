// Why: this PC keeps in step with the office hub through the exchange's own rules: a push is a batch of what the hub
// is not known to hold, a pull is a batch of what this PC lacks, merged in one transaction (conflicts wait for a
// person, as with files); both go in pieces that survive a dropped link or a PC switched off, and neither is applied
// twice.
import { z } from "zod";
import { encodeArchive } from "../../../shared/backup/archive";
import { concatBytes, sha256Hex } from "../../../shared/backup/bytes";
import { gunzip, gzip } from "../../../shared/backup/envelope";
import { canonical } from "../../../shared/exchange/merge";
import { readChanges } from "../../../shared/exchange/file";
import { joinSeen } from "../../../shared/exchange/version";
import { holdingsFor, type Holdings } from "../../../shared/exchange/book";
import { sharedScopes } from "../../../shared/exchange/scope";
import type { HubReply, HubRequestArgs } from "../../../shared/host-api";
import {
  HUB_API,
  HUB_PROTOCOL,
  MAX_CHUNK,
  hubErrorSchema,
  hubOfficeId,
  pullReadySchema,
  sessionSchema,
  transferStateSchema,
  type HubSession,
  type PushHeader,
  type TransferState,
} from "../../../shared/hub/protocol";
import type { Actor } from "../../../shared/domain/access";
import { can } from "../../../shared/domain/roles";
import type { AppDB } from "../app-db";
import { AppError } from "../errors";
import { readIdentity, type Identity } from "../exchange/identity";
import { receiveChanges } from "../exchange/receive";
import { changesForPeer } from "../exchange/send";
import { BOOK_ID, EXCHANGE_TABLE, type BookRow } from "../exchange/tables";
import {
  LINK_ID,
  PULL_ID,
  PUSH_ID,
  clearPull,
  pieceId,
  pullPieces,
  readLink,
  updateLink,
  type HubLinkRow,
  type PullRow,
  type PushRow,
} from "./link";

/** The host's call to the hub (`host.hubRequest`; tests give the Electron main process's own). */
export type HubTransport = (args: HubRequestArgs) => Promise<HubReply>;

/** A round that could not finish: a hub code or a host key, worded in Malay by the status (`hub.problem.*`). */
export class HubFailure extends Error {
  constructor(
    readonly code: string,
    readonly retryAfter?: number,
    readonly office?: { id: string; name: string },
  ) {
    super(code);
    this.name = "HubFailure";
  }
}

type Where = Pick<HubLinkRow, "address" | "fingerprint">;

/** One call to the hub: its answer checked with `schema`, or a HubFailure with the hub's (or the host's) reason. */
async function call<S extends z.ZodType>(
  transport: HubTransport,
  where: Where,
  req: Omit<HubRequestArgs, "address" | "fingerprint">,
  schema: S,
): Promise<z.output<S>> {
  let reply: HubReply;
  try {
    reply = await transport({ address: where.address, fingerprint: where.fingerprint, ...req });
  } catch (e) {
    const key =
      e instanceof Error && /^host\.hub[A-Za-z]+$/.test(e.message) ? e.message : "host.hubUnreachable";
    throw new HubFailure(key);
  }
  if (reply.status >= 400) {
    const err = hubErrorSchema.safeParse(reply.json);
    if (err.success) throw new HubFailure(err.data.error, err.data.retryAfter, err.data.office);
    throw new HubFailure(reply.status >= 500 ? "busy" : "badRequest");
  }
  const parsed = schema.safeParse(reply.bytes ?? reply.json);
  if (!parsed.success) throw new HubFailure("badReply");
  return parsed.data;
}

const bytesReply = z.instanceof(Uint8Array);

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

async function officeIdentity(db: AppDB): Promise<Identity & { office: NonNullable<Identity["office"]> }> {
  const me = await readIdentity(db);
  if (!me.office) throw new AppError("e.exchange.notJoined");
  return { ...me, office: me.office };
}

/** Signs this PC's user in to the hub: the hub must be this office's and speak this app's protocol. */
export async function hubSignIn(
  db: AppDB,
  transport: HubTransport,
  where: Where,
  username: string,
  password: string,
): Promise<HubSession> {
  const me = await officeIdentity(db);
  const session = await call(
    transport,
    where,
    {
      method: "POST",
      path: `${HUB_API}/login`,
      json: { protocol: HUB_PROTOCOL, officeId: hubOfficeId(me.office), username, password, pc: me.pc },
    },
    sessionSchema,
  );
  if (session.office.id !== hubOfficeId(me.office))
    throw new HubFailure("otherOffice", undefined, session.office);
  return session;
}

/**
 * Connects this PC to the hub (Tetapan > Pelayan pejabat): signs in (or, for a hub no office has claimed yet, claims
 * it with the code it printed, as this office's administrator or PKMD), then keeps the address and fingerprint.
 */
export async function connectHub(
  db: AppDB,
  transport: HubTransport,
  actor: Actor,
  input: Where & { password: string; claimCode?: string; media?: boolean },
): Promise<HubSession> {
  if (!can(actor.role, "exchange.run")) throw new AppError("e.forbidden");
  const me = await officeIdentity(db);
  let session: HubSession;
  try {
    session = await hubSignIn(db, transport, input, actor.username, input.password);
  } catch (e) {
    if (!(e instanceof HubFailure) || e.code !== "notClaimed" || !input.claimCode) throw e;
    const user = await db.users.get(actor.userId);
    if (!user) throw new AppError("e.notFound");
    session = await call(
      transport,
      input,
      {
        method: "POST",
        path: `${HUB_API}/claim`,
        json: {
          protocol: HUB_PROTOCOL,
          officeId: hubOfficeId(me.office),
          username: actor.username,
          password: input.password,
          pc: me.pc,
          code: input.claimCode,
          office: { ...me.office, id: hubOfficeId(me.office) },
          user,
        },
      },
      sessionSchema,
    );
  }
  const link: HubLinkRow = {
    id: LINK_ID,
    address: input.address,
    fingerprint: input.fingerprint,
    officeId: hubOfficeId(me.office),
    hubPc: session.hub.pc,
    connectedAt: new Date().toISOString(),
    connectedBy: actor.username,
    lastProblem: null,
    media: input.media ?? true,
  };
  await db.transaction("rw", [db.hubSync], async () => {
    await db.hubSync.clear();
    await db.hubSync.put(link);
  });
  return session;
}

/** What a round did. */
export type RoundResult = { pushed: number; pulled: number; refused: number; conflicts: number };

/** Sends `row` piece by piece from where the hub stands, then has it applied; resumes the same transfer after a cut. */
async function sendPush(
  transport: HubTransport,
  link: HubLinkRow,
  token: string,
  row: PushRow,
): Promise<TransferState> {
  const auth = { token };
  let state = await call(
    transport,
    link,
    {
      ...auth,
      method: "POST",
      path: `${HUB_API}/push`,
      json: { id: row.transferId, length: row.bytes.byteLength, sha256: row.sha256, header: row.header },
    },
    transferStateSchema,
  );
  while (!state.applied && state.received < state.length) {
    const piece = new Uint8Array(
      row.bytes.subarray(state.received, Math.min(state.received + MAX_CHUNK, state.length)),
    );
    state = await call(
      transport,
      link,
      {
        ...auth,
        method: "PUT",
        path: `${HUB_API}/push/${row.transferId}?offset=${state.received}`,
        bytes: piece,
      },
      transferStateSchema,
    );
  }
  if (state.applied) return state;
  return call(
    transport,
    link,
    { ...auth, method: "POST", path: `${HUB_API}/push/${row.transferId}/commit`, timeoutMs: 300_000 },
    transferStateSchema,
  );
}

/** The batch for the hub: what it is not known to hold, or the one in flight (the same bytes, resumed). */
async function pushBatch(
  db: AppDB,
  link: HubLinkRow,
  me: Identity,
  session: HubSession,
  schemaVersion: number,
): Promise<PushRow | null> {
  const pending = (await db.hubSync.get(PUSH_ID)) as PushRow | undefined;
  if (pending) return pending;
  const sites = (await db.sites.toCollection().primaryKeys()) as string[];
  const out = await changesForPeer(
    db,
    { pc: session.hub.pc, scopes: session.user.scopes },
    { scopes: me.scopes, sites },
    link.media,
    link.pushed ?? {},
  );
  const book = (await db.table(EXCHANGE_TABLE).get(BOOK_ID)) as BookRow;
  const records = out.tables.reduce((n, t) => n + t.rows.length, 0);
  // Nothing new and nothing more held than the hub last heard: no push (the hub's view of this PC is current).
  if (!records && canonical(out.holds) === canonical(link.pushed ?? {})) return null;
  const archive = await encodeArchive(out.tables, schemaVersion);
  const bytes = await gzip(archive.chunks);
  const header: PushHeader = { from: me.pc, schemaVersion, holds: out.holds, basis: out.basis };
  const row: PushRow = {
    id: PUSH_ID,
    transferId: randomId(),
    header,
    sha256: await sha256Hex(bytes),
    bytes,
    ownSeq: book.lastSeq,
    records,
  };
  await db.hubSync.put(row);
  return row;
}

function joinHoldings(a: Holdings, b: Holdings): Holdings {
  const scopes = new Set([...Object.keys(a), ...Object.keys(b)]);
  return Object.fromEntries([...scopes].map((s) => [s, joinSeen(a[s] ?? {}, b[s] ?? {})]));
}

/** Pushes what the hub lacks; returns how many versions went and how many the hub refused. */
export async function pushToHub(
  db: AppDB,
  transport: HubTransport,
  session: HubSession,
  schemaVersion: number,
): Promise<{ pushed: number; refused: number }> {
  const me = await readIdentity(db);
  let pushed = 0;
  let refused = 0;
  // A batch left by a cut goes first (the same bytes); then what was saved since, until nothing is left.
  for (let batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
    const link = await readLink(db);
    if (!link) throw new AppError("e.hub.notConnected");
    const row = await pushBatch(db, link, me, session, schemaVersion);
    if (!row) break;
    const state = await sendPush(transport, link, session.token, row);
    await db.transaction("rw", [db.hubSync], async () => {
      const now = (await db.hubSync.get(LINK_ID)) as HubLinkRow | undefined;
      await db.hubSync.delete(PUSH_ID);
      if (now)
        await db.hubSync.put({
          ...now,
          pushed: joinHoldings(now.pushed ?? {}, row.header.holds),
          ackedSeq: Math.max(now.ackedSeq ?? 0, row.ownSeq),
        });
    });
    pushed += state.result?.taken ?? row.records;
    refused += state.result?.refused ?? 0;
  }
  return { pushed, refused };
}

/** A round sends at most this many batches (one left by a cut, then what was saved since, then what came meanwhile). */
const MAX_BATCHES_PER_ROUND = 4;

/**
 * Pulls what this PC lacks: the hub prepares a batch, its pieces are kept here as they come, and once whole it is
 * checked and merged in one transaction. A PC switched off mid-way resumes the same batch.
 */
export async function pullFromHub(
  db: AppDB,
  transport: HubTransport,
  session: HubSession,
  schemaVersion: number,
): Promise<{ pulled: number; conflicts: number }> {
  let pulled = 0;
  let conflicts = 0;
  // The hub gives at most a few thousand versions a batch: a PC that lacks more takes batch after batch.
  for (let batch = 0; batch < MAX_PULLS_PER_ROUND; batch++) {
    const one = await pullBatch(db, transport, session, schemaVersion);
    pulled += one.pulled;
    conflicts = one.conflicts;
    if (!one.more) break;
  }
  return { pulled, conflicts };
}

/** A round takes at most this many batches (a new PC of a large district finishes over the next rounds). */
const MAX_PULLS_PER_ROUND = 100;

async function pullBatch(
  db: AppDB,
  transport: HubTransport,
  session: HubSession,
  schemaVersion: number,
): Promise<{ pulled: number; conflicts: number; more: boolean }> {
  const link = await readLink(db);
  if (!link) throw new AppError("e.hub.notConnected");
  const me = await readIdentity(db);
  const auth = { token: session.token };
  let row = (await db.hubSync.get(PULL_ID)) as PullRow | undefined;
  if (!row) {
    const transferId = randomId();
    // What this PC holds now in every scope it takes: the hub sends what lies beyond.
    const sites = (await db.sites.toCollection().primaryKeys()) as string[];
    const book = (await db.table(EXCHANGE_TABLE).get(BOOK_ID)) as BookRow;
    const holds = holdingsFor(book, sharedScopes(me.scopes, "all", sites, link.media));
    const ready = await call(
      transport,
      link,
      {
        ...auth,
        method: "POST",
        path: `${HUB_API}/pull`,
        json: { id: transferId, from: me.pc, schemaVersion, scopes: me.scopes, media: link.media, holds },
        timeoutMs: 300_000,
      },
      pullReadySchema,
    );
    row = { id: PULL_ID, transferId, ready, received: 0 };
    await db.hubSync.put(row);
  }
  const { ready } = row;
  while (row.received < ready.length) {
    const length = Math.min(MAX_CHUNK, ready.length - row.received);
    const piece = await call(
      transport,
      link,
      {
        ...auth,
        method: "GET",
        path: `${HUB_API}/pull/${row.transferId}?offset=${row.received}&length=${length}`,
      },
      bytesReply,
    );
    if (!piece.byteLength) throw new HubFailure("badReply");
    const next: PullRow = { ...row, received: row.received + piece.byteLength };
    await db.transaction("rw", [db.hubSync], async () => {
      await db.hubSync.put({
        id: pieceId(row!.received),
        transferId: row!.transferId,
        offset: row!.received,
        bytes: piece,
      });
      await db.hubSync.put(next);
    });
    row = next;
  }
  const pieces = (await pullPieces(db)).filter((p) => p.transferId === row!.transferId);
  const packed = concatBytes(pieces.map((p) => p.bytes));
  if (packed.byteLength !== ready.length || (await sha256Hex(packed)) !== ready.sha256) {
    await clearPull(db);
    throw new HubFailure("badReply");
  }
  const tables = await readChanges(await gunzip(packed), schemaVersion);
  const summary = await receiveChanges(db, ready.header.from, ready.header.holds, tables, ready.header.basis);
  await clearPull(db);
  // The hub may forget the batch now; if this call is lost it forgets it in two days anyway.
  await call(
    transport,
    link,
    { ...auth, method: "POST", path: `${HUB_API}/pull/${row.transferId}/done` },
    z.unknown(),
  ).catch(() => undefined);
  const pulled = Object.values(summary.tables).reduce((n, t) => n + t.taken, 0);
  return { pulled, conflicts: summary.conflicts.length, more: ready.more };
}

/** One round: push, then pull; the link records when it finished or why it did not. */
export async function syncRound(
  db: AppDB,
  transport: HubTransport,
  session: HubSession,
  schemaVersion: number,
): Promise<RoundResult> {
  try {
    const up = await pushToHub(db, transport, session, schemaVersion);
    const down = await pullFromHub(db, transport, session, schemaVersion);
    await updateLink(db, { lastSyncAt: new Date().toISOString(), lastProblem: null });
    return { pushed: up.pushed, refused: up.refused, pulled: down.pulled, conflicts: down.conflicts };
  } catch (e) {
    const code = e instanceof HubFailure ? e.code : e instanceof AppError ? e.key : "host.hubUnreachable";
    await updateLink(db, {
      lastProblem: {
        code,
        at: new Date().toISOString(),
        ...(e instanceof HubFailure && e.retryAfter ? { retryAfter: e.retryAfter } : {}),
      },
    });
    throw e;
  }
}

/** How many of this PC's own changes the hub does not have yet ("14 perubahan menunggu"). */
export async function changesWaiting(db: AppDB): Promise<number> {
  const link = await readLink(db);
  const book = (await db.table(EXCHANGE_TABLE).get(BOOK_ID)) as BookRow | undefined;
  if (!link || !book) return 0;
  return Math.max(0, book.lastSeq - (link.ackedSeq ?? 0));
}
