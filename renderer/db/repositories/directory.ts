// Why: the directory's entries (district-wide, so every site's PPK refers to the same ones), stored with their search keys.
import { z } from "zod";
import {
  deriveOrganisation,
  organisationSchema,
  type OrganisationData,
} from "../../../shared/domain/directory";
import type { AppDB } from "../app-db";
import { Repository } from "./repository";

/** Checks what a form or an import gives and adds the search keys (name words, phone digits, service words). */
const storedSchema = z.unknown().transform((input, ctx): OrganisationData => {
  const r = organisationSchema.safeParse(input);
  if (!r.success) {
    for (const issue of r.error.issues)
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return z.NEVER;
  }
  return { ...r.data, ...deriveOrganisation(r.data) };
});

export function organisationsRepo(db: AppDB): Repository<OrganisationData> {
  return new Repository<OrganisationData>(db, db.organisations, {
    tableName: "organisations",
    schema: storedSchema as unknown as z.ZodType<OrganisationData>,
    label: (o) => o.name,
    siteOf: () => null,
    writePermission: "records.write",
  });
}
