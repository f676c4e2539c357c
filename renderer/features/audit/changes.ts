// Why: a reviewer sees only the fields a change touched, and a long list (an import's ids) without a page of text.
import type { AuditRow } from "../../db/app-db";

/** List items shown in a changed value; the rest are counted. */
export const SHOWN_ITEMS = 10;

export type ShownValue = { text: string; more: number };
export type FieldChange = { field: string; before: ShownValue | null; after: ShownValue | null };

/** Metadata every write moves; shown by the row itself (who, when), not as a changed field. */
const SKIP = new Set(["updatedAt", "updatedBy", "rev", "createdAt", "createdBy", "id"]);

function shown(value: unknown): ShownValue {
  if (Array.isArray(value) && value.length > SHOWN_ITEMS)
    return { text: JSON.stringify(value.slice(0, SHOWN_ITEMS)), more: value.length - SHOWN_ITEMS };
  return { text: JSON.stringify(value ?? null), more: 0 };
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
