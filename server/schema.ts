// Why: the hub's tables in PostgreSQL, versioned append-only like the PCs' schema: records as JSONB bodies with their
// keys in columns (indexed), a change sequence per office, sessions and transfers in flight; never files of its own.
import type { Pool } from "pg";

/** Each entry is one schema version; never edit one that has shipped, add the next. */
export const HUB_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE offices (
    id text PRIMARY KEY,
    name text NOT NULL,
    created_at text NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now(),
    -- What the hub holds and what each PC held when it last pushed (shared/exchange/book.ts).
    book jsonb NOT NULL,
    -- The office's change sequence: every version stored takes the next number, in commit order.
    seq bigint NOT NULL DEFAULT 0
  );
  -- Every version the hub holds of every record: the one shown and those made apart, as the PCs hold them.
  CREATE TABLE versions (
    office_id text NOT NULL REFERENCES offices(id),
    tbl text NOT NULL,
    id text NOT NULL,
    pc text NOT NULL,
    pc_seq integer NOT NULL,
    scope text NOT NULL,
    seen jsonb NOT NULL,
    shown boolean NOT NULL,
    deleted boolean NOT NULL,
    updated_at text NOT NULL,
    hub_seq bigint NOT NULL,
    body jsonb NOT NULL,
    PRIMARY KEY (office_id, tbl, id, pc, pc_seq)
  );
  CREATE INDEX versions_gather ON versions (office_id, scope, pc, pc_seq);
  CREATE INDEX versions_seq ON versions (office_id, hub_seq);
  -- Which PCs' versions each scope holds: what a pull walks, per PC, from what the puller held.
  CREATE TABLE scope_pcs (
    office_id text NOT NULL REFERENCES offices(id),
    scope text NOT NULL,
    pc text NOT NULL,
    PRIMARY KEY (office_id, scope, pc)
  );
  CREATE TABLE sessions (
    token_hash text PRIMARY KEY,
    office_id text NOT NULL REFERENCES offices(id),
    username text NOT NULL,
    pc text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  );
  -- A push or pull in flight: its bytes as they arrive (or as prepared), applied once whole.
  CREATE TABLE transfers (
    id text NOT NULL,
    office_id text NOT NULL REFERENCES offices(id),
    kind text NOT NULL CHECK (kind IN ('push', 'pull')),
    username text NOT NULL,
    pc text NOT NULL,
    length integer NOT NULL,
    sha256 text NOT NULL,
    header jsonb NOT NULL,
    bytes bytea NOT NULL DEFAULT ''::bytea,
    applied boolean NOT NULL DEFAULT false,
    result jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, id)
  );
  ALTER TABLE transfers ALTER COLUMN bytes SET STORAGE EXTERNAL;
  -- The pieces of a push as they arrive (a push is applied once they make it whole).
  CREATE TABLE transfer_chunks (
    office_id text NOT NULL,
    id text NOT NULL,
    offset_bytes integer NOT NULL,
    bytes bytea NOT NULL,
    PRIMARY KEY (office_id, id, offset_bytes),
    FOREIGN KEY (office_id, id) REFERENCES transfers (office_id, id) ON DELETE CASCADE
  );
  -- What the hub refused and why, kept for the administrator (the health page counts them).
  CREATE TABLE refusals (
    at timestamptz NOT NULL DEFAULT now(),
    office_id text,
    username text,
    pc text,
    reason text NOT NULL,
    detail text
  );
  `,
];

/** Brings the hub's database to the newest schema, each version in its own transaction. */
export async function migrate(pool: Pool): Promise<number> {
  await pool.query("CREATE TABLE IF NOT EXISTS hub_schema (version integer NOT NULL)");
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("LOCK TABLE hub_schema IN EXCLUSIVE MODE");
    const { rows } = await client.query<{ v: number | null }>("SELECT max(version) AS v FROM hub_schema");
    let version = rows[0]?.v ?? 0;
    await client.query("COMMIT");
    for (; version < HUB_MIGRATIONS.length; version++) {
      await client.query("BEGIN");
      await client.query(HUB_MIGRATIONS[version]!);
      await client.query("INSERT INTO hub_schema (version) VALUES ($1)", [version + 1]);
      await client.query("COMMIT");
    }
    return version;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
