// Why: version 10 serves the PKMD's list of investigations and search by an investigation's number: investigations are
// read by site, status and date or by site, scheme and date (a month is one range), and each gets its number, the
// case's record number and its order on the case ("SPH/2026/0042/S1"), with an empty list of returns for correction.
import type Dexie from "dexie";

type Row = { id: string; caseId: string; createdAt: string; refNo?: string; returns?: unknown[] };

export function migration0010(db: Dexie): void {
  db.version(10)
    .stores({
      investigations:
        "id, caseId, [siteId+status], status, deletedAt, [siteId+status+date], [siteId+scheme+date], refNo",
    })
    .upgrade(async (tx) => {
      const rows = (await tx.table<Row, string>("investigations").toArray()).sort(
        (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      );
      if (!rows.length) return;
      const caseIds = [...new Set(rows.map((r) => r.caseId))];
      const cases = await tx.table<{ recordNo: string }, string>("cases").bulkGet(caseIds);
      const recordNo = new Map(caseIds.map((id, i) => [id, cases[i]?.recordNo ?? ""]));
      const seen = new Map<string, number>();
      const next = rows.map((r) => {
        const n = (seen.get(r.caseId) ?? 0) + 1;
        seen.set(r.caseId, n);
        const no = recordNo.get(r.caseId);
        return { ...r, ...(no ? { refNo: `${no}/S${n}` } : {}), returns: r.returns ?? [] };
      });
      await tx.table("investigations").bulkPut(next);
    });
}
