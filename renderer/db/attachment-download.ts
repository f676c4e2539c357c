// Why: an attachment (a MyKad copy, a payslip) is SULIT: it leaves the app only for roles that may release SULIT material, and each download is audited.
import type { Actor } from "../../shared/domain/access";
import type { SaveResult } from "../../shared/host-api";
import type { AppDB } from "./app-db";
import { attachmentsRepo } from "./repositories/investigations";
import { appendAudit, requireRelease } from "./repositories/repository";

/**
 * Reads one attachment the actor may see, hands its bytes to `save` (the host's save dialog) and, once saved, writes
 * the download to the audit log. A pemerhati is refused before anything is read.
 */
export async function downloadAttachment(
  db: AppDB,
  actor: Actor,
  id: string,
  save: (name: string, data: Uint8Array<ArrayBuffer>) => Promise<SaveResult>,
): Promise<SaveResult> {
  requireRelease(actor, true);
  const a = await attachmentsRepo(db).get(actor, id);
  const result = await save(a.name, new Uint8Array(await a.data.arrayBuffer()));
  if (result.status === "saved")
    await db.transaction("rw", [db.audit], () =>
      appendAudit(db, actor, {
        action: "download",
        table: "attachments",
        recordId: a.id,
        label: a.name,
        before: null,
        after: { name: a.name, ownerId: a.ownerId, file: result.fileName },
      }),
    );
  return result;
}
