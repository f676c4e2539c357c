// Why: data-layer failures carry an i18n key and details, so the UI can say exactly what went wrong in the user's language.
export class AppError extends Error {
  constructor(
    public readonly key: string,
    public readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "AppError";
  }
}

/** Field-level problems from schema validation: path -> i18n key. */
export class ValidationError extends AppError {
  constructor(public readonly fields: Record<string, string>) {
    super("e.validation");
    this.name = "ValidationError";
  }
}

/** The record changed since the user loaded it; the caller shows who changed it and when. */
export class ConflictError extends AppError {
  constructor(
    public readonly updatedBy: string,
    public readonly updatedAt: string,
  ) {
    super("e.conflict", { by: updatedBy, at: updatedAt });
    this.name = "ConflictError";
  }
}

export class AccessError extends AppError {
  constructor() {
    super("e.forbidden");
    this.name = "AccessError";
  }
}

export class NotFoundError extends AppError {
  constructor() {
    super("e.notFound");
    // Not "NotFoundError": Dexie turns any rejection of that name (IndexedDB's own) into its DexieError, and the
    // screens would then lose the "not found" message.
    this.name = "RecordNotFoundError";
  }
}
