// Why: which PPK work each site, read from the users' site assignments by index.
import type { AppDB, SiteRecord, UserRecord } from "../../db/app-db";

export async function sitesWithStaff(
  db: AppDB,
  sites: SiteRecord[],
): Promise<{ site: SiteRecord; staff: UserRecord[] }[]> {
  return Promise.all(
    sites.map(async (site) => ({
      site,
      staff: (await db.users.where("siteIds").equals(site.id).toArray()).filter(
        (u) => !u.disabled && u.role === "ppk",
      ),
    })),
  );
}
