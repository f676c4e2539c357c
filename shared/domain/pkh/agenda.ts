// Why: the pendamping's Agenda dan Catatan (seed 003, DIREKTORI): dated agenda items and notes, each with an optional
// reminder that stays on the home screen from its day until the item is marked done.
import { z } from "zod";
import { isValidIsoDate } from "../dates";

export const agendaKinds = ["agenda", "catatan"] as const;
export type AgendaKind = (typeof agendaKinds)[number];

const isoDate = z.string().refine(isValidIsoDate, "v.date");

export const agendaInputSchema = z.object({
  siteId: z.string().min(1, "v.required"),
  kind: z.enum(agendaKinds, { error: "v.required" }),
  date: isoDate,
  /** "HH:MM" or empty (a note, or an agenda item without a set time). */
  time: z.union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "v.pkh.time")]).default(""),
  title: z.string().trim().min(1, "v.required").max(200, "v.maxLength:200"),
  place: z.string().trim().max(200, "v.maxLength:200").default(""),
  note: z.string().trim().max(2000, "v.maxLength:2000").default(""),
  /** The day the reminder starts showing; null: no reminder. */
  reminder: isoDate.nullable().default(null),
  done: z.boolean().default(false),
});
export type AgendaInput = z.infer<typeof agendaInputSchema>;

/** The indexed key of a reminder still waiting: its day while not done, else null (not in the index). */
export function pendingReminder(a: Pick<AgendaInput, "reminder" | "done">): string | null {
  return a.done ? null : a.reminder;
}

/** The reminders to show on `today`: due (their day has come), not done, earliest first. */
export function remindersDue<T extends Pick<AgendaInput, "reminder" | "done" | "date" | "time">>(
  items: readonly T[],
  today: string,
): T[] {
  return items
    .filter((a) => !a.done && a.reminder !== null && a.reminder <= today)
    .sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
}

/** A day's items in order: those with a time by time, then those without. */
export function agendaOrder<T extends Pick<AgendaInput, "date" | "time">>(a: T, b: T): number {
  return a.date.localeCompare(b.date) || (a.time || "99").localeCompare(b.time || "99");
}
