// Why: a reviewer sees only the fields a change touched, and a long list (an import's ids) without a page of text.
import type { AuditRow } from "../../db/app-db";

/** List items shown in a changed value; the rest are counted. */
export const SHOWN_ITEMS = 10;

/** A side of a changed field: its value (a long list cut to its first items) and how many items were left out. */
export type ShownValue = { value: unknown; more: number };
export type FieldChange = { field: string; before: ShownValue | null; after: ShownValue | null };

/**
 * Metadata every write moves (shown by the row itself: who, when), and search keys worked out from other fields
 * (the MyKad's digits, the name's words, the phone's digits), which change only with the field shown.
 */
const SKIP = new Set([
  "updatedAt",
  "updatedBy",
  "rev",
  "createdAt",
  "createdBy",
  "id",
  "mykad",
  "nameTokens",
  "phoneDigits",
]);

function shown(value: unknown): ShownValue {
  if (Array.isArray(value) && value.length > SHOWN_ITEMS)
    return { value: value.slice(0, SHOWN_ITEMS), more: value.length - SHOWN_ITEMS };
  return { value: value ?? null, more: 0 };
}

/** The code list a field's value comes from (its labels are `code.<list>.<value>`), per table where it differs. */
export function codeListOf(table: string, field: string): string | null {
  if (field === "status") return table === "cases" ? "caseStatus" : null;
  const lists: Record<string, string> = {
    targetGroup: "targetGroup",
    service: "service",
    ethnicity: "ethnicity",
    maritalStatus: "marital",
    sex: "sex",
    docType: "docType",
    noDocReason: "noDocReason",
    relationship: "relationship",
    scheme: "scheme",
  };
  if (field === "kind" && table === "organisations") return "orgKind";
  return lists[field] ?? null;
}

/** Field-by-field difference of an audit row; a side is null when the row has no record there (create, import). */
export function auditChanges(row: Pick<AuditRow, "before" | "after">): FieldChange[] {
  const before = (row.before ?? {}) as Record<string, unknown>;
  const after = (row.after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: FieldChange[] = [];
  for (const k of keys) {
    if (SKIP.has(k)) continue;
    if (JSON.stringify(before[k] ?? null) === JSON.stringify(after[k] ?? null)) continue;
    out.push({
      field: k,
      before: row.before ? shown(before[k]) : null,
      after: row.after ? shown(after[k]) : null,
    });
  }
  return out;
}

/** The table a field's id points into, so the reader sees a name (or record number) instead of the id. */
export function referencedTable(
  field: string,
): "sites" | "persons" | "users" | "organisations" | "cases" | null {
  const refs = {
    siteId: "sites",
    personId: "persons",
    headPersonId: "persons",
    officerId: "users",
    organisationId: "organisations",
    caseId: "cases",
  } as const;
  return (refs as Record<string, (typeof refs)[keyof typeof refs]>)[field] ?? null;
}

/** The ids an audit row's changes point to, by table (the names to read for showing them). */
export function referencesOf(changes: readonly FieldChange[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of changes) {
    const table = referencedTable(c.field);
    if (!table) continue;
    for (const side of [c.before, c.after])
      if (side && typeof side.value === "string" && side.value) {
        let ids = out.get(table);
        if (!ids) out.set(table, (ids = new Set()));
        ids.add(side.value);
      }
  }
  return out;
}
