// Why: a batch crosses a slow or dropping link in pieces: the hub keeps what arrived (in PostgreSQL), says how much it
// has, and applies a push once whole in one transaction with its "applied" mark, so a resent piece or a repeated
// commit changes nothing; a pull is prepared once and read piece by piece until the PC has it all.
import { createHash } from "node:crypto";
import type { Pool, PoolClient } from "pg";
import { gunzip } from "../shared/backup/envelope";
import { readChanges } from "../shared/exchange/file";
import type { PullReady, PullStart, PushHeader, PushStart, TransferState } from "../shared/hub/protocol";
import { HubError } from "./errors";
import { gatherForPc, takeVersions, MAX_VERSION_BYTES, type HubActor, type PushResult } from "./store";

/** Transfers not finished within this many hours are forgotten (a PC starts a fresh one). */
export const TRANSFER_HOURS = 48;

type TransferRow = {
  id: string;
  pc: string;
  username: string;
  length: number;
  sha256: string;
  header: unknown;
  applied: boolean;
  result: PushResult | null;
  received: number;
};

async function inTransaction<T>(pool: Pool, work: (c: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const out = await work(client);
    await client.query("COMMIT");
    return out;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function pushRow(
  db: Pool | PoolClient,
  actor: HubActor,
  id: string,
  lock = false,
): Promise<TransferRow | null> {
  const { rows } = await db.query<TransferRow>(
    `SELECT t.id, t.pc, t.username, t.length, t.sha256, t.header, t.applied, t.result,
            COALESCE((SELECT sum(octet_length(c.bytes)) FROM transfer_chunks c WHERE c.office_id = t.office_id AND c.id = t.id), 0)::int AS received
       FROM transfers t WHERE t.office_id = $1 AND t.id = $2 AND t.kind = 'push' ${lock ? "FOR UPDATE OF t" : ""}`,
    [actor.officeId, id],
  );
  const row = rows[0];
  if (row && (row.pc !== actor.pc || row.username !== actor.username)) throw new HubError(403, "forbidden");
  return row ?? null;
}

const stateOf = (row: TransferRow): TransferState => ({
  id: row.id,
  received: row.applied ? row.length : row.received,
  length: row.length,
  applied: row.applied,
  ...(row.result
    ? { result: { taken: row.result.taken, ignored: row.result.ignored, refused: row.result.refused } }
    : {}),
});

/** Starts a push, or says where the same push (same id) stands. */
export async function startPush(pool: Pool, actor: HubActor, start: PushStart): Promise<TransferState> {
  await pool.query(
    `INSERT INTO transfers (id, office_id, kind, username, pc, length, sha256, header)
     VALUES ($1, $2, 'push', $3, $4, $5, $6, $7) ON CONFLICT (office_id, id) DO NOTHING`,
    [
      start.id,
      actor.officeId,
      actor.username,
      actor.pc,
      start.length,
      start.sha256,
      JSON.stringify(start.header),
    ],
  );
  const row = await pushRow(pool, actor, start.id);
  if (!row || row.length !== start.length || row.sha256 !== start.sha256) throw new HubError(409, "conflict");
  return stateOf(row);
}

export async function pushState(pool: Pool, actor: HubActor, id: string): Promise<TransferState> {
  const row = await pushRow(pool, actor, id);
  if (!row) throw new HubError(404, "notFound");
  return stateOf(row);
}

/** Adds one piece at `offset`; a piece the hub already has (or one out of place) only gets the current state back. */
export async function appendPush(
  pool: Pool,
  actor: HubActor,
  id: string,
  offset: number,
  piece: Uint8Array,
): Promise<TransferState> {
  return inTransaction(pool, async (client) => {
    const row = await pushRow(client, actor, id, true);
    if (!row) throw new HubError(404, "notFound");
    if (row.applied || offset !== row.received || !piece.byteLength) return stateOf(row);
    if (row.received + piece.byteLength > row.length) throw new HubError(413, "tooLarge");
    await client.query(
      "INSERT INTO transfer_chunks (office_id, id, offset_bytes, bytes) VALUES ($1, $2, $3, $4)",
      [actor.officeId, id, offset, Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength)],
    );
    await client.query("UPDATE transfers SET updated_at = now() WHERE office_id = $1 AND id = $2", [
      actor.officeId,
      id,
    ]);
    return stateOf({ ...row, received: row.received + piece.byteLength });
  });
}

/**
 * Applies a whole push: checksum, unzip, every row's stamp (the change format's own reading), then the versions taken
 * in with the transfer marked applied, in one transaction. Committed twice, it is applied once.
 */
export async function commitPush(
  pool: Pool,
  actor: HubActor,
  id: string,
  onRefused: (result: PushResult) => void,
): Promise<TransferState> {
  return inTransaction(pool, async (client) => {
    const row = await pushRow(client, actor, id, true);
    if (!row) throw new HubError(404, "notFound");
    if (row.applied) return stateOf(row);
    if (row.received !== row.length)
      throw new HubError(409, "conflict", `have ${row.received} of ${row.length}`);
    const { rows: pieces } = await client.query<{ bytes: Buffer }>(
      "SELECT bytes FROM transfer_chunks WHERE office_id = $1 AND id = $2 ORDER BY offset_bytes",
      [actor.officeId, id],
    );
    const packed = Buffer.concat(pieces.map((p) => p.bytes));
    if (createHash("sha256").update(packed).digest("hex") !== row.sha256)
      throw await refuse(client, actor, id, "checksum");
    const header = row.header as PushHeader;
    let tables: Map<string, Record<string, unknown>[]>;
    try {
      const plain = await gunzip(new Uint8Array(packed));
      tables = await readChanges(plain, header.schemaVersion);
    } catch {
      throw await refuse(client, actor, id, "malformed");
    }
    for (const rows of tables.values())
      for (const r of rows)
        if (JSON.stringify(r).length > MAX_VERSION_BYTES) throw await refuse(client, actor, id, "oversized");
    const result = await takeVersions(client, actor, header, tables);
    if (result.refused) onRefused(result);
    await client.query(
      "UPDATE transfers SET applied = true, result = $3, updated_at = now() WHERE office_id = $1 AND id = $2",
      [actor.officeId, id, JSON.stringify({ ...result, refusals: result.refusals.slice(0, 100) })],
    );
    await client.query("DELETE FROM transfer_chunks WHERE office_id = $1 AND id = $2", [actor.officeId, id]);
    return stateOf({ ...row, applied: true, result });
  });
}

/** A batch that is not what the protocol says is dropped whole and the PC told so; nothing of it is kept. */
async function refuse(client: PoolClient, actor: HubActor, id: string, reason: string): Promise<HubError> {
  await client.query("ROLLBACK");
  await client.query("BEGIN");
  await client.query("DELETE FROM transfer_chunks WHERE office_id = $1 AND id = $2", [actor.officeId, id]);
  await client.query("DELETE FROM transfers WHERE office_id = $1 AND id = $2", [actor.officeId, id]);
  await client.query(
    "INSERT INTO refusals (office_id, username, pc, reason, detail) VALUES ($1, $2, $3, $4, $5)",
    [actor.officeId, actor.username, actor.pc, reason, id],
  );
  await client.query("COMMIT");
  // The caller's transaction ends with a rollback of this empty one.
  await client.query("BEGIN");
  return new HubError(400, "badRequest", reason);
}

/** Prepares what the PC lacks (or gives back the same prepared pull when its id is repeated). */
export async function startPull(
  pool: Pool,
  actor: HubActor,
  start: PullStart & { media: boolean },
  limit?: number,
): Promise<PullReady> {
  const existing = await pool.query<{
    length: number;
    sha256: string;
    header: PullReady["header"] & { records: number; more?: boolean };
  }>(
    "SELECT length, sha256, header FROM transfers WHERE office_id = $1 AND id = $2 AND kind = 'pull' AND pc = $3",
    [actor.officeId, start.id, actor.pc],
  );
  const had = existing.rows[0];
  if (had) {
    const { records, more = false, ...header } = had.header;
    return { id: start.id, length: had.length, sha256: had.sha256, records, more, header };
  }
  if (start.from !== actor.pc) throw new HubError(403, "forbidden");
  const client = await pool.connect();
  try {
    const out = await gatherForPc(
      client,
      actor,
      start.from,
      start.scopes,
      start.schemaVersion,
      start.media,
      start.holds,
      limit,
    );
    const sha256 = createHash("sha256").update(out.bytes).digest("hex");
    await client.query(
      `INSERT INTO transfers (id, office_id, kind, username, pc, length, sha256, header, bytes)
       VALUES ($1, $2, 'pull', $3, $4, $5, $6, $7, $8) ON CONFLICT (office_id, id) DO NOTHING`,
      [
        start.id,
        actor.officeId,
        actor.username,
        actor.pc,
        out.bytes.byteLength,
        sha256,
        JSON.stringify({ ...out.header, records: out.records, more: out.more }),
        Buffer.from(out.bytes.buffer, out.bytes.byteOffset, out.bytes.byteLength),
      ],
    );
    return {
      id: start.id,
      length: out.bytes.byteLength,
      sha256,
      records: out.records,
      more: out.more,
      header: out.header,
    };
  } finally {
    client.release();
  }
}

/** One piece of a prepared pull. */
export async function readPull(
  pool: Pool,
  actor: HubActor,
  id: string,
  offset: number,
  length: number,
): Promise<Uint8Array> {
  const { rows } = await pool.query<{ piece: Buffer | null; pc: string }>(
    `SELECT pc, substring(bytes FROM $3::int + 1 FOR $4::int) AS piece FROM transfers
      WHERE office_id = $1 AND id = $2 AND kind = 'pull'`,
    [actor.officeId, id, offset, length],
  );
  const row = rows[0];
  if (!row) throw new HubError(404, "notFound");
  if (row.pc !== actor.pc) throw new HubError(403, "forbidden");
  return new Uint8Array(row.piece ?? Buffer.alloc(0));
}

/** The PC has applied a pull: its bytes are no longer kept. */
export async function finishPull(pool: Pool, actor: HubActor, id: string): Promise<void> {
  await pool.query("DELETE FROM transfers WHERE office_id = $1 AND id = $2 AND kind = 'pull' AND pc = $3", [
    actor.officeId,
    id,
    actor.pc,
  ]);
}

/** Forgets transfers left unfinished for days (a PC that comes back starts afresh). */
export async function sweepTransfers(pool: Pool): Promise<number> {
  await pool.query(
    `DELETE FROM transfer_chunks c USING transfers t
      WHERE c.office_id = t.office_id AND c.id = t.id AND t.updated_at < now() - make_interval(hours => $1)`,
    [TRANSFER_HOURS],
  );
  const r = await pool.query("DELETE FROM transfers WHERE updated_at < now() - make_interval(hours => $1)", [
    TRANSFER_HOURS,
  ]);
  await pool.query("DELETE FROM sessions WHERE expires_at < now()");
  return r.rowCount ?? 0;
}
