// Why: the audit screen reads the append-only log newest first, a page at a time, filtered by table, user, action and dates through indexes.
// A sensitive complaint's copies come sealed to a reader who may not read the complaint (kpn/complaint-audit.ts).
import { encodeTime } from "ulid";
import type { Actor } from "../../shared/domain/access";
import { canSeeSite } from "../../shared/domain/access";
import type { AppDB, AuditRow } from "./app-db";
import { sealComplaintAudit } from "./repositories/kpn/complaint-audit";
import { requirePermission } from "./repositories/repository";

export type AuditQuery = {
  table?: string;
  actorId?: string;
  action?: string;
  /** First and last day shown (yyyy-mm-dd, office time, +08:00), both included. */
  from?: string;
  to?: string;
  offset: number;
  limit: number;
};

/** Lowest and highest possible ULID of the days from..to in the office's time zone (Malaysia keeps +08:00). */
export function idRangeOf(from?: string, to?: string): [string, string] {
  const low = from ? encodeTime(Date.parse(`${from}T00:00:00+08:00`), 10) + "0".repeat(16) : "";
  const high = to
    ? encodeTime(Date.parse(`${to}T00:00:00+08:00`) + 86_400_000, 10) + "0".repeat(16)
    : "\uffff";
  return [low, high];
}

export async function listAudit(
  db: AppDB,
  actor: Actor,
  q: AuditQuery,
): Promise<{ rows: AuditRow[]; total: number }> {
  requirePermission(actor, "audit.view");
  const [low, high] = idRangeOf(q.from, q.to);
  // The most selective index the query names carries the date range; the rest is checked on the rows it yields.
  const collection = q.actorId
    ? db.audit.where("[actorId+id]").between([q.actorId, low], [q.actorId, high], true, false)
    : q.action
      ? db.audit.where("[action+id]").between([q.action, low], [q.action, high], true, false)
      : db.audit.where("id").between(low, high, true, false);
  const rest = (r: AuditRow) => (!q.table || r.table === q.table) && (!q.action || r.action === q.action);
  const chosen = (q.actorId && q.action) || q.table ? collection.filter(rest) : collection;
  const total = await chosen.clone().count();
  const rows = await chosen.clone().reverse().offset(q.offset).limit(q.limit).toArray();
  return { rows: rows.map((r) => sealComplaintAudit(actor, r)), total };
}

/** The users who appear in the log (for the filter), by name. */
export async function auditActors(db: AppDB, actor: Actor): Promise<{ id: string; name: string }[]> {
  requirePermission(actor, "audit.view");
  const users = await db.users.toArray();
  return users
    .map((u) => ({ id: u.id, name: `${u.name} (${u.username})` }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
/**
 * What the audit and conflict screens show for ids a change points to: a site's, person's, user's or organisation's
 * name, a case's record number; keyed `${table}:${id}`. Ids no longer found, or of records the reader may not see,
 * are left out (shown as they are).
 */
export async function recordNames(
  db: AppDB,
  actor: Actor,
  refs: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  // A name is shown only where the reader may see the record: a site's, a person's or a case's within their sites;
  // officers and directory entries are the office's own.
  const named = {
    sites: (r: { id: string; name: string }) => (canSeeSite(actor, r.id) ? r.name : null),
    persons: (r: { siteId: string; name: string }) => (canSeeSite(actor, r.siteId) ? r.name : null),
    users: (r: { name: string }) => r.name,
    organisations: (r: { name: string }) => r.name,
    cases: (r: { siteId: string; recordNo: string }) => (canSeeSite(actor, r.siteId) ? r.recordNo : null),
  } as const;
  await Promise.all(
    [...refs].map(async ([table, idSet]) => {
      const show = named[table as keyof typeof named] as ((r: never) => string | null) | undefined;
      if (!show) return;
      const ids = [...idSet];
      const rows = await db.table(table).bulkGet(ids);
      rows.forEach((r, i) => {
        const name = r ? show(r as never) : null;
        if (name) out.set(`${table}:${ids[i]}`, name);
      });
    }),
  );
  return out;
}
