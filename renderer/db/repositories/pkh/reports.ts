// Why: the pendamping's reports are written like every record; a monthly report takes the id of its wilayah and month
// (one per month, also across PCs), and the month's reports are read through `[siteId+period]`.
import type { Actor } from "../../../../shared/domain/access";
import { canSeeSite } from "../../../../shared/domain/access";
import {
  monthlyReportId,
  pendampingReportSchema,
  type PendampingReport,
} from "../../../../shared/domain/pkh/report";
import type { AppDB } from "../../app-db";
import { ValidationError } from "../../errors";
import type { PkhReportRecord } from "../../pkh-tables";
import { Repository } from "../repository";

export function reportsRepo(db: AppDB) {
  return new Repository<PendampingReport>(db, db.pkhReports, {
    tableName: "pkhReports",
    schema: pendampingReportSchema,
    label: (r) => (r.kind === "bulanan" ? `Laporan Bulanan ${r.period}` : r.title),
    siteOf: (r) => r.siteId,
    writePermission: "records.write",
    async check(db, r, id) {
      if (id !== null || r.kind !== "bulanan") return;
      if (await db.pkhReports.get(monthlyReportId(r.siteId, r.period)))
        throw new ValidationError({ period: "v.pkh.reportExists" });
    },
    onCreate: async (_db, record) =>
      record.kind === "bulanan" ? { ...record, id: monthlyReportId(record.siteId, record.period) } : record,
    checkTables: (db) => [db.pkhReports],
  });
}

/** The live reports of the user's sites for `month` (yyyy-mm): the monthly one and those dated in the month. */
export async function reportsOfMonth(
  db: AppDB,
  actor: Actor,
  siteIds: readonly string[],
  month: string,
): Promise<PkhReportRecord[]> {
  const parts = await Promise.all(
    siteIds
      .filter((s) => canSeeSite(actor, s))
      .map((s) =>
        db.pkhReports
          .where("[siteId+period]")
          .between([s, month], [s, `${month}-99`], true, true)
          .filter((r) => !r.deletedAt)
          .toArray(),
      ),
  );
  return parts.flat().sort((a, b) => a.period.localeCompare(b.period) || a.kind.localeCompare(b.kind));
}
