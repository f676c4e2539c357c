// Why: the hub takes in a PC's versions and gives a PC what it lacks with the PCs' own rules (shared/exchange: merge,
// book, scope), over PostgreSQL: one transaction per batch, the office's book row locked so commits take turns.
import type { PoolClient } from "pg";
import { afterReceiving, holdingsFor, type ExchangeBook, type Holdings } from "../shared/exchange/book";
import { mergeVersion, type RecordState, type Versioned } from "../shared/exchange/merge";
import { includes } from "../shared/exchange/version";
import { DISTRICT, scopeOf, takes, type Scopes } from "../shared/exchange/scope";
import { TABLE_NAME, travels } from "../shared/exchange/tables";
import { encodeArchive } from "../shared/backup/archive";
import { gzip } from "../shared/backup/envelope";
import { fromStoredBody, toStoredBody } from "../shared/hub/stored-body";
import type { PushHeader } from "../shared/hub/protocol";
import { can, type Permission, type Role } from "../shared/domain/roles";

/** Who is asking, as the hub knows them from their session and the office's current user record. */
export type HubActor = {
  officeId: string;
  userId: string;
  username: string;
  role: Role;
  /** The sites the user may see ("all" for the PKMD, clerks and observers). */
  scopes: Scopes;
  pc: string;
};

export type HubBook = { pc: string; holds: Holdings; peers: Record<string, Holdings> };

/** Tables only some roles may write: a PC relaying such a version for another user has it refused, not stored. */
const GUARDED: Readonly<Record<string, Permission>> = {
  office: "office.manage",
  users: "users.manage",
  sites: "sites.manage",
  rates: "rates.manage",
};

/** The largest version body the hub stores (photos included); a larger one refuses the whole batch. */
export const MAX_VERSION_BYTES = 8 * 1024 * 1024;

type Row = Versioned & Record<string, unknown>;
type Held = Versioned & { key: string; shown: boolean; body: Record<string, unknown> | null };
export type Refusal = { table: string; id: string; pc: string; pcSeq: number; scope: string; reason: string };
export type PushResult = { taken: number; ignored: number; refused: number; refusals: Refusal[] };

const keyOf = (v: { pc: string; pcSeq: number }) => `${v.pc}|${v.pcSeq}`;

function asExchangeBook(book: HubBook): ExchangeBook {
  return { pc: book.pc, lastSeq: 0, holds: book.holds, peers: book.peers };
}

/** Whether `actor` may write this version (`current`: the hub's shown version of the same record, if any). */
function refusalOf(
  actor: HubActor,
  table: string,
  row: Row,
  scope: string,
  current: Held | null,
): string | null {
  if (!TABLE_NAME.test(table) || !travels(table)) return "table";
  if (!takes(actor.scopes, scope)) return "site";
  const own = table === "users" && row.id === actor.userId;
  if (own && current?.body) {
    // Anyone may change their own password; never their own role, sites or name of login.
    const was = current.body;
    const same =
      row.role === was.role &&
      row.username === was.username &&
      JSON.stringify(row.siteIds) === JSON.stringify(was.siteIds);
    if (same) return null;
  }
  const guard = GUARDED[table];
  if (guard && !can(actor.role, guard)) return "role";
  if (!can(actor.role, "records.write") && !guard) return "role";
  return null;
}

async function lockBook(client: PoolClient, officeId: string): Promise<{ book: HubBook; seq: number }> {
  const { rows } = await client.query<{ book: HubBook; seq: string }>(
    "SELECT book, seq FROM offices WHERE id = $1 FOR UPDATE",
    [officeId],
  );
  if (!rows[0]) throw new Error(`office ${officeId} not on this hub`);
  return { book: rows[0].book, seq: Number(rows[0].seq) };
}

/**
 * Takes in one batch of versions inside the caller's transaction (the push's own, so the batch and the transfer's
 * "applied" mark commit together): each version merged by the one rule, those the user may not write refused and
 * reported; then the book says what the hub holds, never more than it took.
 */
