// Why: a tour and its ordered checkpoints are saved together in one transaction, with every rule of the roadmap
// (team, leader grade, the tour's day, slots, a member in two places) checked here, below the screens.
import Dexie from "dexie";
import { z } from "zod";
import type { Actor } from "../../../../shared/domain/access";
import {
  checkpointFields,
  tourFields,
  type CheckpointInput,
  type TourInput,
} from "../../../../shared/domain/kpn/records";
import { dayShown } from "../../../../shared/domain/kpn/roadmap";
import type { TourPlan } from "../../../../shared/domain/kpn/schedule";
import {
  holdsTime,
  parseTourInput,
  tourRuleProblems,
  type CheckpointDraft,
} from "../../../../shared/domain/kpn/tour-check";
import type { AppDB, CheckpointRecord, TourRecord } from "../../app-db";
import { AppError, ConflictError, NotFoundError, ValidationError } from "../../errors";
import { appendAudit, Repository, requirePermission } from "../repository";

export type TourWithCheckpoints = { tour: TourRecord; checkpoints: CheckpointRecord[] };

/** The tour as a form gives it (checked here): its id and the revision it was read at, when it exists. */
export type TourDraft = Partial<Record<keyof z.input<typeof tourFields>, unknown>> & {
  id?: string | null;
  rev?: number | null;
};

/**
 * The tours table: writes go through saveTour; a tour is deleted whole (to the recycle bin) only while nothing was
 * recorded at its checkpoints (a tour that took place is cancelled or kept, never deleted), and restored by restoreTour.
 */
export const toursRepo = (db: AppDB) =>
  new Repository<TourInput>(db, db.tours, {
    tableName: "tours",
    schema: tourFields as unknown as z.ZodType<TourInput>,
    label: (t) => `Jelajah ${dayShown(t.date)}`,
    siteOf: () => null,
    writePermission: "kpn.plan",
    checkTables: (d) => [d.checkpoints, d.kpnServices, d.complaints, d.baskets, d.intakes],
    checkRemove: async (database, tour) => {
      for (const c of await checkpointsOf(database, tour.id))
        if (await checkpointHasRecords(database, c.id))
          throw new AppError("e.kpnTourHasRecords", { name: c.name });
    },
  });

const checkpointsTable = (db: AppDB) =>
  new Repository<CheckpointInput>(db, db.checkpoints, {
    tableName: "checkpoints",
    schema: checkpointFields as unknown as z.ZodType<CheckpointInput>,
    label: (c) => `${dayShown(c.date)} ${c.start} ${c.name}`,
    siteOf: () => null,
    writePermission: "kpn.plan",
  });

/** A tour's live checkpoints in order, through [tourId+order]. */
export async function checkpointsOf(db: AppDB, tourId: string): Promise<CheckpointRecord[]> {
  const rows = await db.checkpoints
    .where("[tourId+order]")
    .between([tourId, Dexie.minKey], [tourId, Dexie.maxKey])
    .toArray();
  return rows.filter((c) => !c.deletedAt);
}

/** Live tours from `from` to `to` (ISO dates, both included) by date, through the date index, with their checkpoints. */
export async function toursBetween(db: AppDB, from: string, to: string): Promise<TourWithCheckpoints[]> {
  const tours = (await db.tours.where("date").between(from, to, true, true).toArray()).filter(
    (t) => !t.deletedAt,
  );
  return Promise.all(tours.map(async (tour) => ({ tour, checkpoints: await checkpointsOf(db, tour.id) })));
}

/** The other live tours of a day as the clash rule reads them, through the date index. */
export async function plansOfDay(db: AppDB, date: string, exceptId: string | null): Promise<TourPlan[]> {
  const tours = await db.tours.where("date").equals(date).toArray();
  const live = tours.filter((t) => t.id !== exceptId && !t.deletedAt);
  return Promise.all(
    live.map(async (t) => ({
      id: t.id,
      date: t.date,
      team: t.team,
      checkpoints: await checkpointsOf(db, t.id),
      active: holdsTime(t.status),
    })),
  );
}

/** One live tour with its checkpoints. */
export async function tourWithCheckpoints(db: AppDB, id: string): Promise<TourWithCheckpoints> {
  const tour = await db.tours.get(id);
  if (!tour || tour.deletedAt) throw new NotFoundError();
  return { tour, checkpoints: await checkpointsOf(db, id) };
}

const sameCheckpoint = (a: CheckpointInput, b: CheckpointRecord) =>
  (Object.keys(a) as (keyof CheckpointInput)[]).every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));

/** Records made at a checkpoint (services, complaints, baskets, welfare cases): such a checkpoint stays. */
async function checkpointHasRecords(db: AppDB, id: string): Promise<boolean> {
  const counts = await Promise.all([
    db.kpnServices.where("[checkpointId+id]").between([id, Dexie.minKey], [id, Dexie.maxKey]).count(),
    db.complaints.where("checkpointId").equals(id).count(),
    db.baskets.where("checkpointId").equals(id).count(),
    db.intakes.where("checkpointId").equals(id).count(),
  ]);
  return counts.some((n) => n > 0);
}

