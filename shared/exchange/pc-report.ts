// Why: what a PC tells the office about itself (its last good backup) travels as a record, so the PKMD desk shows each
// site's safety as that PC saw it, not as the PKMD's PC guesses.
import { z } from "zod";

/** One report per PC: the record's id is the PC's address in the office (its exchange id). */
export const pcReportSchema = z.object({
  /** The PC's name in the office (as given when it joined), and its number. */
  name: z.string().max(200),
  number: z.number().int().min(0),
  /** The sites it works on; null: the whole district. */
  siteIds: z.array(z.string()).nullable(),
  /** Its newest backup that was written and checked whole; null when it has none. */
  lastBackup: z
    .object({ at: z.string(), fileName: z.string().max(300), bytes: z.number().int().min(0) })
    .nullable(),
  /** Its newest backup attempt that failed after the last good one, if any (what went wrong, as a code). */
  lastFailure: z.object({ at: z.string(), problem: z.string().max(200) }).nullable(),
  /** When the PC wrote this report. */
  reportedAt: z.string(),
});
export type PcReportData = z.infer<typeof pcReportSchema>;
