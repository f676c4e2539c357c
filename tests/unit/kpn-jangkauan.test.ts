// Why: the outreach counters' repositories: a tap is one row and undo takes back the last; a basket is checked against
// the stock left (an override audited with its reason) and against an earlier basket for the same MyKad; a quick
// intake writes person, case or referral and its row in one transaction, or nothing.
import { describe, expect, it } from "vitest";
import type { AppDB } from "../../renderer/db/app-db";
import { AppError, ValidationError } from "../../renderer/db/errors";
import { organisationsRepo } from "../../renderer/db/repositories/directory";
import {
  giveBasket,
  OverStockError,
  RepeatBasketError,
  repeatWarning,
  setTourStock,
  stockState,
} from "../../renderer/db/repositories/kpn/baskets";
import { recordIntake } from "../../renderer/db/repositories/kpn/intakes";
import { countService, serviceCounts, undoLastService } from "../../renderer/db/repositories/kpn/services";
import { DuplicateMyKadError, personsRepo } from "../../renderer/db/repositories/persons";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { addDays, todayIn } from "../../shared/domain/dates";
import { tourFields } from "../../shared/domain/kpn/records";
import type { RecordMeta } from "../../shared/domain/record";
import { actor, freshDb, siteInput } from "./helpers";

const admin = actor("pentadbir");
const today = todayIn();

const meta = (id: string): RecordMeta => ({
  id,
  createdAt: `${today}T00:00:00.000Z`,
  createdBy: "system",
  updatedAt: `${today}T00:00:00.000Z`,
  updatedBy: "system",
  rev: 1,
  deletedAt: null,
});

/** A tour today with one checkpoint, written straight into the tables (tour planning has its own repository). */
async function addTour(db: AppDB, id: string, date = today) {
  const tour = {
    ...tourFields.parse({
      date,
      team: [
        { name: "Aminah binti Said", role: "ketua", grade: "S29" },
        { name: "Mohd Faizal", role: "pembantu" },
        { name: "Rosli", role: "pemandu" },
      ],
      vehicle: { kind: "ukp", registration: "WXY 1234" },
      stockLoaded: { beras: 3, minyak: 3, tepung: 2, gula: 2 },
    }),
    ...meta(`${id}-tour-000000`),
  };
  const cp = {
    tourId: tour.id,
    order: 1,
    name: "Pasar Tani Kerinchi",
    locationType: "pasar" as const,
    address: "",
    date,
    start: "09:00",
    end: "11:00",
    agencyServices: [],
    ...meta(`${id}-cp-0000000`),
  };
  await db.tours.add(tour);
  await db.checkpoints.add(cp);
  return { tour, cp };
}

async function world() {
  const db = freshDb();
  const sph = await sitesRepo(db).create(admin, siteInput("SPH", "PPR Seri Pahang"));
  const ppk = actor("ppk", [sph.id], "u-aminah");
  const { tour, cp } = await addTour(db, "a");
  return { db, sph, ppk, tour, cp };
}

const auditOf = (db: AppDB, table: string) => db.audit.filter((a) => a.table === table).toArray();

