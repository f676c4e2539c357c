// Why: one rule for which IndexedDB failures mean damaged storage, a newer schema or a full disk, so the open step,
// the screens' error boundary and the save messages all tell the user the same thing.

/** What went wrong with the storage itself (not with a record). */
export type StorageProblem = "damaged" | "newerSchema" | "diskFull";

/** The open step's own refusal: the stored database belongs to a newer app, or a table cannot be read. */
export class StorageFailure extends Error {
  /** For a newer schema: the stored schema version and this app's. */
  readonly versions: { stored: number; app: number } | undefined;
  constructor(
    public readonly problem: StorageProblem,
    message: string,
    options: { cause?: unknown; versions?: { stored: number; app: number } } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "StorageFailure";
    this.versions = options.versions;
  }
}

type ErrorLike = { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };

/** Names IndexedDB, Chromium and Dexie give to a store that cannot be opened or read. */
const DAMAGED_NAMES = new Set([
  "UnknownError",
  "OpenFailedError",
  "MissingAPIError",
  "NotReadableError",
  "InvalidTableError",
  "NoSuchDatabaseError",
  "SchemaError",
]);
const DAMAGED_TEXT =
  /backing store|internal error|corrupt|object stores? (was )?not found|no such (table|file)/i;
const FULL_TEXT = /quota|disk (is )?full|no space left/i;

/** The error and everything it wraps (Dexie's `inner`, `cause`, a bulk error's `failures`), outermost first. */
function chain(e: unknown, depth = 0): ErrorLike[] {
  if (!e || typeof e !== "object" || depth > 5) return [];
  const x = e as ErrorLike;
  const out: ErrorLike[] = [x];
  if (x.inner && x.inner !== e) out.push(...chain(x.inner, depth + 1));
  if (x.cause && x.cause !== e) out.push(...chain(x.cause, depth + 1));
  const failures = Array.isArray(x.failures)
    ? x.failures
    : x.failures && typeof x.failures === "object"
      ? Object.values(x.failures)
      : [];
  for (const f of failures.slice(0, 3)) out.push(...chain(f, depth + 1));
  return out;
}

const text = (v: unknown) => (typeof v === "string" ? v : "");

/**
 * Which storage problem an error is, or null when it is about something else (a refused record, a bug). A full disk
 * wins over the rest (Chromium reports it inside aborts and unknown errors too); a newer schema next.
 */
export function classifyStorageError(e: unknown): StorageProblem | null {
  const links = chain(e);
  if (links.length === 0) return null;
  if (links.some((l) => l instanceof StorageFailure && l.problem === "diskFull")) return "diskFull";
  if (links.some((l) => text(l.name) === "QuotaExceededError" || FULL_TEXT.test(text(l.message))))
    return "diskFull";
  if (
    links.some(
      (l) => (l instanceof StorageFailure && l.problem === "newerSchema") || l.name === "VersionError",
    )
  )
    return "newerSchema";
  if (links.some((l) => l instanceof StorageFailure)) return "damaged";
  if (links.some((l) => DAMAGED_NAMES.has(text(l.name)) || DAMAGED_TEXT.test(text(l.message))))
    return "damaged";
  return null;
}

/** The technical story for the IT person: each wrapped error's name and message, outermost first. */
export function technicalDetail(e: unknown): string {
  const links = chain(e);
  if (links.length === 0) return String(e);
  return links
    .map((l) => `${text(l.name) || "Error"}: ${text(l.message)}`.trim())
    .filter((line, i, all) => all.indexOf(line) === i)
    .join("\n");
}
