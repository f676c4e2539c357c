// Why: the Buku Rekod register, newest first, read a page at a time through the [siteId+date] index so the first page is fast at any size.
import type { Actor } from "../../shared/domain/access";
import { canSeeSite } from "../../shared/domain/access";
import type { CaseStatus, ServiceType, TargetGroup } from "../../shared/domain/codes";
import type { AppDB, CaseRecord } from "./app-db";
import { Dexie } from "dexie";

export type RegisterFilter = {
  siteIds: string[] | null; // null = every site the actor may see
  status?: CaseStatus | null;
  targetGroup?: TargetGroup | null;
  service?: ServiceType | null;
  officerId?: string | null;
  from?: string | null; // yyyy-mm-dd
  to?: string | null;
  followUpDue?: string | null; // cases with a follow-up on or before this date, not closed
};

/** Where the next page starts: the last row's date and id (keyset paging, no offset scans). */
export type RegisterCursor = { date: string; id: string } | null;

export function registerPredicate(f: RegisterFilter): (c: CaseRecord) => boolean {
  return (c) =>
    !c.deletedAt &&
    (!f.status || c.status === f.status) &&
    (!f.targetGroup || c.targetGroup === f.targetGroup) &&
    (!f.service || c.service === f.service) &&
    (!f.officerId || c.officerId === f.officerId) &&
    (!f.followUpDue ||
      (!!c.followUpDate &&
        c.followUpDate <= f.followUpDue &&
        c.status !== "selesai" &&
        c.status !== "ditutup"));
}

async function sitesFor(db: AppDB, actor: Actor, f: RegisterFilter): Promise<string[]> {
  const all = (await db.sites.toArray())
    .filter((s) => !s.deletedAt && canSeeSite(actor, s.id))
    .map((s) => s.id);
  return f.siteIds ? all.filter((id) => f.siteIds!.includes(id)) : all;
}

/**
 * One page of the register. Each site's index range is walked newest first and the pages merged, so the
 * cost is about `limit` rows per site plus rows skipped by the other filters.
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
  const from = f.from ?? Dexie.minKey;
  const perSite = await Promise.all(
    siteIds.map((siteId) => {
      const to = cursor ? (f.to && f.to < cursor.date ? f.to : cursor.date) : (f.to ?? Dexie.maxKey);
      // With a status filter the [siteId+status+date] index holds exactly the rows wanted, in date order.
      const range = f.status
        ? db.cases
            .where("[siteId+status+date]")
            .between([siteId, f.status, from], [siteId, f.status, to], true, true)
        : db.cases.where("[siteId+date]").between([siteId, from], [siteId, to], true, true);
      return range
        .reverse()
        .filter(
          (c) => keep(c) && (!cursor || c.date < cursor.date || (c.date === cursor.date && c.id < cursor.id)),
        )
        .limit(limit)
        .toArray();
    }),
  );
  const merged = perSite
    .flat()
    .sort((a, b) => (a.date === b.date ? b.id.localeCompare(a.id) : b.date.localeCompare(a.date)))
    .slice(0, limit);
  const last = merged.at(-1);
  return { rows: merged, next: merged.length === limit && last ? { date: last.date, id: last.id } : null };
}

/**
 * The whole filtered register, newest first, as `registerPage` pages through it: one index range per site instead of
 * page after page (the Buku Rekod extract of a month or a year).
 */
export async function registerAll(db: AppDB, actor: Actor, f: RegisterFilter): Promise<CaseRecord[]> {
  const siteIds = await sitesFor(db, actor, f);
  const keep = registerPredicate(f);
  const from = f.from ?? Dexie.minKey;
  const to = f.to ?? Dexie.maxKey;
  const perSite = await Promise.all(
    siteIds.map((siteId) =>
      (f.status
        ? db.cases
            .where("[siteId+status+date]")
            .between([siteId, f.status, from], [siteId, f.status, to], true, true)
        : db.cases.where("[siteId+date]").between([siteId, from], [siteId, to], true, true)
      )
        .filter(keep)
        .toArray(),
    ),
  );
  return perSite
    .flat()
    .sort((a, b) => (a.date === b.date ? b.id.localeCompare(a.id) : b.date.localeCompare(a.date)));
}

/** How many cases the filter gives (for the heading and the export). */
export async function registerCount(db: AppDB, actor: Actor, f: RegisterFilter): Promise<number> {
  const siteIds = await sitesFor(db, actor, f);
  const keep = registerPredicate(f);
  const byIndexOnly = !f.targetGroup && !f.service && !f.officerId && !f.followUpDue;
  const from = f.from ?? Dexie.minKey;
  const to = f.to ?? Dexie.maxKey;
  // Deleted cases are few and only they have a deletedAt key: the index count less those in range is exact.
  const deleted = byIndexOnly ? await db.cases.where("deletedAt").above("").toArray() : [];
  let total = 0;
  for (const siteId of siteIds) {
    const range = f.status
      ? db.cases
          .where("[siteId+status+date]")
          .between([siteId, f.status, from], [siteId, f.status, to], true, true)
      : db.cases.where("[siteId+date]").between([siteId, from], [siteId, to], true, true);
    if (byIndexOnly) {
      const gone = deleted.filter(
        (c) =>
          c.siteId === siteId &&
          (!f.status || c.status === f.status) &&
          (!f.from || c.date >= f.from) &&
          (!f.to || c.date <= f.to),
      ).length;
      total += (await range.count()) - gone;
    } else {
      total += await range.filter(keep).count();
    }
  }
  return total;
}
