// Why: the monthly pack's life must be the same on every PC: sent, returned with a comment, sent again, signed (then
// final); only the PKMD gives a verdict, a stale screen is refused, the log never copies the SULIT documents, and the
// verdict reaches the site's PC in an exchange file.
import { describe, expect, it } from "vitest";
import { actor } from "./helpers";
import { send, twoPcs } from "./exchange-pcs";
import {
  returnPack,
  sendPack,
  signPack,
  monthlyPacksRepo,
} from "../../renderer/db/repositories/monthly-packs";
import { packAfter, packIdOf, packStepRefused, lastReturnNote } from "../../shared/domain/monthly-pack";
import { ConflictError, ValidationError, AccessError } from "../../renderer/db/errors";

const docs = (cases: number) => [{ code: "statistik-kes", model: { title: "STATISTIK", total: cases } }];
const pkmd = actor("pkmd", [], "u-pkmd");

describe("monthly pack rules", () => {
  it("allows a verdict only on a pack waiting for one, and no sending once signed", () => {
    expect(packStepRefused(null, "hantar")).toBeNull();
    expect(packStepRefused(null, "sah")).toBe("e.packNotSent");
    expect(packStepRefused("dihantar", "kembali")).toBeNull();
    expect(packStepRefused("dikembalikan", "sah")).toBe("e.packNotWaiting");
    expect(packStepRefused("dikembalikan", "hantar")).toBeNull();
    expect(packStepRefused("disahkan", "hantar")).toBe("e.packSigned");
    expect(packStepRefused("disahkan", "kembali")).toBe("e.packSigned");
  });

  it("counts rounds, keeps the whole story and names the last comment", () => {
    const by = { id: "u1", name: "Aminah", jawatan: "PPK" };
    const boss = { id: "u2", name: "Encik Rahman", jawatan: "PKMD" };
    const sent = packAfter(null, {
      action: "hantar",
      by,
      at: "2026-12-01T01:00:00.000Z",
      day: "2026-12-01",
      documents: docs(3),
      siteId: "s1",
      month: "2026-11",
    });
    const back = packAfter(sent, {
      action: "kembali",
      by: boss,
      at: "2026-12-02T01:00:00.000Z",
      note: "Semak B2",
    });
    expect(lastReturnNote(back)?.note).toBe("Semak B2");
    const again = packAfter(back, {
      action: "hantar",
      by,
      at: "2026-12-03T01:00:00.000Z",
      day: "2026-12-03",
      documents: docs(4),
      siteId: "s1",
      month: "2026-11",
    });
    expect(again).toMatchObject({ status: "dihantar", round: 2, sentOn: "2026-12-03", signedBy: null });
    const signed = packAfter(again, {
      action: "sah",
      by: boss,
      at: "2026-12-04T01:00:00.000Z",
      day: "2026-12-04",
    });
    expect(signed.signedBy).toEqual({ ...boss, date: "2026-12-04" });
    expect(signed.documents).toEqual(docs(4));
    expect(signed.history.map((e) => e.action)).toEqual(["hantar", "kembali", "hantar", "sah"]);
  });
});

describe("monthly packs in the database", () => {
  it("sends, returns with a comment, sends again and signs; each step one audited write", async () => {
    const { a, site, ppk } = await twoPcs();
    const first = await sendPack(a, ppk, { siteId: site.id, month: "2026-11", documents: docs(3) }, null);
    expect(first.id).toBe(packIdOf(site.id, "2026-11"));
    expect(first).toMatchObject({ status: "dihantar", round: 1, rev: 1 });
    // A verdict needs the PKMD; a PPK is refused.
    await expect(signPack(a, ppk, first.id, first.rev)).rejects.toBeInstanceOf(AccessError);
    await expect(returnPack(a, pkmd, first.id, first.rev, { note: "  " })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const returned = await returnPack(a, pkmd, first.id, first.rev, { note: "Bilangan kes B2 tidak sama." });
    expect(returned.status).toBe("dikembalikan");
    // The PKMD cannot sign what was returned until it comes back.
    await expect(signPack(a, pkmd, first.id, returned.rev)).rejects.toMatchObject({
      key: "e.packNotWaiting",
    });
    // A screen that read the pack before the verdict is refused.
    await expect(
      sendPack(a, ppk, { siteId: site.id, month: "2026-11", documents: docs(4) }, first.rev),
    ).rejects.toBeInstanceOf(ConflictError);
    const again = await sendPack(
      a,
      ppk,
      { siteId: site.id, month: "2026-11", documents: docs(4) },
      returned.rev,
    );
    expect(again).toMatchObject({ status: "dihantar", round: 2 });
    const signed = await signPack(a, pkmd, again.id, again.rev);
    expect(signed.signedBy?.name).toBe(pkmd.name);
    await expect(
      sendPack(a, ppk, { siteId: site.id, month: "2026-11", documents: docs(5) }, signed.rev),
    ).rejects.toMatchObject({ key: "e.packSigned" });
    expect(await monthlyPacksRepo(a).of(ppk, site.id, "2026-11")).toMatchObject({
      status: "disahkan",
      round: 2,
    });

    const audit = await a
      .table("audit")
      .where("[table+recordId]")
      .equals(["monthlyPacks", first.id])
      .toArray();
    expect(audit.map((r) => r.action)).toEqual(["create", "update", "update", "update"]);
    // The log says the pack moved, never what its SULIT documents hold.
    expect(JSON.stringify(audit)).not.toContain("STATISTIK");
  });

  it("refuses a PPK the pack of a site that is not theirs", async () => {
    const { a, site } = await twoPcs();
    const other = actor("ppk", ["another-site"], "u-other");
    await expect(
      sendPack(a, other, { siteId: site.id, month: "2026-11", documents: docs(1) }, null),
    ).rejects.toBeInstanceOf(AccessError);
    await expect(
      sendPack(a, actor("ppk", [site.id]), { siteId: site.id, month: "2026-13", documents: docs(1) }, null),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("travels: the PKMD's PC receives the pack, its verdict reaches the site's PC on the next exchange", async () => {
    const { a, b, site, ppk } = await twoPcs();
    const sent = await sendPack(a, ppk, { siteId: site.id, month: "2026-11", documents: docs(3) }, null);
    expect((await send(a, b, [site.id])).tables.monthlyPacks).toEqual({ taken: 1, ignored: 0 });
    const onB = await monthlyPacksRepo(b).of(pkmd, site.id, "2026-11");
    expect(onB?.documents).toEqual(docs(3));
    const back = await returnPack(b, pkmd, sent.id, onB!.rev, { note: "Lengkapkan bahagian C." });
    const toA = await send(b, a, [site.id]);
    expect(toA.conflicts).toEqual([]);
    const atSite = await monthlyPacksRepo(a).of(ppk, site.id, "2026-11");
    expect(atSite).toMatchObject({ status: "dikembalikan", rev: back.rev });
    expect(lastReturnNote(atSite!)?.note).toBe("Lengkapkan bahagian C.");
  });
});
