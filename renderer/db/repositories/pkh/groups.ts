// Why: a kelompok and its roster are saved together: the group, the KPM that join (joined today) and leave, and its
// ketua (a KPM of the group) in one rev-checked transaction, scoped to the wilayah.
import { z } from "zod";
import type { Actor } from "../../../../shared/domain/access";
import { canSeeSite } from "../../../../shared/domain/access";
import { todayIn } from "../../../../shared/domain/dates";
import {
  groupInputSchema,
  joinedOn,
  rosterProblems,
  type GroupInput,
} from "../../../../shared/domain/pkh/kelompok";
import { withoutMeta } from "../../../../shared/domain/record";
import type { AppDB } from "../../app-db";
import { AccessError, ConflictError, NotFoundError, ValidationError } from "../../errors";
import type { PkhGroupRecord, PkhHouseholdRecord } from "../../pkh-tables";
import { Repository, requirePermission, validate } from "../repository";
import { householdsOfGroup, householdsRepo } from "./kpm";

export const groupsRepo = (db: AppDB) =>
  new Repository<GroupInput>(db, db.pkhGroups, {
    tableName: "pkhGroups",
    schema: groupInputSchema as unknown as z.ZodType<GroupInput>,
    label: (g) => g.name,
    siteOf: (g) => g.siteId,
    writePermission: "records.write",
    // A group keeps its KPM; it is emptied on its page before it goes to the recycle bin.
    checkTables: (d) => [d.pkhHouseholds],
    checkRemove: async (d, g) => {
      if ((await householdsOfGroup(d, g.siteId, g.id)).length)
        throw new ValidationError({ _: "v.pkh.groupNotEmpty" });
    },
  });

export type GroupWithRoster = { group: PkhGroupRecord; roster: PkhHouseholdRecord[] };

/** The live groups of a wilayah the actor may see, by name, with their rosters. */
export async function groupsOfSite(db: AppDB, actor: Actor, siteId: string): Promise<GroupWithRoster[]> {
  if (!canSeeSite(actor, siteId)) throw new AccessError();
  const groups = (await db.pkhGroups.where("siteId").equals(siteId).toArray()).filter((g) => !g.deletedAt);
  groups.sort((a, b) => a.name.localeCompare(b.name));
  return Promise.all(
    groups.map(async (group) => ({ group, roster: await householdsOfGroup(db, siteId, group.id) })),
  );
}

export async function groupWithRoster(db: AppDB, actor: Actor, id: string): Promise<GroupWithRoster> {
  const group = await groupsRepo(db).get(actor, id);
  return { group, roster: await householdsOfGroup(db, group.siteId, id) };
}

export type GroupDraft = Record<string, unknown> & {
  id?: string | null;
  rev?: number | null;
  memberIds: string[];
};

/**
 * Creates or edits a group with its roster, all or nothing: the ketua must be one of the roster's KPM, every KPM
 * of the same wilayah; households that join get today as their join date, those that leave lose the group.
 */
export async function saveGroup(db: AppDB, actor: Actor, draft: GroupDraft): Promise<GroupWithRoster> {
  requirePermission(actor, "records.write");
  const { id: rawId, rev, memberIds, ...rest } = draft;
  const id = rawId || null;
  const data = validate(groupInputSchema, rest);
  const fields = rosterProblems(data.leaderId, memberIds);
  if (Object.keys(fields).length) throw new ValidationError(fields);
  if (!canSeeSite(actor, data.siteId)) throw new AccessError();
  const tables = [db.pkhGroups, db.pkhHouseholds, db.audit, db.users];
  return db.transaction("rw", tables, async () => {
    const before = id ? await db.pkhGroups.get(id) : undefined;
    if (id && (!before || before.deletedAt)) throw new NotFoundError();
    if (before && (!canSeeSite(actor, before.siteId) || before.siteId !== data.siteId))
      throw new AccessError();
    if (before && before.rev !== rev) {
      const by =
        before.updatedBy === "system" ? "Sistem" : ((await db.users.get(before.updatedBy))?.name ?? "");
      throw new ConflictError(by, before.updatedAt);
    }
    const chosen = await db.pkhHouseholds.bulkGet(memberIds);
    if (chosen.some((h) => !h || h.deletedAt || h.siteId !== data.siteId))
      throw new ValidationError({ memberIds: "v.pkh.kpmOtherSite" });
    // A KPM that leads another group stays there until that group chooses another ketua.
    for (const h of chosen) {
      if (!h!.groupId || h!.groupId === id) continue;
      const other = await db.pkhGroups.get(h!.groupId);
      if (other && !other.deletedAt && other.leaderId === h!.id)
        throw new ValidationError({
          memberIds: `v.pkh.leadsOtherGroup|${JSON.stringify({ name: other.name })}`,
        });
    }
    const repo = groupsRepo(db);
    const saved = before
      ? await repo.update(actor, before.id, before.rev, data)
      : await repo.create(actor, data);
    const current = before ? await householdsOfGroup(db, saved.siteId, saved.id) : [];
    const households = householdsRepo(db);
    const today = todayIn();
    const move = async (h: PkhHouseholdRecord, groupId: string | null) => {
      const groupJoinedOn = joinedOn(h, groupId, today);
      await households.update(actor, h.id, h.rev, { ...withoutMeta(h), groupId, groupJoinedOn });
    };
    for (const h of chosen) if (h!.groupId !== saved.id) await move(h!, saved.id);
    for (const h of current) if (!memberIds.includes(h.id)) await move(h, null);
    return { group: saved, roster: await householdsOfGroup(db, saved.siteId, saved.id) };
  });
}
