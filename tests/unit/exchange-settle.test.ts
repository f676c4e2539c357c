// Why: a record whose versions were made apart is settled field by field in one write that replaces every waiting
// version on both PCs, keeps the statistics equal to a recount, and cannot be edited elsewhere until it is settled.
import { describe, expect, it } from "vitest";
import {
  keepBoth,
  listWaiting,
  readConflict,
  settleConflict,
  versionKey,
} from "../../renderer/db/exchange/settle";
import { casesRepo } from "../../renderer/db/repositories/cases";
import { personsRepo } from "../../renderer/db/repositories/persons";
import { actor, personInput } from "./helpers";
import { caseInput, expectRecount as recountEqual, pcOf, send, twoPcs } from "./exchange-pcs";

/** Two PCs that exchanged a person and a case, then each changed both apart, and exchanged again. */
async function apart() {
  const { a, b, site, ppk } = await twoPcs();
  const p = await personsRepo(a).create(ppk, personInput(site.id));
  const c = await casesRepo(a).create(ppk, caseInput(site.id, p.id, ppk.userId));
  await send(a, b, [site.id]);
  await send(b, a, [site.id]);
  const onA = await personsRepo(a).get(ppk, p.id);
  const onB = await personsRepo(b).get(ppk, p.id);
  await personsRepo(a).update(ppk, p.id, onA.rev, { ...personInput(site.id), phone: "013-111 1111" });
  await personsRepo(b).update(ppk, p.id, onB.rev, {
    ...personInput(site.id),
    name: "Siti Aisyah binti Ismail Nordin",
    occupation: "Peniaga kecil",
  });
  // The case: an edit on A, a deletion on B.
  const caseA = await casesRepo(a).get(ppk, c.id);
  const {
    id: _i,
    recordNo: _r,
    year: _y,
    seq: _s,
    ...caseFields
  } = caseA as unknown as Record<string, unknown>;
  await casesRepo(a).update(ppk, c.id, caseA.rev, { ...caseFields, status: "dirujuk" });
  const caseB = await casesRepo(b).get(ppk, c.id);
  await casesRepo(b).softDelete(ppk, c.id, caseB.rev, "Direkod dua kali");
  await send(a, b, [site.id]);
  await send(b, a, [site.id]);
  return { a, b, site, ppk, p, c };
}

