// Why: which backups to keep is a pure rule (the last 10, the newest of each of the last 30 days, the newest of each of
// the last 12 months), so it can be proven over a simulated year before any file is deleted.
import { daysBetween, OFFICE_TIME_ZONE } from "../domain/dates";

export const KEEP_LAST = 10;
export const KEEP_DAYS = 30;
export const KEEP_MONTHS = 12;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (yyyy-mm-dd) of `at` in `timeZone`, with one formatter per zone (rotation asks often). */
function dayIn(timeZone: string, at: Date): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formats.set(timeZone, f);
  }
  return f.format(at);
}

export type RotationEntry = { name: string; createdAt: string };

/** The names to keep; every other entry may be deleted. Entries dated after `now` are kept (a clock put back). */
export function backupsToKeep(
  entries: readonly RotationEntry[],
  now: Date,
  timeZone: string = OFFICE_TIME_ZONE,
): Set<string> {
  const newestFirst = [...entries].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
  );
  const today = dayIn(timeZone, now);
  const thisMonth = +today.slice(0, 4) * 12 + +today.slice(5, 7) - 1;
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<number>();
  newestFirst.forEach((entry, i) => {
    const at = new Date(entry.createdAt);
    if (Number.isNaN(at.getTime()) || at > now || i < KEEP_LAST) {
      keep.add(entry.name);
    }
    if (Number.isNaN(at.getTime())) return;
    const day = dayIn(timeZone, at);
    const month = +day.slice(0, 4) * 12 + +day.slice(5, 7) - 1;
    // The first seen of a day or month is its newest.
    if (daysBetween(day, today) < KEEP_DAYS && !days.has(day)) {
      days.add(day);
      keep.add(entry.name);
    }
    if (thisMonth - month < KEEP_MONTHS && !months.has(month)) {
      months.add(month);
      keep.add(entry.name);
    }
  });
  return keep;
}

/** The entries to delete, oldest first. */
export function backupsToDelete(
  entries: readonly RotationEntry[],
  now: Date,
  timeZone: string = OFFICE_TIME_ZONE,
): RotationEntry[] {
  const keep = backupsToKeep(entries, now, timeZone);
  return entries.filter((e) => !keep.has(e.name)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