/**
 * Creates or edits a tour with its checkpoints in order, all or nothing: every rule is checked first (a refusal is a
 * ValidationError naming each field, with `team.N.*` and `checkpoints.N.*` paths), then the tour, each new or changed
 * checkpoint and each removed one (soft-deleted) are written with their audit rows in one transaction. A leader below
 * grade S29 kept with a reason adds an audit row of its own ("kpn.leaderOverride").
 */
export async function saveTour(
  db: AppDB,
  actor: Actor,
  tourInput: TourDraft,
  checkpointInputs: readonly (Partial<Record<keyof CheckpointDraft, unknown>> & { id?: string | null })[],
): Promise<TourWithCheckpoints> {
  requirePermission(actor, "kpn.plan");
  const { id: rawId, rev: rawRev, ...rest } = tourInput;
  const id = rawId || null;
  const { fields, tour, checkpoints: drafts } = parseTourInput(rest, checkpointInputs);
  const tables = [db.tours, db.checkpoints, db.audit, db.users, db.organisations];
  const recordTables = [db.kpnServices, db.complaints, db.baskets, db.intakes];
  return db.transaction("rw", [...tables, ...recordTables], async () => {
    const before = id ? await db.tours.get(id) : undefined;
    if (id && (!before || before.deletedAt)) throw new NotFoundError();
    if (before && before.rev !== rawRev) {
      const by =
        before.updatedBy === "system" ? "Sistem" : ((await db.users.get(before.updatedBy))?.name ?? "");
      throw new ConflictError(by, before.updatedAt);
    }
    if (tour) {
      const partners = await db.organisations.bulkGet(tour.partnerIds);
      if (partners.some((o) => !o || o.deletedAt)) fields.partnerIds ??= "v.organisationGone";
    }
    let leaderOverridden = false;
    if (tour && drafts) {
      const others = await plansOfDay(db, tour.date, id);
      const rules = tourRuleProblems({ ...tour, id }, drafts, others);
      for (const [path, key] of Object.entries(rules.fields)) fields[path] ??= key;
      leaderOverridden = rules.leaderOverridden;
    }
    const existing = id ? await checkpointsOf(db, id) : [];
    const kept = new Set(checkpointInputs.map((d) => d.id).filter(Boolean));
    const removed = existing.filter((c) => !kept.has(c.id));
    for (const c of removed)
      if (await checkpointHasRecords(db, c.id))
        fields.checkpoints ??= `v.kpn.checkpointHasRecords|${JSON.stringify({ name: c.name })}`;
    checkpointInputs.forEach((d, i) => {
      if (d.id && !existing.some((c) => c.id === d.id)) fields[`checkpoints.${i}.name`] ??= "e.notFound";
    });
    if (Object.keys(fields).length || !tour || !drafts) throw new ValidationError(fields);

    // A reason is kept only while it is used (a leader below S29).
    const data: TourInput = {
      ...tour,
      leaderOverrideReason: leaderOverridden ? tour.leaderOverrideReason : "",
    };
    const tours = toursRepo(db);
    const saved = before
      ? await tours.update(actor, before.id, before.rev, data)
      : await tours.create(actor, data);
    const leader = data.team.find((m) => m.role === "ketua");
    const previousLeader = before?.team.find((m) => m.role === "ketua");
    if (
      leaderOverridden &&
      leader &&
      (before?.leaderOverrideReason !== data.leaderOverrideReason ||
        previousLeader?.name !== leader.name ||
        previousLeader?.grade !== leader.grade)
    )
      await appendAudit(db, actor, {
        action: "kpn.leaderOverride",
        table: "tours",
        recordId: saved.id,
        label: `Jelajah ${dayShown(saved.date)}`,
        before: null,
        after: { leader: leader.name, grade: leader.grade, leaderOverrideReason: data.leaderOverrideReason },
        reason: data.leaderOverrideReason,
      });

    const cps = checkpointsTable(db);
    const out: CheckpointRecord[] = [];
    for (const [i, d] of drafts.entries()) {
      const { id: cpId, ...cp } = d;
      const input: CheckpointInput = { ...cp, tourId: saved.id, order: i + 1 };
      const old = existing.find((c) => c.id === cpId);
      if (!old) out.push(await cps.create(actor, input));
      else if (sameCheckpoint(input, old)) out.push(old);
      else out.push(await cps.update(actor, old.id, old.rev, input));
    }
    for (const c of removed) await cps.softDelete(actor, c.id, c.rev);
    return { tour: saved, checkpoints: out };
  });
}

/** Takes a deleted tour back from the recycle bin, unless its team is now somewhere else at its times. */
export async function restoreTour(db: AppDB, actor: Actor, id: string): Promise<void> {
  const repo = toursRepo(db);
  const tables = [db.tours, db.checkpoints, db.audit, db.users, db.kpnServices, db.complaints, db.baskets];
  await db.transaction("rw", [...tables, db.intakes], async () => {
    const tour = await repo.get(actor, id, { includeDeleted: true });
    const others = await plansOfDay(db, tour.date, id);
    const rules = tourRuleProblems({ ...tour, id }, await checkpointsOf(db, id), others);
    const clash = Object.values(rules.fields)[0];
    if (clash) throw new ValidationError({ _: clash });
    await repo.restore(actor, id);
  });
}
