// Why: a payment stage is prepared from the register (who should receive what, once per household on every PC),
// prepared again without touching what was recorded, reconciled with reasons enforced, and kept in its wilayah.
import { describe, expect, it } from "vitest";
import { AccessError, ValidationError } from "../../../renderer/db/errors";
import { saveKpm } from "../../../renderer/db/repositories/pkh/kpm";
import {
  paymentsOfHousehold,
  paymentsRepo,
  recordPayment,
  saveStage,
  stageOf,
  stageSummary,
} from "../../../renderer/db/repositories/pkh/payments";
import { DEFAULT_PKH_SETTINGS } from "../../../shared/domain/pkh/settings";
import { paymentId, planStage } from "../../../shared/domain/pkh/payments";
import { bagus, household, member, twoWilayah } from "./kpm-fixtures";

const grandmother = member({
  name: "Mbah Sumi",
  nik: "3404074101500003",
  birthDate: "1950-01-01",
  relationship: "orang-tua",
});

async function office() {
  const { db, dpk, mlt, rina, tono } = await twoWilayah();
  const a = await saveKpm(db, rina, { ...household(dpk.id), members: [member(), bagus()] });
  const b = await saveKpm(db, rina, {
    ...household(dpk.id, { kpmNo: "3404070002", headName: "Sri Wahyuni" }),
    members: [member({ name: "Sri Wahyuni", nik: "3404075508850004", birthDate: "1985-08-15" }), grandmother],
  });
  const none = await saveKpm(db, rina, {
    ...household(dpk.id, { kpmNo: "3404070003", headName: "Ani Rahayu" }),
    members: [member({ name: "Ani Rahayu", nik: "3404076006800005", birthDate: "1980-06-20" })],
  });
  return { db, dpk, mlt, rina, a, b, none, tono };
}

