// Why: the audit screen reads the append-only log newest first, a page at a time, filtered by table or user.
import type { Actor } from "../../shared/domain/access";
import type { AppDB, AuditRow } from "./app-db";
import { requirePermission } from "./repositories/repository";

export type AuditQuery = { table?: string; actorId?: string; offset: number; limit: number };

export async function listAudit(
  db: AppDB,
  actor: Actor,
  q: AuditQuery,
): Promise<{ rows: AuditRow[]; total: number }> {
  requirePermission(actor, "audit.view");
  const filter = (r: AuditRow) =>
    (!q.table || r.table === q.table) && (!q.actorId || r.actorId === q.actorId);
  const collection = db.audit.orderBy("id").reverse();
  if (!q.table && !q.actorId) {
    const [rows, total] = await Promise.all([
      collection.offset(q.offset).limit(q.limit).toArray(),
      db.audit.count(),
    ]);
    return { rows, total };
  }
  const filtered = collection.filter(filter);
  const total = await filtered.clone().count();
  const rows = await filtered.offset(q.offset).limit(q.limit).toArray();
  return { rows, total };
}

/**
 * What the audit screen shows for ids a change points to: a site's, person's, user's or organisation's name, a case's
 * record number; keyed `${table}:${id}`. Ids no longer found are left out (shown as they are).
 */
export async function recordNames(
  db: AppDB,
  actor: Actor,
  refs: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<Map<string, string>> {
  requirePermission(actor, "audit.view");
  const out = new Map<string, string>();
  const named = {
    sites: (r: { name: string }) => r.name,
    persons: (r: { name: string }) => r.name,
    users: (r: { name: string }) => r.name,
    organisations: (r: { name: string }) => r.name,
    cases: (r: { recordNo: string }) => r.recordNo,
  } as const;
  await Promise.all(
    [...refs].map(async ([table, idSet]) => {
      const show = named[table as keyof typeof named] as ((r: never) => string) | undefined;
      if (!show) return;
      const ids = [...idSet];
      const rows = await db.table(table).bulkGet(ids);
      rows.forEach((r, i) => r && out.set(`${table}:${ids[i]}`, show(r as never)));
    }),
  );
  return out;
}
