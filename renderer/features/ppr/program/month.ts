// Why: the calendar arithmetic of the programme screens (a month's range, its Monday-first grid), kept pure so it is tested.
import { addDays } from "../../../../shared/domain/dates";

/** "2026-11" for any date in November 2026. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function isMonth(s: string | null | undefined): s is string {
  return !!s && /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}

/** The month `n` months after `month` (negative goes back). */
export function shiftMonth(month: string, n: number): string {
  const total = +month.slice(0, 4) * 12 + (+month.slice(5, 7) - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
}

/** First and last day of a month, both yyyy-mm-dd. */
export function monthRange(month: string): { start: string; end: string } {
  const start = `${month}-01`;
  return { start, end: addDays(`${shiftMonth(month, 1)}-01`, -1) };
}

/** Monday 0 ... Sunday 6. */
export function weekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (d + 6) % 7;
}

/** The weeks of a month grid, Monday to Sunday, including the days of the months either side. */
export function calendarWeeks(month: string): string[][] {
  const { start, end } = monthRange(month);
  let day = addDays(start, -weekdayOf(start));
  const last = addDays(end, 6 - weekdayOf(end));
  const weeks: string[][] = [];
  while (day <= last) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** Whether something running from `startDate` to `endDate` takes place on `day`. */
export function runsOn(p: { startDate: string; endDate: string }, day: string): boolean {
  return p.startDate <= day && day <= (p.endDate < p.startDate ? p.startDate : p.endDate);
}

/** Whether something running from `startDate` to `endDate` touches the month. */
export function overlapsMonth(p: { startDate: string; endDate: string }, month: string): boolean {
  const { start, end } = monthRange(month);
  return p.startDate <= end && p.endDate >= start;
}
