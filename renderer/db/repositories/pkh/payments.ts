// Why: a payment stage is prepared for a wilayah in one transaction (who should receive what, one record per
// household and stage, the same id on every PC), reconciled household by household like any record, and summed from
// the stored expectations read through `[siteId+stageId]` without recomputing the register.
import type { Actor } from "../../../../shared/domain/access";
import { canSeeSite } from "../../../../shared/domain/access";
import { withoutMeta } from "../../../../shared/domain/record";
import { todayIn } from "../../../../shared/domain/dates";
import {
  paymentId,
  paymentRecordSchema,
  planStage,
  reconcilePayments,
  stageRecordId,
  stageRecordSchema,
  type PaymentRecord,
  type ReconciliationSummary,
  type StagePlan,
  type StageRecord,
} from "../../../../shared/domain/pkh/payments";
import type { PkhSettings } from "../../../../shared/domain/pkh/settings";
import type { AppDB } from "../../app-db";
import { AccessError, NotFoundError } from "../../errors";
import type { PkhPaymentRecord, PkhStageRecord } from "../../pkh-tables";
import { Repository, appendAudit, requirePermission, stampFixed } from "../repository";

class PaymentsRepository extends Repository<PaymentRecord> {
  /**
   * Prepares (again) a wilayah's stage from today's register: adds, re-prices and drops unrecorded payments as
   * `planStage` says, stamps the stage record's preparation day, and writes one audit row for the batch.
   */
  async prepare(
    actor: Actor,
    siteId: string,
    stageId: string,
    settings: Pick<PkhSettings, "amounts" | "limits">,
    today = todayIn(),
  ): Promise<StagePlan> {
    requirePermission(actor, "records.write");
    if (!canSeeSite(actor, siteId)) throw new AccessError();
    const db = this.db;
    return db.transaction(
      "rw",
      [db.pkhHouseholds, db.pkhMembers, db.pkhPayments, db.pkhStages, db.audit, db.users],
      async () => {
        const [households, members, held] = await Promise.all([
          db.pkhHouseholds.where("siteId").equals(siteId).toArray(),
          db.pkhMembers.where("siteId").equals(siteId).toArray(),
          db.pkhPayments.where("[siteId+stageId]").equals([siteId, stageId]).toArray(),
        ]);
        const byHousehold = new Map<string, typeof members>();
        for (const m of members) {
          if (m.deletedAt) continue;
          const list = byHousehold.get(m.householdId) ?? [];
          list.push(m);
          byHousehold.set(m.householdId, list);
        }
        const plan = planStage(
          stageId,
          households.filter((h) => !h.deletedAt),
          (id) => byHousehold.get(id) ?? [],
          settings,
          held.filter((p) => !p.deletedAt),
        );
        const now = new Date();
        const at = now.toISOString();
        const heldById = new Map(held.map((p) => [p.id, p]));
        const writes: PkhPaymentRecord[] = [];
        for (const record of plan.add) {
          const id = paymentId(stageId, record.householdId);
          const prev = heldById.get(id) ?? null;
          writes.push(stampFixed(actor, record, id, prev, now));
        }
        for (const { id, record } of plan.update)
          writes.push(this.stamp(actor, record, heldById.get(id)!, now));
        for (const id of plan.remove) {
          const prev = heldById.get(id)!;
          writes.push({ ...this.stamp(actor, prev, prev, now), deletedAt: at });
        }
        await db.pkhPayments.bulkPut(writes);
        await saveStageIn(db, actor, siteId, stageId, { preparedOn: today }, now);
        await appendAudit(
          db,
          actor,
          {
            action: "update",
            table: "pkhPayments",
            recordId: stageRecordId(siteId, stageId),
            label: `Tahap ${stageId}: ${plan.add.length + plan.update.length + plan.remove.length} KPM`,
            before: null,
            after: {
              added: plan.add.map((r) => r.householdId),
              repriced: plan.update.map((u) => u.record.householdId),
              dropped: plan.remove,
            },
          },
          now,
        );
        return plan;
      },
    );
  }
}

export const paymentsRepo = (db: AppDB) =>
  new PaymentsRepository(db, db.pkhPayments, {
    tableName: "pkhPayments",
    schema: paymentRecordSchema,
    label: (p) => `${p.kpmNo} ${p.headName} tahap ${p.stageId}`,
    siteOf: (p) => p.siteId,
    writePermission: "records.write",
  });

