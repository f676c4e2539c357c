// Why: every write validates, checks access and rev, stamps metadata and appends its audit row in one transaction.
import type { Table } from "dexie";
import { z } from "zod";
import type { Actor } from "../../../shared/domain/access";
import { canRelease, canSeeSite } from "../../../shared/domain/access";
import { can, type Permission } from "../../../shared/domain/roles";
import type { RecordMeta, Stored } from "../../../shared/domain/record";
import { newId } from "../../../shared/ids";
import type { AppDB, AuditRow } from "../app-db";
import { AccessError, AppError, ConflictError, NotFoundError, ValidationError } from "../errors";

/** Parses input with a schema or throws ValidationError with one i18n key per field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join(".") || "_";
    fields[path] ??= issue.message;
  }
  throw new ValidationError(fields);
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AccessError();
}

/** Refuses taking SULIT material out of the app for a role that may only read it (the pemerhati). */
export function requireRelease(actor: Actor, sulit: boolean): void {
  if (!canRelease(actor, sulit)) throw new AppError("e.sulitRelease");
}

/** Why a record was deleted, as typed (trimmed, at most 500 characters). */
const deleteReasonSchema = z.string().trim().max(500, "v.maxLength:500");

export type AuditInput = Omit<AuditRow, "id" | "at" | "actorId" | "actorName">;

/** Appends one audit row; call inside the write's transaction. */
export async function appendAudit(db: AppDB, actor: Actor, row: AuditInput, now = new Date()): Promise<void> {
  await db.audit.add({
    id: newId(now.getTime()),
    at: now.toISOString(),
    actorId: actor.userId,
    actorName: actor.name,
    ...row,
  });
}

/**
 * The metadata of a record written under a fixed id, the same on every PC (a payment of a household at a stage, a
 * member's verified month): created once, then revised; a deleted one comes back live.
 */
export function stampFixed<T extends object>(
  actor: Actor,
  data: T,
  id: string,
  prev: RecordMeta | null | undefined,
  now: Date,
): Stored<T> {
  const at = now.toISOString();
  return {
    ...data,
    id,
    createdAt: prev?.createdAt ?? at,
    createdBy: prev?.createdBy ?? actor.userId,
    updatedAt: at,
    updatedBy: actor.userId,
    rev: (prev?.rev ?? 0) + 1,
    deletedAt: null,
  } as Stored<T>;
}

export type RepoConfig<T extends object> = {
  tableName: string;
  schema: z.ZodType<T>;
  label: (record: T) => string;
  /** The site a record belongs to (a site is its own); null for district-wide records. */
  siteOf: (record: Stored<T>) => string | null;
  writePermission: Permission;
  /** Fields left out of the audit copy (secrets). */
  redact?: readonly (keyof T)[];
  /** Checks run inside the write transaction, e.g. uniqueness with a friendly message. */
  check?: (db: AppDB, record: T, id: string | null) => Promise<void>;
  /** A soft delete must say why (kept in its audit row), e.g. a case. */
  deleteNeedsReason?: boolean;
  /** Checks run inside a soft delete's transaction (e.g. a record locked by what owns it). */
  checkRemove?: (db: AppDB, record: Stored<T>) => Promise<void>;
  /**
   * The batch form of `check` + `onCreate` for createMany: checks and completes many stamped records with a
   * few bulk reads instead of several reads per record.
   */
  prepareMany?: (db: AppDB, records: Stored<T>[]) => Promise<Stored<T>[]>;
  /** Runs inside a create's transaction after stamping (e.g. to give a running number). */
  onCreate?: (db: AppDB, record: Stored<T>) => Promise<Stored<T>>;
  /** Other tables `check` and `onCreate` use, so they join the write's transaction. */
  checkTables?: (db: AppDB) => Table[];
};

export class Repository<T extends object> {
  constructor(
    protected readonly db: AppDB,
    protected readonly table: Table<Stored<T>, string>,
    protected readonly cfg: RepoConfig<T>,
  ) {}

