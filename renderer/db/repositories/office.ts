// Why: the office settings chosen at first run; one record, edited only by the administrator.
import type { Actor } from "../../../shared/domain/access";
import {
  OFFICE_ID,
  officeInputSchema,
  officeLogoSchema,
  reportSettingsSchema,
  type Office,
} from "../../../shared/domain/office";
import { directorySettingsSchema } from "../../../shared/domain/directory";
import type { AppDB, OfficeRecord } from "../app-db";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
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
  const values = validate(officeInputSchema, input);
  // The pack decides which records, screens and documents exist; it is chosen once, at setup.
  const current = await db.office.get(OFFICE_ID);
  if (current && values.countryPack !== current.countryPack)
    throw new ValidationError({ countryPack: "v.packFixed" });
  return patchOffice(db, actor, expectedRev, values);
}

/** The signatory and monthly-pack address the official documents use. */
export async function updateReportSettings(
  db: AppDB,
  actor: Actor,
  expectedRev: number,
  input: unknown,
): Promise<OfficeRecord> {
  return patchOffice(db, actor, expectedRev, { report: validate(reportSettingsSchema, input) });
}

/** The directory's review period ("Tempoh semakan direktori"). */
export async function updateDirectorySettings(
  db: AppDB,
  actor: Actor,
  expectedRev: number,
  input: unknown,
): Promise<OfficeRecord> {
  return patchOffice(db, actor, expectedRev, { directory: validate(directorySettingsSchema, input) });
}

/** Sets (or with null removes) the letterhead logo; the bytes must already be a checked PNG or JPEG. */
export async function setOfficeLogo(
  db: AppDB,
  actor: Actor,
  expectedRev: number,
  logo: unknown,
): Promise<OfficeRecord> {
  return patchOffice(db, actor, expectedRev, {
    logo: logo === null ? null : validate(officeLogoSchema, logo),
  });
}

/** One audited, rev-checked change to the office record. */
export async function patchOffice(
  db: AppDB,
  actor: Actor,
  expectedRev: number,
  patch: Partial<Office>,
): Promise<OfficeRecord> {
  requirePermission(actor, "office.manage");
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
      ...patch,
      updatedAt: at,
      updatedBy: actor.userId,
      rev: before.rev + 1,
    };
    await db.office.put(record);
    // The logo's bytes are not copied into the log: its size and pixel size say what changed.
    const loggable = (r: OfficeRecord) =>
      r.logo
        ? {
            ...r,
            logo: {
              type: r.logo.type,
              width: r.logo.width,
              height: r.logo.height,
              bytes: r.logo.data.byteLength,
            },
          }
        : r;
    await appendAudit(db, actor, {
      action: "update",
      table: "office",
      recordId: OFFICE_ID,
      label: record.officeName,
      before: loggable(before),
      after: loggable(record),
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