describe("settling versions made apart", () => {
  it("lists them, refuses edits until settled, settles field by field and both PCs end the same", async () => {
    const { a, b, site, ppk, p, c } = await apart();
    const waiting = await listWaiting(a, ppk);
    expect(waiting.map((w) => w.table).sort()).toEqual(["cases", "persons"]);
    // Another site's PPK sees none of them; the pemerhati may not settle.
    expect(await listWaiting(a, actor("ppk", ["other-site"]))).toEqual([]);
    expect(await listWaiting(a, actor("pemerhati"))).toEqual([]);

    // Editing or deleting elsewhere says "settle first", and changes nothing.
    const shown = await personsRepo(a).get(ppk, p.id);
    await expect(
      personsRepo(a).update(ppk, p.id, shown.rev, { ...personInput(site.id), occupation: "Guru" }),
    ).rejects.toMatchObject({ key: "e.exchange.settleFirst" });
    await expect(personsRepo(a).softDelete(ppk, p.id, shown.rev)).rejects.toMatchObject({
      key: "e.exchange.settleFirst",
    });
    expect(await personsRepo(a).get(ppk, p.id)).toEqual(shown);

    const view = await readConflict(a, ppk, "persons", p.id);
    expect(view.versions).toHaveLength(2);
    // Search keys are not offered; the name, phone and occupation are.
    expect(view.fields).toEqual(["name", "occupation", "phone"]);
    const fromB = view.versions.findIndex((v) => v.occupation === "Peniaga kecil");
    const fromA = 1 - fromB;
    const settled = await settleConflict(a, ppk, "persons", p.id, view.versions.map(versionKey), {
      name: fromB,
      occupation: fromB,
      phone: fromA,
    });
    expect(settled).toMatchObject({
      name: "Siti Aisyah binti Ismail Nordin",
      occupation: "Peniaga kecil",
      phone: "013-111 1111",
      phoneDigits: "0131111111",
    });
    expect(settled.nameTokens).toContain("nordin");
    const stored = (await a.table("persons").get(p.id)) as { pc: string; seen: Record<string, number> };
    // Its seen covers every version that waited, and this PC's new change.
    for (const v of view.versions) expect(stored!.seen[v.pc]).toBeGreaterThanOrEqual(v.pcSeq);
    expect(stored!.pc).toBe(await pcOf(a));
    expect(await a.table("versionsApart").where("[table+recordId]").equals(["persons", p.id]).count()).toBe(
      0,
    );
    const audit = (await a.audit.toArray()).filter((r) => r.recordId === p.id);
    expect(audit.at(-1)).toMatchObject({ action: "settle", table: "persons" });
    // Settling again with what was read before: already settled.
    await expect(
      settleConflict(a, ppk, "persons", p.id, view.versions.map(versionKey), {}),
    ).rejects.toMatchObject({ key: "e.exchange.alreadySettled" });

    // A deletion against an edit: shown as such, and the user keeps the edit.
    const caseView = await readConflict(a, ppk, "cases", c.id);
    expect(caseView.fields[0]).toBe("deletedAt");
    expect(caseView.versions[0]!.deletedAt).toBeNull();
    await settleConflict(a, ppk, "cases", c.id, caseView.versions.map(versionKey), {});
    await recountEqual(a);

    // The settled versions reach B and replace what waited there: the same records, nothing waiting.
    await send(a, b, [site.id]);
    expect(await b.persons.get(p.id)).toEqual(await a.persons.get(p.id));
    expect(await b.cases.get(c.id)).toEqual(await a.cases.get(c.id));
    expect(await b.table("versionsApart").count()).toBe(0);
    expect(await listWaiting(b, ppk)).toEqual([]);
    await recountEqual(b);
    // And editing works again.
    const now = await personsRepo(b).get(ppk, p.id);
    await personsRepo(b).update(ppk, p.id, now.rev, { ...personInput(site.id), occupation: "Guru" });
  });

  it("refuses a settlement when a file brought another version since the user looked", async () => {
    const { a, ppk, p } = await apart();
    const view = await readConflict(a, ppk, "persons", p.id);
    await expect(
      settleConflict(a, ppk, "persons", p.id, [versionKey(view.versions[0]!)], {}),
    ).rejects.toMatchObject({ key: "e.exchange.changedMeanwhile" });
  });

  it("keeps two different persons as two records; refuses it for one person's MyKad", async () => {
    const { a, site, ppk, p } = await apart();
    const view = await readConflict(a, ppk, "persons", p.id);
    await expect(keepBoth(a, ppk, p.id, view.versions.map(versionKey))).rejects.toMatchObject({
      key: "e.exchange.keepBothSameMyKad",
    });
    // The same conflict where B's version is another person (another MyKad).
    const other = { ...view.versions[1]!, docNo: "900202-14-1234", mykad: "900202141234", name: "Rosnah" };
    await a.table("versionsApart").put({
      key: `persons|${p.id}|${other.pc}|${other.pcSeq}`,
      table: "persons",
      recordId: p.id,
      pc: other.pc,
      pcSeq: other.pcSeq,
      version: other,
    });
    const made = await keepBoth(a, ppk, p.id, view.versions.map(versionKey));
    expect(made).toHaveLength(1);
    const copy = await personsRepo(a).get(ppk, made[0]!);
    expect(copy).toMatchObject({ name: "Rosnah", siteId: site.id, rev: 1, householdId: null });
    expect(await a.table("versionsApart").where("[table+recordId]").equals(["persons", p.id]).count()).toBe(
      0,
    );
    await recountEqual(a);
  });
});

describe("a sensitive complaint waiting in Perlu diselesaikan", () => {
  it("is listed and opened only for the PKMD and whoever received it, even when only a waiting version is sensitive", async () => {
    const { a } = await twoPcs();
    const base = {
      id: "complaint-apart-000001",
      refNo: "ADU/2026/0001",
      name: "Pengadu",
      description: "Aduan tentang jiran",
      sensitive: false,
      receivedBy: "u-receiver",
      deletedAt: null,
      updatedAt: "2026-11-18T02:00:00.000Z",
    };
    await a.table("complaints").put(base);
    const waiting = {
      ...base,
      sensitive: true,
      description: "Keganasan rumah tangga",
      pc: "pc-other-0000001",
      pcSeq: 3,
      seen: { "pc-other-0000001": 3 },
    };
    await a.table("versionsApart").put({
      key: `complaints|${base.id}|pc-other-0000001|3`,
      table: "complaints",
      recordId: base.id,
      pc: waiting.pc,
      pcSeq: waiting.pcSeq,
      version: waiting,
    });
    const admin = actor("pentadbir");
    const pkmd = actor("pkmd");
    const receiver = actor("ppk", [], "u-receiver");
    expect((await listWaiting(a, admin)).map((w) => w.recordId)).toEqual([]);
    await expect(readConflict(a, admin, "complaints", base.id)).rejects.toThrow();
    expect((await listWaiting(a, pkmd)).map((w) => w.recordId)).toEqual([base.id]);
    expect((await readConflict(a, pkmd, "complaints", base.id)).versions).toHaveLength(2);
    // The receiver may read it, but a PPK does not see district records to settle.
    expect((await listWaiting(a, receiver)).map((w) => w.recordId)).toEqual([]);
  });
});
