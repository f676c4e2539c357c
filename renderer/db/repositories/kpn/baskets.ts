// Why: food baskets given at a checkpoint from the stock the tour loaded: each one checked against the stock left and
// against earlier baskets for the same MyKad inside its own transaction, so an override or a repeat is always given
// with its reason (kept on the basket and in its audit row); the stock loaded and counted back is kept on the tour.
import { Dexie } from "dexie";
import { z } from "zod";
import type { Actor } from "../../../../shared/domain/access";
import { todayIn } from "../../../../shared/domain/dates";
import { repeatBasket, type RepeatWarning } from "../../../../shared/domain/kpn/baskets";
import {
  basketFields,
  quantitiesSchema,
  tourFields,
  type BasketInput,
  type TourInput,
} from "../../../../shared/domain/kpn/records";
import { checkBasket, reconcile, stockLeft, sum, type Quantities } from "../../../../shared/domain/kpn/stock";
import { parseMyKad } from "../../../../shared/domain/mykad";
import { withoutMeta } from "../../../../shared/domain/record";
import type { AppDB, BasketRecord, TourRecord } from "../../app-db";
import { AppError, NotFoundError, ValidationError } from "../../errors";
import { Repository, requirePermission, validate } from "../repository";

export type BasketData = BasketInput & { date: string };

/** A basket as stored: the MyKad as its twelve digits (a real MyKad), the day it was given. */
const storedSchema = basketFields.and(z.object({ date: z.string() })).transform((b, ctx): BasketData => {
  const r = parseMyKad(b.mykad, new Date(`${b.date}T12:00:00Z`));
  if (!r.ok) {
    ctx.addIssue({ code: "custom", path: ["mykad"], message: r.problem });
    return z.NEVER;
  }
  return { ...b, mykad: r.info.digits };
});

export function basketsRepo(db: AppDB): Repository<BasketData> {
  return new Repository<BasketData>(db, db.baskets, {
    tableName: "baskets",
    schema: storedSchema as unknown as z.ZodType<BasketData>,
    label: (b) => `${b.recipientName} (${b.mykad})`,
    siteOf: () => null,
    writePermission: "records.write",
  });
}

/** The stock fields of a tour, written by the outreach screen (tour planning owns the rest of the record). */
function tourStockRepo(db: AppDB): Repository<TourInput> {
  return new Repository<TourInput>(db, db.tours, {
    tableName: "tours",
    schema: tourFields as unknown as z.ZodType<TourInput>,
    label: (t) => t.date,
    siteOf: () => null,
    writePermission: "records.write",
  });
}

/** Raised when the MyKad already had a basket on this tour or this month and no reason was given to give another. */
export class RepeatBasketError extends AppError {
  constructor(public readonly warning: RepeatWarning) {
    super(warning.kind === "sameTour" ? "e.kpn.repeatSameTour" : "e.kpn.repeatSameMonth", {
      date: warning.date,
    });
    this.name = "RepeatBasketError";
  }
}

/** Raised when a basket holds more than the stock left and no override reason was given. */
export class OverStockError extends AppError {
  constructor(public readonly short: Partial<Quantities>) {
    super("e.kpn.overStock");
    this.name = "OverStockError";
  }
}

async function liveTour(db: AppDB, tourId: string): Promise<TourRecord> {
  const tour = await db.tours.get(tourId);
  if (!tour || tour.deletedAt) throw new NotFoundError();
  return tour;
}

function tourBaskets(db: AppDB, tourId: string): Promise<BasketRecord[]> {
  return db.baskets
    .where("tourId")
    .equals(tourId)
    .filter((b) => !b.deletedAt)
    .toArray();
}

/** Every live basket ever given to this MyKad (12 digits), read through the [mykad+date] index. */
function basketsFor(db: AppDB, digits: string): Promise<BasketRecord[]> {
  return db.baskets
    .where("[mykad+date]")
    .between([digits, Dexie.minKey], [digits, Dexie.maxKey])
    .filter((b) => !b.deletedAt)
    .toArray();
}

