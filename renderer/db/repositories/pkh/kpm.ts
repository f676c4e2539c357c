// Why: a KPM household and its members are one aggregate: one form, one save, one transaction (rev-checked on the
// household), scoped to the wilayah; the register is read a page at a time and searched through its indexes.
import Dexie from "dexie";
import { z } from "zod";
import type { Actor } from "../../../../shared/domain/access";
import { canSeeSite } from "../../../../shared/domain/access";
import { seesAllSites } from "../../../../shared/domain/roles";
import { todayIn } from "../../../../shared/domain/dates";
import { joinedOn } from "../../../../shared/domain/pkh/kelompok";
import { householdSchema, memberSchema } from "../../../../shared/domain/pkh/records";
import { digitsOf, nameMatches, nameTokens } from "../../../../shared/domain/search";
import type { AppDB } from "../../app-db";
import { AccessError, ConflictError, NotFoundError, ValidationError } from "../../errors";
import type { PkhHouseholdData, PkhHouseholdRecord, PkhMemberData, PkhMemberRecord } from "../../pkh-tables";
import { Repository, requirePermission } from "../repository";

export type Kpm = { household: PkhHouseholdRecord; members: PkhMemberRecord[] };

/** What the form gives: the household's fields (with its id and the rev it was read at) and its members. */
export type KpmDraft = Record<string, unknown> & {
  id?: string | null;
  rev?: number | null;
  members: (Record<string, unknown> & { id?: string | null })[];
};

const asStored = <T extends object>(s: z.ZodType) => s as unknown as z.ZodType<T>;

/** The households table (writes go through saveKpm; delete and restore through the repository). */
export const householdsRepo = (db: AppDB) =>
  new Repository<PkhHouseholdData>(db, db.pkhHouseholds, {
    tableName: "pkhHouseholds",
    schema: asStored<PkhHouseholdData>(
      z.custom<PkhHouseholdData>((v) => typeof v === "object" && v !== null),
    ),
    label: (h) => `${h.kpmNo} ${h.headName}`,
    siteOf: (h) => h.siteId,
    writePermission: "records.write",
  });

export const membersRepo = (db: AppDB) =>
  new Repository<PkhMemberData>(db, db.pkhMembers, {
    tableName: "pkhMembers",
    schema: asStored<PkhMemberData>(z.custom<PkhMemberData>((v) => typeof v === "object" && v !== null)),
    label: (m) => m.name,
    siteOf: (m) => m.siteId,
    writePermission: "records.write",
  });

/** A household's live members, through the householdId index. */
export async function membersOf(db: AppDB, householdId: string): Promise<PkhMemberRecord[]> {
  const rows = await db.pkhMembers.where("householdId").equals(householdId).toArray();
  return rows.filter((m) => !m.deletedAt);
}

/** One live household the actor may see, with its members. */
export async function getKpm(db: AppDB, actor: Actor, id: string): Promise<Kpm> {
  const household = await householdsRepo(db).get(actor, id);
  return { household, members: await membersOf(db, id) };
}

function collect(issues: z.core.$ZodIssue[], prefix: string, into: Record<string, string>): void {
  for (const issue of issues) into[`${prefix}${issue.path.join(".")}`] ??= issue.message;
}

/**
 * Creates or edits a household with its members, all or nothing: every field and rule is checked first (a refusal is
 * a ValidationError naming each field, members as `members.N.field`), then the household, each new or changed member
 * and each removed one (soft-deleted) are written with their audit rows in one transaction.
 */
