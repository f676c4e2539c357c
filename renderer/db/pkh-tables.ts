// Why: the PKH pack's records as stored (migration 0019): each names its site (wilayah dampingan), so it is scoped
// and travels like every record. The register's household/member/group and the agenda/report fields are filled in
// by their schemas in shared/domain/pkh as those land; the keys below are what the indexes read.
import type { Stored } from "../../shared/domain/record";
import type { AttendanceEntry, CkpEntry, P2k2Session } from "../../shared/domain/pkh/p2k2";
import type { CommitmentRecord } from "../../shared/domain/pkh/commitments";
import type { PkhComplaint } from "../../shared/domain/pkh/complaints";
import type { PaymentRecord, StageRecord } from "../../shared/domain/pkh/payments";
import type { Violation } from "../../shared/domain/pkh/supervision";
import type { AgendaInput } from "../../shared/domain/pkh/agenda";
import type { PendampingReport } from "../../shared/domain/pkh/report";
import type { GroupInput } from "../../shared/domain/pkh/kelompok";
import type { HouseholdInput, MemberInput } from "../../shared/domain/pkh/records";

type Sited = { siteId: string };

/** A KPM household as stored: its fields, the day it joined its group (set on save) and its name words. */
export type PkhHouseholdData = HouseholdInput & { groupJoinedOn: string | null; nameTokens: string[] };
/** A household member as stored: its household and wilayah (the household's) and its name words. */
export type PkhMemberData = MemberInput & { householdId: string; siteId: string; nameTokens: string[] };
export type PkhHouseholdKeys = PkhHouseholdData;
export type PkhMemberKeys = PkhMemberData;
export type PkhGroupKeys = GroupInput;
export type PkhHouseholdRecord = Stored<PkhHouseholdData>;
export type PkhMemberRecord = Stored<PkhMemberData>;
export type PkhGroupRecord = Stored<GroupInput>;

export type P2k2SessionData = Sited & P2k2Session & { attendance: AttendanceEntry[]; ckp: CkpEntry[] };
export type PkhVerificationData = Sited & CommitmentRecord;
/** A complaint as stored: its reference number (given on create) and, while open, its `openSince` index key. */
export type PkhComplaintData = Sited & PkhComplaint & { refNo: string; openSince: string | null };
/** A household's payment at a stage: prepared (expected), then reconciled (what came). */
export type PkhPaymentData = PaymentRecord;
/** A wilayah's payment stage: its day, place and accompaniment (migration 0021). */
export type PkhStageRecord = Stored<StageRecord>;
export type PkhViolationData = Sited & Violation;
/** An agenda item or note; `remindOn` is its reminder's day while it waits (agenda.ts pendingReminder). */
export type PkhAgendaRecord = Stored<AgendaInput & { remindOn: string | null }>;
/** A pendamping's report: what the pendamping writes (the rest comes from the records when it is made). */
export type PkhReportRecord = Stored<PendampingReport>;

export type P2k2SessionRecord = Stored<P2k2SessionData>;
export type PkhVerificationRecord = Stored<PkhVerificationData>;
export type PkhComplaintRecord = Stored<PkhComplaintData>;
export type PkhPaymentRecord = Stored<PkhPaymentData>;
export type PkhViolationRecord = Stored<PkhViolationData>;
