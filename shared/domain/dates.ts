// Why: office dates are calendar days in the office's time zone, never instants, so "7 days" means the same on every PC.
export const OFFICE_TIME_ZONE = "Asia/Kuala_Lumpur";

export const isoDateSchemaPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Today's calendar date (yyyy-mm-dd) in the given time zone. */
export function todayIn(timeZone: string = OFFICE_TIME_ZONE, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  return parts; // en-CA formats as yyyy-mm-dd
}

/** Whole calendar days from `from` to `to` (both yyyy-mm-dd); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}

export function isValidIsoDate(s: string): boolean {
  if (!isoDateSchemaPattern.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Age in whole years on a given date. */
export function ageOn(birthDate: string, on: string): number {
  let age = +on.slice(0, 4) - +birthDate.slice(0, 4);
  if (on.slice(5) < birthDate.slice(5)) age -= 1;
  return age;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
