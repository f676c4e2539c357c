// Why: the service counter at a checkpoint: one row per person served (so a tap is one small write and undo removes
// the last row), counted by service, sex and age band for the screen and the status report.
import { Dexie } from "dexie";
import type { Actor } from "../../../../shared/domain/access";
import { agencyServices, ageBands, type AgeBand } from "../../../../shared/domain/kpn/codes";
import { serviceTallyFields, type ServiceTallyInput } from "../../../../shared/domain/kpn/records";
import type { AppDB, CheckpointRecord, KpnServiceRecord } from "../../app-db";
import { NotFoundError, ValidationError } from "../../errors";
import { Repository, requirePermission } from "../repository";

export function kpnServicesRepo(db: AppDB): Repository<ServiceTallyInput> {
  return new Repository<ServiceTallyInput>(db, db.kpnServices, {
    tableName: "kpnServices",
    schema: serviceTallyFields,
    label: (s) => `${s.service} ${s.sex} ${s.ageBand}`,
    siteOf: () => null,
    writePermission: "records.write",
  });
}

/** The service types counted at a checkpoint: the agency services it brings, else every agency service. */
export function serviceTypesAt(checkpoint: Pick<CheckpointRecord, "agencyServices">): string[] {
  return checkpoint.agencyServices?.length ? [...checkpoint.agencyServices] : [...agencyServices];
}

/** A live checkpoint, or "not found". */
export async function liveCheckpoint(db: AppDB, id: string): Promise<CheckpointRecord> {
  const cp = await db.checkpoints.get(id);
  if (!cp || cp.deletedAt) throw new NotFoundError();
  return cp;
}

/** Counts one person served at the checkpoint. */
export async function countService(
  db: AppDB,
  actor: Actor,
  checkpoint: CheckpointRecord,
  person: { service: string; sex: "L" | "P"; ageBand: AgeBand },
): Promise<KpnServiceRecord> {
  if (!serviceTypesAt(checkpoint).includes(person.service))
    throw new ValidationError({ service: "v.required" });
  return kpnServicesRepo(db).create(actor, {
    tourId: checkpoint.tourId,
    checkpointId: checkpoint.id,
    ...person,
  });
}

/** The checkpoint's rows, oldest first (ids are time-ordered), deleted ones left out. */
function rowsAt(db: AppDB, checkpointId: string) {
  return db.kpnServices
    .where("[checkpointId+id]")
    .between([checkpointId, Dexie.minKey], [checkpointId, Dexie.maxKey]);
}

/** Takes back the last tap at the checkpoint (whoever made it); null when nothing is left to take back. */
export async function undoLastService(
  db: AppDB,
  actor: Actor,
  checkpointId: string,
): Promise<KpnServiceRecord | null> {
  requirePermission(actor, "records.write");
  return db.transaction("rw", [db.kpnServices, db.audit, db.users], async () => {
    const last = await rowsAt(db, checkpointId)
      .reverse()
      .filter((r) => !r.deletedAt)
      .first();
    if (!last) return null;
    await kpnServicesRepo(db).softDelete(actor, last.id, last.rev, "Batal kiraan terakhir");
    return last;
  });
}

export type ServiceCounts = {
  total: number;
  byService: Record<string, number>;
  bySex: Record<"L" | "P", number>;
  byAgeBand: Record<AgeBand, number>;
  /** service -> "L|kanak-kanak" -> count */
  grid: Record<string, Record<string, number>>;
  last: KpnServiceRecord | null;
};

export function tallyServices(rows: readonly KpnServiceRecord[]): ServiceCounts {
  const out: ServiceCounts = {
    total: 0,
    byService: {},
    bySex: { L: 0, P: 0 },
    byAgeBand: Object.fromEntries(ageBands.map((a) => [a, 0])) as Record<AgeBand, number>,
    grid: {},
    last: null,
  };
  for (const r of rows) {
    if (r.deletedAt) continue;
    out.total += 1;
    out.byService[r.service] = (out.byService[r.service] ?? 0) + 1;
    out.bySex[r.sex] += 1;
    out.byAgeBand[r.ageBand] += 1;
    const cell = `${r.sex}|${r.ageBand}`;
    const g = (out.grid[r.service] ??= {});
    g[cell] = (g[cell] ?? 0) + 1;
    out.last = r;
  }
  return out;
}

/** What the service counter has counted at a checkpoint. */
export async function serviceCounts(db: AppDB, checkpointId: string): Promise<ServiceCounts> {
  return tallyServices(await rowsAt(db, checkpointId).toArray());
}
