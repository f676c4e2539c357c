// Why: the figures on the home screen, each the same count the register gives for the filter it links to.
import type { Actor } from "../../shared/domain/access";
import { canSeeSite } from "../../shared/domain/access";
import { openCaseStatuses, targetGroups, type TargetGroup } from "../../shared/domain/codes";
import { TallyReader, tallyKeysUpTo } from "../../shared/reports/statistik-kes/tallies";
import { addDays, todayIn } from "../../shared/domain/dates";
import type { AppDB } from "./app-db";
import { registerCount } from "./register";
import { dueReferrals } from "./repositories/referrals";

export type MonthBar = { month: string; from: string; to: string } & Record<TargetGroup, number>;

export type Dashboard = {
  months: MonthBar[];
  openByStatus: Record<"baru" | "dalam-tindakan" | "dirujuk", number>;
  referralsDue: number;
  /** Open cases with a follow-up due by `until` (a week ahead). */
  followUps: { count: number; until: string };
};

/** The last day of the follow-ups the home screen shows as due: a week ahead. */
export const followUpUntil = (today: string) => addDays(today, 7);

function monthStart(iso: string, back: number): string {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 10);
}

export async function dashboard(db: AppDB, actor: Actor, today = todayIn()): Promise<Dashboard> {
  const sites = (await db.sites.toArray())
    .filter((s) => !s.deletedAt && canSeeSite(actor, s.id))
    .map((s) => s.id);
  const months: MonthBar[] = [];
  for (let i = 11; i >= 0; i--) {
    const from = monthStart(today, i);
    const to = addDays(monthStart(today, i - 1), -1);
    months.push({
      month: from.slice(0, 7),
      from,
      to,
      ...(Object.fromEntries(targetGroups.map((g) => [g, 0])) as Record<TargetGroup, number>),
    });
  }
  // The chart and the follow-ups due read the monthly tallies kept with every case write (one small row per site
  // and month): they count the live cases by their date's month, and the open ones by their follow-up day, exactly as
  // the register does for the filters the figures open. Follow-ups due go back to the first month.
  const until = followUpUntil(today);
  const tallies = (
    await Promise.all(
      sites.map((siteId) =>
        db.statTallies
          .where(":id")
          .between(...tallyKeysUpTo(siteId, until.slice(0, 7)), true, true)
          .toArray(),
      ),
    )
  ).flat();
  const read = new TallyReader(tallies, sites);
  for (const m of months) for (const g of targetGroups) m[g] = read.cases(m.month, (group) => group === g);
  const openByStatus = { baru: 0, "dalam-tindakan": 0, dirujuk: 0 };
  for (const status of openCaseStatuses)
    openByStatus[status] = await registerCount(db, actor, { siteIds: null, status });
  const referralsDue = (await dueReferrals(db, actor, today)).length;
  const followUps = { count: read.followUpsBy(until), until };
  return { months, openByStatus, referralsDue, followUps };
}
