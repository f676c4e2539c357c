// Why: the client charter gives a complaint 1 working day to be acknowledged and 15 to be resolved (settings); the
// deadlines and whether each was met are computed here once, for the home screen, the list and the status report.
import { addWorkingDays, type OfficeCalendar } from "../working-days";
import { COMPLAINT_ACK_WORKING_DAYS, COMPLAINT_RESOLVE_WORKING_DAYS } from "./codes";

export type CharterDays = { acknowledge: number; resolve: number };
export const defaultCharterDays: CharterDays = {
  acknowledge: COMPLAINT_ACK_WORKING_DAYS,
  resolve: COMPLAINT_RESOLVE_WORKING_DAYS,
};

export type ComplaintDates = {
  receivedDate: string;
  acknowledgedDate: string | null;
  resolvedDate: string | null;
};

export type ComplaintDeadlines = { acknowledgeBy: string; resolveBy: string };

export function complaintDeadlines(
  receivedDate: string,
  cal: OfficeCalendar,
  days: CharterDays = defaultCharterDays,
): ComplaintDeadlines {
  return {
    acknowledgeBy: addWorkingDays(receivedDate, days.acknowledge, cal),
    resolveBy: addWorkingDays(receivedDate, days.resolve, cal),
  };
}

/** Where a step stands: done in time, done late, still open but not yet due, or overdue (open after its day). */
export type StepState = "inTime" | "late" | "open" | "overdue";

function stepState(done: string | null, due: string, today: string): StepState {
  if (done) return done <= due ? "inTime" : "late";
  return today > due ? "overdue" : "open";
}

export function complaintState(
  c: ComplaintDates,
  today: string,
  cal: OfficeCalendar,
  days: CharterDays = defaultCharterDays,
): ComplaintDeadlines & { acknowledge: StepState; resolve: StepState; overdue: boolean } {
  const due = complaintDeadlines(c.receivedDate, cal, days);
  // Resolving a complaint also answers it: an unacknowledged but resolved complaint is acknowledged on that day.
  const acknowledged = c.acknowledgedDate ?? c.resolvedDate;
  const acknowledge = stepState(acknowledged, due.acknowledgeBy, today);
  const resolve = stepState(c.resolvedDate, due.resolveBy, today);
  return { ...due, acknowledge, resolve, overdue: acknowledge === "overdue" || resolve === "overdue" };
}

/**
 * A complaint's reference number `ADU/{YYYY}/{NNNN}`: the year it was received and a running number for the district
 * and year, given from the counters table inside the save's transaction, never reused.
 */
export function formatComplaintNo(year: number, seq: number): string {
  return `ADU/${year}/${String(seq).padStart(4, "0")}`;
}

/** The counter key: one running number per year. */
export function complaintCounterKey(year: number): string {
  return `complaint:${year}`;
}

/** Where a complaint stands, as the list filters it: new, acknowledged, resolved, or overdue (before the others). */
export const complaintStatuses = ["baru", "diakui", "selesai", "lewat"] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

export function complaintStatus(
  c: ComplaintDates,
  today: string,
  cal: OfficeCalendar,
  days: CharterDays = defaultCharterDays,
): ComplaintStatus {
  if (c.resolvedDate) return "selesai";
  if (complaintState(c, today, cal, days).overdue) return "lewat";
  return c.acknowledgedDate ? "diakui" : "baru";
}
