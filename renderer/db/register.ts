// Why: the Buku Rekod register, newest first, read a page at a time through the [siteId+status+date] index so the first page is fast at any size.
import type { Actor } from "../../shared/domain/access";
import { canSeeSite } from "../../shared/domain/access";
import {
  caseStatuses,
  isOpenCaseStatus,
  openCaseStatuses,
  type CaseStatus,
  type ServiceType,
  type TargetGroup,
} from "../../shared/domain/codes";
import type { AppDB, CaseRecord } from "./app-db";
import { Dexie, type Collection } from "dexie";
import { parseSearch } from "../../shared/domain/search";
import { searchPersons } from "./persons-list";

export type RegisterFilter = {
  siteIds: string[] | null; // null = every site the actor may see
  status?: CaseStatus | null;
  targetGroup?: TargetGroup | null;
  service?: ServiceType | null;
  officerId?: string | null;
  from?: string | null; // yyyy-mm-dd
  to?: string | null;
  followUpDue?: string | null; // cases with a follow-up on or before this date, not closed
  /** Only these cases (what the register's own search box found), else null. */
  caseIds?: string[] | null;
};

/** Where the next page starts: the last row's date and id (keyset paging, no offset scans). */
export type RegisterCursor = { date: string; id: string } | null;

export function registerPredicate(f: RegisterFilter): (c: CaseRecord) => boolean {
  const only = f.caseIds ? new Set(f.caseIds) : null;
  return (c) =>
    !c.deletedAt &&
    (!only || only.has(c.id)) &&
    (!f.status || c.status === f.status) &&
    (!f.targetGroup || c.targetGroup === f.targetGroup) &&
    (!f.service || c.service === f.service) &&
    (!f.officerId || c.officerId === f.officerId) &&
    (!f.followUpDue || (!!c.followUpDate && c.followUpDate <= f.followUpDue && isOpenCaseStatus(c.status)));
}

/** Newest first: by date, then by id (a ULID, so by when it was recorded) on the same date. */
const newestFirst = (a: CaseRecord, b: CaseRecord) =>
  a.date === b.date ? b.id.localeCompare(a.id) : b.date.localeCompare(a.date);

/**
 * The index ranges of one site that hold the filter's cases between two dates, one per status, each in date order
 * (then id). Cases are indexed only by [siteId+status+date], so every case costs one index entry for the register,
 * the status counts and the date reads together; a filter without a status reads the five statuses' ranges, and a
 * follow-up filter only the open ones.
 */
export function siteCaseRanges(
  db: AppDB,
  siteId: string,
  f: Pick<RegisterFilter, "status" | "followUpDue">,
  from: string | typeof Dexie.minKey,
  to: string | typeof Dexie.maxKey,
): Collection<CaseRecord, string>[] {
  const statuses: readonly CaseStatus[] = f.status
    ? f.followUpDue && !isOpenCaseStatus(f.status)
      ? []
      : [f.status]
    : f.followUpDue
      ? openCaseStatuses
      : caseStatuses;
  return statuses.map((status) =>
    db.cases.where("[siteId+status+date]").between([siteId, status, from], [siteId, status, to], true, true),
  );
}

/** The sites a filter reads: those the actor may see, narrowed to the chosen ones. */
export async function sitesFor(
  db: AppDB,
  actor: Actor,
  f: Pick<RegisterFilter, "siteIds">,
): Promise<string[]> {
  const all = (await db.sites.toArray())
    .filter((s) => !s.deletedAt && canSeeSite(actor, s.id))
    .map((s) => s.id);
  return f.siteIds ? all.filter((id) => f.siteIds!.includes(id)) : all;
}

/**
 * One page of the register. Each site's index ranges are walked newest first and the pages merged, so the
 * cost is about `limit` rows per range plus rows skipped by the other filters.
 */
export async function registerPage(
  db: AppDB,
  actor: Actor,
  f: RegisterFilter,
  cursor: RegisterCursor,
  limit = 50,
): Promise<{ rows: CaseRecord[]; next: RegisterCursor }> {
  const siteIds = await sitesFor(db, actor, f);
  const keep = registerPredicate(f);
  if (f.caseIds) {
    const after = (c: CaseRecord) =>
      !cursor || c.date < cursor.date || (c.date === cursor.date && c.id < cursor.id);
    const rows = (await foundCases(db, siteIds, f)).filter(after).slice(0, limit);
    const last = rows.at(-1);
    return { rows, next: rows.length === limit && last ? { date: last.date, id: last.id } : null };
  }
  const from = f.from ?? Dexie.minKey;
  const to = cursor ? (f.to && f.to < cursor.date ? f.to : cursor.date) : (f.to ?? Dexie.maxKey);
  const ranges = siteIds.flatMap((siteId) => siteCaseRanges(db, siteId, f, from, to));
  const perRange = await Promise.all(
    ranges.map((range) =>
      range
        .reverse()
        .filter(
          (c) => keep(c) && (!cursor || c.date < cursor.date || (c.date === cursor.date && c.id < cursor.id)),
        )
        .limit(limit)
        .toArray(),
    ),
  );
  const merged = perRange.flat().sort(newestFirst).slice(0, limit);
  const last = merged.at(-1);
  return { rows: merged, next: merged.length === limit && last ? { date: last.date, id: last.id } : null };
}

