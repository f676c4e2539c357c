import { describe, expect, it } from "vitest";
import type { AppDB } from "../../renderer/db/app-db";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { DuplicateMyKadError, nearDuplicates, personsRepo } from "../../renderer/db/repositories/persons";
import { householdsRepo } from "../../renderer/db/repositories/households";
import { addCaseNote, casesRepo, caseWithTimeline } from "../../renderer/db/repositories/cases";
import { closeReferral, recordCheck, referCase, weeklyBoard } from "../../renderer/db/repositories/referrals";
import { organisationsRepo } from "../../renderer/db/repositories/directory";
import {
  attachmentsRepo,
  decideInvestigation,
  openInvestigation,
  saveInvestigation,
  submitInvestigation,
} from "../../renderer/db/repositories/investigations";
import { search } from "../../renderer/db/search";
import { namesLookAlike } from "../../shared/domain/search";
import { withoutMeta } from "../../shared/domain/record";
import { registerAll, registerCount, registerPage } from "../../renderer/db/register";
import { dashboard } from "../../renderer/db/dashboard";
import { caseStatuses } from "../../shared/domain/codes";
import { AccessError, AppError, NotFoundError, ValidationError } from "../../renderer/db/errors";
import { todayIn, addDays } from "../../shared/domain/dates";
import { actor, freshDb, personInput, siteInput } from "./helpers";

const admin = actor("pentadbir");
const today = todayIn();

async function world() {
  const db = freshDb();
  const sph = await sitesRepo(db).create(admin, siteInput("SPH", "PPR Seri Pahang"));
  const tpd = await sitesRepo(db).create(admin, siteInput("TPD", "PPR Taman Putra Damai"));
  const ppk = actor("ppk", [sph.id], "u-aminah");
  const other = actor("ppk", [tpd.id], "u-kumar");
  return { db, sph, tpd, ppk, other };
}

const person = personInput;

const kase = (siteId: string, personId: string, officerId: string, over: object = {}) => ({
  siteId,
  personId,
  date: today,
  targetGroup: "ibu-tunggal",
  problem: "Memohon bantuan makanan",
  service: "nasihat",
  action: "Diberi nasihat",
  officerId,
  followUpDate: "",
  status: "baru",
  ...over,
});

async function seedCase(db: AppDB, siteId: string, who: ReturnType<typeof actor>, personOver: object = {}) {
  const p = await personsRepo(db).create(who, person(siteId, personOver));
  const c = await casesRepo(db).create(who, kase(siteId, p.id, who.userId));
  return { p, c };
}

