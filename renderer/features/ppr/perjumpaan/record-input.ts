// Why: forms edit a record's own fields; the metadata the repository stamps (id, rev, ...) is taken off first.
import { metaKeys, type Stored } from "../../../../shared/domain/record";

export function inputOf<T extends object>(record: Stored<T>): T {
  const copy: Record<string, unknown> = { ...record };
  for (const k of metaKeys) delete copy[k];
  return copy as T;
}