/**
 * The whole filtered register, newest first, as `registerPage` pages through it: one index range per site instead of
 * page after page (the Buku Rekod extract of a month or a year).
 */
export async function registerAll(db: AppDB, actor: Actor, f: RegisterFilter): Promise<CaseRecord[]> {
  const siteIds = await sitesFor(db, actor, f);
  if (f.caseIds) return foundCases(db, siteIds, f);
  const keep = registerPredicate(f);
  const from = f.from ?? Dexie.minKey;
  const to = f.to ?? Dexie.maxKey;
  const perRange = await Promise.all(
    siteIds.flatMap((siteId) => siteCaseRanges(db, siteId, f, from, to)).map((r) => r.filter(keep).toArray()),
  );
  return perRange.flat().sort(newestFirst);
}

/** The cases the register's search found, read by their ids, under the other filters, newest first. */
async function foundCases(db: AppDB, siteIds: readonly string[], f: RegisterFilter): Promise<CaseRecord[]> {
  const sites = new Set(siteIds);
  const keep = registerPredicate(f);
  const rows = await db.cases.bulkGet(f.caseIds ?? []);
  return rows
    .filter((c): c is CaseRecord => !!c && sites.has(c.siteId) && keep(c))
    .filter((c) => (!f.from || c.date >= f.from) && (!f.to || c.date <= f.to))
    .sort(newestFirst);
}

/**
 * The cases the register's search box finds: by record number (or an imported case's old one), or the cases of the
 * persons whose name, MyKad or phone match, each through its own index.
 */
export async function registerMatches(db: AppDB, actor: Actor, text: string): Promise<string[]> {
  const raw = text.trim();
  if (!raw) return [];
  const q = parseSearch(raw);
  const visible = (r: { siteId: string; deletedAt: string | null }) =>
    !r.deletedAt && canSeeSite(actor, r.siteId);
  if (q.kind === "recordNo")
    return await db.cases.where("recordNo").equals(q.value).filter(visible).primaryKeys();
  const [old, persons] = await Promise.all([
    db.cases
      .where("legacyNo")
      .anyOf([...new Set([raw, raw.toUpperCase()])])
      .filter(visible)
      .primaryKeys(),
    searchPersons(db, raw, visible),
  ]);
  const theirs = persons.length
    ? await db.cases
        .where("personId")
        .anyOf(persons.map((p) => p.id))
        .filter(visible)
        .primaryKeys()
    : [];
  return [...new Set([...old, ...theirs])];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** How many cases the filter gives (for the heading and the export). */
export async function registerCount(db: AppDB, actor: Actor, f: RegisterFilter): Promise<number> {
  const siteIds = await sitesFor(db, actor, f);
  if (f.caseIds) return (await foundCases(db, siteIds, f)).length;
  const keep = registerPredicate(f);
  const byIndexOnly = !f.targetGroup && !f.service && !f.officerId && !f.followUpDue;
  const from = f.from ?? Dexie.minKey;
  const to = f.to ?? Dexie.maxKey;
  // Deleted cases are few and only they have a deletedAt key: the index count less those in range is exact.
  const deleted = byIndexOnly ? await db.cases.where("deletedAt").above("").toArray() : [];
  let total = 0;
  for (const siteId of siteIds) {
    const ranges = siteCaseRanges(db, siteId, f, from, to);
    if (byIndexOnly) {
      const gone = deleted.filter(
        (c) =>
          c.siteId === siteId &&
          (!f.status || c.status === f.status) &&
          (!f.from || c.date >= f.from) &&
          (!f.to || c.date <= f.to),
      ).length;
      total += sum(await Promise.all(ranges.map((r) => r.count()))) - gone;
    } else {
      // Each range read whole (IndexedDB's getAll) and filtered here, one at a time: much faster than a filtered
      // cursor, which steps row by row, and never more than one range in memory.
      for (const range of ranges) total += (await range.toArray()).filter(keep).length;
    }
  }
  return total;
}
