// Why: IndexedDB leaves a null out of every index, so the two lists that wait on a missing value (a "perlu susulan"
// intake no site has yet, a complaint not yet resolved) read through a key kept beside the fields on every write.

/** The key of a "perlu susulan" intake waiting for the PKMD to give it to a site. */
export const AWAITING = 1;

export type IntakeKeys = { awaitingKey: typeof AWAITING | null };

/** Set while the intake is "perlu susulan" and no site has it; null (in no index) once assigned or another outcome. */
export function intakeKeys(i: { outcome: string; assignedSiteId: string | null }): IntakeKeys {
  return { awaitingKey: i.outcome === "susulan" && i.assignedSiteId === null ? AWAITING : null };
}

export type ComplaintKeys = { openKey: string | null };

/**
 * An unresolved complaint is keyed by the day it was received; a resolved one by nothing. A complaint is overdue only
 * while unresolved and only after its first deadline (at least a working day after it was received), so every
 * complaint overdue today is among `openKey < today`.
 */
export function complaintKeys(c: { receivedDate: string; resolvedDate: string | null }): ComplaintKeys {
  return { openKey: c.resolvedDate ? null : c.receivedDate };
}