  /** Every table a write touches: the record's, the audit log, users (for names) and what checks read. */
  protected get scope(): Table[] {
    const tables: Table[] = [
      this.table,
      this.db.audit,
      this.db.users,
      ...(this.cfg.checkTables?.(this.db) ?? []),
    ];
    return [...new Set(tables)];
  }

  protected auditCopy(record: Stored<T> | null): unknown {
    if (!record) return null;
    const copy: Record<string, unknown> = { ...record };
    for (const key of this.cfg.redact ?? []) {
      if (key in copy) copy[key as string] = "[tidak direkodkan dalam log]";
    }
    return copy;
  }

  protected visible(actor: Actor, record: Stored<T>): boolean {
    const siteId = this.cfg.siteOf(record);
    return siteId === null || canSeeSite(actor, siteId);
  }

  /** One record the actor may see; deleted records only when asked for. */
  async get(actor: Actor, id: string, opts: { includeDeleted?: boolean } = {}): Promise<Stored<T>> {
    const record = await this.table.get(id);
    if (!record || (record.deletedAt && !opts.includeDeleted)) throw new NotFoundError();
    if (!this.visible(actor, record)) throw new AccessError();
    return record;
  }

  /** Live (not deleted) records the actor may see. */
  async list(actor: Actor): Promise<Stored<T>[]> {
    const all = await this.table.toArray();
    return all.filter((r) => !r.deletedAt && this.visible(actor, r));
  }

  async listDeleted(actor: Actor): Promise<Stored<T>[]> {
    const all = await this.table.toArray();
    return all.filter((r) => !!r.deletedAt && this.visible(actor, r));
  }

  protected stamp(actor: Actor, data: T, prev: RecordMeta | null, now: Date): Stored<T> {
    const at = now.toISOString();
    return {
      ...data,
      id: prev?.id ?? newId(now.getTime()),
      createdAt: prev?.createdAt ?? at,
      createdBy: prev?.createdBy ?? actor.userId,
      updatedAt: at,
      updatedBy: actor.userId,
      rev: (prev?.rev ?? 0) + 1,
      deletedAt: prev?.deletedAt ?? null,
    } as Stored<T>;
  }

  /** Who last changed a record, as a name for conflict messages. */
  protected async actorName(userId: string): Promise<string> {
    if (userId === "system") return "Sistem";
    const user = await this.db.users.get(userId);
    return user?.name ?? userId;
  }

  async create(actor: Actor, input: unknown): Promise<Stored<T>> {
    requirePermission(actor, this.cfg.writePermission);
    const data = validate(this.cfg.schema, input);
    return this.db.transaction("rw", this.scope, async () => {
      await this.cfg.check?.(this.db, data, null);
      let record = this.stamp(actor, data, null, new Date());
      if (!this.visible(actor, record)) throw new AccessError();
      if (this.cfg.onCreate) record = await this.cfg.onCreate(this.db, record);
      await this.table.add(record);
      await appendAudit(this.db, actor, {
        action: "create",
        table: this.cfg.tableName,
        recordId: record.id,
        label: this.cfg.label(record),
        before: null,
        after: this.auditCopy(record),
      });
      return record;
    });
  }

