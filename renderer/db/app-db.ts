// Why: the one IndexedDB database, opened with strict durability so a save survives the PC being switched off.
import Dexie, { type Table } from "dexie";
import type { Office } from "../../shared/domain/office";
import type { Stored } from "../../shared/domain/record";
import type { UserData } from "../../shared/domain/user";
import type { SiteInput } from "../../shared/domain/site";
import type { LoginAttempts } from "../../shared/domain/lockout";
import type { PersonDerived, PersonInput } from "../../shared/domain/person";
import type { HouseholdInput } from "../../shared/domain/household";
import type { CaseInput } from "../../shared/domain/case";
import type { CaseNoteInput } from "../../shared/domain/case";
import type { OrganisationData } from "../../shared/domain/directory";
import type {
  BasketInput,
  CheckpointInput,
  ComplaintInput,
  IntakeInput,
  ServiceTallyInput,
  TourInput,
} from "../../shared/domain/kpn/records";
import type { ComplaintKeys, IntakeKeys } from "../../shared/domain/kpn/list-keys";
import type {
  InvestigationInput,
  InvestigationStatus,
  RateInput,
  ReturnEntry,
} from "../../shared/domain/aid";
import type {
  ActionItemInput,
  ActionPlanInput,
  ContactInput,
  MeetingData,
  NeedInput,
  ProfileInput,
  ProgrammeInput,
  StakeholderInput,
} from "../../shared/domain/community";
import { migrations } from "./migrations";
import { statTalliesMiddleware } from "./stat-tallies";
import { exchangeStampsMiddleware } from "./exchange/stamps";
import type { BookRow, VersionApartRow } from "./exchange/tables";
import type { StatTally } from "../../shared/reports/statistik-kes/tallies";
import type { MonthlyPackData } from "../../shared/domain/monthly-pack";
import type { PcReportData } from "../../shared/exchange/pc-report";
import type { HubSyncRow } from "./hub/link";
import type {
  P2k2SessionRecord,
  PkhAgendaRecord,
  PkhComplaintRecord,
  PkhGroupKeys,
  PkhHouseholdKeys,
  PkhMemberKeys,
  PkhPaymentRecord,
  PkhReportRecord,
  PkhStageRecord,
  PkhVerificationRecord,
  PkhViolationRecord,
} from "./pkh-tables";

export type OfficeRecord = Stored<Office>;
/** A site's monthly pack sent to the PKMD (shared/domain/monthly-pack.ts). */
export type MonthlyPackRecord = Stored<MonthlyPackData>;
/** What one PC reports of itself, e.g. its last good backup (shared/exchange/pc-report.ts). */
export type PcReportRecord = Stored<PcReportData>;
export type UserRecord = Stored<UserData>;
export type SiteRecord = Stored<SiteInput>;

export type PersonData = PersonInput & PersonDerived & { householdId?: string | null };
export type PersonRecord = Stored<PersonData>;
export type HouseholdRecord = Stored<HouseholdInput>;
/** `legacyNo`: an imported case's number from the old Buku Rekod when it could not be kept as its record number. */
export type CaseData = CaseInput & { recordNo: string; year: number; seq: number; legacyNo?: string };
export type CaseRecord = Stored<CaseData>;
export type CaseNoteData = CaseNoteInput & { siteId: string };
export type CaseNoteRecord = Stored<CaseNoteData>;
/** A directory entry (shared/domain/directory.ts), with its search keys. */
export type OrganisationRecord = Stored<OrganisationData>;
export type ReferralData = {
  caseId: string;
  siteId: string;
  organisationId: string;
  reason: string;
  date: string;
  officerId: string;
  status: "terbuka" | "ditutup";
  lastCheckDate: string | null;
  closedDate: string | null;
  outcome: string;
};
export type ReferralRecord = Stored<ReferralData>;
export type StatusCheckData = {
  referralId: string;
  siteId: string;
  date: string;
  contactMade: boolean;
  response: string;
  nextStep: string;
};
export type StatusCheckRecord = Stored<StatusCheckData>;
export type InvestigationData = InvestigationInput & {
  siteId: string;
  /** The case's record number and the investigation's order on it ("SPH/2026/0042/S1"); set when opened. */
  refNo?: string;
  /** Each time the PKMD sent it back for correction, with what to correct. */
  returns?: ReturnEntry[];
  status: InvestigationStatus;
  officerId: string;
  submittedAt: string | null;
  submittedBy: string | null;
  decision: "lulus" | "tidak-lulus" | null;
  decisionAmount: number | null;
  decisionNote: string;
  decidedAt: string | null;
  decidedBy: string | null;
};
export type InvestigationRecord = Stored<InvestigationData>;
export type AttachmentData = {
  ownerTable: string;
  ownerId: string;
  siteId: string;
  name: string;
  label: string;
  mime: string;
  size: number;
  data: Blob;
};
export type AttachmentRecord = Stored<AttachmentData>;
export type RateRecord = Stored<RateInput>;
export type CounterRow = { key: string; next: number };

