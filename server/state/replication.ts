// Why: the state level is fed by PostgreSQL's own logical replication, not by a server of ours: each district hub
// publishes its office and versions tables, the state database subscribes to every district (docs/hub.md).
import type { Pool } from "pg";

export const PUBLICATION = "rekod_negeri";

/** On a district hub: publishes what the state needs (idempotent). The hub's cluster needs wal_level = logical. */
export async function publishDistrict(pool: Pool): Promise<void> {
  const { rowCount } = await pool.query("SELECT 1 FROM pg_publication WHERE pubname = $1", [PUBLICATION]);
  if (!rowCount) await pool.query(`CREATE PUBLICATION ${PUBLICATION} FOR TABLE offices, versions`);
}

/** On the state database: the same two tables (no foreign keys: rows arrive table by table), made once. */
export async function stateSchema(pool: Pool): Promise<void> {
  await pool.query(`
    CREATE TABLE IF NOT EXISTS offices (
      id text PRIMARY KEY, name text NOT NULL, created_at text NOT NULL, claimed_at timestamptz NOT NULL,
      book jsonb NOT NULL, seq bigint NOT NULL
    );
    CREATE TABLE IF NOT EXISTS versions (
      office_id text NOT NULL, tbl text NOT NULL, id text NOT NULL, pc text NOT NULL, pc_seq integer NOT NULL,
      scope text NOT NULL, seen jsonb NOT NULL, shown boolean NOT NULL, deleted boolean NOT NULL,
      updated_at text NOT NULL, hub_seq bigint NOT NULL, body jsonb NOT NULL,
      PRIMARY KEY (office_id, tbl, id, pc, pc_seq)
    );
    CREATE INDEX IF NOT EXISTS versions_report ON versions (office_id, tbl) WHERE shown;
  `);
}

/**
 * On the state database: subscribes to one district hub (`connection`: a libpq string the state server can use to
 * reach the hub's PostgreSQL, e.g. "host=10.1.2.3 port=5432 dbname=rekod_hub user=replikasi password=…").
 */
export async function subscribeDistrict(pool: Pool, name: string, connection: string): Promise<void> {
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(name))
    throw new Error(`subscription name "${name}": a-z, 0-9 and _ only`);
  const { rowCount } = await pool.query("SELECT 1 FROM pg_subscription WHERE subname = $1", [name]);
  if (rowCount) return;
  const quoted = connection.replace(/'/g, "''");
  await pool.query(`CREATE SUBSCRIPTION ${name} CONNECTION '${quoted}' PUBLICATION ${PUBLICATION}`);
}
