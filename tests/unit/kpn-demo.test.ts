// Why: the demo office's KPN tours obey every rule a typed tour must, and sit where the screens expect them.
import { describe, expect, it } from "vitest";
import { loadDemo } from "../../renderer/db/demo";
import { todayIn, addDays } from "../../shared/domain/dates";
import { teamProblems } from "../../shared/domain/kpn/team";
import { checkpointProblems, teamClashes, type TourPlan } from "../../shared/domain/kpn/schedule";
import { FAST_ITERATIONS, freshDb } from "./helpers";

describe("demo KPN tours", () => {
  it("one today, one next week with three checkpoints, one done last month; all valid and clash-free", async () => {
    const db = freshDb();
    await loadDemo(db, FAST_ITERATIONS);
    const today = todayIn();
    const tours = await db.tours.orderBy("date").toArray();
    expect(tours).toHaveLength(3);
    const [past, now, next] = tours;
    expect(past!.status).toBe("dilaksanakan");
    expect(past!.date.slice(0, 7)).toBe(addDays(`${today.slice(0, 8)}01`, -1).slice(0, 7));
    expect(now!.date).toBe(today);
    expect(next!.date > addDays(today, 0) && next!.date <= addDays(today, 13)).toBe(true);
    const plans: TourPlan[] = [];
    for (const t of tours) {
      expect(teamProblems(t.team, t.leaderOverrideReason).problems).toEqual([]);
      const cps = await db.checkpoints.where("[tourId+order]").between([t.id, 0], [t.id, 1e9]).toArray();
      expect(cps.map((c) => c.order)).toEqual(cps.map((_, i) => i + 1));
      expect(checkpointProblems(t.date, cps)).toEqual([]);
      plans.push({ id: t.id, date: t.date, team: t.team, checkpoints: cps, active: true });
    }
    expect(plans[2]!.checkpoints).toHaveLength(3);
    for (const p of plans) expect(teamClashes(p, plans)).toEqual([]);
  });
});