describe("service counter", () => {
  it("counts one row per tap by service, sex and age band, and undo takes back the last tap", async () => {
    const { db, ppk, cp } = await world();
    await countService(db, ppk, cp, { service: "ziarah-prihatin", sex: "P", ageBand: "warga-emas" });
    await countService(db, ppk, cp, { service: "ziarah-prihatin", sex: "L", ageBand: "dewasa" });
    await countService(db, ppk, cp, { service: "kajian-kapasiti", sex: "P", ageBand: "belia" });
    let counts = await serviceCounts(db, cp.id);
    expect(counts.total).toBe(3);
    expect(counts.byService).toEqual({ "ziarah-prihatin": 2, "kajian-kapasiti": 1 });
    expect(counts.bySex).toEqual({ L: 1, P: 2 });
    expect(counts.byAgeBand).toMatchObject({ "warga-emas": 1, dewasa: 1, belia: 1, "kanak-kanak": 0 });
    expect(counts.grid["ziarah-prihatin"]).toEqual({ "P|warga-emas": 1, "L|dewasa": 1 });

    const undone = await undoLastService(db, ppk, cp.id);
    expect(undone?.service).toBe("kajian-kapasiti");
    counts = await serviceCounts(db, cp.id);
    expect(counts.total).toBe(2);
    expect(counts.byService).toEqual({ "ziarah-prihatin": 2 });
    expect((await auditOf(db, "kpnServices")).map((a) => a.action).sort()).toEqual([
      "create",
      "create",
      "create",
      "delete",
    ]);
    await undoLastService(db, ppk, cp.id);
    await undoLastService(db, ppk, cp.id);
    expect(await undoLastService(db, ppk, cp.id)).toBeNull();
    expect((await serviceCounts(db, cp.id)).total).toBe(0);
  });

  it("refuses a service the checkpoint does not offer, a missing sex, and the read-only observer", async () => {
    const { db, ppk, cp } = await world();
    await expect(
      countService(
        db,
        ppk,
        { ...cp, agencyServices: ["ziarah-prihatin"] },
        {
          service: "kajian-kapasiti",
          sex: "P",
          ageBand: "belia",
        },
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      countService(db, ppk, cp, { service: "kajian-kapasiti", sex: "" as "P", ageBand: "belia" }),
    ).rejects.toMatchObject({ fields: { sex: "v.pickSex" } });
    await expect(
      countService(db, actor("pemerhati"), cp, { service: "kajian-kapasiti", sex: "P", ageBand: "belia" }),
    ).rejects.toMatchObject({ key: "e.forbidden" });
    expect(await db.kpnServices.count()).toBe(0);
  });
});

describe("food baskets against stock", () => {
  const basket = (tourId: string, checkpointId: string, over: object = {}) => ({
    tourId,
    checkpointId,
    recipientName: "Siti Aisyah binti Ismail",
    mykad: "850101-14-5678",
    items: { beras: 1, minyak: 1, tepung: 1, gula: 1 },
    ...over,
  });

  it("shows the stock left after each basket and reconciles the stock counted back", async () => {
    const { db, ppk, tour, cp } = await world();
    await giveBasket(db, ppk, basket(tour.id, cp.id));
    await giveBasket(
      db,
      ppk,
      basket(tour.id, cp.id, { mykad: "900202-10-1234", items: { beras: 2, minyak: 1, tepung: 0, gula: 0 } }),
    );
    let s = await stockState(db, tour.id);
    expect(s.given).toEqual({ beras: 3, minyak: 2, tepung: 1, gula: 1 });
    expect(s.left).toEqual({ beras: 0, minyak: 1, tepung: 1, gula: 1 });
    expect(s.baskets).toBe(2);
    expect(s.reconciled).toBeNull();

    const t1 = await setTourStock(db, ppk, tour.id, tour.rev, "stockReturned", {
      beras: 0,
      minyak: 1,
      tepung: 0,
      gula: 1,
    });
    s = await stockState(db, tour.id);
    expect(s.returned).toEqual({ beras: 0, minyak: 1, tepung: 0, gula: 1 });
    expect(s.reconciled).toMatchObject({
      expected: { beras: 0, minyak: 1, tepung: 1, gula: 1 },
      difference: { beras: 0, minyak: 0, tepung: -1, gula: 0 },
      balanced: false,
    });
    expect(t1.rev).toBe(2);
    expect((await auditOf(db, "tours")).at(-1)?.after).toMatchObject({ stockReturned: { tepung: 0 } });
  });

  it("refuses more than the stock left unless overridden with a reason, which is kept and audited", async () => {
    const { db, ppk, tour, cp } = await world();
    const big = basket(tour.id, cp.id, { items: { beras: 5, minyak: 0, tepung: 0, gula: 0 } });
    const refused = await giveBasket(db, ppk, big).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OverStockError);
    expect((refused as OverStockError).short).toEqual({ beras: 2 });
    await expect(giveBasket(db, ppk, { ...big, overStockReason: "ok" })).rejects.toMatchObject({
      fields: { overStockReason: "v.minLength:10" },
    });
    expect(await db.baskets.count()).toBe(0);

    const given = await giveBasket(db, ppk, { ...big, overStockReason: "Stok tambahan dari rakan korporat" });
    expect(given.overStockReason).toBe("Stok tambahan dari rakan korporat");
    expect(given.mykad).toBe("850101145678");
    const [row] = await auditOf(db, "baskets");
    expect(row!.after).toMatchObject({
      overStockReason: "Stok tambahan dari rakan korporat",
      items: { beras: 5 },
    });
    expect((await stockState(db, tour.id)).left.beras).toBe(-2);
  });

  it("keeps no override reason on a basket that did not need one", async () => {
    const { db, ppk, tour, cp } = await world();
    const b = await giveBasket(
      db,
      ppk,
      basket(tour.id, cp.id, { overStockReason: "Tidak perlu sebenarnya" }),
    );
    expect(b.overStockReason).toBe("");
  });

  it("warns about a MyKad that had a basket on this tour or this month before giving, and needs a reason", async () => {
    const { db, ppk, tour, cp } = await world();
    expect(await repeatWarning(db, "850101145678", tour.id)).toBeNull();
    await giveBasket(db, ppk, basket(tour.id, cp.id));
    expect(await repeatWarning(db, "850101-14-5678", tour.id)).toEqual({ kind: "sameTour", date: today });
    const again = await giveBasket(db, ppk, basket(tour.id, cp.id, { recipientName: "Siti A." })).catch(
      (e: unknown) => e,
    );
    expect(again).toBeInstanceOf(RepeatBasketError);
    expect((again as AppError).key).toBe("e.kpn.repeatSameTour");
    expect(await db.baskets.count()).toBe(1);

    // Another tour in the same month: the same month is named.
    const other = await addTour(db, "b", addDays(today, today.endsWith("01") ? 1 : -1));
    expect(await repeatWarning(db, "850101145678", other.tour.id)).toMatchObject({ kind: "sameMonth" });
    const r = await giveBasket(
      db,
      ppk,
      basket(other.tour.id, other.cp.id, { repeatReason: "Isi rumah besar, 9 orang tanggungan" }),
    );
    expect(r.repeatReason).toBe("Isi rumah besar, 9 orang tanggungan");
  });

  it("refuses an empty basket, a bad MyKad and negative or non-numeric stock, writing nothing", async () => {
    const { db, ppk, tour, cp } = await world();
    await expect(
      giveBasket(db, ppk, basket(tour.id, cp.id, { items: { beras: 0, minyak: 0, tepung: 0, gula: 0 } })),
    ).rejects.toMatchObject({ fields: { items: "v.kpn.basketEmpty" } });
    await expect(giveBasket(db, ppk, basket(tour.id, cp.id, { mykad: "12345" }))).rejects.toMatchObject({
      fields: { mykad: "v.mykadFormat" },
    });
    await expect(
      setTourStock(db, ppk, tour.id, tour.rev, "stockLoaded", { beras: -1, minyak: 1, tepung: 1, gula: 1 }),
    ).rejects.toMatchObject({ fields: { beras: "v.kpn.quantity" } });
    await expect(
      setTourStock(db, ppk, tour.id, tour.rev, "stockLoaded", {
        beras: "sepuluh",
        minyak: 1,
        tepung: 1,
        gula: 1,
      }),
    ).rejects.toMatchObject({ fields: { beras: "v.kpn.quantity" } });
    expect(await db.baskets.count()).toBe(0);
    expect((await db.tours.get(tour.id))!.rev).toBe(1);
    const loaded = await setTourStock(db, ppk, tour.id, tour.rev, "stockLoaded", {
      beras: 50,
      minyak: 40,
      tepung: 30,
      gula: 30,
    });
    expect(loaded.stockLoaded.beras).toBe(50);
    expect(loaded.team).toHaveLength(3);
  });
});