describe("persons", () => {
  it("stores MyKad with dashes and its digits for search, and refuses a second person with the same MyKad", async () => {
    const { db, sph, ppk } = await world();
    const p = await personsRepo(db).create(ppk, person(sph.id));
    expect(p).toMatchObject({ docNo: "850101-14-5678", mykad: "850101145678", phoneDigits: "0123456789" });
    const dup = personsRepo(db).create(
      ppk,
      person(sph.id, { name: "Siti A. Ismail", docNo: "850101-14-5678" }),
    );
    await expect(dup).rejects.toBeInstanceOf(DuplicateMyKadError);
    await expect(dup).rejects.toMatchObject({ personId: p.id });
    expect(await db.persons.count()).toBe(1);
  });
  it("flags near-duplicate names at the same unit without refusing them", async () => {
    const { db, sph, ppk } = await world();
    await personsRepo(db).create(
      ppk,
      person(sph.id, { docType: "none", docNo: "", noDocReason: "tidak-diketahui" }),
    );
    const similar = await nearDuplicates(db, { siteId: sph.id, unit: "A-03-12", name: "Siti Aisyah Ismail" });
    expect(similar).toHaveLength(1);
    expect(
      await nearDuplicates(db, { siteId: sph.id, unit: "A-03-12", name: "Ahmad bin Osman" }),
    ).toHaveLength(0);
    // The unit in small letters, and a one-letter spelling slip, still find her.
    expect(
      await nearDuplicates(db, { siteId: sph.id, unit: "a-03-12", name: "Siti Aishah binti Ismail" }),
    ).toHaveLength(1);
    // Her sister, and a father and son, share words but are different people.
    expect(
      await nearDuplicates(db, { siteId: sph.id, unit: "A-03-12", name: "Siti Khadijah binti Ismail" }),
    ).toHaveLength(0);
    expect(namesLookAlike("Ahmad bin Kassim", "Amir bin Ahmad")).toBe(false);
    expect(namesLookAlike("Ali bin Ahmad", "Amir bin Ahmad")).toBe(false);
    expect(namesLookAlike("Rajesh a/l Velu", "Rajesh Velu")).toBe(true);
    expect(namesLookAlike("Muhammad Amin bin Yusof", "Mohd Amin Yusof")).toBe(true);
    expect(namesLookAlike("Muhammad Amin bin Yusof", "Muhammad Hafiz bin Yusof")).toBe(false);
  });
  it("groups a household under exactly one head, and refuses a household without one", async () => {
    const { db, sph, tpd, ppk } = await world();
    const mum = await personsRepo(db).create(ppk, person(sph.id));
    const kid = await personsRepo(db).create(
      ppk,
      person(sph.id, {
        name: "Adam bin Ali",
        docType: "mykid",
        docNo: "150505-14-1233",
        birthDate: "2015-05-05",
        sex: "L",
        maritalStatus: "bujang",
      }),
    );
    await expect(
      householdsRepo(db).create(ppk, {
        siteId: sph.id,
        headPersonId: mum.id,
        members: [
          { personId: mum.id, relationship: "pasangan" },
          { personId: kid.id, relationship: "anak" },
        ],
      }),
    ).rejects.toMatchObject({ fields: { headPersonId: "v.householdHead" } });
    const h = await householdsRepo(db).create(ppk, {
      siteId: sph.id,
      headPersonId: mum.id,
      members: [
        { personId: mum.id, relationship: "ketua" },
        { personId: kid.id, relationship: "anak" },
      ],
    });
    expect((await db.persons.get(kid.id))?.householdId).toBe(h.id);
    // A member cannot move to another site while in the household (it would leave the household unsaveable).
    const admin = actor("pentadbir", [sph.id, tpd.id]);
    const k = (await db.persons.get(kid.id))!;
    const fields = withoutMeta(k);
    await expect(
      personsRepo(db).update(admin, kid.id, k.rev, { ...fields, siteId: tpd.id }),
    ).rejects.toMatchObject({
      fields: { siteId: "v.personHouseholdSite" },
    });
    expect((await db.persons.get(kid.id))?.siteId).toBe(sph.id);
  });
});

