// Why: the PKMD's side of investigations: numbers that search finds, a return for correction that the officer
// corrects and resends (audited), the filtered list read through index ranges only, and the inbox oldest first.
import { describe, expect, it, vi } from "vitest";
import type { InvestigationInput } from "../../shared/domain/aid";
import { addDays, todayIn } from "../../shared/domain/dates";
import type { AppDB, CaseRecord } from "../../renderer/db/app-db";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { personsRepo } from "../../renderer/db/repositories/persons";
import { casesRepo } from "../../renderer/db/repositories/cases";
import {
  decideInvestigation,
  openInvestigation,
  returnInvestigation,
  saveInvestigation,
  submitInvestigation,
} from "../../renderer/db/repositories/investigations";
import { awaitingDecision, investigationList, returnedToMe } from "../../renderer/db/investigation-list";
import { search } from "../../renderer/db/search";
import { actor, freshDb, siteInput } from "./helpers";

const admin = actor("pentadbir");
const pkmd = actor("pkmd", [], "u-pkmd");
const today = todayIn();

async function world() {
  const db = freshDb();
  const sph = await sitesRepo(db).create(admin, siteInput("SPH", "PPR Seri Pahang"));
  const tpd = await sitesRepo(db).create(admin, siteInput("TPD", "PPR Taman Putra Damai"));
  const ppk = actor("ppk", [sph.id, tpd.id], "u-aminah");
  return { db, sph, tpd, ppk };
}

async function kase(db: AppDB, siteId: string, who: ReturnType<typeof actor>, name: string, docNo: string) {
  const p = await personsRepo(db).create(who, {
    name,
    docType: "mykad",
    docNo,
    noDocReason: null,
    birthDate: `19${docNo.slice(0, 2)}-${docNo.slice(2, 4)}-${docNo.slice(4, 6)}`,
    sex: Number(docNo.slice(-1)) % 2 ? "L" : "P",
    ethnicity: "melayu",
    phone: "",
    siteId,
    block: "A",
    unit: "A-1-1",
    oku: false,
    okuCardNo: "",
    maritalStatus: "berkahwin",
    occupation: "",
    income: 0,
  });
  return casesRepo(db).create(who, {
    siteId,
    personId: p.id,
    date: addDays(today, -60),
    targetGroup: "miskin",
    problem: "Memohon bantuan",
    service: "siasatan",
    action: "Siasatan dibuka",
    officerId: who.userId,
    followUpDate: "",
    status: "dalam-tindakan",
  });
}

const draft = (c: CaseRecord, scheme: InvestigationInput["scheme"], date: string): InvestigationInput => ({
  caseId: c.id,
  scheme,
  date,
  members: [{ name: "Pemohon", relationship: "ketua", docNo: "", age: 40, occupation: "", income: 500 }],
  expenses: [],
  visitDate: date,
  findings: "Rumah sederhana.",
  recommendation: "lulus",
  recommendedScheme: scheme,
  recommendedAmount: 300,
});

async function submitted(
  db: AppDB,
  who: ReturnType<typeof actor>,
  c: CaseRecord,
  scheme: "BA" | "BKK",
  date: string,
) {
  const inv = await openInvestigation(db, who, c, draft(c, scheme, date));
  return submitInvestigation(db, who, inv.id, inv.rev);
}

describe("investigation numbers", () => {
  it("number each investigation on its case, never reused, and search finds one by its number as typed", async () => {
    const { db, sph, ppk } = await world();
    const c = await kase(db, sph.id, ppk, "Rosnah binti Ali", "800101145522");
    const first = await openInvestigation(db, ppk, c, draft(c, "BA", today));
    const second = await openInvestigation(db, ppk, c, draft(c, "BKK", today));
    expect(first.refNo).toBe(`${c.recordNo}/S1`);
    expect(second.refNo).toBe(`${c.recordNo}/S2`);
    const typed = `${c.recordNo.toLowerCase().replace(/\/0+(\d)/, "/$1")}/s2`; // "sph/2026/1/s2"
    const found = await search(db, ppk, typed);
    expect(found.investigations?.map((i) => [i.record.id, i.personName])).toEqual([
      [second.id, "Rosnah binti Ali"],
    ]);
    // Another PPK without the site finds nothing.
    expect((await search(db, actor("ppk", ["elsewhere"]), second.refNo!)).investigations).toEqual([]);
  });
});

