// Why: client-charter deadlines (acknowledge in 1 working day, resolve in 15) count the office's working days, which
// depend on the state's weekend and the public holidays, not on calendar days.
import type { malaysianStates } from "./codes";
import { addDays } from "./dates";

/** Days of the week as Date.getUTCDay() numbers: 0 Sunday … 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type OfficeCalendar = {
  /** The office's weekend days. */
  weekend: readonly Weekday[];
  /** Public holidays (yyyy-mm-dd) the office keeps, as the administrator enters them. */
  holidays: readonly string[];
};

/** States whose weekend is Friday and Saturday; the others rest on Saturday and Sunday. */
const FRIDAY_WEEKEND_STATES: readonly string[] = ["Kedah", "Kelantan", "Terengganu"];

/** The usual weekend of an office in `state`. */
export function weekendOf(state: (typeof malaysianStates)[number] | string): Weekday[] {
  return FRIDAY_WEEKEND_STATES.includes(state) ? [5, 6] : [6, 0];
}

function weekday(date: string): Weekday {
  return new Date(`${date}T00:00:00Z`).getUTCDay() as Weekday;
}

export function isWorkingDay(date: string, cal: OfficeCalendar): boolean {
  return !cal.weekend.includes(weekday(date)) && !cal.holidays.includes(date);
}

/**
 * The `n`th working day after `date` (n >= 1): a complaint received on a Saturday with 1 working day to acknowledge is
 * due on Monday (or Tuesday when Monday is a holiday). n = 0 gives `date` itself.
 */
export function addWorkingDays(date: string, n: number, cal: OfficeCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number >= 0: ${n}`);
  if (cal.weekend.length >= 7) throw new RangeError("a calendar needs at least one working day a week");
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, cal)) left -= 1;
  }
  return day;
}

/** Working days from `from` (exclusive) to `to` (inclusive); 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string, cal: OfficeCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, cal)) count += 1;
  return count;
}
