// Why: backup tests check which reason a refusal gives; one helper reads it.
import { BackupError } from "../../shared/backup/errors";

/** The BackupError problem a promise rejects with, "none" when it resolves. */
export async function problem(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "none";
  } catch (e) {
    return e instanceof BackupError ? e.problem : `other: ${String(e)}`;
  }
}
