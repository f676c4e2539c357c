// Why: the site-scope rule in one place, applied by every repository so a PPK never reads another site's data.
import { can, seesAllSites, type Role } from "./roles";

export type Actor = {
  userId: string;
  username: string;
  name: string;
  role: Role;
  siteIds: readonly string[];
};

/** Whether this actor may see records of the given site. */
export function canSeeSite(actor: Actor, siteId: string): boolean {
  return seesAllSites(actor.role) || actor.siteIds.includes(siteId);
}

/**
 * Whether this actor may take material out of the app (save, print, PDF, email draft, download). SULIT material (it
 * names persons: Buku Rekod, Siasatan, Status Rujukan, attachments such as MyKad copies) needs `sulit.release`, which
 * the read-only pemerhati lacks.
 */
export function canRelease(actor: Pick<Actor, "role">, sulit: boolean): boolean {
  return !sulit || can(actor.role, "sulit.release");
}

/** The system actor stamps records made by setup and demo loading. */
export const SYSTEM_ACTOR: Actor = {
  userId: "system",
  username: "system",
  name: "Sistem",
  role: "pentadbir",
  siteIds: [],
};
