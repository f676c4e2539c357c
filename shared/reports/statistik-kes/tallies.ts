// Why: the monthly statistics as sums of what each record adds to its site and month, so the same figures come from records in memory or from running tallies kept in the database.
import { OFFICE_TIME_ZONE, todayIn } from "../../domain/dates";
import { CHECK_INTERVAL_DAYS } from "../../domain/referral";
import { isOpenCaseStatus, serviceTypes, targetGroups, type CaseStatus } from "../../domain/codes";
import type { StatCase, StatCheck, StatInvestigation, StatPerson, StatReferral } from "./model";

/** Day of the month ("01".."31") -> how many. */
export type DayCounts = Record<string, number>;

/**
 * What the records of one site add to one month. A referral (or investigation) is at its case's current site and
 * adds nothing once it or its case is soft-deleted, as the model counts it.
 */
export type StatTally = {
  /** `${siteId}|${yyyy-mm}` */
  key: string;
  siteId: string;
  /** yyyy-mm */
  month: string;
  /** Live cases dated in the month, by `${targetGroup}|${person's sex, "?" when the person is unknown}|${service}`. */
  cases: Record<string, number>;
  /** Live cases of the month the report warns about (unknown person, target group or service). */
  odd: string[];
  /** Referrals made (C1), closed (C2; status "ditutup" with closedDate in the month), status checks made (C4). */
  made: number;
  closed: number;
  checks: number;
  /**
   * A referral is open on the days [date, closing day) and overdue on the days it is open with its last check (or,
   * before any, its date) 7 or more days back. Each such stretch adds 1 on its first day (`...From`) and takes it
   * away on the day after its last (`...To`), so the count on a day is every From up to it less every To up to it.
   */
  openFrom: DayCounts;
  openTo: DayCounts;
  overdueFrom: DayCounts;
  overdueTo: DayCounts;
  /** Investigations opened (D1), sent to the PKMD (D2) and of those recommended "lulus" (D3) / "tidak-lulus" (D4). */
  opened: number;
  submitted: number;
  lulus: number;
  tidakLulus: number;
  /**
   * Live open cases (Baru, Dalam Tindakan, Dirujuk) by the day of their follow-up in the month: the home screen's
   * follow-ups due by a day are every count up to it.
   */
  followUps: DayCounts;
};

/**
 * A case as the tallies read it: the statistics' fields, and its status and follow-up day for the home screen (a
 * case without them, as the statistics model passes it, adds no follow-up).
 */
export type TallyCase = StatCase & { status?: CaseStatus; followUpDate?: string | null };

type CountField = "made" | "closed" | "checks" | "opened" | "submitted" | "lulus" | "tidakLulus";
type DayField = "openFrom" | "openTo" | "overdueFrom" | "overdueTo" | "followUps";

/** One thing a record adds (n = 1) or, when it is taken back, removes (n = -1). */
export type TallyStep =
  | { siteId: string; day: string; field: "cases"; sub: string; n: number }
  | { siteId: string; day: string; field: "odd"; sub: string; n: number }
  | { siteId: string; day: string; field: CountField; n: number }
  | { siteId: string; day: string; field: DayField; n: number };

export const tallyKey = (siteId: string, month: string) => `${siteId}|${month}`;
/** The keys of a site's tallies from its first month up to and including `lastMonth` (yyyy-mm), as a range. */
export const tallyKeysUpTo = (siteId: string, lastMonth: string): [string, string] => [
  tallyKey(siteId, ""),
  tallyKey(siteId, lastMonth),
];

export function emptyTally(siteId: string, month: string): StatTally {
  return {
    key: tallyKey(siteId, month),
    siteId,
    month,
    cases: {},
    odd: [],
    made: 0,
    closed: 0,
    checks: 0,
    openFrom: {},
    openTo: {},
    overdueFrom: {},
    overdueTo: {},
    opened: 0,
    submitted: 0,
    lulus: 0,
    tidakLulus: 0,
    followUps: {},
  };
}

const isDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

/**
 * `days` after a yyyy-mm-dd date, counted as daysBetween counts (Date.UTC of its parts); null when it is no date
 * (checkState's day count is then NaN, never overdue).
 */
function plusDays(date: string, days: number): string | null {
  const t = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
  return Number.isNaN(t) ? null : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}
const knownGroup = new Set<string>(targetGroups);
const knownService = new Set<string>(serviceTypes);

/**
 * The case's place in A, B and JUMLAH, and its follow-up day while it is open: nothing when it is soft-deleted.
 * `sex` is undefined for an unknown person.
 */
