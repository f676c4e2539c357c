// Why: adding and correcting an entry save the same way: the same name in the same area is refused as a duplicate
// (the existing entry is the one to correct), then the repository validates, stamps and audits.
import type { Actor } from "../../../shared/domain/access";
import type { OrganisationRecord } from "../../db/app-db";
import { ValidationError } from "../../db/errors";
import { db } from "../../db/instance";
import { organisationsRepo } from "../../db/repositories/directory";
import { entryInput, type EntryValues } from "./entry-values";
import { sameEntry } from "./entry-data";

export async function saveEntry(
  actor: Actor,
  values: EntryValues,
  existing: { id: string; rev: number } | null,
): Promise<OrganisationRecord> {
  if (await sameEntry(db, values.name, values.area, existing?.id ?? null))
    throw new ValidationError({ name: "direktori.exists" });
  const repo = organisationsRepo(db);
  return existing
    ? repo.update(actor, existing.id, existing.rev, entryInput(values))
    : repo.create(actor, entryInput(values));
}
