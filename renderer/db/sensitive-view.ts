// Why: opening a sensitive record (a domestic-violence victim's case, person or investigation, or one flagged sensitive, a sensitive KPN complaint) is itself audited: who viewed what, when.
import type { Actor } from "../../shared/domain/access";
import type { AppDB } from "./app-db";
import { casesRepo } from "./repositories/cases";
import { investigationsRepo } from "./repositories/investigations";
import { complaintsRepo } from "./repositories/kpn/complaints";
import { personsRepo } from "./repositories/persons";
import { appendAudit } from "./repositories/repository";

/** The target group whose records are sensitive whatever else they say. */
export const SENSITIVE_TARGET_GROUP = "mangsa-kdrt";

export type ViewedTable = "cases" | "persons" | "investigations" | "complaints";

const flagged = (r: unknown) => (r as { sensitive?: unknown }).sensitive === true;

/** Whether any of these live cases is sensitive. */
function sensitiveCases(cases: { targetGroup: string; deletedAt: string | null }[]): boolean {
  return cases.some((c) => !c.deletedAt && (c.targetGroup === SENSITIVE_TARGET_GROUP || flagged(c)));
}

/**
 * Reads the record through its repository (site scope, "Tiada akses"), decides whether it is sensitive and, if so,
 * appends a `view` row naming the record. Returns whether the view was recorded.
 */
export async function recordSensitiveView(
  db: AppDB,
  actor: Actor,
  table: ViewedTable,
  id: string,
): Promise<boolean> {
  let label: string;
  let sensitive: boolean;
  if (table === "cases") {
    const c = await casesRepo(db).get(actor, id);
    label = c.recordNo;
    sensitive = sensitiveCases([c]);
  } else if (table === "persons") {
    const p = await personsRepo(db).get(actor, id);
    label = p.name;
    sensitive = flagged(p) || sensitiveCases(await db.cases.where("personId").equals(id).toArray());
  } else if (table === "complaints") {
    const c = await complaintsRepo(db).get(actor, id);
    label = c.refNo;
    sensitive = c.sensitive;
  } else {
    const inv = await investigationsRepo(db).get(actor, id);
    const c = await db.cases.get(inv.caseId);
    label = (inv as { refNo?: string }).refNo ?? c?.recordNo ?? id;
    sensitive = flagged(inv) || (!!c && sensitiveCases([c]));
  }
  if (!sensitive) return false;
  await db.transaction("rw", [db.audit], () =>
    appendAudit(db, actor, { action: "view", table, recordId: id, label, before: null, after: null }),
  );
  return true;
}
