// Why: an administrator checks the hub in a browser: is the database answering, which PCs synced when, what was
// refused; the same figures as JSON for monitoring.
import type { Pool } from "pg";

export type HealthReport = {
  ok: boolean;
  version: string;
  fingerprint: string;
  startedAt: string;
  database: { ok: boolean; detail?: string };
  office: { id: string; name: string } | null;
  records: number;
  pcs: { pc: string; username: string; lastSync: string }[];
  counters: { pushes: number; pulls: number; refused: number; errors: number };
  refusals: { at: string; username: string | null; reason: string }[];
};

export async function healthReport(
  pool: Pool,
  counters: { pushes: number; pulls: number; refused: number; errors: number; startedAt: string },
  fingerprint: string,
  version: string,
): Promise<HealthReport> {
  const base = { version, fingerprint, startedAt: counters.startedAt, counters };
  try {
    const office = (await pool.query<{ id: string; name: string }>("SELECT id, name FROM offices LIMIT 1"))
      .rows[0];
    const records = office
      ? Number(
          (
            await pool.query<{ n: string }>(
              "SELECT count(*) AS n FROM versions WHERE office_id = $1 AND shown",
              [office.id],
            )
          ).rows[0]?.n ?? 0,
        )
      : 0;
    const pcs = (
      await pool.query<{ pc: string; username: string; last: Date }>(
        "SELECT pc, username, max(updated_at) AS last FROM transfers GROUP BY pc, username ORDER BY last DESC LIMIT 100",
      )
    ).rows.map((r) => ({ pc: r.pc, username: r.username, lastSync: r.last.toISOString() }));
    const refusals = (
      await pool.query<{ at: Date; username: string | null; reason: string }>(
        "SELECT at, username, reason FROM refusals ORDER BY at DESC LIMIT 20",
      )
    ).rows.map((r) => ({ at: r.at.toISOString(), username: r.username, reason: r.reason }));
    return { ...base, ok: true, database: { ok: true }, office: office ?? null, records, pcs, refusals };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ...base,
      ok: false,
      database: { ok: false, detail },
      office: null,
      records: 0,
      pcs: [],
      refusals: [],
    };
  }
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function healthPage(r: HealthReport): string {
  const rows = r.pcs
    .map((p) => `<tr><td>${esc(p.pc)}</td><td>${esc(p.username)}</td><td>${esc(p.lastSync)}</td></tr>`)
    .join("");
  return `<!doctype html><html lang="ms"><meta charset="utf-8"><title>Pelayan pejabat Rekod Komuniti</title>
<style>body{font:14px sans-serif;margin:2em;max-width:60em}td,th{padding:.2em .8em;text-align:left}</style>
<h1>Pelayan pejabat Rekod Komuniti</h1>
<p><b>${r.ok ? "Berfungsi" : "Bermasalah"}</b>: pangkalan data ${r.database.ok ? "menjawab" : `tidak menjawab (${esc(r.database.detail ?? "")})`}.</p>
<p>Pejabat: ${r.office ? esc(r.office.name) : "belum dituntut"} · Rekod: ${r.records} · Versi ${esc(r.version)} · Dimulakan ${esc(r.startedAt)}</p>
<p>Cap jari sijil: <code>${esc(r.fingerprint)}</code></p>
<p>Hantaran ${r.counters.pushes} · Tarikan ${r.counters.pulls} · Ditolak ${r.counters.refused} · Ralat ${r.counters.errors}</p>
<h2>PC yang menyegerak</h2><table><tr><th>PC</th><th>Pengguna</th><th>Terakhir</th></tr>${rows}</table>
</html>`;
}
