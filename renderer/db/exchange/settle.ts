// Why: "Perlu diselesaikan": a user settles a record whose versions were made apart on two PCs, field by field (or,
// for a person, keeps both as two records), in one transaction that replaces every waiting version on every PC.
import type { Table } from "dexie";
import { canSeeSite, type Actor } from "../../../shared/domain/access";
import { deriveOrganisation, type OrganisationFields } from "../../../shared/domain/directory";
import { derivePerson, type PersonInput } from "../../../shared/domain/person";
import { can, seesAllSites } from "../../../shared/domain/roles";
import {
  differingFields,
  settledSeen,
  type RecordState,
  type Versioned,
} from "../../../shared/exchange/merge";
import { newId } from "../../../shared/ids";
import type { AppDB } from "../app-db";
import { AccessError, AppError, NotFoundError } from "../errors";
import { canReadComplaint } from "../repositories/kpn/complaints";
import { appendAudit } from "../repositories/repository";
import { VERSIONS_APART_TABLE, type VersionApartRow } from "./tables";

type Row = Versioned & Record<string, unknown>;

/**
 * Fields worked out from others (search keys), per table: never offered for picking, worked out again from the
 * fields picked. A table without an entry keeps no derived fields.
 */
const DERIVED: Record<string, (row: Record<string, unknown>) => Record<string, unknown>> = {
  persons: (r) => derivePerson(r as unknown as PersonInput),
  organisations: (r) => deriveOrganisation(r as unknown as OrganisationFields),
};

/** A record waiting in "Perlu diselesaikan": its table, id, the version shown and how many wait beside it. */
export type WaitingRecord = { table: string; recordId: string; shown: Row; waiting: number };

/** A record whose versions wait side by side: the shown one first, then the others; the fields they differ on. */
export type ConflictView = { table: string; recordId: string; versions: Row[]; fields: string[] };

/** Which version each differing field is taken from (an index into `ConflictView.versions`; absent: the shown). */
export type FieldPicks = Readonly<Record<string, number>>;

function apartTable(db: AppDB): Table<VersionApartRow, string> {
  return db.table(VERSIONS_APART_TABLE) as Table<VersionApartRow, string>;
}

/** A version's name in this list: its PC and change number. */
export function versionKey(v: Pick<Versioned, "pc" | "pcSeq">): string {
  return `${v.pc}:${v.pcSeq}`;
}

/** Tables with their own rule on who may read a record, besides its site (a sensitive complaint: PKMD and receiver). */
const READABLE: Record<string, (actor: Actor, row: Row) => boolean> = {
  complaints: (actor, row) =>
    canReadComplaint(actor, { sensitive: row.sensitive === true, receivedBy: String(row.receivedBy ?? "") }),
};

/**
 * Whether the actor may see and settle this record: their site's, or the district's for a role that sees all; and,
 * where the table has its own rule, every version readable by them (a version waiting may be the sensitive one).
 */
function mayHandle(actor: Actor, table: string, versions: readonly Row[]): boolean {
  if (!can(actor.role, "exchange.run")) return false;
  const rule = READABLE[table];
  if (rule && versions.some((v) => !rule(actor, v))) return false;
  const siteId = versions[0]!.siteId;
  return typeof siteId === "string" && siteId ? canSeeSite(actor, siteId) : seesAllSites(actor.role);
}

/** Every record with versions waiting that the actor may settle, newest change first. */
export async function listWaiting(db: AppDB, actor: Actor): Promise<WaitingRecord[]> {
  const rows = await apartTable(db).toArray();
  const byRecord = new Map<string, { table: string; recordId: string; versions: Row[] }>();
  for (const r of rows) {
    const k = `${r.table}|${r.recordId}`;
    const entry = byRecord.get(k) ?? { table: r.table, recordId: r.recordId, versions: [] };
    entry.versions.push(r.version as Row);
    byRecord.set(k, entry);
  }
  const out: WaitingRecord[] = [];
  for (const { table, recordId, versions } of byRecord.values()) {
    const shown = (await db.table(table).get(recordId)) as Row | undefined;
    if (shown && mayHandle(actor, table, [shown, ...versions]))
      out.push({ table, recordId, shown, waiting: versions.length });
  }
  return out.sort((a, b) => (a.shown.updatedAt < b.shown.updatedAt ? 1 : -1));
}