export async function takeVersions(
  client: PoolClient,
  actor: HubActor,
  header: PushHeader,
  tables: ReadonlyMap<string, Record<string, unknown>[]>,
): Promise<PushResult> {
  const { book, seq: startSeq } = await lockBook(client, actor.officeId);
  let seq = startSeq;
  const incoming: { table: string; row: Row; scope: string }[] = [];
  for (const [table, rows] of tables)
    for (const row of rows as Row[]) incoming.push({ table, row, scope: scopeOf(table, row) });
  const pairs = [...new Set(incoming.map((v) => `${v.table}\u0000${v.row.id}`))].map((p) =>
    p.split("\u0000"),
  );
  const heldRows = pairs.length
    ? (
        await client.query<{
          tbl: string;
          id: string;
          pc: string;
          pc_seq: number;
          seen: Record<string, number>;
          shown: boolean;
          deleted: boolean;
          updated_at: string;
          body: Record<string, unknown> | null;
        }>(
          `SELECT v.tbl, v.id, v.pc, v.pc_seq, v.seen, v.shown, v.deleted, v.updated_at,
                  CASE WHEN v.tbl = 'users' AND v.shown THEN v.body END AS body
             FROM versions v
             JOIN unnest($2::text[], $3::text[]) AS k(tbl, id) ON v.tbl = k.tbl AND v.id = k.id
            WHERE v.office_id = $1`,
          [actor.officeId, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
        )
      ).rows
    : [];
  const states = new Map<string, RecordState<Held | Row> | null>();
  const before = new Map<string, Set<string>>();
  const shownBefore = new Map<string, string>();
  const fromHub = new WeakSet<object>();
  const grouped = new Map<string, Held[]>();
  for (const r of heldRows) {
    const held: Held = {
      id: r.id,
      pc: r.pc,
      pcSeq: r.pc_seq,
      seen: r.seen,
      updatedAt: r.updated_at,
      deletedAt: r.deleted ? "deleted" : null,
      key: keyOf({ pc: r.pc, pcSeq: r.pc_seq }),
      shown: r.shown,
      body: r.body,
    };
    fromHub.add(held);
    const rec = `${r.tbl}\u0000${r.id}`;
    grouped.set(rec, [...(grouped.get(rec) ?? []), held]);
  }
  for (const [rec, held] of grouped) {
    const current = held.find((h) => h.shown) ?? held[0]!;
    states.set(rec, { current, others: held.filter((h) => h !== current) });
    before.set(rec, new Set(held.map((h) => h.key)));
    shownBefore.set(rec, current.shown ? current.key : "");
  }
  const refusals: Refusal[] = [];
  const scopeOfKey = new Map<string, string>();
  let taken = 0;
  let ignored = 0;
  for (const v of incoming) {
    const rec = `${v.table}\u0000${v.row.id}`;
    const state = states.get(rec) ?? null;
    const current = state && fromHub.has(state.current) ? (state.current as Held) : null;
    // A version the hub already has (or has something newer than) changes nothing: whoever relays it, it is ignored.
    if (state && [state.current, ...state.others].some((h) => includes(h.seen, v.row.seen))) {
      ignored += 1;
      continue;
    }
    const reason = refusalOf(actor, v.table, v.row, v.scope, current);
    if (reason) {
      refusals.push({
        table: v.table,
        id: v.row.id,
        pc: v.row.pc,
        pcSeq: v.row.pcSeq,
        scope: v.scope,
        reason,
      });
      continue;
    }
    const merged = mergeVersion<Held | Row>(state, v.row);
    states.set(rec, merged.state);
    if (merged.changed) taken += 1;
    else ignored += 1;
    scopeOfKey.set(`${rec}\u0000${keyOf(v.row)}`, v.scope);
  }
  // What changed per record: versions dropped, versions added, and which one is shown.
  const drop: { tbl: string; id: string; pc: string; seq: number }[] = [];
  const add: { tbl: string; id: string; row: Row; scope: string; shown: boolean; hubSeq: number }[] = [];
  const show: { tbl: string; id: string; pc: string; seq: number; shown: boolean }[] = [];
  for (const [rec, state] of states) {
    if (!state) continue;
    const [tbl, id] = rec.split("\u0000") as [string, string];
    const had = before.get(rec) ?? new Set<string>();
    const now = [state.current, ...state.others];
    const nowKeys = new Set(now.map(keyOf));
    for (const key of had)
      if (!nowKeys.has(key)) {
        const [pc, s] = key.split("|") as [string, string];
        drop.push({ tbl, id, pc, seq: Number(s) });
      }
    for (const v of now) {
      const shown = v === state.current;
      const key = keyOf(v);
      if (!had.has(key)) {
        seq += 1;
        add.push({
          tbl,
          id,
          row: v as Row,
          scope: scopeOfKey.get(`${rec}\u0000${key}`)!,
          shown,
          hubSeq: seq,
        });
      } else if ((shownBefore.get(rec) === key) !== shown)
        show.push({ tbl, id, pc: v.pc, seq: v.pcSeq, shown });
    }
  }
  if (drop.length)
    await client.query(
      `DELETE FROM versions v USING unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS k(tbl, id, pc, s)
        WHERE v.office_id = $1 AND v.tbl = k.tbl AND v.id = k.id AND v.pc = k.pc AND v.pc_seq = k.s`,
      [
        actor.officeId,
        drop.map((d) => d.tbl),
        drop.map((d) => d.id),
        drop.map((d) => d.pc),
        drop.map((d) => d.seq),
      ],
    );
  if (show.length)
    await client.query(
      `UPDATE versions v SET shown = k.shown
         FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::bool[]) AS k(tbl, id, pc, s, shown)
        WHERE v.office_id = $1 AND v.tbl = k.tbl AND v.id = k.id AND v.pc = k.pc AND v.pc_seq = k.s`,
      [
        actor.officeId,
        show.map((d) => d.tbl),
        show.map((d) => d.id),
        show.map((d) => d.pc),
        show.map((d) => d.seq),
        show.map((d) => d.shown),
      ],
    );
  for (let i = 0; i < add.length; i += 1000) {
    const part = add.slice(i, i + 1000);
    const bodies = await Promise.all(part.map((a) => toStoredBody(a.row)));
    await client.query(
      `INSERT INTO versions (office_id, tbl, id, pc, pc_seq, scope, seen, shown, deleted, updated_at, hub_seq, body)
       SELECT $1, k.tbl, k.id, k.pc, k.s, k.scope, k.seen::jsonb, k.shown, k.deleted, k.updated_at, k.hub_seq, k.body::jsonb
         FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::bool[], $9::bool[],
                     $10::text[], $11::bigint[], $12::text[])
           AS k(tbl, id, pc, s, scope, seen, shown, deleted, updated_at, hub_seq, body)`,
      [
        actor.officeId,
        part.map((a) => a.tbl),
        part.map((a) => a.id),
        part.map((a) => a.row.pc),
        part.map((a) => a.row.pcSeq),
        part.map((a) => a.scope),
        part.map((a) => JSON.stringify(a.row.seen)),
        part.map((a) => a.shown),
        part.map((a) => !!a.row.deletedAt),
        part.map((a) => String(a.row.updatedAt ?? "")),
        part.map((a) => a.hubSeq),
        bodies.map((b) => JSON.stringify(b)),
      ],
    );
  }
  const pcsByScope = [...new Set(add.map((a) => `${a.scope}\u0000${a.row.pc}`))].map((p) =>
    p.split("\u0000"),
  );
  if (pcsByScope.length)
    await client.query(
      `INSERT INTO scope_pcs (office_id, scope, pc) SELECT $1, k.scope, k.pc FROM unnest($2::text[], $3::text[]) AS k(scope, pc)
       ON CONFLICT DO NOTHING`,
      [actor.officeId, pcsByScope.map((p) => p[0]), pcsByScope.map((p) => p[1])],
    );
  const nextBook = bookAfterPush(book, actor, header, refusals);
  await client.query("UPDATE offices SET book = $2, seq = $3 WHERE id = $1", [
    actor.officeId,
    JSON.stringify(nextBook),
    seq,
  ]);
  return { taken, ignored, refused: refusals.length, refusals };
}

/**
 * The hub's book after a push: it holds what the PC held in the scopes the user may write (the PC's word for the
 * others is not taken), except below any version it refused, so the version's own writer still sends it.
 */
export function bookAfterPush(
  book: HubBook,
  actor: HubActor,
  header: PushHeader,
  refusals: Refusal[],
): HubBook {
  const writable = Object.fromEntries(
    Object.entries(header.holds).filter(([scope]) => takes(actor.scopes, scope)),
  );
  const after = afterReceiving(asExchangeBook(book), header.from, writable, header.basis);
  const holds: Record<string, Record<string, number>> = Object.fromEntries(
    Object.entries(after.holds).map(([s, seen]) => [s, { ...seen }]),
  );
  for (const r of refusals) {
    const seen = holds[r.scope];
    if (!seen?.[r.pc] || seen[r.pc]! < r.pcSeq) continue;
    const kept = Math.max(book.holds[r.scope]?.[r.pc] ?? 0, r.pcSeq - 1);
    if (kept) seen[r.pc] = Math.min(seen[r.pc]!, kept);
    else delete seen[r.pc];
  }
  return { pc: book.pc, holds, peers: after.peers as Record<string, Holdings> };
}

/** The scopes a pull covers: every scope the hub holds that both the user and the PC take. */
async function pullScopes(
  client: PoolClient,
  actor: HubActor,
  pcScopes: Scopes,
  media: boolean,
): Promise<string[]> {
  const { rows } = await client.query<{ scope: string }>(
    "SELECT DISTINCT scope FROM scope_pcs WHERE office_id = $1",
    [actor.officeId],
  );
  const all = new Set([DISTRICT, ...rows.map((r) => r.scope)]);
  return [...all]
    .filter((s) => takes(actor.scopes, s) && takes(pcScopes, s) && (media || !s.endsWith("#media")))
    .sort();
}

/** The most versions one pull carries (a PC that lacks more pulls again at once): bounds the hub's memory and a batch. */
export const PULL_LIMIT = 5_000;

type Pair = { scope: string; pc: string };
/** The order pulls walk (scope, then PC, byte order), the same in SQL (COLLATE "C") and here. */
const pairOrder = (a: Pair, b: Pair) =>
  a.scope !== b.scope ? (a.scope < b.scope ? -1 : 1) : a.pc === b.pc ? 0 : a.pc < b.pc ? -1 : 1;

/**
 * What a PC lacks, as a batch in the change format: the versions (shown or waiting) in the scopes the user and the PC
 * take beyond what the PC holds (`pcHolds`, as it said when asking; else what it held at its last push), walked by
 * scope, PC and change number, at most `limit` of them (a change number is never split). The header says what the
 * batch lets the PC hold: all the hub holds for the pairs it finished, up to the last change for the pair it stopped
 * in, and for the pairs not reached yet only what the PC already had; `more` when it stopped.
 */
export async function gatherForPc(
  client: PoolClient,
  actor: HubActor,
  pc: string,
  pcScopes: Scopes,
  schemaVersion: number,
  media: boolean,
  pcHolds?: Holdings,
  limit = PULL_LIMIT,
): Promise<{
  bytes: Uint8Array;
  records: number;
  more: boolean;
  header: { from: string; holds: Holdings; basis: Holdings };
}> {
  const { rows: office } = await client.query<{ book: HubBook }>("SELECT book FROM offices WHERE id = $1", [
    actor.officeId,
  ]);
  const book = office[0]!.book;
  const scopes = await pullScopes(client, actor, pcScopes, media);
  const known: Holdings = pcHolds ?? book.peers[pc] ?? {};
  const { rows: pcs } = await client.query<{ scope: string; pc: string }>(
    "SELECT scope, pc FROM scope_pcs WHERE office_id = $1 AND scope = ANY($2::text[])",
    [actor.officeId, scopes],
  );
  type Found = { tbl: string; body: unknown; scope: string; pc: string; pc_seq: number };
  let rows: Found[] = [];
  if (pcs.length) {
    rows = (
      await client.query<Found>(
        `SELECT v.tbl, v.body, v.scope, v.pc, v.pc_seq FROM versions v
           JOIN unnest($2::text[], $3::text[], $4::int[]) AS k(scope, pc, from_seq)
             ON v.scope = k.scope AND v.pc = k.pc AND v.pc_seq > k.from_seq
          WHERE v.office_id = $1
          ORDER BY v.scope COLLATE "C", v.pc COLLATE "C", v.pc_seq
          LIMIT $5`,
        [
          actor.officeId,
          pcs.map((p) => p.scope),
          pcs.map((p) => p.pc),
          pcs.map((p) => known[p.scope]?.[p.pc] ?? 0),
          limit + 1,
        ],
      )
    ).rows;
  }
  let more = rows.length > limit;
  let cut: (Pair & { seq: number }) | null = null;
  if (more) {
    const last = rows[limit - 1]!;
    cut = { scope: last.scope, pc: last.pc, seq: last.pc_seq };
    rows = rows.slice(0, limit);
    // The rest of the last change number comes too: a batch never ends inside one of a PC's changes.
    const rest = await client.query<Found>(
      `SELECT tbl, body, scope, pc, pc_seq FROM versions
        WHERE office_id = $1 AND scope = $2 AND pc = $3 AND pc_seq = $4`,
      [actor.officeId, cut.scope, cut.pc, cut.seq],
    );
    const have = new Set(
      rows
        .filter((r) => r.scope === cut!.scope && r.pc === cut!.pc && r.pc_seq === cut!.seq)
        .map((r) => `${r.tbl}|${JSON.stringify((r.body as { id?: unknown }).id)}`),
    );
    for (const r of rest.rows)
      if (!have.has(`${r.tbl}|${JSON.stringify((r.body as { id?: unknown }).id)}`)) rows.push(r);
  }
  const byTable = new Map<string, unknown[]>();
  for (const r of rows) {
    const list = byTable.get(r.tbl) ?? [];
    list.push(fromStoredBody(r.body));
    byTable.set(r.tbl, list);
  }
  const archive = await encodeArchive(
    [...byTable].map(([name, list]) => ({ name, rows: list })),
    schemaVersion,
  );
  const bytes = await gzip(archive.chunks);
  const hubHolds = holdingsFor(asExchangeBook(book), scopes);
  const holds: Holdings = cut
    ? Object.fromEntries(
        scopes.map((scope) => {
          const seen: Record<string, number> = {};
          for (const [p, n] of Object.entries(hubHolds[scope] ?? {})) {
            const order = pairOrder({ scope, pc: p }, cut!);
            const upTo = order < 0 ? n : order === 0 ? Math.min(n, cut!.seq) : (known[scope]?.[p] ?? 0);
            if (upTo > 0) seen[p] = upTo;
          }
          return [scope, seen];
        }),
      )
    : hubHolds;
  if (cut) more = true;
  return {
    bytes,
    records: rows.length,
    more,
    header: {
      from: book.pc,
      holds,
      basis: Object.fromEntries(scopes.map((s) => [s, known[s] ?? {}])),
    },
  };
}