describe("quick intake", () => {
  const newPerson = (siteId: string, over: object = {}) => ({
    name: "Rahmah binti Yusof",
    docType: "mykad",
    docNo: "560312-10-5432",
    noDocReason: null,
    birthDate: "1956-03-12",
    sex: "P",
    ethnicity: "melayu",
    phone: "",
    siteId,
    block: "",
    unit: "",
    oku: false,
    okuCardNo: "",
    maritalStatus: "balu-duda",
    occupation: "",
    income: 0,
    ...over,
  });

  it("registers the person and opens a Buku Rekod case at the person's site, numbered, in one step", async () => {
    const { db, sph, ppk, tour, cp } = await world();
    const r = await recordIntake(db, ppk, {
      tourId: tour.id,
      checkpointId: cp.id,
      person: newPerson(sph.id),
      need: "Warga emas tinggal seorang, perlu bantuan bulanan",
      outcome: "kes",
      targetGroup: "warga-emas",
      service: "siasatan",
    });
    expect(r.case).toMatchObject({
      siteId: sph.id,
      recordNo: `SPH/${today.slice(0, 4)}/0001`,
      status: "baru",
    });
    expect(r.intake).toMatchObject({
      outcome: "kes",
      caseId: r.case!.id,
      personId: r.person.id,
      assignedSiteId: sph.id,
    });
    expect(await db.persons.count()).toBe(1);
  });

  it("refers a case to a directory organisation, or leaves a 'perlu susulan' entry for the PKMD", async () => {
    const { db, sph, ppk, tour, cp } = await world();
    const org = await organisationsRepo(db).create(admin, {
      name: "Pertubuhan Warga Emas Pantai",
      kind: "ngo",
      phone: "",
    });
    const p = await personsRepo(db).create(ppk, newPerson(sph.id));
    const ref = await recordIntake(db, ppk, {
      tourId: tour.id,
      checkpointId: cp.id,
      personId: p.id,
      need: "Perlukan kerusi roda",
      outcome: "rujukan",
      targetGroup: "warga-emas",
      organisationId: org.id,
    });
    expect(ref.referral).toMatchObject({ organisationId: org.id, caseId: ref.case!.id, status: "terbuka" });
    expect(ref.case!.status).toBe("dirujuk");
    expect(ref.intake.referralId).toBe(ref.referral!.id);

    const later = await recordIntake(db, ppk, {
      tourId: tour.id,
      checkpointId: cp.id,
      personId: p.id,
      need: "Rumah bocor, perlu lawatan",
      outcome: "susulan",
    });
    expect(later.case).toBeNull();
    expect(later.intake).toMatchObject({ outcome: "susulan", assignedSiteId: null, caseId: null });
    expect(await db.cases.count()).toBe(1);
  });

  it("writes nothing when any part is refused (a bad case after a good new person, a MyKad already registered)", async () => {
    const { db, sph, ppk, tour, cp } = await world();
    const base = { tourId: tour.id, checkpointId: cp.id, need: "Perlu bantuan makanan", outcome: "kes" };
    // The person is fine, the case's target group is missing: neither is kept.
    await expect(
      recordIntake(db, ppk, { ...base, person: newPerson(sph.id), service: "nasihat" }),
    ).rejects.toMatchObject({ fields: { targetGroup: "v.required" } });
    // The referral's organisation does not exist: the person and the case made before it are rolled back.
    await expect(
      recordIntake(db, ppk, {
        ...base,
        person: newPerson(sph.id),
        outcome: "rujukan",
        targetGroup: "miskin",
        organisationId: "tiada",
      }),
    ).rejects.toMatchObject({ fields: { organisationId: "v.required" } });
    expect(await db.persons.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
    expect(await db.intakes.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);

    await personsRepo(db).create(ppk, newPerson(sph.id));
    await expect(
      recordIntake(db, ppk, {
        ...base,
        person: newPerson(sph.id, { name: "Rahmah Y." }),
        targetGroup: "miskin",
        service: "nasihat",
      }),
    ).rejects.toBeInstanceOf(DuplicateMyKadError);
    // A need too short is named on the need field (the case's problem).
    await expect(
      recordIntake(db, ppk, {
        ...base,
        need: "abc",
        person: newPerson(sph.id, { docNo: "600101-10-5431", birthDate: "1960-01-01" }),
        targetGroup: "miskin",
        service: "nasihat",
      }),
    ).rejects.toMatchObject({ fields: { need: "v.minLength:5" } });
    expect(await db.persons.count()).toBe(1);
    expect(await db.intakes.count()).toBe(0);
  });
});
