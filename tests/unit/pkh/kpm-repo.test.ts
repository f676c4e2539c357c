// Why: a KPM household and its members are one aggregate: saved whole or not at all, kept in the pendamping's
// wilayah, unique by No. KPM and by NIK within the wilayah, and found by name, NIK or No. KPM through the indexes.
import { describe, expect, it } from "vitest";
import { AccessError, ConflictError, ValidationError } from "../../../renderer/db/errors";
import { getKpm, kpmPage, saveKpm, searchKpm } from "../../../renderer/db/repositories/pkh/kpm";
import { BAGUS_NIK, bagus, household, member, SITI_NIK, twoWilayah } from "./kpm-fixtures";

const office = twoWilayah;

describe("KPM repository", () => {
  it("saves a household with its members in one go, edits them rev-checked and removes a member", async () => {
    const { db, dpk, rina } = await office();
    const saved = await saveKpm(db, rina, { ...household(dpk.id), members: [member(), bagus()] });
    expect(saved.household.nameTokens).toEqual(["siti", "aminah"]);
    expect(saved.members.map((m) => [m.name, m.siteId, m.householdId])).toEqual([
      ["Siti Aminah", dpk.id, saved.household.id],
      ["Bagus Santoso", dpk.id, saved.household.id],
    ]);
    const [siti, boy] = saved.members;
    const edited = await saveKpm(db, rina, {
      ...household(dpk.id, { address: "Jl. Kaliurang Km 8" }),
      id: saved.household.id,
      rev: saved.household.rev,
      members: [{ ...member(), id: siti!.id }],
    });
    expect(edited.household.address).toBe("Jl. Kaliurang Km 8");
    expect((await getKpm(db, rina, saved.household.id)).members.map((m) => m.id)).toEqual([siti!.id]);
    expect((await db.pkhMembers.get(boy!.id))?.deletedAt).not.toBeNull();
    await expect(
      saveKpm(db, rina, {
        ...household(dpk.id),
        id: saved.household.id,
        rev: saved.household.rev,
        members: [],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("keeps a pendamping to their wilayah", async () => {
    const { db, dpk, rina, tono } = await office();
    const saved = await saveKpm(db, rina, { ...household(dpk.id), members: [member()] });
    await expect(
      saveKpm(db, tono, { ...household(dpk.id, { kpmNo: "X1" }), members: [] }),
    ).rejects.toBeInstanceOf(AccessError);
    await expect(getKpm(db, tono, saved.household.id)).rejects.toBeInstanceOf(AccessError);
    expect(await searchKpm(db, tono, "Siti")).toEqual([]);
    expect((await kpmPage(db, tono, { page: 0 })).total).toBe(0);
    await expect(kpmPage(db, tono, { siteId: dpk.id, page: 0 })).rejects.toBeInstanceOf(AccessError);
  });

  it("leaves the household unchanged when a member fails: a bad NIK, a NIK twice, a NIK of another KPM", async () => {
    const { db, dpk, rina } = await office();
    const saved = await saveKpm(db, rina, { ...household(dpk.id), members: [member()] });
    const tries = [
      {
        members: [{ ...member(), id: saved.members[0]!.id }, bagus({ nik: "340407010715000" })],
        path: "members.1.nik",
      },
      {
        members: [{ ...member(), id: saved.members[0]!.id }, bagus({ nik: "3404077102150002" })],
        path: "members.1.nik",
      },
      {
        members: [{ ...member(), id: saved.members[0]!.id }, bagus({ nik: SITI_NIK })],
        path: "members.1.nik",
      },
    ];
    for (const { members, path } of tries) {
      const error = await saveKpm(db, rina, {
        ...household(dpk.id, { address: "Berubah" }),
        id: saved.household.id,
        rev: saved.household.rev,
        members,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fields)).toContain(path);
    }
    const other = await saveKpm(db, rina, {
      ...household(dpk.id, { kpmNo: "3404070002", headName: "Wati" }),
      members: [bagus({ nik: SITI_NIK, name: "Wati" })],
    }).catch((e: unknown) => e);
    expect((other as ValidationError).fields["members.0.nik"]).toBe("v.pkh.nikTaken");
    const dup = await saveKpm(db, rina, { ...household(dpk.id), members: [] }).catch((e: unknown) => e);
    expect((dup as ValidationError).fields.kpmNo).toBe("v.pkh.kpmNoTaken");
    const after = await getKpm(db, rina, saved.household.id);
    expect(after.household).toMatchObject(saved.household);
    expect(after.members).toMatchObject(saved.members);
    expect(await db.pkhHouseholds.count()).toBe(1);
  });

  it("finds a household by any word of a member's name, by NIK and by No. KPM, through the indexes", async () => {
    const { db, dpk, rina } = await office();
    const a = await saveKpm(db, rina, { ...household(dpk.id), members: [member(), bagus()] });
    await saveKpm(db, rina, {
      ...household(dpk.id, { kpmNo: "3404070002", headName: "Wati Lestari" }),
      members: [member({ name: "Wati Lestari", nik: "3404074506880003", birthDate: "1988-06-05" })],
    });
    const ids = async (q: string) => (await searchKpm(db, rina, q)).map((r) => r.household.kpmNo);
    expect(await ids("santoso")).toEqual(["3404070001"]);
    expect(await ids("bag san")).toEqual(["3404070001"]);
    expect(await ids(BAGUS_NIK)).toEqual(["3404070001"]);
    expect(await ids("3404070002")).toEqual(["3404070002"]);
    expect(await ids("340407000")).toEqual(["3404070001", "3404070002"]);
    expect(await ids("lestari")).toEqual(["3404070002"]);
    expect(await ids("budi")).toEqual([]);
    const page = await kpmPage(db, rina, { page: 0 });
    expect([page.total, page.rows.map((r) => r.household.kpmNo)]).toEqual([2, ["3404070001", "3404070002"]]);
    expect(page.rows[0]!.household.id).toBe(a.household.id);
  });
});
