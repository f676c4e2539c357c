// Why: reads what the KPN status report counts for one month through the indexes: the month's tours by date, then
// their checkpoints by [tourId+order] and each outreach table by tourId; never a whole table.
import { Dexie } from "dexie";
import type {
  AppDB,
  BasketRecord,
  CheckpointRecord,
  ComplaintRecord,
  IntakeRecord,
  KpnServiceRecord,
  OrganisationRecord,
  TourRecord,
} from "../../db/app-db";

export type KpnStatusRecords = {
  tours: TourRecord[];
  checkpoints: CheckpointRecord[];
  services: KpnServiceRecord[];
  complaints: ComplaintRecord[];
  baskets: BasketRecord[];
  intakes: IntakeRecord[];
  organisations: OrganisationRecord[];
};

/** The month's tours (from..to, yyyy-mm-dd) and everything recorded on them, in one read transaction. */
export async function loadKpnStatus(db: AppDB, from: string, to: string): Promise<KpnStatusRecords> {
  return db.transaction(
    "r",
    [db.tours, db.checkpoints, db.kpnServices, db.complaints, db.baskets, db.intakes, db.organisations],
    async () => {
      const tours = (await db.tours.where("date").between(from, to, true, true).toArray()).filter(
        (t) => !t.deletedAt,
      );
      const ids = tours.map((t) => t.id);
      const [checkpoints, services, complaints, baskets, intakes] = await Promise.all([
        Promise.all(
          ids.map((id) =>
            db.checkpoints.where("[tourId+order]").between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
          ),
        ).then((lists) => lists.flat()),
        db.kpnServices.where("tourId").anyOf(ids).toArray(),
        db.complaints.where("tourId").anyOf(ids).toArray(),
        db.baskets.where("tourId").anyOf(ids).toArray(),
        db.intakes.where("tourId").anyOf(ids).toArray(),
      ]);
      const partnerIds = [...new Set(tours.flatMap((t) => t.partnerIds))];
      const organisations = (await db.organisations.bulkGet(partnerIds)).filter(
        (o): o is OrganisationRecord => !!o,
      );
      return { tours, checkpoints, services, complaints, baskets, intakes, organisations };
    },
  );
}
