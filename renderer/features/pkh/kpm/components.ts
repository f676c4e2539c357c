// Why: what the register's screens show of a household: its pengurus, the member a search found, and its counted
// components today (the rules are shared/domain/pkh/components.ts; nothing is decided here).
import { digitsOf, nameMatches, nameTokens } from "../../../../shared/domain/search";
import { householdComponents, type HouseholdLimits } from "../../../../shared/domain/pkh/components";
import type { PkhHouseholdRecord } from "../../../db/pkh-tables";
import type { Kpm } from "../../../db/repositories/pkh/kpm";

/** The household as people name it: its pengurus (the mother or caretaker). */
export const headOf = (h: Pick<PkhHouseholdRecord, "headName">): string => h.headName;

/** The member a search by NIK or by a member's name found (none when the pengurus's own name matched). */
export function matchedMember(kpm: Kpm, query: string): Kpm["members"][number] | null {
  const digits = digitsOf(query);
  if (digits.length === 16) return kpm.members.find((m) => m.nik === digits) ?? null;
  const words = nameTokens(query);
  if (!words.length || nameMatches(kpm.household.nameTokens, words)) return null;
  return kpm.members.find((m) => nameMatches(m.nameTokens, words)) ?? null;
}

type Facts = Parameters<typeof householdComponents>[0][number];

/** How many components the household is paid on `on` (the limits in force applied). */
export function householdCount(
  members: readonly Facts[],
  on: string,
  limits?: readonly HouseholdLimits[],
): number {
  const { counted } = householdComponents(members, on, limits);
  return Object.values(counted).reduce((a, b) => a + b, 0);
}
