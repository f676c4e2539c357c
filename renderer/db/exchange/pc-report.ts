// Why: each PC tells the office its last good backup as a travelling record (one per PC, id = its exchange id), written
// after every backup attempt and before every exchange file, so the PKMD desk shows each site's safety as that PC saw it.
import { pcReportSchema, type PcReportData } from "../../../shared/exchange/pc-report";
import { lastResults, type BackupStoreDB } from "../../backup/store";
import type { AppDB, PcReportRecord } from "../app-db";
import { readIdentity } from "./identity";

/** Who writes a PC's report: the machine, not a user (it is no user's change, so it has no audit row). */
export const PC_REPORT_AUTHOR = "system";

/**
 * Writes this PC's report from its book and its backup log; does nothing (returns null) while the PC is not part of
 * an office exchange (no book or no exchange key yet). Written through Dexie, so it is stamped and travels.
 */
export async function writePcReport(db: AppDB, store: BackupStoreDB): Promise<PcReportRecord | null> {
  const me = await readIdentity(db).catch(() => null);
  if (!me?.key) return null;
  const { lastOk, lastFailed } = await lastResults(store);
  const data: PcReportData = pcReportSchema.parse({
    name: me.name,
    number: me.number,
    siteIds: me.scopes === "all" ? null : [...me.scopes],
    lastBackup: lastOk ? { at: lastOk.at, fileName: lastOk.name, bytes: lastOk.size } : null,
    lastFailure: lastFailed ? { at: lastFailed.at, problem: lastFailed.problem ?? "" } : null,
    reportedAt: new Date().toISOString(),
  });
  return db.transaction("rw", db.pcReports, async () => {
    const before = await db.pcReports.get(me.pc);
    const at = data.reportedAt;
    const record: PcReportRecord = {
      ...data,
      id: me.pc,
      createdAt: before?.createdAt ?? at,
      createdBy: before?.createdBy ?? PC_REPORT_AUTHOR,
      updatedAt: at,
      updatedBy: PC_REPORT_AUTHOR,
      rev: (before?.rev ?? 0) + 1,
      deletedAt: null,
    };
    await db.pcReports.put(record);
    return record;
  });
}

/** The same, for callers that must never fail because of it (a backup, an exchange file): a failure is only logged. */
export async function reportQuietly(db: AppDB, store: BackupStoreDB): Promise<void> {
  try {
    await writePcReport(db, store);
  } catch (e) {
    console.error("PC report not written", e);
  }
}
