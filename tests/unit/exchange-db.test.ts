// Why: two PCs' databases exchanging through the real tables: records arrive with their stamps, a second file holds
// only what is new, a file read twice changes nothing, edits made apart wait side by side on both PCs, and the
// statistics after a merge equal a recount from the records.
import { describe, expect, it } from "vitest";
import { casesRepo } from "../../renderer/db/repositories/cases";
import { personsRepo } from "../../renderer/db/repositories/persons";
import { receiveChanges } from "../../renderer/db/exchange/receive";
import { changesForPeer } from "../../renderer/db/exchange/send";
import { actor, personInput } from "./helpers";
import {
  decideInvestigation,
  openInvestigation,
  submitInvestigation,
} from "../../renderer/db/repositories/investigations";
import { awaitingDecision } from "../../renderer/db/investigation-list";
import { caseInput, expectRecount, pcOf, send, tallies, twoPcs } from "./exchange-pcs";

describe("exchange between two databases", () => {
  it("brings a site's records with their stamps, then only what is new, and a file read twice changes nothing", async () => {
    const { a, b, site, ppk } = await twoPcs();
    const p = await personsRepo(a).create(ppk, personInput(site.id));
    await casesRepo(a).create(ppk, caseInput(site.id, p.id, ppk.userId));
    const first = await send(a, b, [site.id]);
    expect(first.tables.persons).toEqual({ taken: 1, ignored: 0 });
    expect(first.tables.cases).toEqual({ taken: 1, ignored: 0 });
    expect(await b.table("persons").get(p.id)).toEqual(await a.table("persons").get(p.id));
    const { stored, recount } = await tallies(b);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).toEqual(recount);

    // b tells a what it holds (its own site travels to a); a's next file to b then carries nothing.
    const back = await send(b, a, [site.id]);
    expect(back.tables.sites).toEqual({ taken: 1, ignored: 0 });
    expect((await send(a, b, [site.id])).sent).toBe(0);

    // The same versions again (a file read twice): ignored, nothing written.
    const out = await changesForPeer(
      a,
      { pc: "pc-never-heard-of", scopes: "all" },
      { scopes: "all", sites: [site.id] },
      false,
    );
    const again = await receiveChanges(
      b,
      await pcOf(a),
      out.holds,
      new Map(out.tables.map((t) => [t.name, t.rows as Record<string, unknown>[]])),
    );
    expect(again.tables.persons).toEqual({ taken: 0, ignored: 1 });
    expect(again.conflicts).toEqual([]);
  });

  it("keeps edits made apart on both PCs side by side, the same one shown on each, and the statistics right", async () => {
    const { a, b, site, ppk } = await twoPcs();
    const p = await personsRepo(a).create(ppk, personInput(site.id));
    await send(a, b, [site.id]);
    await send(b, a, [site.id]);
    const onA = await personsRepo(a).get(ppk, p.id);
    const onB = await personsRepo(b).get(ppk, p.id);
    await personsRepo(a).update(ppk, p.id, onA.rev, { ...personInput(site.id), phone: "013-111 1111" });
    await personsRepo(b).update(ppk, p.id, onB.rev, { ...personInput(site.id), occupation: "Peniaga kecil" });
    const toB = await send(a, b, [site.id]);
    const toA = await send(b, a, [site.id]);
    expect(toB.conflicts).toEqual([{ table: "persons", recordId: p.id }]);
    expect(toA.conflicts).toEqual([{ table: "persons", recordId: p.id }]);
    const shownA = await a.table("persons").get(p.id);
    const shownB = await b.table("persons").get(p.id);
    expect(shownA).toEqual(shownB);
    const waitingA = await a
      .table("versionsApart")
      .where("[table+recordId]")
      .equals(["persons", p.id])
      .toArray();
    const waitingB = await b
      .table("versionsApart")
      .where("[table+recordId]")
      .equals(["persons", p.id])
      .toArray();
    expect(waitingA).toHaveLength(1);
    expect(waitingA).toEqual(waitingB);
    const versions = [shownA, waitingA[0].version].map((v) => [v.phone, v.occupation]).sort();
    expect(versions).toEqual([
      ["012-345 6789", "Peniaga kecil"],
      ["013-111 1111", "Suri rumah"],
    ]);
    for (const db of [a, b]) await expectRecount(db);
  });

  it("takes an investigation sent at the site to the PKMD's PC, and the PKMD's decision back to the site", async () => {
    const { a, b, site, ppk } = await twoPcs();
    const pkmd = actor("pkmd", [], "u-pkmd");
    const p = await personsRepo(a).create(ppk, personInput(site.id));
    const c = await casesRepo(a).create(ppk, caseInput(site.id, p.id, ppk.userId));
    const draft = await openInvestigation(a, ppk, c, {
      caseId: c.id,
      scheme: "BA",
      date: c.date,
      members: [{ name: "Pemohon", relationship: "ketua", docNo: "", age: 40, occupation: "", income: 500 }],
      expenses: [],
      visitDate: c.date,
      findings: "Rumah sederhana.",
      recommendation: "lulus",
      recommendedScheme: "BA",
      recommendedAmount: 300,
    });
    const sent = await submitInvestigation(a, ppk, draft.id, draft.rev);
    await send(a, b, [site.id]);
    // On the PKMD's PC it waits for a decision, as on the desk.
    expect((await awaitingDecision(b, pkmd)).map((r) => r.record.id)).toEqual([sent.id]);
    const onB = await b.table("investigations").get(sent.id);
    await decideInvestigation(b, pkmd, sent.id, onB.rev, {
      decision: "lulus",
      amount: 300,
      note: "Diluluskan.",
    });
    const back = await send(b, a, [site.id]);
    expect(back.conflicts).toEqual([]);
    const atSite = await a.table("investigations").get(sent.id);
    expect(atSite).toMatchObject({
      status: "diputuskan",
      decision: "lulus",
      decisionAmount: 300,
      decidedBy: "u-pkmd",
    });
    expect(await awaitingDecision(a, ppk)).toEqual([]);
    for (const db of [a, b]) await expectRecount(db);
  });
});