/** The fields a user picks between: where any waiting version differs from the shown one, derived keys left out. */
function pickableFields(table: string, versions: readonly Row[]): string[] {
  const derived = DERIVED[table] ? new Set(Object.keys(DERIVED[table](versions[0]!))) : new Set<string>();
  const fields: string[] = [];
  for (const other of versions.slice(1))
    for (const f of differingFields(versions[0]!, other)) if (!fields.includes(f)) fields.push(f);
  // A deletion against an edit leads the list (differingFields puts it first for each pair).
  return fields
    .filter((f) => !derived.has(f))
    .sort((a, b) => Number(b === "deletedAt") - Number(a === "deletedAt"));
}

async function readVersions(db: AppDB, table: string, recordId: string): Promise<Row[]> {
  const shown = (await db.table(table).get(recordId)) as Row | undefined;
  if (!shown) throw new NotFoundError();
  const waiting = await apartTable(db).where("[table+recordId]").equals([table, recordId]).toArray();
  return [shown, ...waiting.map((w) => w.version as Row)];
}

/** The versions of one record side by side; `NotFoundError` when nothing waits for it any more. */
export async function readConflict(
  db: AppDB,
  actor: Actor,
  table: string,
  recordId: string,
): Promise<ConflictView> {
  const versions = await db.transaction("r", [db.table(table), apartTable(db)], () =>
    readVersions(db, table, recordId),
  );
  if (versions.length < 2) throw new NotFoundError();
  if (!mayHandle(actor, table, versions)) throw new AccessError();
  return { table, recordId, versions, fields: pickableFields(table, versions) };
}

/** The record as the user settled it: the shown version with each picked field taken from its version. */
export function composeSettled(table: string, versions: readonly Row[], picks: FieldPicks): Row {
  const out: Record<string, unknown> = { ...versions[0]! };
  for (const field of pickableFields(table, versions)) {
    const from = versions[picks[field] ?? 0];
    if (!from) throw new AppError("e.exchange.badPick");
    if (field in from) out[field] = from[field];
    else delete out[field];
  }
  return { ...out, ...(DERIVED[table]?.(out) ?? {}) } as Row;
}

/** A version as its audit row keeps it: a user's password hash is never copied into the log. */
function auditCopy(row: Record<string, unknown>): Record<string, unknown> {
  return "password" in row ? { ...row, password: "[tidak direkodkan dalam log]" } : row;
}

/** A short name for a record in the list and its audit row. */
export function recordLabel(row: Record<string, unknown>): string {
  for (const key of ["recordNo", "refNo", "name", "title", "code", "problem", "text", "reason", "date"]) {
    const v = row[key];
    if (typeof v === "string" && v.trim()) return v.trim().slice(0, 80);
  }
  return String(row.id);
}

/** Reads the versions again inside the write: refused when a file brought another version since the user looked. */
async function currentState(
  db: AppDB,
  actor: Actor,
  table: string,
  recordId: string,
  seenKeys: readonly string[],
): Promise<Row[]> {
  const versions = await readVersions(db, table, recordId);
  if (versions.length < 2) throw new AppError("e.exchange.alreadySettled");
  if (!mayHandle(actor, table, versions)) throw new AccessError();
  const now = versions.map(versionKey).sort();
  if (now.join(",") !== [...seenKeys].sort().join(",")) throw new AppError("e.exchange.changedMeanwhile");
  return versions;
}