/** Whether this MyKad already had a basket on the tour or in the month of `date`: shown BEFORE the basket is given. */
export async function repeatWarning(
  db: AppDB,
  mykad: string,
  tourId: string,
  date = todayIn(),
): Promise<RepeatWarning | null> {
  const r = parseMyKad(mykad);
  if (!r.ok) return null;
  return repeatBasket({ mykad: r.info.digits, tourId, date }, await basketsFor(db, r.info.digits));
}

export type StockState = {
  loaded: Quantities;
  given: Quantities;
  left: Quantities;
  baskets: number;
  returned: Quantities | null;
  /** Set once the returned stock is counted. */
  reconciled: ReturnType<typeof reconcile> | null;
};

/** The tour's stock: loaded, given in baskets, left, and (after the count back) the difference. */
export async function stockState(db: AppDB, tourId: string): Promise<StockState> {
  const [tour, baskets] = await Promise.all([liveTour(db, tourId), tourBaskets(db, tourId)]);
  const items = baskets.map((b) => b.items);
  return {
    loaded: tour.stockLoaded,
    given: sum(items),
    left: stockLeft(tour.stockLoaded, items),
    baskets: baskets.length,
    returned: tour.stockReturned,
    reconciled: tour.stockReturned ? reconcile(tour.stockLoaded, items, tour.stockReturned) : null,
  };
}

/**
 * Gives one basket today, in one transaction: refused (nothing written) when it is empty, over the stock left without
 * an override reason, or for a MyKad that already had one on this tour or this month without a reason to give again.
 */
export async function giveBasket(db: AppDB, actor: Actor, input: unknown): Promise<BasketRecord> {
  requirePermission(actor, "records.write");
  const date = todayIn();
  const data = validate(storedSchema, { ...(input as object), date });
  return db.transaction("rw", [db.baskets, db.tours, db.checkpoints, db.audit, db.users], async () => {
    const [tour, cp] = await Promise.all([liveTour(db, data.tourId), db.checkpoints.get(data.checkpointId)]);
    if (!cp || cp.deletedAt || cp.tourId !== tour.id) throw new NotFoundError();
    const given = (await tourBaskets(db, tour.id)).map((b) => b.items);
    const check = checkBasket(data.items, stockLeft(tour.stockLoaded, given), !!data.overStockReason);
    if (!check.ok && check.key === "v.kpn.overStock") throw new OverStockError(check.short);
    if (!check.ok) throw new ValidationError({ items: check.key });
    const repeat = repeatBasket(data, await basketsFor(db, data.mykad));
    if (repeat && !data.repeatReason) throw new RepeatBasketError(repeat);
    // A reason given for an override that is not needed is not kept: the record says only what really happened.
    const over = checkBasket(data.items, stockLeft(tour.stockLoaded, given), false).ok
      ? ""
      : data.overStockReason;
    return basketsRepo(db).create(actor, {
      ...data,
      overStockReason: over,
      repeatReason: repeat ? data.repeatReason : "",
    });
  });
}

/** Stock typed on the screen: whole numbers, not negative, per item (messages on the item's field). */
export function readQuantities(input: unknown): Quantities {
  return validate(quantitiesSchema, input);
}

/**
 * Records the stock loaded on the tour before it leaves ("Muat stok", `stockLoaded`) or counted back at the end ("Kira
 * stok pulang", `stockReturned`; the difference is worked out by `stockState`).
 */
export async function setTourStock(
  db: AppDB,
  actor: Actor,
  tourId: string,
  expectedRev: number,
  field: "stockLoaded" | "stockReturned",
  input: unknown,
): Promise<TourRecord> {
  const quantities = readQuantities(input);
  const tour = await liveTour(db, tourId);
  return tourStockRepo(db).update(actor, tourId, expectedRev, { ...withoutMeta(tour), [field]: quantities });
}

/** The baskets given at a checkpoint, newest first. */
export async function basketsAt(db: AppDB, checkpointId: string): Promise<BasketRecord[]> {
  const rows = await db.baskets.where("checkpointId").equals(checkpointId).toArray();
  return rows.filter((b) => !b.deletedAt).sort((a, b) => b.id.localeCompare(a.id));
}
