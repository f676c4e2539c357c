// Why: one place that remembers the storage failure the app hit (at open or later), so the whole window turns to the
// recovery screen from wherever it was noticed: the open step, a screen's render, a route, a save.
import { useSyncExternalStore } from "react";
import { StorageFailure, classifyStorageError } from "../../db/storage-errors";

let current: StorageFailure | null = null;
const listeners = new Set<() => void>();

function set(f: StorageFailure): void {
  if (current) return;
  current = f;
  for (const l of listeners) l();
}

/**
 * Switches the app to the recovery screen when `e` means damaged storage or a newer schema (a full disk during use is a
 * save's message, not a recovery); returns whether it did.
 */
export function reportStorageFailure(e: unknown): boolean {
  const problem = classifyStorageError(e);
  if (problem !== "damaged" && problem !== "newerSchema") return false;
  set(e instanceof StorageFailure ? e : new StorageFailure(problem, errorText(e), { cause: e }));
  return true;
}

/** The open step's failure: whatever it was, the app cannot start, so the recovery screen shows it. */
export function reportOpenFailure(f: StorageFailure): void {
  set(f);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function useStorageFailure(): StorageFailure | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
