// Why: a kelompok (group of KPM in one wilayah) and its ketua: the ketua must be a KPM of the group, and the ketua's
// join date is the day that KPM joined the group (kept on the household), never typed.
import { z } from "zod";

export const groupInputSchema = z.object({
  siteId: z.string().min(1, "v.required"),
  name: z.string().trim().min(1, "v.required").max(120, "v.maxLength:120"),
  desa: z.string().trim().max(120, "v.maxLength:120").default(""),
  /** The ketua's household (a KPM of the group), or none yet. */
  leaderId: z.string().min(1).nullable().default(null),
  /** Whether the ketua takes part (the Daftar Ketua Kelompok's "partisipasi"). */
  leaderActive: z.boolean().default(true),
});
export type GroupInput = z.infer<typeof groupInputSchema>;

/** The problems of a group's roster as one save gives it: a ketua outside the roster, a KPM listed twice. */
export function rosterProblems(
  leaderId: string | null,
  memberIds: readonly string[],
): Record<string, string> {
  const fields: Record<string, string> = {};
  if (new Set(memberIds).size !== memberIds.length) fields.memberIds = "v.pkh.kpmTwice";
  if (leaderId && !memberIds.includes(leaderId)) fields.leaderId = "v.pkh.leaderNotMember";
  return fields;
}

/**
 * The join date a household keeps after a save: unchanged while it stays in the same group, `today` when it joins
 * one (or moves), null once it leaves every group.
 */
export function joinedOn(
  before: { groupId: string | null; groupJoinedOn: string | null } | null,
  groupId: string | null,
  today: string,
): string | null {
  if (!groupId) return null;
  if (before && before.groupId === groupId && before.groupJoinedOn) return before.groupJoinedOn;
  return today;
}
