// Why: the reads behind the needs screens, kept to the user's sites the way the repositories keep their writes.
import type { Actor } from "../../../../shared/domain/access";
import { needStatuses } from "../../../../shared/domain/community";
import type {
  ActionPlanRecord,
  AppDB,
  MeetingRecord,
  NeedRecord,
  ProgrammeRecord,
  SiteRecord,
} from "../../../db/app-db";
import { sitesRepo } from "../../../db/repositories/sites";
import { requireSite } from "../perjumpaan/meetings-data";
import { answeringProgrammes, byPriority, withoutPlan } from "./needs";

export type NeedRow = {
  need: NeedRecord;
  meeting: MeetingRecord | undefined;
  plan: ActionPlanRecord | undefined;
  programmes: number;
};

async function livePlansOf(db: AppDB, needIds: string[]): Promise<ActionPlanRecord[]> {
  return db.actionPlans
    .where("needId")
    .anyOf(needIds)
    .filter((p) => !p.deletedAt)
    .toArray();
}

export async function programmesOfSite(db: AppDB, siteId: string): Promise<ProgrammeRecord[]> {
  return db.programmes
    .where("[siteId+startDate]")
    .between([siteId, ""], [siteId, "\uffff"])
    .filter((p) => !p.deletedAt)
    .toArray();
}

export async function meetingsOf(db: AppDB, siteId: string): Promise<MeetingRecord[]> {
  return db.meetings
    .where("[siteId+date]")
    .between([siteId, ""], [siteId, "\uffff"])
    .reverse()
    .filter((m) => !m.deletedAt)
    .toArray();
}

/** A site's needs register: each need with the meeting that raised it, its plan and how many programmes answer it. */
export async function needsOfSite(db: AppDB, actor: Actor, siteId: string): Promise<NeedRow[]> {
  requireSite(actor, siteId);
  const needs = await db.needs
    .where("[siteId+status]")
    .between([siteId, ""], [siteId, "\uffff"])
    .filter((n) => !n.deletedAt)
    .toArray();
  const [plans, meetings, programmes] = await Promise.all([
    livePlansOf(
      db,
      needs.map((n) => n.id),
    ),
    meetingsOf(db, siteId),
    programmesOfSite(db, siteId),
  ]);
  const planOf = new Map(plans.map((p) => [p.needId, p]));
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  return byPriority(needs).map((need) => {
    const plan = planOf.get(need.id);
    return {
      need,
      plan,
      meeting: need.raisedInMeetingId ? meetingById.get(need.raisedInMeetingId) : undefined,
      programmes: answeringProgrammes(need.id, plan, programmes).length,
    };
  });
}

/** Open needs of every site the user may see that have no action plan yet. */
export async function needsWithoutPlan(
  db: AppDB,
  actor: Actor,
): Promise<{ need: NeedRecord; site: SiteRecord | undefined }[]> {
  const sites = await sitesRepo(db).list(actor);
  const keys = sites.flatMap((s) => needStatuses.filter((st) => st !== "selesai").map((st) => [s.id, st]));
  const needs = (await db.needs.where("[siteId+status]").anyOf(keys).toArray()).filter((n) => !n.deletedAt);
  const plans = await livePlansOf(
    db,
    needs.map((n) => n.id),
  );
  const siteById = new Map(sites.map((s) => [s.id, s]));
  return withoutPlan(needs, plans).map((need) => ({ need, site: siteById.get(need.siteId) }));
}

/** Needs raised in one meeting. */
export async function needsOfMeeting(db: AppDB, actor: Actor, meeting: MeetingRecord): Promise<NeedRecord[]> {
  requireSite(actor, meeting.siteId);
  const needs = await db.needs
    .where("raisedInMeetingId")
    .equals(meeting.id)
    .filter((n) => !n.deletedAt && n.siteId === meeting.siteId)
    .toArray();
  return byPriority(needs);
}
