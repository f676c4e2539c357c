// Why: complaints taken at a KPN checkpoint. Each gets its reference number `ADU/{YYYY}/{NNNN}` (year received, a
// running number per year from the counters table) inside the save's transaction, so two saves never share one and
// the slip can be printed at once. A sensitive complaint (abuse, violence) is read only by the PKMD and whoever
// received it: the rule sits in this repository's reads (get, list, by checkpoint), not in the screens.
import { z } from "zod";
import type { Actor } from "../../../../shared/domain/access";
import { todayIn } from "../../../../shared/domain/dates";
import { numberingTables, readNumbering, takeNumber } from "../../exchange/identity";
import { myKadDigits } from "../../../../shared/domain/mykad";
import {
  charterDaysOf,
  complaintSettingsOf,
  officeCalendar,
} from "../../../../shared/domain/kpn/complaint-settings";
import {
  complaintCounterKey,
  complaintState,
  complaintStatus,
  formatComplaintNo,
} from "../../../../shared/domain/kpn/complaints";
import { complaintKeys, type ComplaintKeys } from "../../../../shared/domain/kpn/list-keys";
import { complaintFields, type ComplaintInput } from "../../../../shared/domain/kpn/records";
import { OFFICE_ID } from "../../../../shared/domain/office";
import type { Stored } from "../../../../shared/domain/record";
import type { AppDB, ComplaintRecord } from "../../app-db";
import { NotFoundError, ValidationError } from "../../errors";
import { Repository, validate } from "../repository";

export type ComplaintData = ComplaintInput & { refNo: string } & ComplaintKeys;

/** Whether `actor` may read this complaint: anyone, unless it is sensitive (then the PKMD and its receiver only). */
export function canReadComplaint(actor: Actor, c: Pick<ComplaintInput, "sensitive" | "receivedBy">): boolean {
  return !c.sensitive || actor.role === "pkmd" || c.receivedBy === actor.userId;
}

class ComplaintsRepository extends Repository<ComplaintData> {
  protected override visible(actor: Actor, record: Stored<ComplaintData>): boolean {
    return canReadComplaint(actor, record) && super.visible(actor, record);
  }

  /** The live complaints `actor` may read, newest first. */
  override async list(actor: Actor): Promise<Stored<ComplaintData>[]> {
    const all = await this.db.complaints.orderBy("receivedDate").reverse().toArray();
    return all.filter((c) => !c.deletedAt && this.visible(actor, c));
  }

  /** The live unresolved complaints `actor` may read that were received before `day` (every one overdue on `day`). */
  async openBefore(actor: Actor, day: string): Promise<Stored<ComplaintData>[]> {
    const rows = await this.db.complaints.where("openKey").below(day).toArray();
    return rows.filter((c) => !c.deletedAt && this.visible(actor, c));
  }

