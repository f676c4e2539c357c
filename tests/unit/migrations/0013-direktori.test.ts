// Why: migration 13 must turn every organisation referrals point to into a directory entry (nothing pointing at it
// breaks), unconfirmed so it is reviewed, and index the names, phones and the references programmes and meetings make.
import { describe, expect, it } from "vitest";
import { openAt } from "./open-at";

const meta = (id: string) => ({
  id,
  createdAt: "2026-01-05T01:00:00.000Z",
  createdBy: "u1",
  updatedAt: "2026-01-05T01:00:00.000Z",
  updatedBy: "u1",
  rev: 1,
  deletedAt: null,
});

describe("migration 0013 (direktori)", () => {
  it("keeps every organisation and referral, fills the directory fields and indexes names, phones and references", async () => {
    const name = `m13-${Math.random()}`;
    const v12 = await openAt(name, 12);
    const klinik = {
      ...meta("org-klinik-0001"),
      name: "Klinik Kesihatan Pantai",
      kind: "klinik",
      phone: "03-2282 5000",
    };
    // A phone typed before the directory's rules existed is kept as it was, not lost.
    const odd = { ...meta("org-odd-000001"), name: "Persatuan Penduduk", kind: "ngo", phone: "ext 12" };
    await v12.table("organisations").bulkAdd([klinik, odd]);
    const referral = {
      ...meta("ref-0000000001"),
      caseId: "c1",
      siteId: "s1",
      organisationId: klinik.id,
      reason: "Rawatan",
      date: "2026-01-05",
      officerId: "u1",
      status: "terbuka",
      lastCheckDate: null,
      closedDate: null,
      outcome: "",
    };
    await v12.table("referrals").add(referral);
    await v12.table("programmes").add({ ...meta("prog-000000001"), siteId: "s1", startDate: "2026-01-05" });
    await v12.table("meetings").add({ ...meta("meet-000000001"), siteId: "s1", date: "2026-01-05" });
    v12.close();

    const db = await openAt(name, 13);
    expect(db.verno).toBe(13);
    const k = await db.table("organisations").get(klinik.id);
    expect(k).toMatchObject({
      ...klinik,
      registrationNo: "",
      area: "",
      address: "",
      head: "",
      mobile: "",
      email: "",
      targetGroups: [],
      services: [],
      members: null,
      active: true,
      confirmedAt: null,
      nameTokens: ["klinik", "kesihatan", "pantai"],
      phoneKeys: ["0322825000"],
    });
    expect(await db.table("organisations").get(odd.id)).toMatchObject({ phone: "ext 12", confirmedAt: null });
    expect(await db.table("referrals").get(referral.id)).toEqual(referral);
    expect(await db.table("organisations").where("nameTokens").equals("pantai").primaryKeys()).toEqual([
      klinik.id,
    ]);
    expect(await db.table("organisations").where("phoneKeys").equals("0322825000").primaryKeys()).toEqual([
      klinik.id,
    ]);
    expect((await db.table("programmes").toArray())[0].partnerIds).toEqual([]);
    expect((await db.table("meetings").toArray())[0].organisationIds).toEqual([]);
    await db.table("programmes").update("prog-000000001", { partnerIds: [klinik.id] });
    expect(await db.table("programmes").where("partnerIds").equals(klinik.id).primaryKeys()).toEqual([
      "prog-000000001",
    ]);
    db.close();
  });
});
