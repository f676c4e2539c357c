// Why: the participant counts a programme's attendance list gives, offered to the officer to check (target group guessed from age).
import { targetGroups, type TargetGroup } from "../../../../shared/domain/codes";
import { ageOn } from "../../../../shared/domain/dates";
import type { ProgrammeInput } from "../../../../shared/domain/community";

export type Attendee = { birthDate: string; sex: "L" | "P"; oku: boolean };

/** Under 18 a child, 60 and over an elder, else OKU when registered so, else "other". */
export function guessTargetGroup(p: Attendee, on: string): TargetGroup {
  const age = ageOn(p.birthDate, on);
  if (age < 18) return "kanak-kanak";
  if (age >= 60) return "warga-emas";
  if (p.oku) return "oku";
  return "lain-lain";
}

/** Total, by sex and by target group for the people on the list, ages taken on the programme's first day. */
export function countsFromAttendance(
  people: readonly Attendee[],
  on: string,
): ProgrammeInput["participants"] {
  const byGroup = Object.fromEntries(targetGroups.map((g) => [g, 0])) as Record<TargetGroup, number>;
  const bySex = { L: 0, P: 0 };
  for (const p of people) {
    bySex[p.sex] += 1;
    byGroup[guessTargetGroup(p, on)] += 1;
  }
  return { total: people.length, bySex, byGroup };
}
