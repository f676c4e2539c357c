// Why: the one rule for taking in a record's version from another PC: newer replaces, older is ignored, and versions
// made apart are all kept (one shown, the others waiting for the user), the same on every PC whatever the order.
import { metaKeys } from "../domain/record";
import { includes, joinSeen, versionKeys, type Seen, type VersionStamp } from "./version";

export type Versioned = VersionStamp & { id: string; updatedAt: string; deletedAt: string | null };

/**
 * A record as a PC holds it: the version shown and, when versions were made apart on different PCs, the others,
 * each kept whole until the user settles them ("Perlu diselesaikan"). No version in it has seen another.
 */
export type RecordState<V extends Versioned> = { current: V; others: V[] };

/**
 * Which of the versions made apart is shown while they wait: a live one before a deletion (nothing disappears from
 * sight until the user says so), then the later edit, then a fixed order of PCs, so every PC shows the same.
 */
export function preferred(a: Versioned, b: Versioned): number {
  if (!a.deletedAt !== !b.deletedAt) return a.deletedAt ? 1 : -1;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? -1 : 1;
  if (a.pc !== b.pc) return a.pc > b.pc ? -1 : 1;
  return b.pcSeq - a.pcSeq;
}

/** Takes in one version from another PC. `changed` is false when the PC already had it or something newer. */
export function mergeVersion<V extends Versioned>(
  state: RecordState<V> | null,
  incoming: V,
): { state: RecordState<V>; changed: boolean } {
  if (!state) return { state: { current: incoming, others: [] }, changed: true };
  const held = [state.current, ...state.others];
  if (held.some((v) => includes(v.seen, incoming.seen))) return { state, changed: false };
  const kept = held.filter((v) => !includes(incoming.seen, v.seen));
  const [current, ...others] = [...kept, incoming].sort(preferred);
  return { state: { current: current!, others }, changed: true };
}

/**
 * A version written on this PC over what it holds: it replaces the versions it was made from; versions made apart
 * that it did not settle stay, and the one shown is chosen by the same rule as for a version from another PC (so a
 * deletion made here does not hide a live version waiting, any more than it would on the other PCs).
 */
export function writeVersion<V extends Versioned>(state: RecordState<V> | null, written: V): RecordState<V> {
  const held = state ? [state.current, ...state.others] : [];
  const kept = held.filter((v) => !includes(written.seen, v.seen));
  const [current, ...others] = [...kept, written].sort(preferred);
  return { current: current!, others };
}

/** True when versions made apart wait for the user. */
export function inConflict(state: RecordState<Versioned>): boolean {
  return state.others.length > 0;
}

/** What a version settling a conflict has seen: every version waiting, so it replaces them all on every PC. */
export function settledSeen(state: RecordState<Versioned>): Seen {
  return joinSeen(state.current.seen, ...state.others.map((v) => v.seen));
}

/** Fields that are the PC's bookkeeping rather than what a user typed: never offered for picking. */
const bookkeeping = new Set<string>([...metaKeys, ...versionKeys]);

/** The fields on which two versions differ (the side-by-side rows of the conflict screen), in a stable order. */
export function differingFields(a: object, b: object): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out: string[] = [];
  for (const key of [...keys].sort()) {
    if (bookkeeping.has(key)) continue;
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (canonical(x) !== canonical(y)) out.push(key);
  }
  const aDeleted = (a as Versioned).deletedAt;
  const bDeleted = (b as Versioned).deletedAt;
  if (!aDeleted !== !bDeleted) out.unshift("deletedAt");
  return out;
}

/** JSON with object keys sorted, so equal values compare equal whatever order their keys were written in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([p], [q]) => (p < q ? -1 : 1)))
      : v,
  );
}