export type ProfileData = ProfileInput & { version: number };
export type ProfileRecord = Stored<ProfileData>;
export type StakeholderRecord = Stored<StakeholderInput>;
export type ContactRecord = Stored<ContactInput>;
export type MeetingRecord = Stored<MeetingData>;
export type ActionItemRecord = Stored<ActionItemInput>;
export type NeedRecord = Stored<NeedInput>;
export type ActionPlanRecord = Stored<ActionPlanInput>;
export type ProgrammeRecord = Stored<ProgrammeInput>;
export type PhotoData = {
  ownerTable: string;
  ownerId: string;
  siteId: string;
  caption: string;
  mime: "image/jpeg";
  width: number;
  height: number;
  size: number;
  data: Blob;
};
export type PhotoRecord = Stored<PhotoData>;

/** Kembara Prihatin Negara: a tour, its checkpoints and what each checkpoint records. */
export type TourRecord = Stored<TourInput>;
export type CheckpointRecord = Stored<CheckpointInput>;
/** One person served at the service counter (undo deletes the last row). */
export type KpnServiceRecord = Stored<ServiceTallyInput>;
/** `refNo`: the complaint's number, given at once for the complainant's slip. */
export type ComplaintRecord = Stored<ComplaintInput & { refNo: string } & ComplaintKeys>;
/** `mykad`: twelve digits; `date`: the day given, for the same-month warning. */
export type BasketRecord = Stored<BasketInput & { date: string }>;
export type IntakeRecord = Stored<IntakeInput & IntakeKeys>;

export type AuditRow = {
  id: string;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  table: string;
  recordId: string;
  /** Short human label of the record (a name or code), kept so the log reads well after deletion. */
  label: string;
  before: unknown;
  after: unknown;
  /** Why, when the user was asked (deleting a case). */
  reason?: string;
};

/** A spreadsheet's column mapping, remembered for the next file with the same headers (shared/import/mapping.ts). */
export type ImportMappingData = {
  /** The import's kind and its normalised headers. */
  signature: string;
  /** Field key per column, in column order (null: column not imported). */
  columns: (string | null)[];
};
export type ImportMappingRecord = Stored<ImportMappingData>;

export type DraftRow = { userId: string; key: string; value: unknown; savedAt: string };

export const DB_NAME = "rekod-komuniti";

export class AppDB extends Dexie {
  office!: Table<OfficeRecord, string>;
  users!: Table<UserRecord, string>;
  sites!: Table<SiteRecord, string>;
  audit!: Table<AuditRow, string>;
  loginAttempts!: Table<LoginAttempts, string>;
  drafts!: Table<DraftRow, [string, string]>;
  persons!: Table<PersonRecord, string>;
  households!: Table<HouseholdRecord, string>;
  cases!: Table<CaseRecord, string>;
  caseNotes!: Table<CaseNoteRecord, string>;
  counters!: Table<CounterRow, string>;
  organisations!: Table<OrganisationRecord, string>;
  referrals!: Table<ReferralRecord, string>;
  statusChecks!: Table<StatusCheckRecord, string>;
  investigations!: Table<InvestigationRecord, string>;
  attachments!: Table<AttachmentRecord, string>;
  rates!: Table<RateRecord, string>;
  profiles!: Table<ProfileRecord, string>;
  stakeholders!: Table<StakeholderRecord, string>;
  contacts!: Table<ContactRecord, string>;
  meetings!: Table<MeetingRecord, string>;
  actionItems!: Table<ActionItemRecord, string>;
  needs!: Table<NeedRecord, string>;
  actionPlans!: Table<ActionPlanRecord, string>;
  programmes!: Table<ProgrammeRecord, string>;
  photos!: Table<PhotoRecord, string>;
  statTallies!: Table<StatTally, string>;
  importMappings!: Table<ImportMappingRecord, string>;
  tours!: Table<TourRecord, string>;
  checkpoints!: Table<CheckpointRecord, string>;
  kpnServices!: Table<KpnServiceRecord, string>;
  complaints!: Table<ComplaintRecord, string>;
  baskets!: Table<BasketRecord, string>;
  intakes!: Table<IntakeRecord, string>;
  exchange!: Table<BookRow, string>;
  versionsApart!: Table<VersionApartRow, string>;
  monthlyPacks!: Table<MonthlyPackRecord, string>;
  pcReports!: Table<PcReportRecord, string>;
  // PKH (migration 0019; types in pkh-tables.ts).
  pkhHouseholds!: Table<Stored<PkhHouseholdKeys>, string>;
  pkhMembers!: Table<Stored<PkhMemberKeys>, string>;
  pkhGroups!: Table<Stored<PkhGroupKeys>, string>;
  p2k2Sessions!: Table<P2k2SessionRecord, string>;
  pkhVerifications!: Table<PkhVerificationRecord, string>;
  pkhComplaints!: Table<PkhComplaintRecord, string>;
  pkhPayments!: Table<PkhPaymentRecord, string>;
  pkhViolations!: Table<PkhViolationRecord, string>;
  pkhAgenda!: Table<PkhAgendaRecord, string>;
  pkhReports!: Table<PkhReportRecord, string>;
  // Migration 0021.
  pkhStages!: Table<PkhStageRecord, string>;
  // Migration 0022: this PC's link to the office hub and its transfers in flight (never travels).
  hubSync!: Table<HubSyncRow, string>;

  constructor(name = DB_NAME) {
    super(name, { chromeTransactionDurability: "strict" });
    for (const apply of migrations) apply(this);
    this.use(statTalliesMiddleware);
    this.use(exchangeStampsMiddleware);
  }
}
