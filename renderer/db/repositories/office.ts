// Why: the office settings chosen at first run; one record, edited only by the administrator.
import type { Actor } from "../../../shared/domain/access";
import { OFFICE_ID, officeInputSchema, type Office } from "../../../shared/domain/office";
import type { AppDB, OfficeRecord } from "../app-db";
import { ConflictError, NotFoundError } from "../errors";
import { appendAudit, requirePermission, validate } from "./repository";

export async function getOffice(db: AppDB): Promise<OfficeRecord | undefined> {
  return db.office.get(OFFICE_ID);
}

export async function updateOffice(
  db: AppDB,
  actor: Actor,
  expectedRev: number,
  input: unknown,
): Promise<OfficeRecord> {
  requirePermission(actor, "office.manage");
  const data = validate(officeInputSchema, input);
  return db.transaction("rw", [db.office, db.audit, db.users], async () => {
    const before = await db.office.get(OFFICE_ID);
    if (!before) throw new NotFoundError();
    if (before.rev !== expectedRev) {
      const by = (await db.users.get(before.updatedBy))?.name ?? before.updatedBy;
      throw new ConflictError(by, before.updatedAt);
    }
    const at = new Date().toISOString();
    const record: OfficeRecord = {
      ...before,
      ...data,
      updatedAt: at,
      updatedBy: actor.userId,
      rev: before.rev + 1,
    };
    await db.office.put(record);
    await appendAudit(db, actor, {
      action: "update",
      table: "office",
      recordId: OFFICE_ID,
      label: data.officeName,
      before,
      after: record,
    });
    return record;
  });
}

export function officeRecord(data: Office, actorId: string, now: Date): OfficeRecord {
  const at = now.toISOString();
  return {
    ...data,
    id: OFFICE_ID,
    createdAt: at,
    createdBy: actorId,
    updatedAt: at,
    updatedBy: actorId,
    rev: 1,
    deletedAt: null,
  };
}