  /** The live complaints of one checkpoint `actor` may read, in the order they were taken. */
  async ofCheckpoint(actor: Actor, checkpointId: string): Promise<Stored<ComplaintData>[]> {
    const rows = await this.db.complaints.where("checkpointId").equals(checkpointId).toArray();
    return rows
      .filter((c) => !c.deletedAt && this.visible(actor, c))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
}

/**
 * The stored fields as checked, with the key of the open complaints worked out on every save; the number is never
 * taken from input (given on create, kept on update).
 */
const storedSchema = complaintFields.transform((c) => ({
  ...c,
  mykad: c.mykad ? myKadDigits(c.mykad) || c.mykad : "",
  ...complaintKeys(c),
}));

export function complaintsRepo(db: AppDB): ComplaintsRepository {
  return new ComplaintsRepository(db, db.complaints, {
    tableName: "complaints",
    schema: storedSchema as unknown as z.ZodType<ComplaintData>,
    label: (c) => c.refNo || c.name,
    siteOf: () => null,
    writePermission: "records.write",
    checkTables: (d) => [d.office, ...numberingTables(d), d.checkpoints],
    check: async (database, c, id) => {
      if (c.mykad && !/^\d{12}$/.test(c.mykad)) throw new ValidationError({ mykad: "v.mykadFormat" });
      const before = id ? await database.complaints.get(id) : undefined;
      if (!before || before.category !== c.category) {
        const office = await database.office.get(OFFICE_ID);
        const offered = office ? complaintSettingsOf(office).categories.filter((x) => x.active) : [];
        if (!offered.some((x) => x.code === c.category))
          throw new ValidationError({ category: "v.required" });
      }
      if (!before) {
        const cp = await database.checkpoints.get(c.checkpointId);
        if (!cp || cp.deletedAt || cp.tourId !== c.tourId)
          throw new ValidationError({ checkpointId: "v.required" });
      } else if (before.receivedBy !== c.receivedBy || before.receivedDate !== c.receivedDate) {
        throw new ValidationError({ receivedDate: "v.kpn.receivedFixed" });
      }
      for (const key of ["acknowledgedDate", "resolvedDate"] as const) {
        const d = c[key];
        if (d && d < c.receivedDate) throw new ValidationError({ [key]: "v.kpn.beforeReceived" });
        if (d && d > todayIn()) throw new ValidationError({ [key]: "v.futureDate" });
      }
      if (c.acknowledgedDate && c.resolvedDate && c.resolvedDate < c.acknowledgedDate)
        throw new ValidationError({ resolvedDate: "v.kpn.resolvedBeforeAck" });
      if (c.resolvedDate && c.resolution.length < 5)
        throw new ValidationError({ resolution: "v.minLength:5" });
    },
    onCreate: async (database, record) => {
      const year = Number(record.receivedDate.slice(0, 4));
      const key = complaintCounterKey(year);
      // This PC's next number (its own blocks once the office exchanges: exchange/identity.ts).
      const numbering = await readNumbering(database);
      const seq = takeNumber(numbering, (await database.counters.get(key))?.next ?? 1);
      await database.counters.put({ key, next: seq + 1 });
      return { ...record, refNo: formatComplaintNo(year, seq) };
    },
  });
}

/** What the counter form gives: the complainant, the category, what was said, and whether it is sensitive. */
export const complaintEntrySchema = complaintFields.pick({
  tourId: true,
  checkpointId: true,
  name: true,
  contact: true,
  mykad: true,
  category: true,
  description: true,
  sensitive: true,
});
export type ComplaintEntry = z.input<typeof complaintEntrySchema>;

/**
 * Registers a complaint taken by `actor` today (office time zone), with its reference number, in one transaction
 * (complaint, counter, audit row).
 */
export async function registerComplaint(db: AppDB, actor: Actor, input: unknown): Promise<ComplaintRecord> {
  const entry = validate(complaintEntrySchema, input);
  return complaintsRepo(db).create(actor, {
    ...entry,
    receivedBy: actor.userId,
    receivedDate: todayIn(),
    acknowledgedDate: null,
    resolvedDate: null,
    resolution: "",
  });
}

const stepDate = z.object({ date: complaintFields.shape.receivedDate });

/** Records the day the complainant was told the complaint is being acted on. */
export async function acknowledgeComplaint(
  db: AppDB,
  actor: Actor,
  c: ComplaintRecord,
  input: unknown,
): Promise<ComplaintRecord> {
  const { date } = validate(stepDate, input);
  return complaintsRepo(db).update(actor, c.id, c.rev, { ...c, acknowledgedDate: date });
}

/** Closes a complaint with what was done about it (an unacknowledged one counts as acknowledged that day). */
export async function resolveComplaint(
  db: AppDB,
  actor: Actor,
  c: ComplaintRecord,
  input: unknown,
): Promise<ComplaintRecord> {
  const { date, resolution } = validate(
    stepDate.extend({
      resolution: complaintFields.shape.resolution.pipe(z.string().min(5, "v.minLength:5")),
    }),
    input,
  );
  return complaintsRepo(db).update(actor, c.id, c.rev, {
    ...c,
    acknowledgedDate: c.acknowledgedDate ?? date,
    resolvedDate: date,
    resolution,
  });
}

/** Where each complaint stands today under the office's charter (status, deadlines, steps). */
async function withState(db: AppDB, rows: ComplaintRecord[], today: string) {
  const office = await db.office.get(OFFICE_ID);
  if (!office) throw new NotFoundError();
  const cal = officeCalendar(office);
  const days = charterDaysOf(office);
  return rows.map((c) => ({
    complaint: c,
    status: complaintStatus(c, today, cal, days),
    state: complaintState(c, today, cal, days),
  }));
}

/** The live complaints `actor` may read with where each stands today (status, deadlines, steps). */
export async function complaintsWithState(db: AppDB, actor: Actor, today: string = todayIn()) {
  return withState(db, await complaintsRepo(db).list(actor), today);
}

/**
 * How many complaints `actor` may read are overdue today (not acknowledged or not resolved in time), judged among the
 * open ones received before today (read through `openKey`, kpn/list-keys.ts), not the whole table.
 */
export async function overdueComplaintCount(
  db: AppDB,
  actor: Actor,
  today: string = todayIn(),
): Promise<number> {
  const open = await complaintsRepo(db).openBefore(actor, today);
  return (await withState(db, open, today)).filter((r) => r.status === "lewat").length;
}
