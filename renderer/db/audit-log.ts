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
