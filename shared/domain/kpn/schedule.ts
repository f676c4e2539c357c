// Why: a tour is one day; its checkpoints follow one another in time slots inside that day, and a team member cannot
// be at two checkpoints (of this tour or another) at the same time.
import { memberKey, type TeamMember } from "./team";

/** A time of day, "HH:MM" (24-hour); "24:00" may end a slot. */
export type Clock = string;
export type Slot = { start: Clock; end: Clock };
export type ScheduledCheckpoint = Slot & { date: string; name: string };
export type TourPlan = {
  id: string;
  date: string;
  team: readonly Pick<TeamMember, "userId" | "name">[];
  checkpoints: readonly ScheduledCheckpoint[];
  /** Cancelled and postponed tours hold nobody's time. */
  active: boolean;
};

export type ScheduleProblem = {
  key: string;
  /** The checkpoint (by position) the problem is on. */
  checkpoint: number;
  params?: Record<string, string | number>;
};

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Minutes since midnight of a "HH:MM" time; null when not a time of day. */
export function minutesOf(clock: Clock): number | null {
  if (!CLOCK.test(clock)) return null;
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/** "HH:MM" for minutes since midnight (0..1440). */
export function clockOf(minutes: number): Clock {
  const m = Math.max(0, Math.min(1440, Math.round(minutes)));
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** The slot a new checkpoint gets: from the previous one's end (or 09:00), `minutes` long, never past midnight. */
export function nextSlot(previous: Slot | undefined, minutes: number): Slot {
  const start = previous ? (minutesOf(previous.end) ?? 540) : 540;
  return { start: clockOf(start), end: clockOf(Math.min(1440, start + minutes)) };
}

function overlaps(a: Slot, b: Slot): boolean {
  return minutesOf(a.start)! < minutesOf(b.end)! && minutesOf(b.start)! < minutesOf(a.end)!;
}

/** Problems within one tour: times that are not times, slots that end before they start, leave the tour's day or overlap. */
export function checkpointProblems(
  tourDate: string,
  checkpoints: readonly ScheduledCheckpoint[],
): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const good: number[] = [];
  checkpoints.forEach((c, i) => {
    const s = minutesOf(c.start);
    const e = minutesOf(c.end);
    if (c.date !== tourDate)
      problems.push({ key: "v.kpn.outsideTourDay", checkpoint: i, params: { date: tourDate } });
    else if (s === null || e === null || s === 1440) problems.push({ key: "v.kpn.time", checkpoint: i });
    else if (e <= s) problems.push({ key: "v.kpn.slotOrder", checkpoint: i });
    else good.push(i);
  });
  for (let x = 0; x < good.length; x++)
    for (let y = x + 1; y < good.length; y++) {
      const a = checkpoints[good[x]!]!;
      const b = checkpoints[good[y]!]!;
      if (overlaps(a, b))
        problems.push({ key: "v.kpn.slotOverlap", checkpoint: good[y]!, params: { other: a.name } });
    }
  return problems;
}

/**
 * Members of `tour` who would be somewhere else at the same time: another active tour on the same day that shares a
 * member and has a checkpoint overlapping one of this tour's. One problem per clashing checkpoint.
 */
export function teamClashes(tour: TourPlan, others: readonly TourPlan[]): ScheduleProblem[] {
  if (!tour.active) return [];
  const ours = new Map(tour.team.map((m) => [memberKey(m), m.name]));
  const problems: ScheduleProblem[] = [];
  for (const other of others) {
    if (other.id === tour.id || !other.active || other.date !== tour.date) continue;
    const shared = other.team.filter((m) => ours.has(memberKey(m))).map((m) => m.name);
    if (!shared.length) continue;
    tour.checkpoints.forEach((c, i) => {
      if (minutesOf(c.start) === null || minutesOf(c.end) === null) return;
      const clash = other.checkpoints.find(
        (o) => minutesOf(o.start) !== null && minutesOf(o.end) !== null && overlaps(c, o),
      );
      if (clash)
        problems.push({
          key: "v.kpn.teamElsewhere",
          checkpoint: i,
          params: { names: shared.join(", "), other: clash.name },
        });
    });
  }
  return problems;
}
