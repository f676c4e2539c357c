// Why: what the evaluation sheet counts for one pendamping and period, read from the wilayah's records through their
// indexes (sessions and complaints by date, verifications by month, payments by stage, the audit log by user and
// day); the figures themselves are computed once, in the sheet's model.
import type { TFunction } from "i18next";
import { addDays } from "../../../../shared/domain/dates";
import { stageId, stages } from "../../../../shared/domain/pkh/benefits";
import { commitmentKindOn } from "../../../../shared/domain/pkh/commitments";
import { pkhCalendar, pkhComplaintDeadline } from "../../../../shared/domain/pkh/complaints";
import type { PkhSettings } from "../../../../shared/domain/pkh/settings";
import {
  completeness,
  violationGrades,
  type EvaluationCounts,
  type EvaluationIndicatorCode,
  type ViolationGrade,
} from "../../../../shared/domain/pkh/supervision";
import { isWorkingDay } from "../../../../shared/domain/working-days";
import type { AppDB, OfficeRecord } from "../../../db/app-db";
import { idRangeOf } from "../../../db/audit-log";
import { violationKindLabel } from "./kind-label";

export type EvaluasiFacts = {
  counts: EvaluationCounts;
  fractions: Partial<Record<EvaluationIndicatorCode, [number, number]>>;
  activity: { date: string; changes: number; what: string }[];
  violations: { date: string; kind: string; grade: ViolationGrade; closed: boolean }[];
};

/** Months `from`..`to` (yyyy-mm). */
function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addDays(`${m}-28`, 4).slice(0, 7)) out.push(m);
  return out;
}

export async function loadEvaluasi(
  db: AppDB,
  office: OfficeRecord,
  settings: PkhSettings,
  t: TFunction,
  p: { userId: string; siteId: string; from: string; to: string; today: string },
): Promise<EvaluasiFacts> {
  const { siteId, from, to } = p;
  const until = to < p.today ? to : p.today;
  const months = monthsOf(from, to);
  const site = [siteId, from] as const;
  const [households, members, groups, sessions, verifications, complaints, reports, violations, audit] =
    await Promise.all([
      db.pkhHouseholds.where("siteId").equals(siteId).toArray(),
      db.pkhMembers.where("siteId").equals(siteId).toArray(),
      db.pkhGroups.where("siteId").equals(siteId).toArray(),
      db.p2k2Sessions.where("[siteId+date]").between(site, [siteId, to], true, true).toArray(),
      db.pkhVerifications
        .where("[siteId+month]")
        .between([siteId, months[0]!], [siteId, months.at(-1)!], true, true)
        .toArray(),
      db.pkhComplaints.where("[siteId+receivedDate]").between(site, [siteId, to], true, true).toArray(),
      db.pkhReports
        .where("[siteId+period]")
        .between([siteId, months[0]!], [siteId, `${months.at(-1)!}-99`], true, true)
        .toArray(),
      db.pkhViolations.where("facilitatorId").equals(p.userId).toArray(),
      db.audit
        .where("[actorId+id]")
        .between([p.userId, idRangeOf(from, to)[0]], [p.userId, idRangeOf(from, to)[1]], true, false)
        .toArray(),
    ]);
  const live = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => !r.deletedAt);
  const kpm = live(households).filter((h) => h.active);
  const kpmIds = new Set(kpm.map((h) => h.id));
  const kpmMembers = live(members).filter((m) => kpmIds.has(m.householdId));
  const held = live(sessions);
  const attendance = held.flatMap((s) => s.attendance);
  const verified = new Set(live(verifications).map((v) => `${v.memberId}:${v.month}`));
  const due = months.flatMap((m) =>
    m > p.today.slice(0, 7)
      ? []
      : kpmMembers.filter((x) => commitmentKindOn(x, m)).map((x) => `${x.id}:${m}`),
  );
  const received = live(complaints);
  const cal = pkhCalendar(office);
  const inTime = received.filter(
    (c) => pkhComplaintDeadline(c, until, cal, settings.complaints.deadlineDays).state === "inTime",
  ).length;
  // Payments of the stages whose first month falls in the period.
  const stageIds = months.flatMap((m) => {
    const n = Number(m.slice(5, 7));
    return n % 3 === 1 ? [stageId(Number(m.slice(0, 4)), stages[(n - 1) / 3]!)] : [];
  });
  const payments = live(
    (
      await Promise.all(
        stageIds.map((s) => db.pkhPayments.where("[siteId+stageId]").equals([siteId, s]).toArray()),
      )
    ).flat(),
  );
  const monthly = live(reports).filter((r) => r.kind === "bulanan" && r.submittedAt);
  const reportsDue = months.filter((m) => m < p.today.slice(0, 7)).length;
  let workingDays = 0;
  for (let d = from; d <= until; d = addDays(d, 1)) if (isWorkingDay(d, cal)) workingDays += 1;
  const byDay = new Map<string, Map<string, number>>();
  for (const a of audit) {
    const day = new Date(new Date(a.at).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    if (day < from || day > to) continue;
    const tables = byDay.get(day) ?? new Map<string, number>();
    const label = t(`table.${a.table}`, { defaultValue: a.table });
    tables.set(label, (tables.get(label) ?? 0) + 1);
    byDay.set(day, tables);
  }
  const activity = [...byDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, tables]) => ({
      date,
      changes: [...tables.values()].reduce((s, n) => s + n, 0),
      what: [...tables].map(([label, n]) => `${label} ${n}`).join(", "),
    }));
  const activeDays = activity.filter((a) => isWorkingDay(a.date, cal) && a.date <= until).length;
  const inPeriod = live(violations).filter((v) => v.date >= from && v.date <= to);
  const grades = Object.fromEntries(
    violationGrades.map((g) => [g, inPeriod.filter((v) => v.grade === g).length]),
  ) as Record<ViolationGrade, number>;
  const sessionsPlanned = live(groups).length * months.filter((m) => m <= p.today.slice(0, 7)).length;
  const present = attendance.filter((a) => a.status === "hadir").length;
  const reconciled = payments.filter((x) => x.received !== null).length;
  const done = [...verified].filter((k) => due.includes(k)).length;
  const counts: EvaluationCounts = {
    households: kpm.length,
    sessionsPlanned,
    sessionsHeld: held.length,
    attendanceRows: attendance.length,
    attendancePresent: present,
    verificationsDue: due.length,
    verificationsDone: done,
    complaintsReceived: received.length,
    complaintsInTime: inTime,
    paymentsExpected: payments.length,
    paymentsReconciled: reconciled,
    reportsDue,
    reportsSubmitted: Math.min(monthly.length, reportsDue),
    workingDays,
    activeDays,
    dataCompletenessPercent: completeness(
      kpm.map((h) => ({ household: h, members: kpmMembers.filter((m) => m.householdId === h.id) })),
      settings.requiredFields,
    ).percent,
    violations: grades,
  };
  return {
    counts,
    fractions: {
      sesiP2k2: [held.length, sessionsPlanned],
      kehadiranP2k2: [present, attendance.length],
      verifikasiKomitmen: [done, due.length],
      pengaduanTepatWaktu: [inTime, received.length],
      rekonsiliasiPembayaran: [reconciled, payments.length],
      laporanBulanan: [counts.reportsSubmitted, reportsDue],
      hariAktif: [activeDays, workingDays],
    },
    activity,
    violations: inPeriod
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((v) => ({
        date: v.date,
        kind: violationKindLabel(t, settings.violationKinds, v.kind),
        grade: v.grade,
        closed: !!v.closedDate,
      })),
  };
}