  /**
   * Creates many records with the same rules as `create` (validation, access, check, onCreate) in one transaction,
   * with one audit row for the whole batch listing the ids: the path for imports and generated data. An import passes
   * all its rows in one call, so it is kept or refused whole (and each related record is read once, not per part).
   */
  async createMany(actor: Actor, inputs: readonly unknown[]): Promise<Stored<T>[]> {
    requirePermission(actor, this.cfg.writePermission);
    const data = inputs.map((input) => validate(this.cfg.schema, input));
    return this.db.transaction("rw", this.scope, async () => {
      const now = new Date();
      const at = now.toISOString();
      let records = data.map((d) => this.stamp(actor, d, null, now));
      if (records.some((r) => !this.visible(actor, r))) throw new AccessError();
      if (this.cfg.prepareMany) {
        records = await this.cfg.prepareMany(this.db, records);
      } else if (this.cfg.check || this.cfg.onCreate) {
        // Only awaited when there is something to wait for: hundreds of awaits of nothing inside the transaction let
        // IndexedDB commit it before the bulkAdd (PrematureCommitError for a 200-row organisation import).
        for (let i = 0; i < records.length; i++) {
          if (this.cfg.check) await this.cfg.check(this.db, data[i]!, null);
          if (this.cfg.onCreate) records[i] = await this.cfg.onCreate(this.db, records[i]!);
        }
      }
      await this.table.bulkAdd(records);
      // One audit row for the batch: who imported how many records of which table, when, and their ids. Each
      // created record itself holds its "after" state (rev 1, created by/at); later changes are audited one by one
      // with before and after as usual.
      if (records.length)
        await this.db.audit.add({
          id: newId(now.getTime()),
          at,
          actorId: actor.userId,
          actorName: actor.name,
          action: "import",
          table: this.cfg.tableName,
          recordId: records[0]!.id,
          label: `${records.length} rekod`,
          before: null,
          after: { count: records.length, ids: records.map((r) => r.id) },
        });
      return records;
    });
  }

  /** Replaces the editable fields; refused when the record changed since `expectedRev` was read. */
  async update(actor: Actor, id: string, expectedRev: number, input: unknown): Promise<Stored<T>> {
    requirePermission(actor, this.cfg.writePermission);
    return this.replace(actor, id, expectedRev, input);
  }

  /** `update` after the caller checked its own rule (a user changing their own password holds no write permission). */
  protected async replace(actor: Actor, id: string, expectedRev: number, input: unknown): Promise<Stored<T>> {
    const data = validate(this.cfg.schema, input);
    return this.db.transaction("rw", this.scope, async () => {
      const before = await this.get(actor, id);
      if (before.rev !== expectedRev)
        throw new ConflictError(await this.actorName(before.updatedBy), before.updatedAt);
      await this.cfg.check?.(this.db, data, id);
      const record = this.stamp(actor, { ...before, ...data }, before, new Date());
      if (!this.visible(actor, record)) throw new AccessError();
      await this.table.put(record);
      await appendAudit(this.db, actor, {
        action: "update",
        table: this.cfg.tableName,
        recordId: id,
        label: this.cfg.label(record),
        before: this.auditCopy(before),
        after: this.auditCopy(record),
      });
      return record;
    });
  }

  async softDelete(actor: Actor, id: string, expectedRev: number, reasonInput = ""): Promise<void> {
    requirePermission(actor, this.cfg.writePermission);
    const reason = validate(deleteReasonSchema, reasonInput);
    if (this.cfg.deleteNeedsReason && !reason) throw new ValidationError({ reason: "v.deleteReason" });
    await this.db.transaction("rw", this.scope, async () => {
      const before = await this.get(actor, id);
      if (before.rev !== expectedRev)
        throw new ConflictError(await this.actorName(before.updatedBy), before.updatedAt);
      await this.cfg.checkRemove?.(this.db, before);
      const now = new Date();
      const record = { ...this.stamp(actor, before, before, now), deletedAt: now.toISOString() };
      await this.table.put(record);
      await appendAudit(this.db, actor, {
        action: "delete",
        table: this.cfg.tableName,
        recordId: id,
        label: this.cfg.label(before),
        before: this.auditCopy(before),
        after: this.auditCopy(record),
        ...(reason ? { reason } : {}),
      });
    });
  }

  async restore(actor: Actor, id: string): Promise<void> {
    requirePermission(actor, "records.restore");
    requirePermission(actor, this.cfg.writePermission);
    await this.db.transaction("rw", this.scope, async () => {
      const before = await this.get(actor, id, { includeDeleted: true });
      if (!before.deletedAt) throw new AppError("e.notDeleted");
      await this.cfg.check?.(this.db, before, id);
      const record = { ...this.stamp(actor, before, before, new Date()), deletedAt: null };
      await this.table.put(record);
      await appendAudit(this.db, actor, {
        action: "restore",
        table: this.cfg.tableName,
        recordId: id,
        label: this.cfg.label(before),
        before: this.auditCopy(before),
        after: this.auditCopy(record),
      });
    });
  }
}