export function caseSteps(c: TallyCase, sex: StatPerson["sex"] | undefined): TallyStep[] {
  if (c.deletedAt) return [];
  const steps: TallyStep[] = [
    {
      siteId: c.siteId,
      day: c.date,
      field: "cases",
      sub: `${c.targetGroup}|${sex ?? "?"}|${c.service}`,
      n: 1,
    },
  ];
  if (!sex || !knownGroup.has(c.targetGroup) || !knownService.has(c.service))
    steps.push({ siteId: c.siteId, day: c.date, field: "odd", sub: c.id, n: 1 });
  if (c.status && c.followUpDate && isDay(c.followUpDate) && isOpenCaseStatus(c.status))
    steps.push({ siteId: c.siteId, day: c.followUpDate, field: "followUps", n: 1 });
  return steps;
}

/** Where a referral or investigation counts: its case's current site; null when it or its case is deleted. */
export function placeOf(
  r: { siteId: string; deletedAt: string | null },
  c: { siteId: string; deletedAt: string | null } | undefined,
): string | null {
  if (r.deletedAt || c?.deletedAt) return null;
  return c ? c.siteId : r.siteId;
}

/** A referral's C1 .. C5 steps from the referral, its case (undefined when not known) and its status checks. */
export function referralSteps(
  r: StatReferral,
  c: { siteId: string; deletedAt: string | null } | undefined,
  checks: readonly StatCheck[],
): TallyStep[] {
  const siteId = placeOf(r, c);
  if (siteId === null) return [];
  const steps: TallyStep[] = [{ siteId, day: r.date, field: "made", n: 1 }];
  if (r.status === "ditutup" && r.closedDate)
    steps.push({ siteId, day: r.closedDate, field: "closed", n: 1 });
  const dates = checks
    .filter((ch) => !ch.deletedAt)
    .map((ch) => ch.date)
    .sort();
  for (const d of dates) steps.push({ siteId, day: d, field: "checks", n: 1 });
  // Open on [date, end): closed by a day when status is "ditutup" and (closedDate ?? date) is on or before it.
  const end = r.status === "ditutup" ? (r.closedDate ?? r.date) : null;
  const stretch = (from: string, to: string | null, kind: "open" | "overdue") => {
    const hi = to !== null && end !== null ? (to < end ? to : end) : (to ?? end);
    if (hi !== null && hi <= from) return;
    steps.push({ siteId, day: from, field: kind === "open" ? "openFrom" : "overdueFrom", n: 1 });
    if (hi !== null) steps.push({ siteId, day: hi, field: kind === "open" ? "openTo" : "overdueTo", n: 1 });
  };
  stretch(r.date, null, "open");
  // The last check on or before a day, else the referral date: overdue from 7 days after it until the next check.
  // A date that is not yyyy-mm-dd is never 7 days back (the model's day count is NaN), so it starts no stretch.
  const lo = (d: string) => (d > r.date ? d : r.date);
  const overdue = (last: string, next: string | null) => {
    const from = plusDays(last, CHECK_INTERVAL_DAYS);
    if (from) stretch(lo(from), next, "overdue");
  };
  overdue(r.date, dates[0] ?? null);
  dates.forEach((d, i) => overdue(d, dates[i + 1] ?? null));
  return steps;
}

/** The office calendar day of an ISO instant (submissions are counted on it); null when it is no instant. */
function officeDayOf(value: string): string | null {
  if (isDay(value)) return value;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : todayIn(OFFICE_TIME_ZONE, at);
}

/** An investigation's D1 .. D4 steps. */
export function investigationSteps(
  i: StatInvestigation,
  c: { siteId: string; deletedAt: string | null } | undefined,
): TallyStep[] {
  const siteId = placeOf(i, c);
  if (siteId === null) return [];
  const steps: TallyStep[] = [{ siteId, day: i.date, field: "opened", n: 1 }];
  const day = i.status !== "draf" && i.submittedAt ? officeDayOf(i.submittedAt) : null;
  if (day) {
    steps.push({ siteId, day, field: "submitted", n: 1 });
    if (i.recommendation === "lulus") steps.push({ siteId, day, field: "lulus", n: 1 });
    if (i.recommendation === "tidak-lulus") steps.push({ siteId, day, field: "tidakLulus", n: 1 });
  }
  return steps;
}

const isEmpty = (t: StatTally) =>
  !t.made &&
  !t.closed &&
  !t.checks &&
  !t.opened &&
  !t.submitted &&
  !t.lulus &&
  !t.tidakLulus &&
  !t.odd.length &&
  [t.cases, t.openFrom, t.openTo, t.overdueFrom, t.overdueTo, t.followUps].every(
    (m) => Object.keys(m).length === 0,
  );

const bump = (m: Record<string, number>, k: string, n: number) => {
  const v = (m[k] ?? 0) + n;
  if (v) m[k] = v;
  else delete m[k];
};

