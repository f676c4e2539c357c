// Why: the monthly pack's steps (hantar, kembali, sah) each write the one pack record of a site and month with its audit
// row in one transaction; who may take a step, and when, is checked here whatever screen asks.
import Dexie from "dexie";
import { canSeeSite, type Actor } from "../../../shared/domain/access";
import {
  monthlyPackSchema,
  packAfter,
  packIdOf,
  packReturnSchema,
  PackStepError,
  type MonthlyPackData,
  type PackDocument,
  type PackOfficer,
  type PackStatus,
} from "../../../shared/domain/monthly-pack";
import type { Stored } from "../../../shared/domain/record";
import { OFFICE_TIME_ZONE, todayIn } from "../../../shared/domain/dates";
import { postOf } from "../../../shared/reports/frame/signatories";
import type { AppDB, MonthlyPackRecord } from "../app-db";
import { AccessError, AppError, ConflictError, NotFoundError } from "../errors";
import { appendAudit, Repository, requirePermission, validate } from "./repository";

const withoutMeta = ({
  id: _id,
  createdAt: _ca,
  createdBy: _cb,
  updatedAt: _ua,
  updatedBy: _ub,
  rev: _rev,
  deletedAt: _d,
  ...data
}: MonthlyPackRecord): MonthlyPackData => data;

class PackRepository extends Repository<MonthlyPackData> {
  /** The pack of a site and month, or null when none was sent; a site the actor may not see is refused. */
  async of(actor: Actor, siteId: string, month: string): Promise<MonthlyPackRecord | null> {
    const record = await this.db.monthlyPacks.get(packIdOf(siteId, month));
    if (!record || record.deletedAt) return null;
    if (!this.visible(actor, record)) throw new AccessError();
    return record;
  }

  /**
   * Writes the pack after one step, created under its site-and-month id the first time: refused when the pack changed
   * since `expectedRev` (null: the caller saw none) or the step is not allowed now.
   */
  async step(
    actor: Actor,
    id: string,
    expectedRev: number | null,
    next: (before: MonthlyPackData | null) => MonthlyPackData,
  ): Promise<MonthlyPackRecord> {
    return this.db.transaction("rw", this.scope, async () => {
      const found = await this.db.monthlyPacks.get(id);
      const before = found && !found.deletedAt ? found : null;
      if (before && !this.visible(actor, before)) throw new AccessError();
      if ((before?.rev ?? null) !== expectedRev) {
        if (!before) throw new NotFoundError();
        throw new ConflictError(await this.actorName(before.updatedBy), before.updatedAt);
      }
      let data: MonthlyPackData;
      try {
        data = validate(monthlyPackSchema, next(before ? withoutMeta(before) : null));
      } catch (e) {
        if (e instanceof PackStepError) throw new AppError(e.key);
        throw e;
      }
      const record: Stored<MonthlyPackData> = { ...this.stamp(actor, data, found ?? null, new Date()), id };
      if (found?.deletedAt) record.deletedAt = null;
      if (!this.visible(actor, record)) throw new AccessError();
      await this.table.put(record);
      await appendAudit(this.db, actor, {
        action: before ? "update" : "create",
        table: "monthlyPacks",
        recordId: id,
        label: this.cfg.label(record),
        before: this.auditCopy(before),
        after: this.auditCopy(record),
      });
      return record;
    });
  }
}

export function monthlyPacksRepo(db: AppDB): PackRepository {
  return new PackRepository(db, db.monthlyPacks, {
    tableName: "monthlyPacks",
    schema: monthlyPackSchema,
    label: (p) => `${p.month} (${p.status})`,
    siteOf: (p) => p.siteId,
    writePermission: "records.write",
    // The documents are the records' figures as sent (SULIT names among them): the log says a pack moved, not what it holds.
    redact: ["documents"],
  });
}

/** The officer taking a step, as the pack and its documents name them. */
async function officerOf(db: AppDB, actor: Actor): Promise<PackOfficer> {
  const user = await db.users.get(actor.userId);
  return { id: actor.userId, name: actor.name, jawatan: postOf(user ?? { role: actor.role }) };
}

/** The PPK sends (or sends again) a site's month: the documents as made now replace any sent before. */
export async function sendPack(
  db: AppDB,
  actor: Actor,
  input: { siteId: string; month: string; documents: PackDocument[]; note?: string },
  expectedRev: number | null,
  now = new Date(),
): Promise<MonthlyPackRecord> {
  requirePermission(actor, "records.write");
  const by = await officerOf(db, actor);
  return monthlyPacksRepo(db).step(actor, packIdOf(input.siteId, input.month), expectedRev, (before) =>
    packAfter(before, {
      action: "hantar",
      by,
      at: now.toISOString(),
      day: todayIn(OFFICE_TIME_ZONE, now),
      documents: input.documents,
      siteId: input.siteId,
      month: input.month,
      ...(input.note ? { note: input.note } : {}),
    }),
  );
}

/** The PKMD returns a sent pack with what to correct. */
export async function returnPack(
  db: AppDB,
  actor: Actor,
  id: string,
  expectedRev: number,
  input: { note: string },
  now = new Date(),
): Promise<MonthlyPackRecord> {
  requirePermission(actor, "pack.review");
  const { note } = validate(packReturnSchema, input);
  const by = await officerOf(db, actor);
  return monthlyPacksRepo(db).step(actor, id, expectedRev, (before) =>
    packAfter(before, { action: "kembali", by, at: now.toISOString(), note }),
  );
}

/** The PKMD signs a sent pack: its documents are final, carrying the PKMD's name and the day. */
export async function signPack(
  db: AppDB,
  actor: Actor,
  id: string,
  expectedRev: number,
  now = new Date(),
): Promise<MonthlyPackRecord> {
  requirePermission(actor, "pack.review");
  const by = await officerOf(db, actor);
  return monthlyPacksRepo(db).step(actor, id, expectedRev, (before) =>
    packAfter(before, { action: "sah", by, at: now.toISOString(), day: todayIn(OFFICE_TIME_ZONE, now) }),
  );
}

/** The packs in one status of the sites the actor may see, the newest month first (read through `[status+month]`). */
export async function packsInStatus(
  db: AppDB,
  actor: Actor,
  status: PackStatus,
): Promise<MonthlyPackRecord[]> {
  const rows = await db.monthlyPacks
    .where("[status+month]")
    .between([status, Dexie.minKey], [status, Dexie.maxKey])
    .reverse()
    .toArray();
  return rows.filter((p) => !p.deletedAt && canSeeSite(actor, p.siteId));
}
