// Why: time-ordered ids (ULID) make records sortable by creation and safe to merge between offices later.
import { monotonicFactory } from "ulid";

const next = monotonicFactory();

/** A new ULID, monotonic within this process. */
export function newId(now: number = Date.now()): string {
  return next(now);
}