/** The stamped settled version: it has seen every waiting version, so it replaces them all wherever it goes. */
function stampSettled(actor: Actor, versions: readonly Row[], record: Row, at: string): Row {
  const state: RecordState<Row> = { current: versions[0]!, others: versions.slice(1) };
  return {
    ...record,
    updatedAt: at,
    updatedBy: actor.userId,
    rev: Math.max(...versions.map((v) => Number(v.rev) || 0)) + 1,
    seen: settledSeen(state),
  };
}

/**
 * Settles a record field by field in one transaction: the settled version (its `seen` joins every waiting one; the
 * stamps add this PC's change) replaces the shown one, the waiting versions are deleted, and an audit row says what
 * was shown and what was kept. `seenKeys` are the versions the user decided on (`versionKey` of each).
 */
export async function settleConflict(
  db: AppDB,
  actor: Actor,
  table: string,
  recordId: string,
  seenKeys: readonly string[],
  picks: FieldPicks,
): Promise<Row> {
  if (!can(actor.role, "exchange.run")) throw new AccessError();
  return db.transaction("rw", [db.table(table), apartTable(db), db.audit], async () => {
    const versions = await currentState(db, actor, table, recordId, seenKeys);
    const now = new Date();
    const settled = stampSettled(actor, versions, composeSettled(table, versions, picks), now.toISOString());
    // The waiting versions go first: this PC's write to a record with versions waiting is refused (stamps.ts).
    await apartTable(db).where("[table+recordId]").equals([table, recordId]).delete();
    await db.table(table).put(settled);
    await appendAudit(
      db,
      actor,
      {
        action: "settle",
        table,
        recordId,
        label: recordLabel(settled),
        before: auditCopy(versions[0]!),
        after: auditCopy(settled),
      },
      now,
    );
    return settled;
  });
}

/**
 * A person whose versions are two different people (same unit, another MyKad): the shown version stays under its id
 * and each other version becomes a new person of its own, outside any household, in one transaction. Refused when a
 * version is a deletion or two versions share a MyKad (then they are one person: pick field by field).
 */
export async function keepBoth(
  db: AppDB,
  actor: Actor,
  recordId: string,
  seenKeys: readonly string[],
): Promise<string[]> {
  if (!can(actor.role, "exchange.run") || !can(actor.role, "records.write")) throw new AccessError();
  return db.transaction("rw", [db.persons, apartTable(db), db.audit], async () => {
    const versions = await currentState(db, actor, "persons", recordId, seenKeys);
    if (versions.some((v) => v.deletedAt)) throw new AppError("e.exchange.keepBothDeleted");
    const mykads = versions.map((v) => v.mykad).filter((m): m is string => typeof m === "string" && !!m);
    if (new Set(mykads).size !== mykads.length) throw new AppError("e.exchange.keepBothSameMyKad");
    const now = new Date();
    const at = now.toISOString();
    const kept = stampSettled(actor, versions, versions[0]!, at);
    await apartTable(db).where("[table+recordId]").equals(["persons", recordId]).delete();
    await db.persons.put(kept as never);
    await appendAudit(
      db,
      actor,
      {
        action: "settle",
        table: "persons",
        recordId,
        label: recordLabel(kept),
        before: versions[0],
        after: kept,
      },
      now,
    );
    const made: string[] = [];
    for (const v of versions.slice(1)) {
      const { pc: _pc, pcSeq: _seq, seen: _seen, ...fields } = v;
      const copy = {
        ...fields,
        id: newId(now.getTime()),
        householdId: null,
        createdAt: at,
        createdBy: actor.userId,
        updatedAt: at,
        updatedBy: actor.userId,
        rev: 1,
        deletedAt: null,
      };
      await db.persons.add(copy as never);
      await appendAudit(
        db,
        actor,
        {
          action: "create",
          table: "persons",
          recordId: copy.id,
          label: recordLabel(copy),
          before: null,
          after: copy,
        },
        now,
      );
      made.push(copy.id);
    }
    return made;
  });
}
