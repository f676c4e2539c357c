// Why: merging two directory entries that are one organisation moves every reference (referrals, programme partners,
// meeting attendees, KPN tour partners) onto the kept entry in one transaction, and restoring the merged entry from the
// Tong Sampah moves exactly those references back.
import type { Actor } from "../../../shared/domain/access";
import {
  deriveOrganisation,
  organisationSchema,
  type OrganisationFields,
} from "../../../shared/domain/directory";
import type { AppDB, OrganisationRecord } from "../app-db";
import { AppError, ConflictError, NotFoundError } from "../errors";
import { appendAudit, requirePermission, validate } from "./repository";

/** A record whose list of entry ids changed, with the list as it was before the merge. */
export type ListMove = { id: string; before: string[] };
/** A meeting: its `organisationIds` as before, and which attendees (by position) named the merged entry (the list
 * follows the attendees, so moving them back is the undo). */
export type MeetingMove = ListMove & { attendees: number[] };
export type MergeMoves = {
  referrals: string[];
  programmes: ListMove[];
  meetings: MeetingMove[];
  tours: ListMove[];
};
/**
 * Kept on the merged (soft-deleted) entry, so undoing the merge moves back exactly what it moved; `kept` holds the
 * kept entry as it was when the merge also took some of the other's details (and its rev after), to put it back.
 */
export type MergeNote = {
  into: string;
  intoName: string;
  at: string;
  moved: MergeMoves;
  kept?: { rev: number; before: OrganisationRecord } | null;
};
export type MergedOrganisation = OrganisationRecord & { mergedInto?: MergeNote | null };

type Meta = { id: string; rev: number; updatedAt: string; updatedBy: string };
type ReferralRow = Meta & { organisationId: string };
type ListRow = Meta & { partnerIds?: string[] };
type MeetingRow = Meta & { organisationIds?: string[]; attendees: { organisationId?: string | null }[] };

const tablesOf = (db: AppDB) => [
  db.organisations,
  db.referrals,
  db.programmes,
  db.meetings,
  db.tours,
  db.audit,
  db.users,
];

function touched<T extends Meta>(row: T, actor: Actor, at: string): T {
  return { ...row, rev: row.rev + 1, updatedAt: at, updatedBy: actor.userId };
}

/** `from` replaced by `to`, each id once. */
function swapped(list: readonly string[], from: string, to: string): string[] {
  return [...new Set(list.map((x) => (x === from ? to : x)))];
}

/**
 * The merge undone on a list: the merged id back where the kept one took its place, or added again when the list held
 * both. A list nobody changed since gets its old order back; one changed since keeps those changes.
 */
function unswapped(
  current: readonly string[],
  before: readonly string[],
  kept: string,
  merged: string,
): string[] {
  if (!current.includes(kept) || current.includes(merged)) return [...current];
  const next = before.includes(kept) ? [...current, merged] : current.map((x) => (x === kept ? merged : x));
  const same = next.length === before.length && next.every((x) => before.includes(x));
  return same ? [...before] : next;
}

/** A meeting's `organisationIds`: the entries its attendees name, each once, in the order first named. */
function attendeeOrgs(attendees: MeetingRow["attendees"]): string[] {
  return [...new Set(attendees.flatMap((a) => (a.organisationId ? [a.organisationId] : [])))];
}

/** Both entries side by side for the merge screen (live ones only). */
export async function mergePair(
  db: AppDB,
  a: string,
  b: string,
): Promise<[OrganisationRecord, OrganisationRecord]> {
  const [x, y] = await db.organisations.bulkGet([a, b]);
  if (!x || !y || x.deletedAt || y.deletedAt) throw new NotFoundError();
  return [x, y];
}

/** How many records point at an entry (shown beside each side before merging). */
export async function referenceCounts(db: AppDB, id: string) {
  return {
    referrals: await db.referrals.where("organisationId").equals(id).count(),
    programmes: await db.programmes.where("partnerIds").equals(id).count(),
    meetings: await db.meetings.where("organisationIds").equals(id).count(),
    tours: await db.tours.where("partnerIds").equals(id).count(),
  };
}

/**
 * Keeps `keep`, moves every reference to `merge` onto it and soft-deletes `merge` with a note of what moved and one
 * audit row "merge" listing it. `take` names details of the merged entry the kept one takes over (checked as any
 * edit, audited as its update). Refused when either entry changed since the screen read it.
 */
