// Why: the programmes of a site that touch a month (including ones that began earlier), read through the site-scope rule.
import { canSeeSite, type Actor } from "../../../../shared/domain/access";
import type { AppDB, ProgrammeRecord } from "../../../db/app-db";
import { AccessError } from "../../../db/errors";
import { monthRange } from "./month";

/** Programmes of one site running at any time in the month, in start-date order. */
export async function programmesInMonth(
  db: AppDB,
  actor: Actor,
  siteId: string,
  month: string,
): Promise<ProgrammeRecord[]> {
  if (!canSeeSite(actor, siteId)) throw new AccessError();
  const { start, end } = monthRange(month);
  const index = db.programmes.where("[siteId+startDate]");
  const [within, earlier] = await Promise.all([
    index.between([siteId, start], [siteId, end], true, true).toArray(),
    db.programmes
      .where("[siteId+startDate]")
      .between([siteId, ""], [siteId, start], true, false)
      .filter((p) => p.endDate >= start)
      .toArray(),
  ]);
  return [...earlier, ...within]
    .filter((p) => !p.deletedAt)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));
}