export async function saveKpm(db: AppDB, actor: Actor, draft: KpmDraft): Promise<Kpm> {
  requirePermission(actor, "records.write");
  const { id: rawId, rev, members: memberDrafts, ...rest } = draft;
  const id = rawId || null;
  const fields: Record<string, string> = {};
  const h = householdSchema.safeParse(rest);
  if (!h.success) collect(h.error.issues, "", fields);
  const members = memberDrafts.map((m, i) => {
    const { id: memberId, ...memberRest } = m;
    const r = memberSchema.safeParse(memberRest);
    if (!r.success) collect(r.error.issues, `members.${i}.`, fields);
    return r.success ? { id: memberId || null, data: r.data } : null;
  });
  if (!h.success || Object.keys(fields).length) throw new ValidationError(fields);
  const household = h.data;
  if (!canSeeSite(actor, household.siteId)) throw new AccessError();
  const tables = [db.pkhHouseholds, db.pkhMembers, db.pkhGroups, db.audit, db.users];
  return db.transaction("rw", tables, async () => {
    const before = id ? await db.pkhHouseholds.get(id) : undefined;
    if (id && (!before || before.deletedAt)) throw new NotFoundError();
    if (before && !canSeeSite(actor, before.siteId)) throw new AccessError();
    if (before && before.rev !== rev) {
      const by =
        before.updatedBy === "system" ? "Sistem" : ((await db.users.get(before.updatedBy))?.name ?? "");
      throw new ConflictError(by, before.updatedAt);
    }
    const existing = id ? await membersOf(db, id) : [];
    await checkRules(db, household, id, members, existing, fields);
    if (Object.keys(fields).length) throw new ValidationError(fields);

    const data: PkhHouseholdData = {
      ...household,
      groupJoinedOn: joinedOn(before ?? null, household.groupId, todayIn()),
      nameTokens: nameTokens(household.headName),
    };
    const repo = householdsRepo(db);
    const saved = before
      ? await repo.update(actor, before.id, before.rev, data)
      : await repo.create(actor, data);
    const memberRepo = membersRepo(db);
    const out: PkhMemberRecord[] = [];
    for (const m of members) {
      const input: PkhMemberData = {
        ...m!.data,
        householdId: saved.id,
        siteId: saved.siteId,
        nameTokens: nameTokens(m!.data.name),
      };
      const old = existing.find((e) => e.id === m!.id);
      if (!old) out.push(await memberRepo.create(actor, input));
      else if (same(input, old)) out.push(old);
      else out.push(await memberRepo.update(actor, old.id, old.rev, input));
    }
    const kept = new Set(members.map((m) => m!.id).filter(Boolean));
    for (const e of existing) if (!kept.has(e.id)) await memberRepo.softDelete(actor, e.id, e.rev);
    return { household: saved, members: out };
  });
}

const same = (a: PkhMemberData, b: PkhMemberRecord) =>
  (Object.keys(a) as (keyof PkhMemberData)[]).every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));

/** The rules across records: a unique No. KPM, the group of the same wilayah, a NIK once in the wilayah. */
async function checkRules(
  db: AppDB,
  household: { siteId: string; kpmNo: string; groupId: string | null },
  id: string | null,
  members: ({ id: string | null; data: { nik: string | null } } | null)[],
  existing: PkhMemberRecord[],
  fields: Record<string, string>,
): Promise<void> {
  const sameNo = await db.pkhHouseholds.where("kpmNo").equals(household.kpmNo).toArray();
  if (sameNo.some((o) => o.id !== id && !o.deletedAt)) fields.kpmNo = "v.pkh.kpmNoTaken";
  if (household.groupId) {
    const group = await db.pkhGroups.get(household.groupId);
    if (!group || group.deletedAt || group.siteId !== household.siteId) fields.groupId = "v.pkh.groupGone";
  }
  const ownIds = new Set(existing.map((e) => e.id));
  const seen = new Map<string, number>();
  for (const [i, m] of members.entries()) {
    const nik = m?.data.nik;
    if (!nik) continue;
    if (seen.has(nik)) {
      fields[`members.${i}.nik`] ??= "v.pkh.nikTwice";
      continue;
    }
    seen.set(nik, i);
    const holders = await db.pkhMembers.where("nik").equals(nik).toArray();
    const other = holders.find((o) => !o.deletedAt && !ownIds.has(o.id) && o.siteId === household.siteId);
    if (other) fields[`members.${i}.nik`] ??= "v.pkh.nikTaken";
  }
}

/** What the register's search box reads: a NIK (16 digits), a No. KPM, or words of a name. */
export type KpmQuery =
  { kind: "nik"; nik: string } | { kind: "kpmNo"; value: string } | { kind: "name"; tokens: string[] };

export function parseKpmQuery(input: string): KpmQuery | null {
  const raw = input.trim();
  if (!raw) return null;
  const digits = digitsOf(raw);
  if (/^[\d\s.-]+$/.test(raw) && digits.length === 16) return { kind: "nik", nik: digits };
  if (/\d/.test(raw) && !/\s/.test(raw)) return { kind: "kpmNo", value: raw.toUpperCase() };
  const tokens = nameTokens(raw);
  return tokens.length ? { kind: "name", tokens } : null;
}

