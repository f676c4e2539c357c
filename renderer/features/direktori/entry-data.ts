// Why: an entry's page shows what points at it: referrals (referrals.organisationId), programmes that name it as a
// partner (*partnerIds) and meetings its people attended (*organisationIds), each read through its index and kept to
// the sites the user may see.
import type { Actor } from "../../../shared/domain/access";
import { canSeeSite } from "../../../shared/domain/access";
import { normaliseText } from "../../../shared/domain/search";
import type {
  AppDB,
  CaseRecord,
  MeetingRecord,
  OrganisationRecord,
  ProgrammeRecord,
  ReferralRecord,
} from "../../db/app-db";
import { organisationsRepo } from "../../db/repositories/directory";

export type EntryLinks = {
  organisation: OrganisationRecord;
  referrals: { referral: ReferralRecord; caseRecord: CaseRecord | undefined }[];
  /** Referrals from sites this user may not see: counted, never shown. */
  hiddenReferrals: number;
  programmes: ProgrammeRecord[];
  meetings: MeetingRecord[];
  siteNames: Map<string, string>;
};

const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

export async function entryWithLinks(db: AppDB, actor: Actor, id: string): Promise<EntryLinks> {
  const organisation = await organisationsRepo(db).get(actor, id);
  const [referrals, programmes, meetings] = await Promise.all([
    db.referrals.where("organisationId").equals(id).toArray(),
    db.programmes.where("partnerIds").equals(id).toArray(),
    db.meetings.where("organisationIds").equals(id).toArray(),
  ]);
  const live = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => !r.deletedAt);
  const seen = <T extends { siteId: string }>(rows: T[]) => rows.filter((r) => canSeeSite(actor, r.siteId));
  const shownReferrals = seen(live(referrals)).sort((a, b) => newestFirst(a.date, b.date));
  const cases = await db.cases.bulkGet(shownReferrals.map((r) => r.caseId));
  const shownProgrammes = seen(live(programmes)).sort((a, b) => newestFirst(a.startDate, b.startDate));
  const shownMeetings = seen(live(meetings)).sort((a, b) => newestFirst(a.date, b.date));
  const siteIds = [
    ...new Set([...shownReferrals, ...shownProgrammes, ...shownMeetings].map((r) => r.siteId)),
  ];
  const sites = await db.sites.bulkGet(siteIds);
  return {
    organisation,
    referrals: shownReferrals.map((referral, i) => ({ referral, caseRecord: cases[i] })),
    hiddenReferrals: live(referrals).length - shownReferrals.length,
    programmes: shownProgrammes,
    meetings: shownMeetings,
    siteNames: new Map(sites.flatMap((s) => (s ? [[s.id, s.name] as const] : []))),
  };
}

/** Another live entry with the same name in the same area (typed differently in case or spacing), if any. */
export async function sameEntry(
  db: AppDB,
  name: string,
  area: string,
  exceptId: string | null,
): Promise<OrganisationRecord | undefined> {
  const key = normaliseText(name);
  const first = key.split(" ")[0];
  if (!first) return undefined;
  return db.organisations
    .where("nameTokens")
    .equals(first)
    .filter(
      (o) =>
        !o.deletedAt &&
        o.id !== exceptId &&
        normaliseText(o.name) === key &&
        normaliseText(o.area) === normaliseText(area),
    )
    .first();
}
