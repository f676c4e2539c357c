// Why: a KPN team is 3 to 6 people led by an officer of grade S29 or above (seed 001); a lower-grade leader is
// refused unless someone overrides it with a reason, which the tour keeps and the audit log records.
import type { TeamRole } from "./codes";

export const TEAM_MIN = 3;
export const TEAM_MAX = 6;
export const LEADER_MIN_GRADE = 29;
/** The shortest reason an override may give. */
export const OVERRIDE_REASON_MIN = 10;

export type TeamMember = {
  /** The app user, when the member is one (a driver often is not). */
  userId?: string | null;
  name: string;
  role: TeamRole;
  /** Service grade as written on the post, e.g. "S29", "S 32", "JUSA C"; may be empty for non-officers. */
  grade?: string;
};

/** A problem with a team, as an i18n key (`v.kpn.*`) and, where one member is meant, its index. */
export type TeamProblem = { key: string; member?: number; params?: Record<string, string | number> };

/** The number in a grade ("S29" -> 29); JUSA grades rank above every numbered grade; null when unreadable. */
export function gradeNumber(grade: string | undefined): number | null {
  const g = (grade ?? "").trim().toUpperCase();
  if (!g) return null;
  if (g.startsWith("JUSA")) return 100;
  const m = /^[A-Z]{1,3}\s*(\d{1,2})$/.exec(g);
  return m ? Number(m[1]) : null;
}

/** The key that says two entries are the same person: the user id, else the name as compared loosely. */
export function memberKey(m: Pick<TeamMember, "userId" | "name">): string {
  return m.userId
    ? `u:${m.userId}`
    : `n:${m.name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim()}`;
}

/**
 * Everything wrong with a team; empty when it may be saved. A leader below grade S29 needs `leaderOverrideReason`
 * (at least 10 characters); with it, `leaderOverridden` in the result says the override is used.
 */
export function teamProblems(
  members: readonly TeamMember[],
  leaderOverrideReason = "",
): { problems: TeamProblem[]; leaderOverridden: boolean } {
  const problems: TeamProblem[] = [];
  if (members.length < TEAM_MIN || members.length > TEAM_MAX)
    problems.push({ key: "v.kpn.teamSize", params: { min: TEAM_MIN, max: TEAM_MAX, count: members.length } });
  const seen = new Map<string, number>();
  members.forEach((m, i) => {
    if (!m.name.trim()) problems.push({ key: "v.required", member: i });
    const k = memberKey(m);
    if (m.name.trim() && seen.has(k)) problems.push({ key: "v.kpn.memberTwice", member: i });
    else seen.set(k, i);
  });
  const leaders = members.map((m, i) => ({ m, i })).filter((x) => x.m.role === "ketua");
  if (leaders.length !== 1) problems.push({ key: "v.kpn.oneLeader", params: { count: leaders.length } });
  let leaderOverridden = false;
  if (leaders.length === 1) {
    const { m, i } = leaders[0]!;
    const grade = gradeNumber(m.grade);
    if (grade === null) problems.push({ key: "v.kpn.leaderGradeUnknown", member: i });
    else if (grade < LEADER_MIN_GRADE) {
      if (leaderOverrideReason.trim().length >= OVERRIDE_REASON_MIN) leaderOverridden = true;
      else problems.push({ key: "v.kpn.leaderGrade", member: i, params: { min: `S${LEADER_MIN_GRADE}` } });
    }
  }
  return { problems, leaderOverridden };
}
