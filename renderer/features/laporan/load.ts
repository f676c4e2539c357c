// Why: reads the plain records the monthly statistics need (a year of cases at the chosen sites, their people, referrals and investigations).
import { Dexie } from "dexie";
import type {
  CaseRecord,
  InvestigationRecord,
  PersonRecord,
  ReferralRecord,
  StatusCheckRecord,
} from "../../db/app-db";
import type { AppDB } from "../../db/app-db";
import { siteCaseRanges } from "../../db/register";
import type { StatTally } from "../../../shared/reports/statistik-kes/tallies";
import { closedBeforeMonth } from "../../../shared/reports/status-rujukan/model";

export type StatistikKesRecords = {
  cases: CaseRecord[];
  persons: PersonRecord[];
  referrals: ReferralRecord[];
  statusChecks: StatusCheckRecord[];
  investigations: InvestigationRecord[];
};

const byId = <T extends { id: string }>(lists: T[][]): T[] => [
  ...new Map(lists.flat().map((r) => [r.id, r])).values(),
];

/**
 * Cases dated in the year at the sites (the register's index ranges); referrals and investigations made at the sites
 * or on those cases (an older case's referral can still be open this year), with the cases they hang on, so the
 * model places each at its case's current site; the people of every case; the status checks of the referrals.
 */
export async function loadStatistikKes(
  db: AppDB,
  siteIds: readonly string[],
  year: number,
): Promise<StatistikKesRecords> {
  const yearCases = byId(
    await Promise.all(
      siteIds
        .flatMap((s) => siteCaseRanges(db, s, {}, `${year}-01-01`, `${year}-12-31`))
        .map((range) => range.toArray()),
    ),
  );
  const caseIds = yearCases.map((c) => c.id);
  const inSites = <T extends { caseId: string }>(table: Dexie.Table<T, string>): Promise<T[][]> =>
    Promise.all([
      ...siteIds.map((s) =>
        table.where("[siteId+status]").between([s, Dexie.minKey], [s, Dexie.maxKey]).toArray(),
      ),
      table.where("caseId").anyOf(caseIds).toArray(),
    ]);
  const referrals = byId(await inSites(db.referrals));
  const investigations = byId(await inSites(db.investigations));
  const known = new Set(caseIds);
  const otherIds = [
    ...new Set([...referrals, ...investigations].map((r) => r.caseId).filter((id) => !known.has(id))),
  ];
  const others = (await db.cases.bulkGet(otherIds)).filter((c): c is CaseRecord => !!c);
  const cases = [...yearCases, ...others];
  const personIds = [...new Set(cases.map((c) => c.personId))];
  const persons = (await db.persons.bulkGet(personIds)).filter((p): p is PersonRecord => !!p);
  const statusChecks = await db.statusChecks
    .where("referralId")
    .anyOf(referrals.map((r) => r.id))
    .toArray();
  return { cases, persons, referrals, statusChecks, investigations };
}

export type StatusRujukanRecords = Omit<StatistikKesRecords, "investigations">;

/**
 * What Senarai Status Rujukan needs at `asOf` for the month starting on `monthStart`, in one read transaction: every
 * referral not closed before the month (whatever site it was made at: the list places it at its case's current
 * site), those whose case is at the sites, their people and their status checks. Reads the referrals once instead of
 * a year of cases with everything hanging on them.
 */
export async function loadStatusRujukan(
  db: AppDB,
  siteIds: readonly string[],
  asOf: string,
  monthStart: string,
): Promise<StatusRujukanRecords> {
  const sites = new Set(siteIds);
  return db.transaction("r", [db.referrals, db.cases, db.persons, db.statusChecks], async () => {
    const candidates = (await db.referrals.toArray()).filter(
      (r) => !r.deletedAt && !closedBeforeMonth(r, asOf, monthStart),
    );
    const caseIds = [...new Set(candidates.map((r) => r.caseId))];
    const cases = (await db.cases.bulkGet(caseIds)).filter(
      (c): c is CaseRecord => !!c && !c.deletedAt && sites.has(c.siteId),
    );
    const here = new Set(cases.map((c) => c.id));
    const referrals = candidates.filter((r) => here.has(r.caseId));
    const personIds = [...new Set(cases.map((c) => c.personId))];
    const persons = (await db.persons.bulkGet(personIds)).filter((p): p is PersonRecord => !!p);
    const statusChecks = (
      await Promise.all(referrals.map((r) => db.statusChecks.where("referralId").equals(r.id).toArray()))
    ).flat();
    return { cases, persons, referrals, statusChecks };
  });
}

export type StatistikKesFigures = StatistikKesRecords & { tallies?: StatTally[] };

/** Last month (yyyy-mm) whose tallies the report reads: balances add up every month before it. */
const yearEnd = (year: number) => `${year}-12`;

/**
 * What the monthly statistics need: the running tallies of the sites up to the year's end (every month before it
 * too, as the month-end balances of referrals add up from the first referral), and the cases the report warns about
 * (unknown person, target group or service) with their people. A database without tallies (before migration 6)
 * gives the records instead, which the model adds up itself.
 */
export async function loadStatistikKesFigures(
  db: AppDB,
  siteIds: readonly string[],
  year: number,
): Promise<StatistikKesFigures> {
  if (!db.tables.some((t) => t.name === "statTallies")) return loadStatistikKes(db, siteIds, year);
  // In a transaction of its own: Dexie's live-query cache does not see the tallies' writes (they are made below
  // it, stat-tallies.ts), and reads in an explicit transaction are never served from that cache.
  const tallies = await db.transaction("r", db.statTallies, async () =>
    (
      await Promise.all(
        siteIds.map((s) =>
          db.statTallies
            .where("key")
            .between(`${s}|`, `${s}|${yearEnd(year)}`, true, true)
            .toArray(),
        ),
      )
    ).flat(),
  );
  const odd = tallies.filter((t) => t.month.startsWith(`${year}-`)).flatMap((t) => t.odd);
  const cases = (await db.cases.bulkGet(odd)).filter((c): c is CaseRecord => !!c);
  const persons = (await db.persons.bulkGet(cases.map((c) => c.personId))).filter(
    (p): p is PersonRecord => !!p,
  );
  return { tallies, cases, persons, referrals: [], statusChecks: [], investigations: [] };
}
