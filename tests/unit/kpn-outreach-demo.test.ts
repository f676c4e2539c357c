// Why: the demo's outreach records obey the rules typed ones do, and the status report of last month counts them.
import { describe, expect, it } from "vitest";
import { loadDemo } from "../../renderer/db/demo";
import { loadKpnStatus } from "../../renderer/features/laporan/load-kpn";
import { addDays, todayIn } from "../../shared/domain/dates";
import { agencyServices } from "../../shared/domain/kpn/codes";
import {
  basketFields,
  complaintFields,
  intakeFields,
  serviceTallyFields,
} from "../../shared/domain/kpn/records";
import { reconcile } from "../../shared/domain/kpn/stock";
import { kpnStatusModel } from "../../shared/reports/kpn/status-pelaksanaan/model";
import { FAST_ITERATIONS, freshDb } from "./helpers";

describe("demo KPN outreach", () => {
  it("last month's finished tour: valid records, numbered complaints, stock counted back, counted by the report", async () => {
    const db = freshDb();
    await loadDemo(db, FAST_ITERATIONS);
    const services = await db.kpnServices.toArray();
    const complaints = await db.complaints.toArray();
    const baskets = await db.baskets.toArray();
    const intakes = await db.intakes.toArray();
    for (const s of services) expect(serviceTallyFields.safeParse(s).success).toBe(true);
    for (const c of complaints) expect(complaintFields.safeParse(c).success).toBe(true);
    for (const b of baskets) expect(basketFields.safeParse(b).success).toBe(true);
    for (const i of intakes) expect(intakeFields.safeParse(i).success).toBe(true);
    for (const i of intakes) expect(await db.persons.get(i.personId)).toBeTruthy();
    // The next complaint number follows the demo's.
    const year = Number(complaints[0]!.refNo.slice(4, 8));
    expect((await db.counters.get(`complaint:${year}`))?.next).toBe(complaints.length + 1);

    const first = `${addDays(`${todayIn().slice(0, 8)}01`, -1).slice(0, 8)}01`;
    const last = addDays(`${todayIn().slice(0, 8)}01`, -1);
    const records = await loadKpnStatus(db, first, last);
    expect(records.tours).toHaveLength(1);
    const tour = records.tours[0]!;
    expect(
      reconcile(
        tour.stockLoaded,
        baskets.map((b) => b.items),
        tour.stockReturned!,
      ).difference,
    ).toEqual({
      beras: 0,
      minyak: -1,
      tepung: 0,
      gula: 0,
    });
    const m = kpnStatusModel({
      ...records,
      year: Number(first.slice(0, 4)),
      month: Number(first.slice(5, 7)),
      asOf: last,
      district: "Lembah Pantai",
      charter: { calendar: { weekend: [6, 0], holidays: [] }, days: { acknowledge: 1, resolve: 15 } },
      serviceTypes: agencyServices.map((code) => ({ code, label: code })),
    });
    expect(m.totals.services.total).toBe(30);
    expect(m.totals.complaints.received).toBe(3);
    expect(m.totals.baskets.given).toBe(4);
    expect(m.totals.intakes).toMatchObject({ met: 2, susulanAssigned: 1, susulanWaiting: 1 });
  });
});