export const stagesRepo = (db: AppDB) =>
  new Repository<StageRecord>(db, db.pkhStages, {
    tableName: "pkhStages",
    schema: stageRecordSchema,
    label: (s) => `Tahap ${s.stageId}`,
    siteOf: (s) => s.siteId,
    writePermission: "records.write",
    onCreate: async (_db, record) => ({ ...record, id: stageRecordId(record.siteId, record.stageId) }),
  });

const blankStage = (siteId: string, stageId: string): StageRecord => ({
  siteId,
  stageId,
  scheduledDate: null,
  place: "",
  accompaniedOn: null,
  notes: "",
  preparedOn: null,
});

/** Writes a stage record's fields inside the caller's transaction (created on first use). */
async function saveStageIn(
  db: AppDB,
  actor: Actor,
  siteId: string,
  stageId: string,
  fields: Partial<StageRecord>,
  now: Date,
): Promise<void> {
  const id = stageRecordId(siteId, stageId);
  const prev = await db.pkhStages.get(id);
  const data = stageRecordSchema.parse({ ...(prev ?? blankStage(siteId, stageId)), ...fields });
  await db.pkhStages.put(stampFixed(actor, data, id, prev, now));
}

/** A wilayah's stage as arranged so far (a blank one, not stored, before anything was written). */
export async function stageOf(
  db: AppDB,
  actor: Actor,
  siteId: string,
  stageId: string,
): Promise<PkhStageRecord | (StageRecord & { id: null; rev: 0 })> {
  if (!canSeeSite(actor, siteId)) throw new AccessError();
  const found = await db.pkhStages.get(stageRecordId(siteId, stageId));
  return found && !found.deletedAt ? found : { ...blankStage(siteId, stageId), id: null, rev: 0 };
}

/**
 * Saves the payment day, place, accompaniment and notes of a stage (audited). Preparing the stage stamps the same
 * record, so the form's fields are laid over the record as it stands now rather than checked against the revision
 * the form was opened at.
 */
export async function saveStage(
  db: AppDB,
  actor: Actor,
  siteId: string,
  stageId: string,
  fields: Pick<StageRecord, "scheduledDate" | "place" | "accompaniedOn" | "notes">,
): Promise<PkhStageRecord> {
  const repo = stagesRepo(db);
  const current = await db.pkhStages.get(stageRecordId(siteId, stageId));
  if (!current) return repo.create(actor, { ...blankStage(siteId, stageId), ...fields });
  return repo.update(actor, current.id, current.rev, { ...withoutMeta(current), ...fields });
}

/** A stage's live payments of a wilayah in No. KPM order. */
export async function stagePayments(
  db: AppDB,
  actor: Actor,
  siteId: string,
  stageId: string,
): Promise<PkhPaymentRecord[]> {
  if (!canSeeSite(actor, siteId)) throw new AccessError();
  const rows = await db.pkhPayments.where("[siteId+stageId]").equals([siteId, stageId]).toArray();
  return rows
    .filter((p) => !p.deletedAt)
    .sort((a, b) => a.kpmNo.localeCompare(b.kpmNo, undefined, { numeric: true }));
}

/** The reconciliation summary of a wilayah's stage, from its stored payments. */
export async function stageSummary(
  db: AppDB,
  actor: Actor,
  siteId: string,
  stageId: string,
): Promise<{ payments: PkhPaymentRecord[]; summary: ReconciliationSummary }> {
  const payments = await stagePayments(db, actor, siteId, stageId);
  return { payments, summary: reconcilePayments(payments) };
}

/** What the pendamping records for one household: received or not, how much, and why it differs. */
export type PaymentEntryInput = { received: boolean | null; amountReceived: number; reason: string };

export async function recordPayment(
  db: AppDB,
  actor: Actor,
  id: string,
  expectedRev: number,
  entry: PaymentEntryInput,
): Promise<PkhPaymentRecord> {
  const repo = paymentsRepo(db);
  const current = await db.pkhPayments.get(id);
  if (!current || current.deletedAt) throw new NotFoundError();
  return repo.update(actor, id, expectedRev, { ...withoutMeta(current), ...entry });
}

/** A household's payments across stages, newest stage first (the KPM page). */
export async function paymentsOfHousehold(
  db: AppDB,
  actor: Actor,
  householdId: string,
): Promise<PkhPaymentRecord[]> {
  const rows = await db.pkhPayments.where("householdId").equals(householdId).toArray();
  return rows
    .filter((p) => !p.deletedAt && canSeeSite(actor, p.siteId))
    .sort((a, b) => b.stageId.localeCompare(a.stageId));
}
