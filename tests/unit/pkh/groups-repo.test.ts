// Why: a kelompok's roster and ketua are saved together: the ketua must be a KPM of the group (joined the day it
// joined), KPM come from the group's wilayah only, and a refused save changes nothing.
import { describe, expect, it } from "vitest";
import { AccessError, ValidationError } from "../../../renderer/db/errors";
import { groupsOfSite, groupWithRoster, saveGroup } from "../../../renderer/db/repositories/pkh/groups";
import { saveKpm } from "../../../renderer/db/repositories/pkh/kpm";
import { joinedOn, rosterProblems } from "../../../shared/domain/pkh/kelompok";
import { household, member, twoWilayah } from "./kpm-fixtures";

async function office() {
  const o = await twoWilayah();
  const kpm = async (siteId: string, no: string, name: string, who = o.rina) =>
    (
      await saveKpm(o.db, who, {
        ...household(siteId, { kpmNo: no, headName: name }),
        members: [member({ name, nik: null })],
      })
    ).household;
  return { ...o, kpm };
}

describe("kelompok rules", () => {
  it("wants the ketua in the roster and keeps a join date while the KPM stays", () => {
    expect(rosterProblems("h1", ["h1", "h2"])).toEqual({});
    expect(rosterProblems("h3", ["h1", "h2"])).toEqual({ leaderId: "v.pkh.leaderNotMember" });
    expect(rosterProblems(null, ["h1", "h1"])).toEqual({ memberIds: "v.pkh.kpmTwice" });
    expect(joinedOn(null, "g1", "2026-11-18")).toBe("2026-11-18");
    expect(joinedOn({ groupId: "g1", groupJoinedOn: "2026-01-05" }, "g1", "2026-11-18")).toBe("2026-01-05");
    expect(joinedOn({ groupId: "g1", groupJoinedOn: "2026-01-05" }, "g2", "2026-11-18")).toBe("2026-11-18");
    expect(joinedOn({ groupId: "g1", groupJoinedOn: "2026-01-05" }, null, "2026-11-18")).toBeNull();
  });
});

describe("groups repository", () => {
  it("forms a group with its roster and ketua, then moves a KPM out", async () => {
    const { db, dpk, rina, kpm } = await office();
    const a = await kpm(dpk.id, "K1", "Siti Aminah");
    const b = await kpm(dpk.id, "K2", "Wati Lestari");
    const saved = await saveGroup(db, rina, {
      siteId: dpk.id,
      name: "Mawar",
      desa: "Condongcatur",
      leaderId: a.id,
      leaderActive: true,
      memberIds: [a.id, b.id],
    });
    expect(saved.roster.map((h) => [h.kpmNo, h.groupId, h.groupJoinedOn])).toEqual([
      ["K1", saved.group.id, "2026-11-18"],
      ["K2", saved.group.id, "2026-11-18"],
    ]);
    const after = await saveGroup(db, rina, {
      ...saved.group,
      memberIds: [a.id],
    });
    expect(after.roster.map((h) => h.kpmNo)).toEqual(["K1"]);
    expect((await db.pkhHouseholds.get(b.id))?.groupId).toBeNull();
    expect((await groupsOfSite(db, rina, dpk.id)).map((g) => [g.group.name, g.roster.length])).toEqual([
      ["Mawar", 1],
    ]);
  });

  it("refuses a ketua outside the group, a KPM of another wilayah, another pendamping; nothing half-saved", async () => {
    const { db, dpk, mlt, rina, tono, kpm } = await office();
    const a = await kpm(dpk.id, "K1", "Siti Aminah");
    const b = await kpm(dpk.id, "K2", "Wati Lestari");
    const far = await kpm(mlt.id, "M1", "Sri Rahayu", tono);
    const group = await saveGroup(db, rina, {
      siteId: dpk.id,
      name: "Mawar",
      leaderId: a.id,
      memberIds: [a.id],
    });
    const tries = [
      { leaderId: b.id, memberIds: [a.id], field: "leaderId" },
      { leaderId: a.id, memberIds: [a.id, b.id, far.id], field: "memberIds" },
    ];
    for (const { leaderId, memberIds, field } of tries) {
      const e = await saveGroup(db, rina, { ...group.group, leaderId, memberIds }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ValidationError);
      expect(Object.keys((e as ValidationError).fields)).toEqual([field]);
    }
    await expect(saveGroup(db, tono, { ...group.group, memberIds: [a.id] })).rejects.toBeInstanceOf(
      AccessError,
    );
    await expect(groupWithRoster(db, tono, group.group.id)).rejects.toBeInstanceOf(AccessError);
    expect(await groupWithRoster(db, rina, group.group.id)).toMatchObject(group);
    expect((await db.pkhHouseholds.get(b.id))?.groupId).toBeNull();
  });
});
