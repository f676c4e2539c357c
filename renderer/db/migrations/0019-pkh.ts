// Why: version 19 holds the PKH pack's records: the KPM register (households and members, searched by name, NIK and
// No. KPM), groups, P2K2 sessions, commitment verification, complaints, payment stages, violations, the agenda and
// the pendamping's reports; each read a site (wilayah dampingan) and a period at a time, each travelling like every
// record.
import type Dexie from "dexie";

export function migration0019(db: Dexie): void {
  db.version(19).stores({
    pkhHouseholds: "id, siteId, kpmNo, [siteId+groupId], deletedAt, *nameTokens, [pc+pcSeq]",
    pkhMembers: "id, householdId, siteId, nik, deletedAt, *nameTokens, [pc+pcSeq]",
    pkhGroups: "id, siteId, deletedAt, [pc+pcSeq]",
    p2k2Sessions: "id, [siteId+date], groupId, deletedAt, [pc+pcSeq]",
    pkhVerifications: "id, [siteId+month], householdId, memberId, deletedAt, [pc+pcSeq]",
    pkhComplaints: "id, [siteId+receivedDate], kpmId, resolvedDate, deletedAt, [pc+pcSeq]",
    pkhPayments: "id, [siteId+stageId], householdId, deletedAt, [pc+pcSeq]",
    pkhViolations: "id, [siteId+date], facilitatorId, deletedAt, [pc+pcSeq]",
    pkhAgenda: "id, [siteId+date], remindOn, deletedAt, [pc+pcSeq]",
    pkhReports: "id, [siteId+period], kind, deletedAt, [pc+pcSeq]",
  });
}
