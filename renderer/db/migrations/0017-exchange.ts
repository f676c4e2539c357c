// Why: version 17 lets records travel between PCs: every travelling table gains the `[pc+pcSeq]` index (the versions
// a file for another PC carries), this PC gets its book (`exchange`: its random id and change numbers) and a place
// for versions made apart on another PC (`versionsApart`); the rows already here become this PC's change 1.
import type Dexie from "dexie";
import { newBook, nextSeq } from "../../../shared/exchange/book";
import { newId } from "../../../shared/ids";

/** Every travelling table at version 17, its indexes restated as they stood at version 16 plus `[pc+pcSeq]`. */
const TRAVELLING: Readonly<Record<string, string>> = {
  office: "id, [pc+pcSeq]",
  users: "id, &username, *siteIds, deletedAt, [pc+pcSeq]",
  sites: "id, &code, deletedAt, [pc+pcSeq]",
  audit: "id, [table+recordId], [actorId+id], [action+id], [pc+pcSeq]",
  persons: "id, mykad, *nameTokens, phoneDigits, siteId, householdId, [siteId+unit], deletedAt, [pc+pcSeq]",
  households: "id, siteId, headPersonId, deletedAt, [pc+pcSeq]",
  cases: "id, &recordNo, [siteId+status+date], personId, deletedAt, legacyNo, [pc+pcSeq]",
  caseNotes: "id, caseId, deletedAt, [pc+pcSeq]",
  organisations:
    "id, name, deletedAt, kind, area, confirmedAt, reviewKey, *nameTokens, *phoneKeys, *serviceKeys, *targetGroups, [pc+pcSeq]",
  referrals: "id, caseId, [siteId+status], [officerId+status], organisationId, deletedAt, [pc+pcSeq]",
  statusChecks: "id, referralId, deletedAt, [pc+pcSeq]",
  investigations:
    "id, caseId, [siteId+status], status, deletedAt, [siteId+status+date], [siteId+scheme+date], refNo, [pc+pcSeq]",
  attachments: "id, ownerId, deletedAt, [pc+pcSeq]",
  rates: "id, kind, deletedAt, [pc+pcSeq]",
  profiles: "id, [siteId+asOf], deletedAt, [pc+pcSeq]",
  stakeholders: "id, siteId, deletedAt, [pc+pcSeq]",
  contacts: "id, stakeholderId, deletedAt, [pc+pcSeq]",
  meetings: "id, [siteId+date], deletedAt, *organisationIds, [pc+pcSeq]",
  actionItems: "id, meetingId, [ownerId+status], siteId, deletedAt, [pc+pcSeq]",
  needs: "id, [siteId+status], raisedInMeetingId, deletedAt, [pc+pcSeq]",
  actionPlans: "id, needId, siteId, deletedAt, [pc+pcSeq]",
  programmes: "id, [siteId+startDate], needId, deletedAt, *partnerIds, [pc+pcSeq]",
  photos: "id, ownerId, deletedAt, [pc+pcSeq]",
  tours: "id, date, status, deletedAt, *partnerIds, [pc+pcSeq]",
  checkpoints: "id, [tourId+order], date, deletedAt, [pc+pcSeq]",
  kpnServices: "id, tourId, [checkpointId+id], deletedAt, [pc+pcSeq]",
  complaints: "id, refNo, tourId, checkpointId, receivedDate, resolvedDate, deletedAt, openKey, [pc+pcSeq]",
  baskets: "id, tourId, checkpointId, [mykad+date], deletedAt, [pc+pcSeq]",
  intakes: "id, tourId, checkpointId, [outcome+assignedSiteId], personId, deletedAt, awaitingKey, [pc+pcSeq]",
};

export function migration0017(db: Dexie): void {
  db.version(17)
    .stores({
      ...TRAVELLING,
      exchange: "id",
      versionsApart: "key, [table+recordId], [pc+pcSeq]",
    })
    .upgrade(async (tx) => {
      const { seq, book } = nextSeq(newBook(newId()));
      const stamp = { pc: book.pc, pcSeq: seq, seen: { [book.pc]: seq } };
      for (const name of Object.keys(TRAVELLING)) await tx.table(name).toCollection().modify(stamp);
      await tx.table("exchange").put({ ...book, id: "book" });
    });
}
