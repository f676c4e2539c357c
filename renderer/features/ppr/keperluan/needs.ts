// Why: the pure rules of the needs register: which needs still lack a plan, which programmes answer a need, in what order.
import { needPriorities, type ActionPlanInput, type NeedInput } from "../../../../shared/domain/community";

type NeedLike = Pick<NeedInput, "priority" | "status"> & { id: string; createdAt: string };

/** Highest priority first, then the oldest need first (it has waited longest). */
export function byPriority<T extends NeedLike>(needs: readonly T[]): T[] {
  const rank = (p: NeedInput["priority"]) => needPriorities.indexOf(p);
  return [...needs].sort(
    (a, b) => rank(a.priority) - rank(b.priority) || a.createdAt.localeCompare(b.createdAt),
  );
}

/** Needs still open (not "selesai") that no live action plan answers, most urgent first. */
export function withoutPlan<T extends NeedLike>(
  needs: readonly T[],
  plans: readonly { needId: string; deletedAt: string | null }[],
): T[] {
  const planned = new Set(plans.filter((p) => !p.deletedAt).map((p) => p.needId));
  return byPriority(needs.filter((n) => n.status !== "selesai" && !planned.has(n.id)));
}

/**
 * The programmes that answer a need: those created for it (needId) and those the plan links,
 * each once, in date order.
 */
export function answeringProgrammes<P extends { id: string; needId: string | null; startDate: string }>(
  needId: string,
  plan: Pick<ActionPlanInput, "programmeIds"> | null | undefined,
  programmes: readonly P[],
): P[] {
  const linked = new Set(plan?.programmeIds ?? []);
  return programmes
    .filter((p) => p.needId === needId || linked.has(p.id))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
}

export type Step = ActionPlanInput["steps"][number];

export function emptyStep(): Step {
  return { text: "", partner: "", from: "", to: "", done: false };
}

/** Steps done out of all, for a short "2/5" progress label. */
export function progress(steps: readonly Pick<Step, "done">[]): { done: number; total: number } {
  return { done: steps.filter((s) => s.done).length, total: steps.length };
}
