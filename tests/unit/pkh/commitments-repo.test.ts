// Why: a month's verification is saved whole or not at all (a bad number or a member of another wilayah refuses the
// batch), re-saving updates the same records, a future month is refused, and the ladder reads the months before.
import { describe, expect, it } from "vitest";
import { AccessError } from "../../../renderer/db/errors";
import {
  nonCompliantMonths,
  saveMonth,
  verificationsBetween,
} from "../../../renderer/db/repositories/pkh/commitments";
import { saveKpm } from "../../../renderer/db/repositories/pkh/kpm";
import { DEFAULT_COMMITMENT_RULES } from "../../../shared/domain/pkh/commitments";
import { bagus, household, member, twoWilayah } from "./kpm-fixtures";

const school = (schoolDays: number, daysPresent: number) => ({
  kind: "sekolah" as const,
  schoolDays,
  daysPresent,
});

async function office() {
  const o = await twoWilayah();
  const kpm = await saveKpm(o.db, o.rina, { ...household(o.dpk.id), members: [member(), bagus()] });
  return { ...o, kpm, boy: kpm.members[1]! };
}

describe("saving a month's verification", () => {
  it("saves the month in one go, updates it when saved again, and reads the non-compliant months", async () => {
    const { db, dpk, rina, kpm, boy } = await office();
    const entry = (m: ReturnType<typeof school>) => [
      { householdId: kpm.household.id, memberId: boy.id, data: m },
    ];
    await saveMonth(db, rina, dpk.id, "2026-10", entry(school(20, 16)), "2026-11-18");
    const [saved] = await saveMonth(db, rina, dpk.id, "2026-11", entry(school(20, 17)), "2026-11-18");
    expect(saved!.id).toBe(`komitmen:${boy.id}:2026-11`);
    const again = await saveMonth(db, rina, dpk.id, "2026-11", entry(school(20, 16)), "2026-11-18");
    expect(again[0]!.rev).toBe(2);
    const rows = await verificationsBetween(db, rina, dpk.id, "2026-01", "2026-12");
    expect(rows.length).toBe(2);
    expect([...nonCompliantMonths(rows, DEFAULT_COMMITMENT_RULES).get(kpm.household.id)!].sort()).toEqual([
      "2026-10",
      "2026-11",
    ]);
  });

  it("refuses the whole batch for one bad entry, a future month, another wilayah", async () => {
    const { db, dpk, mlt, rina, tono, kpm, boy } = await office();
    const mother = kpm.members[0]!;
    await expect(
      saveMonth(
        db,
        rina,
        dpk.id,
        "2026-11",
        [
          { householdId: kpm.household.id, memberId: boy.id, data: school(20, 21) },
          { householdId: kpm.household.id, memberId: mother.id, data: { kind: "balita", weighings: 1 } },
        ],
        "2026-11-18",
      ),
    ).rejects.toMatchObject({ fields: { [`${boy.id}.daysPresent`]: "v.pkh.presentAboveDays" } });
    await expect(saveMonth(db, rina, dpk.id, "2026-12", [], "2026-11-18")).rejects.toMatchObject({
      fields: { month: "v.pkh.monthFuture" },
    });
    await expect(
      saveMonth(
        db,
        tono,
        mlt.id,
        "2026-11",
        [{ householdId: kpm.household.id, memberId: boy.id, data: school(20, 20) }],
        "2026-11-18",
      ),
    ).rejects.toMatchObject({ fields: { [`${boy.id}.memberId`]: "v.pkh.notMember" } });
    await expect(saveMonth(db, tono, dpk.id, "2026-11", [], "2026-11-18")).rejects.toThrow(AccessError);
    expect(await db.pkhVerifications.count()).toBe(0);
  });
});