export async function mergeOrganisations(
  db: AppDB,
  actor: Actor,
  keep: { id: string; rev: number },
  merge: { id: string; rev: number },
  take: readonly (keyof OrganisationFields)[] = [],
): Promise<MergeNote> {
  requirePermission(actor, "directory.merge");
  if (keep.id === merge.id) throw new AppError("e.direktori.mergeSame");
  return db.transaction("rw", tablesOf(db), async () => {
    const [kept, gone] = await db.organisations.bulkGet([keep.id, merge.id]);
    if (!kept || !gone || kept.deletedAt || gone.deletedAt) throw new NotFoundError();
    for (const [row, rev] of [
      [kept, keep.rev],
      [gone, merge.rev],
    ] as const)
      if (row.rev !== rev) {
        const by = (await db.users.get(row.updatedBy))?.name ?? row.updatedBy;
        throw new ConflictError(by, row.updatedAt);
      }
    const now = new Date();
    const at = now.toISOString();
    const moved: MergeMoves = { referrals: [], programmes: [], meetings: [], tours: [] };

    const referrals = db.table<ReferralRow, string>("referrals");
    for (const r of await referrals.where("organisationId").equals(merge.id).toArray()) {
      await referrals.put({ ...touched(r, actor, at), organisationId: keep.id });
      moved.referrals.push(r.id);
    }
    for (const name of ["programmes", "tours"] as const) {
      const table = db.table<ListRow, string>(name);
      for (const p of await table.where("partnerIds").equals(merge.id).toArray()) {
        const before = p.partnerIds ?? [];
        await table.put({ ...touched(p, actor, at), partnerIds: swapped(before, merge.id, keep.id) });
        moved[name].push({ id: p.id, before });
      }
    }
    const meetings = db.table<MeetingRow, string>("meetings");
    for (const m of await meetings.where("organisationIds").equals(merge.id).toArray()) {
      const before = m.organisationIds ?? [];
      const attendees: number[] = [];
      const list = m.attendees.map((a, i) => {
        if (a.organisationId !== merge.id) return a;
        attendees.push(i);
        return { ...a, organisationId: keep.id };
      });
      await meetings.put({ ...touched(m, actor, at), attendees: list, organisationIds: attendeeOrgs(list) });
      moved.meetings.push({ id: m.id, before, attendees });
    }

    let keptNote: MergeNote["kept"] = null;
    if (take.length) {
      const fields = validate(organisationSchema, {
        ...kept,
        ...Object.fromEntries(take.map((f) => [f, gone[f]])),
      });
      const updated: OrganisationRecord = {
        ...touched(kept, actor, at),
        ...fields,
        ...deriveOrganisation(fields),
      };
      await db.organisations.put(updated);
      await appendAudit(
        db,
        actor,
        {
          action: "update",
          table: "organisations",
          recordId: kept.id,
          label: updated.name,
          before: kept,
          after: updated,
        },
        now,
      );
      keptNote = { rev: updated.rev, before: kept };
    }
    const note: MergeNote = { into: keep.id, intoName: kept.name, at, moved, kept: keptNote };
    const after: MergedOrganisation = { ...touched(gone, actor, at), deletedAt: at, mergedInto: note };
    await db.organisations.put(after);
    await appendAudit(
      db,
      actor,
      { action: "merge", table: "organisations", recordId: merge.id, label: gone.name, before: gone, after },
      now,
    );
    return note;
  });
}

/**
 * Restores an entry from the Tong Sampah. A merged entry gets back every reference its merge moved that still points at
 * the kept entry (one changed since stays as it is), in the same transaction.
 */
export async function restoreOrganisation(db: AppDB, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, "records.restore");
  requirePermission(actor, "records.write");
  const peek = (await db.organisations.get(id)) as MergedOrganisation | undefined;
  if (peek?.mergedInto) requirePermission(actor, "directory.merge");
  await db.transaction("rw", tablesOf(db), async () => {
    const before = (await db.organisations.get(id)) as MergedOrganisation | undefined;
    if (!before) throw new NotFoundError();
    if (!before.deletedAt) throw new AppError("e.notDeleted");
    const at = new Date().toISOString();
    const note = before.mergedInto;
    if (note) {
      const kept = note.into;
      // The kept entry's details as they were, unless someone changed it since the merge.
      const keptNow = await db.organisations.get(kept);
      if (note.kept && keptNow && keptNow.rev === note.kept.rev) {
        const back = touched({ ...note.kept.before, rev: keptNow.rev }, actor, at);
        await db.organisations.put(back);
        await appendAudit(db, actor, {
          action: "update",
          table: "organisations",
          recordId: kept,
          label: back.name,
          before: keptNow,
          after: back,
        });
      }
      const referrals = db.table<ReferralRow, string>("referrals");
      for (const r of await referrals.bulkGet(note.moved.referrals))
        if (r && r.organisationId === kept)
          await referrals.put({ ...touched(r, actor, at), organisationId: id });
      for (const name of ["programmes", "tours"] as const) {
        const table = db.table<ListRow, string>(name);
        for (const move of note.moved[name]) {
          const p = await table.get(move.id);
          if (!p?.partnerIds?.includes(kept)) continue;
          await table.put({
            ...touched(p, actor, at),
            partnerIds: unswapped(p.partnerIds, move.before, kept, id),
          });
        }
      }
      const meetings = db.table<MeetingRow, string>("meetings");
      for (const move of note.moved.meetings) {
        const m = await meetings.get(move.id);
        if (!m) continue;
        const attendees = m.attendees.map((a, i) =>
          move.attendees.includes(i) && a.organisationId === kept ? { ...a, organisationId: id } : a,
        );
        await meetings.put({ ...touched(m, actor, at), attendees, organisationIds: attendeeOrgs(attendees) });
      }
    }
    const { mergedInto: _note, ...rest } = before;
    const after: MergedOrganisation = { ...touched(rest, actor, at), deletedAt: null };
    await db.organisations.put(after);
    await appendAudit(db, actor, {
      action: "restore",
      table: "organisations",
      recordId: id,
      label: before.name,
      before,
      after,
    });
  });
}
