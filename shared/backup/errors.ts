// Why: every way a backup file can be refused has one code, so each screen can say it plainly in the user's language.

/** Why a backup or exchange file was refused (or could not be made); the UI names it as `e.backup.<code>`. */
export type BackupProblem =
  | "notBackup"
  | "newerFormat"
  | "newerSchema"
  | "newerApp"
  | "wrongPassphrase"
  | "damaged"
  | "unsupportedValue"
  | "verifyFailed"
  /** Exchange files: not one, another office's (or another exchange key), or made on this very PC. */
  | "notExchange"
  | "otherOffice"
  | "ownFile";

export class BackupError extends Error {
  constructor(
    public readonly problem: BackupProblem,
    detail = "",
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = "BackupError";
  }
}
