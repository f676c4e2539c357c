// Why: the reads behind the meeting screens, kept to the user's sites the way the repositories keep their writes.
import { canSeeSite, type Actor } from "../../../../shared/domain/access";
import type {
  ActionItemRecord,
  AppDB,
  MeetingRecord,
  SiteRecord,
  StakeholderRecord,
  UserRecord,
} from "../../../db/app-db";
import { AccessError } from "../../../db/errors";
import { countsByMeeting, openStatuses, type ItemCounts } from "./action-items";

export function requireSite(actor: Actor, siteId: string): void {
  if (!canSeeSite(actor, siteId)) throw new AccessError();
}

export type MeetingRow = { meeting: MeetingRecord; counts: ItemCounts };

/** A site's meetings, newest first, with what each still has open. */
export async function meetingsOfSite(
  db: AppDB,
  actor: Actor,
  siteId: string,
  today: string,
): Promise<MeetingRow[]> {
  requireSite(actor, siteId);
  const [meetings, items] = await Promise.all([
    db.meetings
      .where("[siteId+date]")
      .between([siteId, ""], [siteId, "\uffff"])
      .reverse()
      .filter((m) => !m.deletedAt)
      .toArray(),
    db.actionItems
      .where("siteId")
      .equals(siteId)
      .filter((i) => !i.deletedAt)
      .toArray(),
  ]);
  const counts = countsByMeeting(items, today);
  return meetings.map((meeting) => ({ meeting, counts: counts.get(meeting.id) ?? { open: 0, overdue: 0 } }));
}

export type MyItem = { item: ActionItemRecord; meeting: MeetingRecord; site: SiteRecord | undefined };

/** The user's own open action items, across every meeting of the sites they may see. */
export async function myOpenActionItems(db: AppDB, actor: Actor): Promise<MyItem[]> {
  const items = (
    await db.actionItems
      .where("[ownerId+status]")
      .anyOf(openStatuses.map((s) => [actor.userId, s]))
      .toArray()
  ).filter((i) => !i.deletedAt && canSeeSite(actor, i.siteId));
  const meetingIds = [...new Set(items.map((i) => i.meetingId))];
  const siteIds = [...new Set(items.map((i) => i.siteId))];
  const [meetings, sites] = await Promise.all([db.meetings.bulkGet(meetingIds), db.sites.bulkGet(siteIds)]);
  const meetingById = new Map(meetings.flatMap((m) => (m && !m.deletedAt ? [[m.id, m] as const] : [])));
  const siteById = new Map(sites.flatMap((s) => (s ? [[s.id, s] as const] : [])));
  return items.flatMap((item) => {
    const meeting = meetingById.get(item.meetingId);
    return meeting ? [{ item, meeting, site: siteById.get(item.siteId) }] : [];
  });
}

/** The name of every possible owner of an action item, officers and the site's stakeholders alike, by id. */
export function ownerNames(
  users: readonly Pick<UserRecord, "id" | "name">[],
  stakeholders: readonly Pick<StakeholderRecord, "id" | "name">[],
): Map<string, string> {
  return new Map([...users, ...stakeholders].map((p) => [p.id, p.name]));
}

/** Who may own an action item at a site: active PKMD officers and the site's own PPKs. */
export function ownersFor(users: readonly UserRecord[], siteId: string): UserRecord[] {
  return users
    .filter((u) => !u.disabled && (u.role === "pkmd" || (u.role === "ppk" && u.siteIds.includes(siteId))))
    .sort((a, b) => a.name.localeCompare(b.name));
}