describe("case numbering", () => {
  it("numbers per site and year, concurrently without sharing, and never reuses a deleted number", async () => {
    const { db, sph, tpd, ppk } = await world();
    const { p } = await seedCase(db, sph.id, ppk);
    const saves = await Promise.all(
      Array.from({ length: 12 }, () => casesRepo(db).create(ppk, kase(sph.id, p.id, ppk.userId))),
    );
    const numbers = saves.map((c) => c.recordNo);
    expect(new Set(numbers).size).toBe(12);
    const year = today.slice(0, 4);
    expect(numbers.sort().at(-1)).toBe(`SPH/${year}/0013`);
    const last = saves.find((c) => c.seq === 13)!;
    await casesRepo(db).softDelete(ppk, last.id, last.rev, "Salah rekod");
    const next = await casesRepo(db).create(ppk, kase(sph.id, p.id, ppk.userId));
    expect(next.recordNo).toBe(`SPH/${year}/0014`);
    const lastYear = await casesRepo(db).create(
      ppk,
      kase(sph.id, p.id, ppk.userId, { date: `${+year - 1}-12-31` }),
    );
    expect(lastYear.recordNo).toBe(`SPH/${+year - 1}/0001`);
    const kumar = actor("ppk", [tpd.id], "u-kumar");
    const { c: other } = await seedCase(db, tpd.id, kumar, {
      docNo: "900101-10-1232",
      birthDate: "1990-01-01",
    });
    expect(other.recordNo).toBe(`TPD/${year}/0001`);
  });
  it("creates a batch whole or not at all: one case with a deleted person or one of another site keeps nothing", async () => {
    const { db, sph, tpd, ppk } = await world();
    const admin2 = actor("pentadbir");
    const p = await personsRepo(db).create(ppk, person(sph.id));
    const gone = await personsRepo(db).create(
      ppk,
      person(sph.id, { docNo: "900101-10-1232", birthDate: "1990-01-01" }),
    );
    await personsRepo(db).softDelete(ppk, gone.id, gone.rev);
    const elsewhere = await personsRepo(db).create(
      admin2,
      person(tpd.id, { docNo: "880202-14-5672", birthDate: "1988-02-02" }),
    );
    const before = {
      cases: await db.cases.count(),
      audit: await db.audit.count(),
      counters: await db.counters.toArray(),
      tallies: await db.statTallies.toArray(),
    };
    const good = Array.from({ length: 40 }, () => kase(sph.id, p.id, ppk.userId));
    for (const [bad, field, message] of [
      [gone.id, "personId", "v.casePerson"],
      [elsewhere.id, "personId", "v.casePersonSite"],
    ] as const) {
      const err = await casesRepo(db)
        .createMany(ppk, [...good, kase(sph.id, bad, ppk.userId), ...good])
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).fields).toEqual({ [field]: message });
      expect(await db.cases.count()).toBe(before.cases);
      expect(await db.audit.count()).toBe(before.audit);
      expect(await db.counters.toArray()).toEqual(before.counters);
      expect(await db.statTallies.toArray()).toEqual(before.tallies);
    }
    // The same batch without the bad case is numbered from where the counter stood.
    const made = await casesRepo(db).createMany(ppk, good);
    expect(made.map((c) => c.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
  it("keeps the number and site when a case is edited, and refuses a follow-up before the case date", async () => {
    const { db, sph, ppk } = await world();
    const { c } = await seedCase(db, sph.id, ppk);
    await addCaseNote(db, ppk, c, { date: today, kind: "nota", text: "Telefon pemohon" });
    await expect(
      addCaseNote(db, ppk, c, { date: addDays(today, 1), kind: "nota", text: "Esok" }),
    ).rejects.toMatchObject({ fields: { date: "v.futureDate" } });
    await expect(
      addCaseNote(db, ppk, c, { date: addDays(c.date, -1), kind: "nota", text: "Semalam" }),
    ).rejects.toMatchObject({ fields: { date: "v.noteBeforeCase" } });
    expect((await caseWithTimeline(db, ppk, c.id)).notes.map((n) => n.text)).toEqual(["Telefon pemohon"]);
    const edited = await casesRepo(db).update(ppk, c.id, c.rev, {
      ...kase(sph.id, c.personId, ppk.userId),
      status: "dalam-tindakan",
    });
    expect(edited).toMatchObject({ recordNo: c.recordNo, seq: c.seq, status: "dalam-tindakan" });
    await expect(
      casesRepo(db).update(ppk, c.id, edited.rev, {
        ...kase(sph.id, c.personId, ppk.userId),
        followUpDate: addDays(today, -1),
      }),
    ).rejects.toMatchObject({ fields: { followUpDate: "v.followUpBeforeDate" } });
    // The date may be corrected within the year of the number, never moved to another year.
    const lastYear = `${c.year - 1}-12-31`;
    await expect(
      casesRepo(db).update(ppk, c.id, edited.rev, {
        ...kase(sph.id, c.personId, ppk.userId),
        date: lastYear,
      }),
    ).rejects.toMatchObject({ fields: { date: `v.caseYearFixed:${c.year}` } });
    expect((await db.cases.get(c.id))?.date).toBe(c.date);
  });
});

describe("access per role", () => {
  it("a PPK neither reads nor writes another site's persons and cases; an observer writes nothing", async () => {
    const { db, sph, tpd, ppk, other } = await world();
    const { p, c } = await seedCase(db, sph.id, ppk);
    await expect(casesRepo(db).get(other, c.id)).rejects.toBeInstanceOf(AccessError);
    await expect(personsRepo(db).get(other, p.id)).rejects.toBeInstanceOf(AccessError);
    await expect(
      personsRepo(db).create(other, person(sph.id, { docNo: "900101-10-1232", birthDate: "1990-01-01" })),
    ).rejects.toBeInstanceOf(AccessError);
    await expect(casesRepo(db).create(actor("pemerhati"), kase(sph.id, p.id, "x"))).rejects.toBeInstanceOf(
      AccessError,
    );
    expect((await search(db, other, "Siti")).persons).toHaveLength(0);
    expect((await search(db, ppk, "Siti")).persons).toHaveLength(1);
    expect((await registerPage(db, other, { siteIds: null }, null)).rows).toHaveLength(0);
    expect((await registerPage(db, actor("pkmd"), { siteIds: null }, null)).rows).toHaveLength(1);
    expect(tpd.id).not.toBe(sph.id);
  });
});

describe("referrals", () => {
  it("refer, two weekly checks, close: the case follows, the board shows what is due", async () => {
    const { db, sph, ppk } = await world();
    const { c } = await seedCase(db, sph.id, ppk);
    const org = await organisationsRepo(db).create(ppk, {
      name: "Klinik Kesihatan Pantai",
      kind: "klinik",
      phone: "03-2222 3333",
    });
    const ref = await referCase(db, ppk, c, {
      organisationId: org.id,
      reason: "Rawatan susulan",
      date: today,
    });
    expect((await db.cases.get(c.id))?.status).toBe("dirujuk");
    expect(await weeklyBoard(db, ppk, today)).toHaveLength(0);
    const board = await weeklyBoard(db, ppk, addDays(today, 7));
    expect(board).toMatchObject([{ state: "overdue", days: 7, personName: "Siti Aisyah binti Ismail" }]);
    await recordCheck(db, ppk, ref.id, {
      date: today,
      contactMade: true,
      response: "Temujanji diberi",
      nextStep: "",
    });
    await recordCheck(db, ppk, ref.id, {
      date: today,
      contactMade: false,
      response: "Tiada jawapan",
      nextStep: "Telefon semula",
    });
    await expect(closeReferral(db, ppk, ref.id, { date: today, outcome: "" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await closeReferral(db, ppk, ref.id, { date: today, outcome: "Rawatan diterima" });
    const after = await caseWithTimeline(db, ppk, c.id);
    expect(after.case.status).toBe("dalam-tindakan");
    expect(after.notes.at(-1)).toMatchObject({
      event: "referralClosed",
      params: { outcome: "Rawatan diterima" },
    });
    await expect(
      recordCheck(db, ppk, ref.id, { date: today, contactMade: true, response: "Lagi", nextStep: "" }),
    ).rejects.toMatchObject({ key: "e.referralClosed" });
    expect(await db.statusChecks.count()).toBe(2);
  });
  it("the board and the home figure leave out a deleted case's referral; the PKMD sees every officer's", async () => {
    const { db, sph, tpd, ppk, other } = await world();
    const { c } = await seedCase(db, sph.id, ppk);
    const org = await organisationsRepo(db).create(ppk, { name: "Klinik", kind: "klinik", phone: "" });
    const ref = await referCase(db, ppk, c, { organisationId: org.id, reason: "Rawatan", date: today });
    const week = addDays(today, 7);
    const pkmd = { ...actor("pkmd", [], "u-pkmd"), siteIds: [sph.id, tpd.id] };
    // The PKMD's board lists the PPK's referral with the officer named; another site's PPK sees none of it.
    expect(await weeklyBoard(db, ppk, week)).toHaveLength(1);
    expect(await weeklyBoard(db, pkmd, week)).toMatchObject([{ referral: { id: ref.id } }]);
    expect(await weeklyBoard(db, other, week)).toHaveLength(0);
    expect((await dashboard(db, pkmd, week)).referralsDue).toBe(1);
    expect((await dashboard(db, ppk, week)).referralsDue).toBe(1);
    // The case goes to the recycle bin: its referral is no longer followed up, nor can a check be recorded on it.
    const live = (await db.cases.get(c.id))!;
    await casesRepo(db).softDelete(ppk, c.id, live.rev, "Salah rekod");
    for (const who of [ppk, pkmd]) {
      expect(await weeklyBoard(db, who, week)).toHaveLength(0);
      expect((await dashboard(db, who, week)).referralsDue).toBe(0);
    }
    await expect(
      recordCheck(db, ppk, ref.id, { date: today, contactMade: true, response: "Ada", nextStep: "" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.statusChecks.count()).toBe(0);
    // Restored, it is due again.
    await casesRepo(db).restore(actor("pentadbir", [sph.id]), c.id);
    expect(await weeklyBoard(db, ppk, week)).toHaveLength(1);
  });
  it("refuses a check dated in the future and writes nothing", async () => {
    const { db, sph, ppk } = await world();
    const { c } = await seedCase(db, sph.id, ppk);
    const org = await organisationsRepo(db).create(ppk, { name: "NGO", kind: "ngo", phone: "" });
    const ref = await referCase(db, ppk, c, { organisationId: org.id, reason: "Bantuan", date: today });
    await expect(
      recordCheck(db, ppk, ref.id, {
        date: addDays(today, 1),
        contactMade: true,
        response: "Esok",
        nextStep: "",
      }),
    ).rejects.toMatchObject({ fields: { date: "v.futureDate" } });
    expect(await db.statusChecks.count()).toBe(0);
  });
});

describe("aid investigations", () => {
  it("Draf -> Dihantar -> Diputuskan with who and when; only the PKMD decides", async () => {
    const { db, sph, ppk } = await world();
    const { c } = await seedCase(db, sph.id, ppk);
    const draft = {
      caseId: c.id,
      scheme: "BWE",
      date: today,
      members: [
        { name: "Siti", relationship: "ketua", docNo: "", age: 41, occupation: "Suri rumah", income: 300 },
      ],
      expenses: [],
      visitDate: "",
      findings: "",
      recommendation: null,
      recommendedScheme: null,
      recommendedAmount: null,
    } as const;
    const inv = await openInvestigation(db, ppk, c, { ...draft, members: [...draft.members], expenses: [] });
    await expect(submitInvestigation(db, ppk, inv.id, inv.rev)).rejects.toMatchObject({
      fields: { visitDate: "v.required" },
    });
    const saved = await saveInvestigation(db, ppk, inv.id, inv.rev, {
      ...draft,
      members: [...draft.members],
      expenses: [],
      visitDate: today,
      findings: "Tinggal seorang",
      recommendation: "lulus",
      recommendedScheme: "BWE",
      recommendedAmount: 600,
    });
    // Documents: taken out freely while Draf.
    const doc = (name: string) => ({
      ownerTable: "investigations",
      ownerId: inv.id,
      siteId: sph.id,
      name,
      label: "gaji",
      mime: "application/pdf",
      size: 4,
      data: new Blob(["%PDF"], { type: "application/pdf" }),
    });
    const wrong = await attachmentsRepo(db).create(ppk, doc("salah.pdf"));
    await attachmentsRepo(db).softDelete(ppk, wrong.id, wrong.rev);
    const slip = await attachmentsRepo(db).create(ppk, doc("slip-gaji.pdf"));
    const sent = await submitInvestigation(db, ppk, inv.id, saved.rev);
    expect(sent).toMatchObject({ status: "dihantar", submittedBy: ppk.userId });
    // Once sent, what the PKMD received stays; a further document may still be added until the decision.
    await expect(attachmentsRepo(db).softDelete(ppk, slip.id, slip.rev)).rejects.toMatchObject({
      key: "e.attachmentSent",
    });
    const letter = await attachmentsRepo(db).create(ppk, doc("surat-doktor.pdf"));
    expect((await db.attachments.get(slip.id))?.deletedAt).toBeNull();
    await expect(
      decideInvestigation(db, ppk, inv.id, sent.rev, { decision: "lulus", amount: 600, note: "" }),
    ).rejects.toBeInstanceOf(AccessError);
    const pkmd = actor("pkmd");
    const decided = await decideInvestigation(db, pkmd, inv.id, sent.rev, {
      decision: "lulus",
      amount: 600,
      note: "Diluluskan",
    });
    expect(decided).toMatchObject({ status: "diputuskan", decision: "lulus", decidedBy: pkmd.userId });
    await expect(attachmentsRepo(db).create(ppk, doc("lewat.pdf"))).rejects.toMatchObject({
      key: "e.investigationLocked",
    });
    await expect(attachmentsRepo(db).softDelete(ppk, letter.id, letter.rev)).rejects.toMatchObject({
      key: "e.attachmentSent",
    });
    await expect(
      saveInvestigation(db, ppk, inv.id, decided.rev, {
        ...draft,
        members: [...draft.members],
        expenses: [],
      }),
    ).rejects.toBeInstanceOf(AppError);
  });
});

describe("search and register", () => {
  it("finds a person by a partial name, by MyKad with dashes and a case by record number", async () => {
    const { db, sph, ppk } = await world();
    const { c } = await seedCase(db, sph.id, ppk);
    expect((await search(db, ppk, "aisy ism")).persons.map((p) => p.name)).toEqual([
      "Siti Aisyah binti Ismail",
    ]);
    expect((await search(db, ppk, "850101-14-5678")).persons).toHaveLength(1);
    expect((await search(db, ppk, c.recordNo.toLowerCase())).cases.map((x) => x.record.id)).toEqual([c.id]);
    expect((await search(db, ppk, "0123456789")).cases).toHaveLength(1);
  });
  it("pages the register newest first with filters, without repeats or gaps", async () => {
    const { db, sph, ppk } = await world();
    const p = await personsRepo(db).create(ppk, person(sph.id));
    const inputs = Array.from({ length: 130 }, (_, i) =>
      kase(sph.id, p.id, ppk.userId, { date: addDays(today, -i), status: i % 2 ? "baru" : "selesai" }),
    );
    await casesRepo(db).createMany(ppk, inputs);
    const seen: string[] = [];
    let cursor = null;
    do {
      const page: Awaited<ReturnType<typeof registerPage>> = await registerPage(
        db,
        ppk,
        { siteIds: null, status: "baru" },
        cursor,
        20,
      );
      seen.push(...page.rows.map((r) => r.date));
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(65);
    expect([...seen].sort().reverse()).toEqual(seen);
    // The whole list at once (the extract) is exactly the pages put together.
    expect((await registerAll(db, ppk, { siteIds: null, status: "baru" })).map((c) => c.date)).toEqual(seen);
    expect(await registerCount(db, ppk, { siteIds: null, status: "baru" })).toBe(65);
    expect(await registerCount(db, ppk, { siteIds: null, from: addDays(today, -9), to: today })).toBe(10);
  });
  it("reads every status's range for a list without a status, and only the open ones for follow-ups due", async () => {
    const { db, sph, ppk } = await world();
    const p = await personsRepo(db).create(ppk, person(sph.id));
    const groups = ["ibu-tunggal", "warga-emas", "oku"] as const;
    // Two cases a day, so the same date is ordered by id; every status; a follow-up on every third case.
    const inputs = Array.from({ length: 130 }, (_, i) => {
      const date = addDays(today, -Math.floor(i / 2));
      return kase(sph.id, p.id, ppk.userId, {
        date,
        status: caseStatuses[i % caseStatuses.length],
        targetGroup: groups[i % groups.length],
        followUpDate: i % 3 === 0 ? addDays(date, 5) : "",
      });
    });
    // And one long open case from well before the chart's 12 months, its follow-up long overdue.
    inputs.push(
      kase(sph.id, p.id, ppk.userId, {
        date: addDays(today, -500),
        status: "dalam-tindakan",
        targetGroup: "oku",
        followUpDate: addDays(today, -490),
      }),
    );
    const made = await casesRepo(db).createMany(ppk, inputs);
    // Deleted: a closed case, and two open ones with a follow-up (one due this week, one long overdue), which the
    // follow-up counts from index keys must leave out.
    const gone = [4, 0, 60];
    expect(gone.map((i) => [made[i]!.status, made[i]!.followUpDate !== ""])).toEqual([
      ["ditutup", false],
      ["baru", true],
      ["baru", true],
    ]);
    for (const i of gone) await casesRepo(db).softDelete(ppk, made[i]!.id, made[i]!.rev, "Salah rekod");
    const live = made.filter((_, i) => !gone.includes(i));
    const newest = (list: typeof made) =>
      [...list]
        .sort((a, b) => (a.date === b.date ? b.id.localeCompare(a.id) : b.date.localeCompare(a.date)))
        .map((c) => c.id);
    const pages = async (f: Parameters<typeof registerPage>[2]) => {
      const ids: string[] = [];
      let cursor = null;
      do {
        const page: Awaited<ReturnType<typeof registerPage>> = await registerPage(db, ppk, f, cursor, 17);
        ids.push(...page.rows.map((r) => r.id));
        cursor = page.next;
      } while (cursor);
      return ids;
    };
    const all = { siteIds: null };
    expect(await pages(all)).toEqual(newest(live));
    expect((await registerAll(db, ppk, all)).map((c) => c.id)).toEqual(newest(live));
    expect(await registerCount(db, ppk, all)).toBe(128);
    const due = addDays(today, -20);
    const dueBy = (day: string) => (c: (typeof made)[number]) =>
      !!c.followUpDate && c.followUpDate <= day && !["selesai", "ditutup"].includes(c.status);
    const dueCases = live.filter(dueBy(due));
    expect(dueCases.length).toBeGreaterThan(5);
    expect(await pages({ siteIds: null, followUpDue: due })).toEqual(newest(dueCases));
    expect(await registerCount(db, ppk, { siteIds: null, followUpDue: due })).toBe(dueCases.length);
    expect(await registerCount(db, ppk, { siteIds: null, followUpDue: due, status: "selesai" })).toBe(0);
    // With a status, and with a date range (which the follow-up index cannot narrow, so the cases are read).
    const dirujuk = dueCases.filter((c) => c.status === "dirujuk");
    expect(dirujuk.length).toBeGreaterThan(0);
    expect(await registerCount(db, ppk, { siteIds: null, followUpDue: due, status: "dirujuk" })).toBe(
      dirujuk.length,
    );
    const range = { from: addDays(today, -50), to: addDays(today, -30) };
    const inRange = dueCases.filter((c) => c.date >= range.from && c.date <= range.to);
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange.length).toBeLessThan(dueCases.length);
    expect(await registerCount(db, ppk, { siteIds: null, followUpDue: due, ...range })).toBe(inRange.length);
    // The home screen: each figure is the register's count for the filter it links to; the chart counts the live
    // cases of each month by target group.
    const home = await dashboard(db, ppk, today);
    const follow = home.followUps;
    expect(follow.until).toBe(addDays(today, 7));
    expect(follow.count).toBe(live.filter(dueBy(follow.until)).length);
    expect(follow.count).toBe(await registerCount(db, ppk, { siteIds: null, followUpDue: follow.until }));
    expect(home.openByStatus.baru).toBe(live.filter((c) => c.status === "baru").length);
    for (const m of home.months)
      for (const g of groups)
        expect(m[g], `${m.month} ${g}`).toBe(
          live.filter((c) => c.date >= m.from && c.date <= m.to && c.targetGroup === g).length,
        );
    expect(home.months.reduce((n, m) => n + groups.reduce((k, g) => k + m[g], 0), 0)).toBe(
      live.filter((c) => c.date >= home.months[0]!.from).length,
    );
  });
});