/**
 * Households the actor may see matching what was typed, found through the indexes: NIK (members' `nik`), No. KPM
 * (`kpmNo`, as a prefix) or any word of the pengurus's or a member's name (`nameTokens`, as prefixes); at most `limit`.
 */
export async function searchKpm(
  db: AppDB,
  actor: Actor,
  input: string,
  opts: { siteId?: string | null; limit?: number } = {},
): Promise<Kpm[]> {
  const q = parseKpmQuery(input);
  if (!q) return [];
  const limit = opts.limit ?? 20;
  const ids = new Set<string>();
  if (q.kind === "nik") {
    for (const m of await db.pkhMembers.where("nik").equals(q.nik).toArray())
      if (!m.deletedAt) ids.add(m.householdId);
  } else if (q.kind === "kpmNo") {
    for (const h of await db.pkhHouseholds.where("kpmNo").startsWith(q.value).limit(200).toArray())
      ids.add(h.id);
  } else {
    // The rarest-looking (longest) word narrows through the index; every other word must match the same record.
    const first = [...q.tokens].sort((a, b) => b.length - a.length)[0]!;
    const [hs, ms] = await Promise.all([
      db.pkhHouseholds.where("nameTokens").startsWith(first).limit(500).toArray(),
      db.pkhMembers.where("nameTokens").startsWith(first).limit(500).toArray(),
    ]);
    for (const h of hs) if (nameMatches(h.nameTokens, q.tokens)) ids.add(h.id);
    for (const m of ms) if (!m.deletedAt && nameMatches(m.nameTokens, q.tokens)) ids.add(m.householdId);
  }
  const households = (await db.pkhHouseholds.bulkGet([...ids])).filter(
    (h): h is PkhHouseholdRecord =>
      !!h && !h.deletedAt && canSeeSite(actor, h.siteId) && (!opts.siteId || h.siteId === opts.siteId),
  );
  households.sort((a, b) => a.kpmNo.localeCompare(b.kpmNo));
  const shown = households.slice(0, limit);
  return Promise.all(
    shown.map(async (household) => ({ household, members: await membersOf(db, household.id) })),
  );
}

export const KPM_PAGE_SIZE = 25;

/**
 * One page of the register in No. KPM order: of one wilayah through `[siteId+kpmNo]` (a pendamping's, or the one a
 * koordinator chose), or of every wilayah through `kpmNo` for whoever sees them all; never every row to show a page.
 */
export async function kpmPage(
  db: AppDB,
  actor: Actor,
  opts: { siteId?: string | null; page: number },
): Promise<{ rows: Kpm[]; total: number }> {
  const siteId = opts.siteId ?? (seesAllSites(actor.role) ? null : (actor.siteIds[0] ?? null));
  if (siteId && !canSeeSite(actor, siteId)) throw new AccessError();
  if (!siteId && !seesAllSites(actor.role)) return { rows: [], total: 0 };
  const live = (h: PkhHouseholdRecord) => !h.deletedAt;
  const collection = siteId
    ? db.pkhHouseholds
        .where("[siteId+kpmNo]")
        .between([siteId, Dexie.minKey], [siteId, Dexie.maxKey])
        .filter(live)
    : db.pkhHouseholds.orderBy("kpmNo").filter(live);
  const [households, total] = await Promise.all([
    collection
      .clone()
      .offset(opts.page * KPM_PAGE_SIZE)
      .limit(KPM_PAGE_SIZE)
      .toArray(),
    collection.clone().count(),
  ]);
  const rows = await Promise.all(
    households.map(async (household) => ({ household, members: await membersOf(db, household.id) })),
  );
  return { rows, total };
}

/** The households of a group (its roster), through [siteId+groupId]. */
export async function householdsOfGroup(
  db: AppDB,
  siteId: string,
  groupId: string,
): Promise<PkhHouseholdRecord[]> {
  const rows = await db.pkhHouseholds.where("[siteId+groupId]").equals([siteId, groupId]).toArray();
  return rows.filter((h) => !h.deletedAt).sort((a, b) => a.kpmNo.localeCompare(b.kpmNo));
}