describe("preparing a payment stage", () => {
  it("gives each household with a component its expected amount, once, with the stage's day stamped", async () => {
    const { db, dpk, rina, a, b } = await office();
    const plan = await paymentsRepo(db).prepare(rina, dpk.id, "2026-IV", DEFAULT_PKH_SETTINGS, "2026-10-02");
    expect(plan.add.map((p) => [p.kpmNo, p.expected])).toEqual([
      ["3404070001", 225_000],
      ["3404070002", 600_000],
    ]);
    const { payments, summary } = await stageSummary(db, rina, dpk.id, "2026-IV");
    expect(payments.map((p) => p.id)).toEqual([
      paymentId("2026-IV", a.household.id),
      paymentId("2026-IV", b.household.id),
    ]);
    expect(summary).toMatchObject({ householdsExpected: 2, notRecorded: 2, totalExpected: 825_000 });
    expect((await stageOf(db, rina, dpk.id, "2026-IV")).preparedOn).toBe("2026-10-02");
    // Preparing again changes nothing when the register did not change.
    const again = await paymentsRepo(db).prepare(rina, dpk.id, "2026-IV", DEFAULT_PKH_SETTINGS, "2026-10-03");
    expect([again.add.length, again.update.length, again.remove.length]).toEqual([0, 0, 0]);
    expect(await db.pkhPayments.count()).toBe(2);
  });

  it("re-prices what is not recorded, keeps what is, and drops a household no longer eligible", async () => {
    const { db, dpk, rina, a, b } = await office();
    await paymentsRepo(db).prepare(rina, dpk.id, "2026-IV", DEFAULT_PKH_SETTINGS);
    const pa = (await db.pkhPayments.get(paymentId("2026-IV", a.household.id)))!;
    await recordPayment(db, rina, pa.id, pa.rev, { received: true, amountReceived: 225_000, reason: "" });
    // Amounts raised for the whole year from 1 October: the unrecorded payment follows, the recorded one stays.
    const raised = {
      ...DEFAULT_PKH_SETTINGS,
      amounts: [
        ...DEFAULT_PKH_SETTINGS.amounts,
        {
          from: "2026-10-01",
          amounts: { ...DEFAULT_PKH_SETTINGS.amounts[0]!.amounts, lanjut_usia: 2_800_000 },
        },
      ],
    };
    const plan = await paymentsRepo(db).prepare(rina, dpk.id, "2026-IV", raised);
    expect(plan.update.map((u) => u.record.expected)).toEqual([700_000]);
    // B's household leaves the programme: its unrecorded payment goes; A's recorded one stays.
    await saveKpm(db, rina, {
      ...b.household,
      active: false,
      members: b.members,
    });
    const dropped = await paymentsRepo(db).prepare(rina, dpk.id, "2026-IV", raised);
    expect(dropped.remove).toEqual([paymentId("2026-IV", b.household.id)]);
    const { payments, summary } = await stageSummary(db, rina, dpk.id, "2026-IV");
    expect(payments.map((p) => [p.householdId, p.received])).toEqual([[a.household.id, true]]);
    expect(summary).toMatchObject({ householdsExpected: 1, received: 1, differences: 0 });
  });

  it("refuses another wilayah's stage and a payment above expected without a reason, saving nothing", async () => {
    const { db, dpk, rina, tono, a } = await office();
    await expect(paymentsRepo(db).prepare(tono, dpk.id, "2026-IV", DEFAULT_PKH_SETTINGS)).rejects.toThrow(
      AccessError,
    );
    expect(await db.pkhPayments.count()).toBe(0);
    await paymentsRepo(db).prepare(rina, dpk.id, "2026-IV", DEFAULT_PKH_SETTINGS);
    const p = (await db.pkhPayments.get(paymentId("2026-IV", a.household.id)))!;
    const above = recordPayment(db, rina, p.id, p.rev, {
      received: true,
      amountReceived: 300_000,
      reason: "",
    });
    await expect(above).rejects.toThrow(ValidationError);
    await expect(above).rejects.toMatchObject({ fields: { reason: "v.pkh.amountAboveExpected" } });
    await expect(
      recordPayment(db, rina, p.id, p.rev, { received: false, amountReceived: 0, reason: " " }),
    ).rejects.toMatchObject({ fields: { reason: "v.pkh.reasonNotReceived" } });
    expect((await db.pkhPayments.get(p.id))!.rev).toBe(1);
    await recordPayment(db, rina, p.id, p.rev, { received: false, amountReceived: 0, reason: "KKS hilang" });
    const { summary } = await stageSummary(db, rina, dpk.id, "2026-IV");
    // Differences first, the largest first: B not recorded yet (600.000), then A not received (225.000).
    expect(summary.rows.map((r) => [r.received, r.difference])).toEqual([
      [null, -600_000],
      [false, -225_000],
    ]);
    expect(summary.rows[1]!.householdId).toBe(a.household.id);
    expect((await paymentsOfHousehold(db, rina, a.household.id)).map((x) => x.reason)).toEqual([
      "KKS hilang",
    ]);
    await expect(stageSummary(db, tono, dpk.id, "2026-IV")).rejects.toThrow(AccessError);
  });

  it("keeps the stage's day, place and accompaniment, refusing accompaniment before the payment day", async () => {
    const { db, dpk, rina } = await office();
    const fields = {
      scheduledDate: "2026-11-10",
      place: "Kantor Pos Depok",
      accompaniedOn: "2026-11-10",
      notes: "",
    };
    await saveStage(db, rina, dpk.id, "2026-IV", fields);
    await paymentsRepo(db).prepare(rina, dpk.id, "2026-IV", DEFAULT_PKH_SETTINGS, "2026-11-01");
    await saveStage(db, rina, dpk.id, "2026-IV", { ...fields, notes: "Semua KPM hadir" });
    expect(await stageOf(db, rina, dpk.id, "2026-IV")).toMatchObject({
      place: "Kantor Pos Depok",
      notes: "Semua KPM hadir",
      preparedOn: "2026-11-01",
      rev: 3,
    });
    await expect(
      saveStage(db, rina, dpk.id, "2026-IV", { ...fields, accompaniedOn: "2026-11-09" }),
    ).rejects.toMatchObject({ fields: { accompaniedOn: "v.pkh.accompaniedBeforeSchedule" } });
  });
});

describe("planStage", () => {
  it("leaves out inactive households and those with nothing counted", () => {
    const h = (id: string, active = true) => ({
      id,
      siteId: "s",
      kpmNo: id,
      headName: id,
      groupId: null,
      active,
    });
    const plan = planStage(
      "2026-I",
      [h("a"), h("b", false), h("c")],
      (id) => (id === "c" ? [] : [{ ...member(), sex: "P" as const, birthDate: "1950-01-01" }]),
      DEFAULT_PKH_SETTINGS,
      [],
    );
    expect(plan.add.map((p) => [p.householdId, p.expected, p.lines])).toEqual([
      ["a", 600_000, [{ component: "lanjut_usia", count: 1, amount: 600_000 }]],
    ]);
    expect(() => planStage("2026-V", [], () => [], DEFAULT_PKH_SETTINGS, [])).toThrow();
  });
});
