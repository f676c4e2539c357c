// Why: the roadmap is read week by week (Monday to Sunday) and exported month by month; these are its date ranges.
import { addDays } from "../dates";

/** Day of the week of an ISO date, 0 = Monday .. 6 = Sunday. */
export function weekdayOf(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday of the week a date falls in. */
export function weekStart(date: string): string {
  return addDays(date, -weekdayOf(date));
}

/** Monday to Sunday of the week starting `monday`. */
export function weekRange(monday: string): { from: string; to: string } {
  return { from: monday, to: addDays(monday, 6) };
}

/** The first and last day of a month "YYYY-MM". */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

/** The week of its month a date is in (the week holding the 1st is week 1; weeks start on Monday). */
export function weekOfMonth(date: string): number {
  const first = `${date.slice(0, 8)}01`;
  return Math.floor((weekdayOf(first) + Number(date.slice(8, 10)) - 1) / 7) + 1;
}

/** A day as the office writes it (dd/mm/yyyy), for labels and messages. */
export function dayShown(date: string): string {
  return date.split("-").reverse().join("/");
}
