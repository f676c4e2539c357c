// Why: the entry form edits an organisation's fields as inputs hold them (an empty number or date is ""), and the
// directory stores them as its schema says (null); these convert between the two and check a form as the store does.
import { z } from "zod";
import { organisationSchema, type OrganisationFields } from "../../../shared/domain/directory";
import { firstIssuePerField } from "../ppr/rujukan/form-schema";

export type EntryValues = Omit<OrganisationFields, "members" | "confirmedAt" | "kind"> & {
  kind: string;
  members: number | "";
  confirmedAt: string;
};

export const emptyEntry: EntryValues = {
  name: "",
  kind: "",
  phone: "",
  registrationNo: "",
  area: "",
  address: "",
  head: "",
  headPost: "",
  mobile: "",
  email: "",
  targetGroups: [],
  services: [],
  members: "",
  active: true,
  confirmedAt: "",
  notes: "",
};

/** What the repository takes from the form's values. */
export function entryInput(v: EntryValues): Record<string, unknown> {
  return { ...v, members: v.members === "" ? null : v.members, confirmedAt: v.confirmedAt || null };
}

/** A stored entry's fields as the form holds them (search keys and metadata left out). */
export function entryValues(o: OrganisationFields & Record<string, unknown>): EntryValues {
  const values = { ...emptyEntry };
  for (const key of Object.keys(emptyEntry) as (keyof EntryValues)[]) {
    if (o[key] !== undefined) (values as Record<string, unknown>)[key] = o[key];
  }
  return { ...values, members: o.members ?? "", confirmedAt: o.confirmedAt ?? "" };
}

/** The form's check: the directory's own schema on the converted values, first problem per field. */
export const entryFormSchema = firstIssuePerField(
  z.preprocess((v) => entryInput(v as EntryValues), organisationSchema),
);
