// Why: the figures on the home screen, each the same count the register gives for the filter it links to.
import type { Actor } from "../../shared/domain/access";
import { canSeeSite } from "../../shared/domain/access";
import { targetGroups, type CaseStatus, type TargetGroup } from "../../shared/domain/codes";
import { addDays, todayIn } from "../../shared/domain/dates";
import { checkState } from "../../shared/domain/referral";
import type { AppDB } from "./app-db";
import { registerCount } from "./register";

export type MonthBar = { month: string; from: string; to: string } & Record<TargetGroup, number>;

export type Dashboard = {
  months: MonthBar[];
  openByStatus: Record<"baru" | "dalam-tindakan" | "dirujuk", number>;
  referralsDue: number;
  followUpsDue: number;
  followUpUntil: string;
};

function monthStart(iso: string, back: number): string {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 10);
}

export async function dashboard(db: AppDB, actor: Actor, today = todayIn()): Promise<Dashboard> {
  const sites = (await db.sites.toArray())
    .filter((s) => !s.deletedAt && canSeeSite(actor, s.id))
    .map((s) => s.id);
  const first = monthStart(today, 11);
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
  const index = new Map(months.map((m, i) => [m.month, i]));
  const openByStatus = { baru: 0, "dalam-tindakan": 0, dirujuk: 0 };
  const followUpUntil = addDays(today, 7);
  let followUpsDue = 0;
  for (const siteId of sites) {
    await db.cases
      .where("[siteId+date]")
      .between([siteId, first], [siteId, today], true, true)
      .each((c) => {
        if (c.deletedAt) return;
        const m = months[index.get(c.date.slice(0, 7)) ?? -1];
        if (m) m[c.targetGroup] += 1;
      });
  }
  for (const status of ["baru", "dalam-tindakan", "dirujuk"] as const satisfies readonly CaseStatus[]) {
    openByStatus[status] = await registerCount(db, actor, { siteIds: null, status });
  }
  followUpsDue = await db.cases
    .where("followUpDate")
    .between("0000", followUpUntil, false, true)
    .filter(
      (c) =>
        !c.deletedAt &&
        !!c.followUpDate &&
        c.status !== "selesai" &&
        c.status !== "ditutup" &&
        sites.includes(c.siteId),
    )
    .count();
  const open =
    actor.role === "ppk"
      ? await db.referrals.where("[officerId+status]").equals([actor.userId, "terbuka"]).toArray()
      : (
          await Promise.all(
            sites.map((s) => db.referrals.where("[siteId+status]").equals([s, "terbuka"]).toArray()),
          )
        ).flat();
  const referralsDue = open.filter(
    (r) => !r.deletedAt && checkState(r.date, r.lastCheckDate, today).state !== "ok",
  ).length;
  return { months, openByStatus, referralsDue, followUpsDue, followUpUntil };
}