describe("a return for correction", () => {
  it("goes back to the officer with a note, is corrected and resent, and every step is audited", async () => {
    const { db, sph, ppk } = await world();
    const c = await kase(db, sph.id, ppk, "Rosnah binti Ali", "800101145522");
    const sent = await submitted(db, ppk, c, "BA", today);
    await expect(
      returnInvestigation(db, ppk, sent.id, sent.rev, { note: "Lampirkan slip gaji suami." }),
    ).rejects.toThrow();
    await expect(returnInvestigation(db, pkmd, sent.id, sent.rev, { note: "" })).rejects.toMatchObject({
      fields: { note: expect.any(String) },
    });
    const back = await returnInvestigation(db, pkmd, sent.id, sent.rev, {
      note: "Lampirkan slip gaji suami.",
    });
    expect((await returnedToMe(db, ppk)).map((r) => [r.record.id, r.recordNo])).toEqual([
      [sent.id, c.recordNo],
    ]);
    expect(await returnedToMe(db, actor("ppk", [sph.id], "u-other"))).toEqual([]);
    expect(back.status).toBe("dikembalikan");
    expect(back.returns).toEqual([
      { at: expect.any(String), by: "u-pkmd", note: "Lampirkan slip gaji suami." },
    ]);
    // The PKMD cannot decide it while it is with the officer; the officer corrects and resends.
    await expect(
      decideInvestigation(db, pkmd, back.id, back.rev, { decision: "lulus", amount: 300, note: "" }),
    ).rejects.toMatchObject({ key: "e.investigationNotSubmitted" });
    const corrected = await saveInvestigation(db, ppk, back.id, back.rev, {
      ...draft(c, "BA", today),
      findings: "Rumah sederhana. Slip gaji suami dilampirkan.",
    });
    const resent = await submitInvestigation(db, ppk, corrected.id, corrected.rev);
    expect(resent.status).toBe("dihantar");
    // Statistik Kes D2 counts it once, sent, returned and sent again.
    const tallies = await db.statTallies.toArray();
    expect(tallies.reduce((n, t) => n + t.submitted, 0)).toBe(1);
    expect(tallies.reduce((n, t) => n + t.lulus, 0)).toBe(1);
    expect(resent.returns).toHaveLength(1);
    const decided = await decideInvestigation(db, pkmd, resent.id, resent.rev, {
      decision: "lulus",
      amount: 300,
      note: "",
    });
    expect(decided.status).toBe("diputuskan");
    const steps = (
      await db.audit.where("[table+recordId]").equals(["investigations", sent.id]).sortBy("id")
    ).map((a) => (a.after as { status: string }).status);
    expect(steps).toEqual(["draf", "dihantar", "dikembalikan", "dikembalikan", "dihantar", "diputuskan"]);
    // Nothing can be returned once decided.
    await expect(
      returnInvestigation(db, pkmd, decided.id, decided.rev, { note: "Semak semula." }),
    ).rejects.toMatchObject({ key: "e.investigationNotSubmitted" });
  });
});

describe("the PKMD's list and inbox", () => {
  it("filter by status, site, scheme and month through index ranges, never reading the whole table", async () => {
    const { db, sph, tpd, ppk } = await world();
    const a = await kase(db, sph.id, ppk, "Rosnah binti Ali", "800101145522");
    const b = await kase(db, tpd.id, ppk, "Kamal bin Musa", "750505145511");
    const lastMonth = addDays(`${today.slice(0, 7)}-01`, -3);
    const s1 = await submitted(db, ppk, a, "BA", lastMonth);
    const s2 = await submitted(db, ppk, b, "BKK", today);
    const d1 = await openInvestigation(db, ppk, b, draft(b, "BA", today));
    const whole = vi.spyOn(db.investigations, "toArray");
    const scan = vi.spyOn(db.investigations, "filter");
    const ids = async (f: Parameters<typeof investigationList>[2]) =>
      (await investigationList(db, pkmd, f)).rows.map((r) => r.record.id);
    expect(await ids({ siteIds: null })).toEqual([d1.id, s2.id, s1.id]);
    expect(await ids({ siteIds: null, status: "dihantar" })).toEqual([s2.id, s1.id]);
    expect(await ids({ siteIds: [tpd.id] })).toEqual([d1.id, s2.id]);
    expect(await ids({ siteIds: null, scheme: "BA" })).toEqual([d1.id, s1.id]);
    expect(await ids({ siteIds: null, scheme: "BA", status: "draf" })).toEqual([d1.id]);
    expect(await ids({ siteIds: null, month: lastMonth.slice(0, 7) })).toEqual([s1.id]);
    // A PPK sees only their sites.
    expect(
      (await investigationList(db, actor("ppk", [sph.id]), { siteIds: null })).rows.map((r) => r.record.id),
    ).toEqual([s1.id]);
    const page = await investigationList(db, pkmd, { siteIds: null }, 2);
    expect(page.more).toBe(true);
    expect(page.rows[0]).toMatchObject({
      recordNo: b.recordNo,
      applicant: "Kamal bin Musa",
      siteName: "PPR Taman Putra Damai",
    });
    // Waiting for a decision: the longest waiting first, with whole days since sent.
    const inbox = await awaitingDecision(db, pkmd, addDays(today, 2));
    expect(inbox.map((r) => [r.record.id, r.days])).toEqual([
      [s1.id, 2],
      [s2.id, 2],
    ]);
    expect(whole).not.toHaveBeenCalled();
    expect(scan).not.toHaveBeenCalled();
  });
});
