// Why: the PKMD desk's figures, every site side by side, each the same count the screen it links to gives, read from
// the running tallies and small index ranges only (never a whole table of cases or referrals), so it stays fast at 200k.
import type { Actor } from "../../shared/domain/access";
import { canSeeSite } from "../../shared/domain/access";
import { addDays, todayIn } from "../../shared/domain/dates";
import { packIdOf, type PackStatus } from "../../shared/domain/monthly-pack";
import { OFFICE_ID, type OfficePc } from "../../shared/domain/office";
import { TallyReader, tallyKeysUpTo } from "../../shared/reports/statistik-kes/tallies";
import { monthOf, shiftMonth } from "../features/ppr/program/month";
import { programmesInMonth } from "../features/ppr/program/queries";
import type { AppDB, PcReportRecord } from "./app-db";
import { addressOf } from "../../shared/exchange/book";
import { readContacts } from "./exchange/files";
import { BOOK_ID, EXCHANGE_TABLE, type BookRow } from "./exchange/tables";
import { overdueComplaintCount } from "./repositories/kpn/complaints";

/** A backup older than this many days is shown as a warning. */
export const BACKUP_STALE_DAYS = 7;

/** The desk's default month: the last one (the month whose pack the sites send now). */
export const deskMonthOf = (today: string) => shiftMonth(monthOf(today), -1);

/** A PC working on a site: when this PC last took a file from it, and its last good backup as it reported it. */
export type DeskPc = {
  id: string;
  name: string;
  number: number;
  /** When this PC last read a file from it; null: never. */
  receivedAt: string | null;
  /** Its own report (null: none arrived yet). */
  report: Pick<PcReportRecord, "lastBackup" | "lastFailure" | "reportedAt"> | null;
  /** "ok", or why the backup needs a look: none reported, older than 7 days, or failed since. */
  backup: "ok" | "none" | "old" | "failed";
};

export type DeskFigures = {
  /** Live cases dated in the desk's month. */
  cases: number;
  /** Referrals open today, and those of them overdue for their weekly check. */
  openReferrals: number;
  overdueChecks: number;
  /** Investigations sent and waiting for the PKMD's decision. */
  awaitingDecision: number;
  /** Programmes running in the desk's month. */
  programmes: number;
};

export type DeskPack = { status: PackStatus; round: number; sentOn: string; id: string } | null;

export type DeskRow = {
  site: { id: string; code: string; name: string };
  figures: DeskFigures;
  pack: DeskPack;
  pcs: DeskPc[];
};

export type Desk = {
  month: string;
  today: string;
  rows: DeskRow[];
  totals: DeskFigures;
  /** KPN complaints (the district's, they have no site) overdue today. */
  complaintsOverdue: number;
};

/** Whether a PC's reported backup needs a look on `today`. */
export function backupState(report: DeskPc["report"], today: string): DeskPc["backup"] {
  if (!report?.lastBackup) return "none";
  if (report.lastFailure) return "failed";
  const day = report.lastBackup.at.slice(0, 10);
  return addDays(day, BACKUP_STALE_DAYS) < today ? "old" : "ok";
}

/** The PCs of the office working on a site (their own sites, not the district's PCs that see every site). */
function pcsOfSite(pcs: readonly OfficePc[], siteId: string, me: string | null): OfficePc[] {
  return pcs.filter((p) => p.id !== me && p.scopes !== "all" && p.scopes.includes(siteId));
}

async function figuresOf(
  db: AppDB,
  actor: Actor,
  siteId: string,
  month: string,
  today: string,
): Promise<DeskFigures> {
  const last = month > monthOf(today) ? month : monthOf(today);
  const [tallies, awaitingDecision, programmes] = await Promise.all([
    db.statTallies
      .where(":id")
      .between(...tallyKeysUpTo(siteId, last), true, true)
      .toArray(),
    db.investigations
      .where("[siteId+status+date]")
      .between([siteId, "dihantar", ""], [siteId, "dihantar", "\uffff"], true, true)
      .filter((i) => !i.deletedAt)
      .count(),
    programmesInMonth(db, actor, siteId, month),
  ]);
  const read = new TallyReader(tallies, [siteId]);
  return {
    cases: read.cases(month, () => true),
    openReferrals: read.balance(today, "open"),
    overdueChecks: read.balance(today, "overdue"),
    awaitingDecision,
    programmes: programmes.length,
  };
}

export const DESK_FIGURES: (keyof DeskFigures)[] = [
  "cases",
  "openReferrals",
  "overdueChecks",
  "awaitingDecision",
  "programmes",
];

/** The desk for `month` (yyyy-mm): every live site the actor may see, in code order, with the district's line. */
export async function desk(db: AppDB, actor: Actor, month: string, today = todayIn()): Promise<Desk> {
  const [sites, office, contacts, book, complaintsOverdue] = await Promise.all([
    db.sites.toArray(),
    db.office.get(OFFICE_ID),
    readContacts(db),
    db.table(EXCHANGE_TABLE).get(BOOK_ID) as Promise<BookRow | undefined>,
    overdueComplaintCount(db, actor, today),
  ]);
  const live = sites
    .filter((s) => !s.deletedAt && canSeeSite(actor, s.id))
    .sort((a, b) => a.code.localeCompare(b.code));
  const pcs = office?.pcs ?? [];
  const reports = new Map(
    // By id (the PC's exchange id): the row's `pc` is also its version stamp's, the PC that wrote the version.
    (await db.pcReports.bulkGet(pcs.map((p) => p.id))).flatMap((r) => (r && !r.deletedAt ? [[r.id, r]] : [])),
  );
  const rows = await Promise.all(
    live.map(async (s): Promise<DeskRow> => {
      const [figures, pack] = await Promise.all([
        figuresOf(db, actor, s.id, month, today),
        db.monthlyPacks.get(packIdOf(s.id, month)),
      ]);
      return {
        site: { id: s.id, code: s.code, name: s.name },
        figures,
        pack:
          pack && !pack.deletedAt
            ? { id: pack.id, status: pack.status, round: pack.round, sentOn: pack.sentOn }
            : null,
        pcs: pcsOfSite(pcs, s.id, book ? addressOf(book) : null).map((p) => {
          const r = reports.get(p.id);
          const report = r
            ? { lastBackup: r.lastBackup, lastFailure: r.lastFailure, reportedAt: r.reportedAt }
            : null;
          return {
            id: p.id,
            name: r?.name || p.name,
            number: p.number,
            receivedAt: contacts[p.id]?.receivedAt ?? null,
            report,
            backup: backupState(report, today),
          };
        }),
      };
    }),
  );
  const totals = Object.fromEntries(
    DESK_FIGURES.map((f) => [f, rows.reduce((n, r) => n + r.figures[f], 0)]),
  ) as DeskFigures;
  return { month, today, rows, totals, complaintsOverdue };
}
