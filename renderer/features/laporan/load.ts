// Why: reads the plain records the monthly statistics need (a year of cases at the chosen sites, their people, referrals and investigations).
import type {
  CaseRecord,
  InvestigationRecord,
  PersonRecord,
  ReferralRecord,
  StatusCheckRecord,
} from "../../db/app-db";
import type { AppDB } from "../../db/app-db";

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
 * Cases dated in the year at the sites (the [siteId+date] index); referrals and investigations made at the sites
 * or on those cases (an older case's referral can still be open this year), with the cases they hang on, so the
 * model places each at its case's current site; the people of every case; the status checks of the referrals.
 *
 * Referrals and investigations are read whole and kept by site or case: for a district report the sites' rows are
 * nearly the whole table anyway, and finding the year's cases one by one in the caseId index (anyOf over tens of
 * thousands of ids) cost more than the read itself.
 */
export async function loadStatistikKes(
  db: AppDB,
  siteIds: readonly string[],
  year: number,
): Promise<StatistikKesRecords> {
  const yearCases = byId(
    await Promise.all(
      siteIds.map((s) =>
        db.cases
          .where("[siteId+date]")
          .between([s, `${year}-01-01`], [s, `${year}-12-31`], true, true)
          .toArray(),
      ),
    ),
  );
  const sites = new Set(siteIds);
  const known = new Set(yearCases.map((c) => c.id));
  const mine = <T extends { siteId: string; caseId: string }>(rows: T[]): T[] =>
    rows.filter((r) => sites.has(r.siteId) || known.has(r.caseId));
  const [referrals, investigations] = await Promise.all([
    db.referrals.toArray().then(mine),
    db.investigations.toArray().then(mine),
  ]);
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
