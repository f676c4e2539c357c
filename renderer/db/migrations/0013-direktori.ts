// Why: version 13 makes the organisations referrals point to the one directory (seed 002): every entry gets the
// directory's fields (empty, never confirmed, so it shows as "perlu disemak") and its search keys, and programmes and
// meetings say which entries they name, so a merge can move every reference through an index instead of a scan.
import type Dexie from "dexie";
import {
  deriveOrganisation,
  organisationSchema,
  type OrganisationFields,
} from "../../../shared/domain/directory";

type Org = { id: string; name: string; kind: string; phone: string } & Record<string, unknown>;
type WithIds = { id: string; partnerIds?: string[]; organisationIds?: string[] };

export function migration0013(db: Dexie): void {
  db.version(13)
    .stores({
      organisations:
        "id, name, deletedAt, kind, area, confirmedAt, *nameTokens, *phoneKeys, *serviceKeys, *targetGroups",
      programmes: "id, [siteId+startDate], needId, deletedAt, *partnerIds",
      meetings: "id, [siteId+date], deletedAt, *organisationIds",
    })
    .upgrade(async (tx) => {
      await tx
        .table<Org, string>("organisations")
        .toCollection()
        .modify((o) => {
          // The schema's defaults fill the new fields; a stored value it refuses (an old phone typed oddly) is kept as it was.
          const parsed = organisationSchema.safeParse(o);
          const fields: OrganisationFields = parsed.success
            ? parsed.data
            : {
                ...organisationSchema.parse({ name: "--", kind: "lain-lain", phone: "" }),
                name: o.name,
                kind: o.kind as OrganisationFields["kind"],
                phone: o.phone,
              };
          Object.assign(o, fields, deriveOrganisation(fields));
        });
      await tx
        .table<WithIds, string>("programmes")
        .toCollection()
        .modify((p) => {
          p.partnerIds ??= [];
        });
      await tx
        .table<WithIds, string>("meetings")
        .toCollection()
        .modify((m) => {
          m.organisationIds ??= [];
        });
    });
}
