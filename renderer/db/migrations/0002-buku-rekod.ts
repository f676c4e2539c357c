// Why: version 2 adds the Buku Rekod: persons, households, cases with their notes and numbering counters,
// organisations, referrals with status checks, aid investigations, attachments and dated rates (PGK, schemes).
import type Dexie from "dexie";

export function migration0002(db: Dexie): void {
  db.version(2).stores({
    persons: "id, mykad, *nameTokens, phoneDigits, siteId, householdId, [siteId+unit], deletedAt",
    households: "id, siteId, headPersonId, deletedAt",
    cases: "id, &recordNo, [siteId+date], date, personId, officerId, status, followUpDate, deletedAt",
    caseNotes: "id, caseId, deletedAt",
    counters: "key",
    organisations: "id, name, deletedAt",
    referrals: "id, caseId, [siteId+status], [officerId+status], organisationId, deletedAt",
    statusChecks: "id, referralId, deletedAt",
    investigations: "id, caseId, [siteId+status], status, deletedAt",
    attachments: "id, ownerId, deletedAt",
    rates: "id, kind, deletedAt",
  });
}