/**
 * Adds steps (sign 1) or takes them back (sign -1) in `rows` (by key; rows are made as needed). Returns the keys
 * touched; a row left holding nothing is kept in the map as emptied, so callers can delete it (see isEmptyTally).
 */
export function applySteps(
  rows: Map<string, StatTally>,
  steps: readonly TallyStep[],
  sign: 1 | -1,
): Set<string> {
  const touched = new Set<string>();
  for (const s of steps) {
    const month = s.day.slice(0, 7);
    const key = tallyKey(s.siteId, month);
    let t = rows.get(key);
    if (!t) rows.set(key, (t = emptyTally(s.siteId, month)));
    touched.add(key);
    const n = s.n * sign;
    switch (s.field) {
      case "cases":
        bump(t.cases, s.sub, n);
        break;
      case "odd":
        if (n > 0) t.odd.push(s.sub);
        else t.odd = t.odd.filter((id) => id !== s.sub);
        break;
      case "openFrom":
      case "openTo":
      case "overdueFrom":
      case "overdueTo":
      case "followUps":
        bump(t[s.field], s.day.slice(8, 10), n);
        break;
      default:
        t[s.field] += n;
    }
  }
  return touched;
}

export { isEmpty as isEmptyTally };

/** Every tally the records give (the whole input: the model keeps the sites it reports). */
export function talliesFromRecords(input: {
  cases: readonly TallyCase[];
  persons: readonly StatPerson[];
  referrals: readonly StatReferral[];
  statusChecks: readonly StatCheck[];
  investigations: readonly StatInvestigation[];
}): StatTally[] {
  const rows = new Map<string, StatTally>();
  const sex = new Map(input.persons.map((p) => [p.id, p.sex]));
  const caseById = new Map(input.cases.map((c) => [c.id, c]));
  const checksOf = new Map<string, StatCheck[]>();
  for (const ch of input.statusChecks) {
    const list = checksOf.get(ch.referralId);
    if (list) list.push(ch);
    else checksOf.set(ch.referralId, [ch]);
  }
  for (const c of input.cases) applySteps(rows, caseSteps(c, sex.get(c.personId)), 1);
  for (const r of input.referrals)
    applySteps(rows, referralSteps(r, caseById.get(r.caseId), checksOf.get(r.id) ?? []), 1);
  for (const i of input.investigations) applySteps(rows, investigationSteps(i, caseById.get(i.caseId)), 1);
  return [...rows.values()].filter((t) => !isEmpty(t));
}

/** Figures of a set of sites read from tallies: monthly sums and balances on a day. */
export class TallyReader {
  private readonly byMonth = new Map<string, StatTally[]>();
  private readonly sorted: StatTally[];

  constructor(tallies: readonly StatTally[], siteIds: readonly string[]) {
    const sites = new Set(siteIds);
    this.sorted = tallies.filter((t) => sites.has(t.siteId)).sort((a, b) => a.month.localeCompare(b.month));
    for (const t of this.sorted) {
      const list = this.byMonth.get(t.month);
      if (list) list.push(t);
      else this.byMonth.set(t.month, [t]);
    }
  }

  /** Sum of a count over the month (yyyy-mm). */
  count(month: string, field: CountField): number {
    return (this.byMonth.get(month) ?? []).reduce((s, t) => s + t[field], 0);
  }

  /** Cases of the month whose key (targetGroup|sex|service) passes `keep`. */
  cases(month: string, keep: (targetGroup: string, sex: string, service: string) => boolean): number {
    let n = 0;
    for (const t of this.byMonth.get(month) ?? [])
      for (const [k, v] of Object.entries(t.cases)) {
        const [g = "", s = "", sv = ""] = k.split("|");
        if (keep(g, s, sv)) n += v;
      }
    return n;
  }

  /** A day field's counts summed over every day up to and including `day` (yyyy-mm-dd), in the tallies given. */
  private upTo(day: string, field: DayField): number {
    const month = day.slice(0, 7);
    const dd = day.slice(8, 10);
    let n = 0;
    for (const t of this.sorted) {
      if (t.month > month) break;
      for (const [d, v] of Object.entries(t[field])) if (t.month < month || d <= dd) n += v;
    }
    return n;
  }

  /** Open (or overdue) referrals on a day (yyyy-mm-dd): every stretch begun on or before it and not yet ended. */
  balance(day: string, kind: "open" | "overdue"): number {
    return kind === "open"
      ? this.upTo(day, "openFrom") - this.upTo(day, "openTo")
      : this.upTo(day, "overdueFrom") - this.upTo(day, "overdueTo");
  }

  /** Open cases with a follow-up on or before `day`, when the tallies given run from the first month. */
  followUpsBy(day: string): number {
    return this.upTo(day, "followUps");
  }
}
