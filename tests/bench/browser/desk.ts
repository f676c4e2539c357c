// Why: the PKMD desk's data call (every site's figures, its pack and PCs) on the seeded district, timed alone: the
// floor under the desk screen's time (desk.pkmd), measured in the same run.
import { todayIn } from "../../../shared/domain/dates";
import { AppDB } from "../../../renderer/db/app-db";
import { desk, deskMonthOf } from "../../../renderer/db/desk";

declare global {
  interface Window {
    benchDesk: (runs: number) => Promise<{ ms: number[]; rows: number; cases: number }>;
  }
}

const db = new AppDB();

async function benchDesk(runs: number) {
  const u = await db.users.where("username").equals("pkmd").first();
  if (!u) throw new Error("no user pkmd: seed the district first");
  const actor = { userId: u.id, username: u.username, name: u.name, role: u.role, siteIds: u.siteIds };
  const today = todayIn();
  const ms: number[] = [];
  let last = await desk(db, actor, deskMonthOf(today), today); // warm-up
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await desk(db, actor, deskMonthOf(today), today);
    ms.push(performance.now() - t0);
  }
  return { ms, rows: last.rows.length, cases: last.totals.cases };
}

window.benchDesk = benchDesk;
