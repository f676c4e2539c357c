// Why: the koordinator's screens and the evaluation sheet see the same pendamping: active users of the pendamping
// role with the wilayah they are assigned, each wilayah's active KPM counted from the site index.
import type { Actor } from "../../../../shared/domain/access";
import { canSeeSite } from "../../../../shared/domain/access";
import type { AppDB } from "../../../db/app-db";

export type Pendamping = { id: string; name: string; siteIds: string[]; households: number };

export async function pendampingOf(db: AppDB, actor: Actor): Promise<Pendamping[]> {
  const users = (await db.users.toArray()).filter(
    (u) => u.role === "ppk" && !u.disabled && u.siteIds.some((s) => canSeeSite(actor, s)),
  );
  const sites = [...new Set(users.flatMap((u) => u.siteIds))];
  const counts = await Promise.all(
    sites.map((s) =>
      db.pkhHouseholds
        .where("siteId")
        .equals(s)
        .filter((h) => !h.deletedAt && h.active)
        .count(),
    ),
  );
  const bySite = new Map(sites.map((s, i) => [s, counts[i] ?? 0]));
  return users
    .map((u) => ({
      id: u.id,
      name: u.name,
      siteIds: u.siteIds,
      households: u.siteIds.reduce((n, s) => n + (bySite.get(s) ?? 0), 0),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "id"));
}
