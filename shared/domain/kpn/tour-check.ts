// Why: every rule a tour must pass before it is saved, as field problems (`path -> key`), computed once for the form
// (shown in place while typing) and for the repository (refused below the UI).
import { z } from "zod";
import type { TourStatus } from "./codes";
import { dayShown } from "./roadmap";
import { checkpointFields, tourFields, type TourInput } from "./records";
import { checkpointProblems, teamClashes, type ScheduledCheckpoint, type TourPlan } from "./schedule";
import { teamProblems, type TeamMember } from "./team";

/** A message key with its parameters in one string (`v.kpn.slotOverlap|{"other":"Pasar"}`), read by `tKey`. */
export function encodeProblem(key: string, params?: Record<string, string | number>): string {
  return params && Object.keys(params).length ? `${key}|${JSON.stringify(params)}` : key;
}

/** Postponed and cancelled tours hold nobody's time. */
export function holdsTime(status: TourStatus): boolean {
  return status === "dirancang" || status === "dilaksanakan";
}

export type TourToCheck = {
  id: string | null;
  date: string;
  status: TourStatus;
  team: readonly TeamMember[];
  leaderOverrideReason: string;
};

/**
 * Field problems of a tour and its checkpoints (in order) against the other tours of its day: team size and leader,
 * each member once, the leader's grade (unless overridden with a reason), no checkpoint outside the day, slots that are
 * times and never overlap, and no member in two places at once. The first problem of a field is kept.
 */
export function tourRuleProblems(
  tour: TourToCheck,
  checkpoints: readonly ScheduledCheckpoint[],
  othersOfDay: readonly TourPlan[],
): { fields: Record<string, string>; leaderOverridden: boolean } {
  const fields: Record<string, string> = {};
  const put = (path: string, key: string, params?: Record<string, string | number>) => {
    fields[path] ??= encodeProblem(key, params);
  };
  const team = teamProblems(tour.team, tour.leaderOverrideReason);
  for (const p of team.problems) {
    if (p.member === undefined) put("team", p.key, p.params);
    else put(`team.${p.member}.${p.key.startsWith("v.kpn.leaderGrade") ? "grade" : "name"}`, p.key, p.params);
  }
  if (!checkpoints.length) put("checkpoints", "v.kpn.noCheckpoints");
  const pathOf: Record<string, string> = {
    "v.kpn.outsideTourDay": "date",
    "v.kpn.time": "start",
    "v.kpn.slotOrder": "end",
    "v.kpn.slotOverlap": "start",
  };
  // The day is shown as the office writes it (dd/mm/yyyy).
  const shownDay = dayShown(tour.date);
  for (const p of checkpointProblems(tour.date, checkpoints))
    put(
      `checkpoints.${p.checkpoint}.${pathOf[p.key] ?? "start"}`,
      p.key,
      p.params?.date ? { ...p.params, date: shownDay } : p.params,
    );
  const plan: TourPlan = {
    id: tour.id ?? "",
    date: tour.date,
    team: tour.team,
    checkpoints,
    active: holdsTime(tour.status),
  };
  for (const p of teamClashes(plan, othersOfDay)) put(`checkpoints.${p.checkpoint}.slot`, p.key, p.params);
  return { fields, leaderOverridden: team.leaderOverridden };
}

/** A checkpoint as a form gives it: its id when it exists; its order and tour come from the tour. */
export const checkpointDraftSchema = checkpointFields
  .omit({ tourId: true, order: true })
  .extend({ id: z.string().nullable().default(null) });
export type CheckpointDraft = z.input<typeof checkpointDraftSchema>;
export type CheckpointParsed = z.infer<typeof checkpointDraftSchema>;

/**
 * The field problems (`path -> key`) of a tour's fields and of each checkpoint (`checkpoints.N.*`), with the parsed
 * values when they are all good.
 */
export function parseTourInput(
  tourInput: unknown,
  checkpointInputs: readonly unknown[],
): { fields: Record<string, string>; tour: TourInput | null; checkpoints: CheckpointParsed[] | null } {
  const fields: Record<string, string> = {};
  const parse = <S extends z.ZodType>(schema: S, input: unknown, prefix: string): z.infer<S> | null => {
    const r = schema.safeParse(input);
    if (r.success) return r.data;
    for (const issue of r.error.issues)
      fields[[prefix, ...issue.path].filter((x) => x !== "").join(".") || "_"] ??= issue.message;
    return null;
  };
  const tour = parse(tourFields, tourInput, "");
  const checkpoints = checkpointInputs.map((c, i) => parse(checkpointDraftSchema, c, `checkpoints.${i}`));
  return {
    fields,
    tour,
    checkpoints: checkpoints.every((c) => c !== null) ? (checkpoints as CheckpointParsed[]) : null,
  };
}
