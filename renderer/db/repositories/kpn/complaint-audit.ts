// Why: a sensitive complaint is read only by the PKMD and whoever received it, and its audit rows are no way around
// that: for any other reader of the Log Audit the complainant and what was said are sealed in each row's copies.
import type { Actor } from "../../../../shared/domain/access";
import type { AuditRow } from "../../app-db";
import { canReadComplaint } from "./complaints";

/** The fields a sensitive complaint's audit copies hide from a reader who may not read it. */
export const SEALED_COMPLAINT_FIELDS = ["name", "contact", "mykad", "description", "resolution"] as const;

/** What a sealed value becomes: a marker (never a stored value), numbered so a change still shows as a change. */
export type Sealed = { sealed: 1 | 2 };
export const isSealed = (v: unknown): v is Sealed =>
  typeof v === "object" && v !== null && "sealed" in v && Object.keys(v).length === 1;

type Copy = Record<string, unknown> & { sensitive?: unknown; receivedBy?: unknown };

function hidden(actor: Actor, copy: Copy | null): boolean {
  if (!copy || copy.sensitive !== true) return false;
  return !canReadComplaint(actor, { sensitive: true, receivedBy: String(copy.receivedBy ?? "") });
}

/** The row as `actor` may see it: a complaint's sensitive copies with their sealed fields replaced by markers. */
export function sealComplaintAudit(actor: Actor, row: AuditRow): AuditRow {
  if (row.table !== "complaints") return row;
  const before = row.before as Copy | null;
  const after = row.after as Copy | null;
  if (!hidden(actor, before) && !hidden(actor, after)) return row;
  const seal = (copy: Copy | null, other: Copy | null, mark: Sealed["sealed"]) => {
    if (!copy) return copy;
    const out: Copy = { ...copy };
    for (const f of SEALED_COMPLAINT_FIELDS) {
      if (!(f in copy)) continue;
      // The same marker on both sides when the value did not change, another when it did.
      const same = other && JSON.stringify(other[f] ?? null) === JSON.stringify(copy[f] ?? null);
      out[f] = { sealed: same ? 1 : mark } satisfies Sealed;
    }
    return out;
  };
  return { ...row, before: seal(before, after, 1), after: seal(after, before, 2) };
}
