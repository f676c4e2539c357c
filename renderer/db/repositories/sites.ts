// Why: sites are the scope of every PPK's work; codes are unique for ever because record numbers carry them.
import { siteInputSchema, type SiteInput } from "../../../shared/domain/site";
import type { AppDB } from "../app-db";
import { ValidationError } from "../errors";
import { Repository } from "./repository";

export function sitesRepo(db: AppDB): Repository<SiteInput> {
  return new Repository<SiteInput>(db, db.sites, {
    tableName: "sites",
    schema: siteInputSchema,
    label: (s) => `${s.code} ${s.name}`,
    siteOf: (s) => s.id,
    writePermission: "sites.manage",
    check: async (database, site, id) => {
      const same = await database.sites.where("code").equals(site.code).first();
      if (same && same.id !== id) {
        throw new ValidationError({ code: same.deletedAt ? "v.siteCodeInBin" : "v.siteCodeTaken" });
      }
    },
  });
}
