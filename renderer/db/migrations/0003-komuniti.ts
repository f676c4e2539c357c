// Why: version 3 adds the community work: dated profiles, stakeholders and their contacts, meetings with action items,
// needs with action plans, programmes and their photos.
import type Dexie from "dexie";

export function migration0003(db: Dexie): void {
  db.version(3).stores({
    profiles: "id, [siteId+asOf], deletedAt",
    stakeholders: "id, siteId, deletedAt",
    contacts: "id, stakeholderId, deletedAt",
    meetings: "id, [siteId+date], deletedAt",
    actionItems: "id, meetingId, [ownerId+status], siteId, deletedAt",
    needs: "id, [siteId+status], raisedInMeetingId, deletedAt",
    actionPlans: "id, needId, siteId, deletedAt",
    programmes: "id, [siteId+startDate], needId, deletedAt",
    photos: "id, ownerId, deletedAt",
  });
}
