// Why: the PKMD's investigations, read through [siteId+status+date] or [siteId+scheme+date] ranges (a month is one
// range per site and status), never by scanning the table: the full list with its filters and the inbox of those
// waiting for a decision, oldest first.
import { Dexie, type Collection } from "dexie";
import type { Actor } from "../../shared/domain/access";
import { investigationStatuses, type InvestigationStatus } from "../../shared/domain/aid";
import type { AidScheme } from "../../shared/domain/codes";
import { daysBetween, OFFICE_TIME_ZONE, todayIn } from "../../shared/domain/dates";
import type { AppDB, InvestigationRecord } from "./app-db";
import { sitesFor } from "./register";

export type InvestigationFilter = {
  siteIds: string[] | null; // null = every site the actor may see
  status?: InvestigationStatus | null;
  scheme?: AidScheme | null;
  /** yyyy-mm: investigations dated in that month. */
  month?: string | null;
};

export type InvestigationRow = {
  record: InvestigationRecord;
  recordNo: string;
  applicant: string;
  siteName: string;
};

function monthBounds(
  month: string | null | undefined,
): [string | typeof Dexie.minKey, string | typeof Dexie.maxKey] {
  return month ? [`${month}-01`, `${month}-31`] : [Dexie.minKey, Dexie.maxKey];
}

/** The index ranges holding a site's investigations for the filter: by status when one is chosen, else by scheme. */
function siteRanges(
  db: AppDB,
  siteId: string,
  f: InvestigationFilter,
): Collection<InvestigationRecord, string>[] {
  const [from, to] = monthBounds(f.month);
  if (!f.status && f.scheme)
    return [
      db.investigations
        .where("[siteId+scheme+date]")
        .between([siteId, f.scheme, from], [siteId, f.scheme, to], true, true),
    ];
  return (f.status ? [f.status] : investigationStatuses).map((status) =>
    db.investigations
      .where("[siteId+status+date]")
      .between([siteId, status, from], [siteId, status, to], true, true),
  );
}

const newestFirst = (a: InvestigationRecord, b: InvestigationRecord) =>
  a.date === b.date ? b.id.localeCompare(a.id) : b.date.localeCompare(a.date);

/** With the case number, the applicant's name and the site's name beside each. */
async function withNames(db: AppDB, list: InvestigationRecord[]): Promise<InvestigationRow[]> {
  const cases = await db.cases.bulkGet(list.map((i) => i.caseId));
  const persons = await db.persons.bulkGet(cases.map((c) => c?.personId ?? ""));
  const sites = new Map((await db.sites.toArray()).map((s) => [s.id, s.name]));
  return list.map((record, i) => ({
    record,
    recordNo: cases[i]?.recordNo ?? "",
    applicant: persons[i]?.name ?? "",
    siteName: sites.get(record.siteId) ?? "",
  }));
}

/** The newest `limit` investigations the filter gives, and whether there are more. */
export async function investigationList(
  db: AppDB,
  actor: Actor,
  f: InvestigationFilter,
  limit = 100,
): Promise<{ rows: InvestigationRow[]; more: boolean }> {
  const siteIds = await sitesFor(db, actor, f);
  const keep = (i: InvestigationRecord) => !i.deletedAt && (!f.scheme || i.scheme === f.scheme);
  const perRange = await Promise.all(
    siteIds
      .flatMap((siteId) => siteRanges(db, siteId, f))
      .map((range) =>
        range
          .reverse()
          .filter(keep)
          .limit(limit + 1)
          .toArray(),
      ),
  );
  const merged = perRange.flat().sort(newestFirst);
  return { rows: await withNames(db, merged.slice(0, limit)), more: merged.length > limit };
}

/** Every live investigation in one status at the sites the actor may see, sorted by the instant `at` gives. */
async function inStatus(
  db: AppDB,
  actor: Actor,
  status: InvestigationStatus,
  at: (i: InvestigationRecord) => string,
): Promise<InvestigationRecord[]> {
  const siteIds = await sitesFor(db, actor, { siteIds: null });
  const ranges = siteIds.flatMap((siteId) => siteRanges(db, siteId, { siteIds: null, status }));
  return (await Promise.all(ranges.map((r) => r.toArray())))
    .flat()
    .filter((i) => !i.deletedAt)
    .sort((a, b) => at(a).localeCompare(at(b)) || a.id.localeCompare(b.id));
}

/** `sent`: the office calendar day it was sent; `days`: whole days waiting since. */
export type AwaitingRow = InvestigationRow & { sent: string; days: number };

/** Investigations sent to the PKMD and not yet decided, the longest waiting first, with the days since sent. */
export async function awaitingDecision(db: AppDB, actor: Actor, today = todayIn()): Promise<AwaitingRow[]> {
  const rows = await withNames(db, await inStatus(db, actor, "dihantar", (i) => i.submittedAt ?? ""));
  return rows.map((row) => {
    const sent = row.record.submittedAt
      ? todayIn(OFFICE_TIME_ZONE, new Date(row.record.submittedAt))
      : row.record.date;
    return { ...row, sent, days: Math.max(0, daysBetween(sent, today)) };
  });
}

/** The user's own investigations the PKMD sent back for correction, the longest waiting first. */
export async function returnedToMe(db: AppDB, actor: Actor): Promise<InvestigationRow[]> {
  const list = await inStatus(db, actor, "dikembalikan", (i) => i.returns?.at(-1)?.at ?? "");
  return withNames(
    db,
    list.filter((i) => i.officerId === actor.userId),
  );
}
