// Why: the rules of a Kembara Prihatin Negara tour (seed 001): the leader's grade, the team's size, slots in the tour's
// day that never overlap, a member never in two places, stock arithmetic with its override, and repeated baskets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { basketItems } from "../../shared/domain/kpn/codes";
import { repeatBasket } from "../../shared/domain/kpn/baskets";
import {
  checkpointProblems,
  clockOf,
  minutesOf,
  nextSlot,
  teamClashes,
  type TourPlan,
} from "../../shared/domain/kpn/schedule";
import {
  checkBasket,
  noQuantities,
  reconcile,
  stockLeft,
  type Quantities,
} from "../../shared/domain/kpn/stock";
import { gradeNumber, teamProblems, type TeamMember } from "../../shared/domain/kpn/team";

const member = (name: string, role: TeamMember["role"], grade = ""): TeamMember => ({ name, role, grade });
const team = (leaderGrade: string, extra = 2): TeamMember[] => [
  member("Aminah binti Salleh", "ketua", leaderGrade),
  ...Array.from({ length: extra }, (_, i) =>
    member(`Petugas ${i + 1}`, i === extra - 1 ? "pemandu" : "pembantu"),
  ),
];
const keys = (r: { problems: { key: string }[] }) => r.problems.map((p) => p.key);

describe("team leader grade", () => {
  it("reads grades as officers write them", () => {
    expect(gradeNumber("S29")).toBe(29);
    expect(gradeNumber(" s 32 ")).toBe(32);
    expect(gradeNumber("KP19")).toBe(19);
    expect(gradeNumber("JUSA C")).toBe(100);
    expect(gradeNumber("")).toBeNull();
    expect(gradeNumber("Pegawai")).toBeNull();
  });

  it("accepts a leader of S29 and above and refuses a lower grade without a reason", () => {
    expect(keys(teamProblems(team("S29")))).toEqual([]);
    expect(keys(teamProblems(team("S41")))).toEqual([]);
    expect(keys(teamProblems(team("S19")))).toEqual(["v.kpn.leaderGrade"]);
    expect(keys(teamProblems(team("")))).toEqual(["v.kpn.leaderGradeUnknown"]);
  });

  it("lets a lower grade lead only with a written reason, and says the override is used", () => {
    expect(teamProblems(team("S22"), "pendek").problems.map((p) => p.key)).toEqual(["v.kpn.leaderGrade"]);
    const r = teamProblems(team("S22"), "Ketua S29 bercuti sakit, diganti sementara");
    expect(r.problems).toEqual([]);
    expect(r.leaderOverridden).toBe(true);
    expect(teamProblems(team("S32"), "tiada perlu").leaderOverridden).toBe(false);
  });
});

describe("team size and members", () => {
  it("takes 3 to 6 people, no fewer, no more", () => {
    expect(keys(teamProblems(team("S29", 1)))).toEqual(["v.kpn.teamSize"]); // 2 people
    expect(keys(teamProblems(team("S29", 2)))).toEqual([]); // 3
    expect(keys(teamProblems(team("S29", 5)))).toEqual([]); // 6
    expect(keys(teamProblems(team("S29", 6)))).toEqual(["v.kpn.teamSize"]); // 7
  });

  it("needs exactly one leader and no one twice", () => {
    const two = [...team("S29"), member("Badrul", "ketua", "S32")];
    expect(keys(teamProblems(two))).toContain("v.kpn.oneLeader");
    const twice = [...team("S29"), member("  aminah BINTI salleh ", "pembantu")];
    expect(teamProblems(twice).problems).toContainEqual({ key: "v.kpn.memberTwice", member: 3 });
  });
});

const cp = (name: string, start: string, end: string, date = "2026-12-05") => ({ name, start, end, date });

describe("checkpoint slots", () => {
  it("keeps slots inside the tour's day, in order and apart", () => {
    expect(
      checkpointProblems("2026-12-05", [cp("Pasar Tani", "08:00", "10:00"), cp("Masjid", "10:00", "12:00")]),
    ).toEqual([]);
    expect(checkpointProblems("2026-12-05", [cp("Pasar", "08:00", "10:00", "2026-12-06")])[0]?.key).toBe(
      "v.kpn.outsideTourDay",
    );
    expect(checkpointProblems("2026-12-05", [cp("Pasar", "10:00", "09:00")])[0]?.key).toBe("v.kpn.slotOrder");
    expect(checkpointProblems("2026-12-05", [cp("Pasar", "25:00", "26:00")])[0]?.key).toBe("v.kpn.time");
    const overlap = checkpointProblems("2026-12-05", [
      cp("Pasar", "08:00", "10:00"),
      cp("PPR", "09:30", "11:30"),
    ]);
    expect(overlap).toEqual([{ key: "v.kpn.slotOverlap", checkpoint: 1, params: { other: "Pasar" } }]);
  });

  it("gives a new checkpoint two hours from the previous one's end, never past midnight", () => {
    expect(nextSlot(undefined, 120)).toEqual({ start: "09:00", end: "11:00" });
    expect(nextSlot({ start: "09:00", end: "11:00" }, 120)).toEqual({ start: "11:00", end: "13:00" });
    expect(nextSlot({ start: "21:00", end: "23:00" }, 120)).toEqual({ start: "23:00", end: "24:00" });
  });

  it("never finds an overlap between slots laid end to end (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 15, max: 180 }), { minLength: 1, maxLength: 6 }), (lengths) => {
        const slots: { start: string; end: string }[] = [];
        for (const len of lengths) slots.push(nextSlot(slots.at(-1), len));
        const usable = slots.filter((s) => minutesOf(s.end)! > minutesOf(s.start)!);
        const problems = checkpointProblems(
          "2026-12-05",
          usable.map((s, i) => cp(`C${i}`, s.start, s.end)),
        );
        return problems.length === 0;
      }),
    );
  });

  it("finds every pair of overlapping slots (property)", () => {
    const slot = fc
      .tuple(fc.integer({ min: 0, max: 1380 }), fc.integer({ min: 1, max: 240 }))
      .map(([s, len]) => ({ start: clockOf(s), end: clockOf(Math.min(1440, s + len)) }));
    fc.assert(
      fc.property(slot, slot, (a, b) => {
        const expected = minutesOf(a.start)! < minutesOf(b.end)! && minutesOf(b.start)! < minutesOf(a.end)!;
        const found = checkpointProblems("2026-12-05", [cp("A", a.start, a.end), cp("B", b.start, b.end)]);
        return found.some((p) => p.key === "v.kpn.slotOverlap") === expected;
      }),
    );
  });
});

describe("a team member in two places", () => {
  const tour = (id: string, names: string[], slots: [string, string][], active = true): TourPlan => ({
    id,
    date: "2026-12-05",
    active,
    team: names.map((name) => ({ name })),
    checkpoints: slots.map(([s, e], i) => cp(`${id}-${i}`, s, e)),
  });

  it("refuses overlapping slots on another tour that shares a member", () => {
    const a = tour("A", ["Aminah", "Badrul", "Chong"], [["08:00", "10:00"]]);
    const b = tour("B", ["Devi", "badrul", "Ewe"], [["09:00", "11:00"]]);
    expect(teamClashes(a, [b])).toEqual([
      { key: "v.kpn.teamElsewhere", checkpoint: 0, params: { names: "badrul", other: "B-0" } },
    ]);
  });

  it("allows it when nobody is shared, the slots follow each other, the day differs or the other tour is cancelled", () => {
    const a = tour("A", ["Aminah", "Badrul", "Chong"], [["08:00", "10:00"]]);
    expect(teamClashes(a, [tour("B", ["Devi", "Ewe", "Fong"], [["08:00", "10:00"]])])).toEqual([]);
    expect(teamClashes(a, [tour("B", ["Badrul", "Ewe", "Fong"], [["10:00", "12:00"]])])).toEqual([]);
    expect(teamClashes(a, [{ ...tour("B", ["Badrul"], [["08:00", "10:00"]]), date: "2026-12-06" }])).toEqual(
      [],
    );
    expect(teamClashes(a, [tour("B", ["Badrul"], [["08:00", "10:00"]], false)])).toEqual([]);
  });
});

const q = (beras: number, minyak = 0, tepung = 0, gula = 0): Quantities => ({ beras, minyak, tepung, gula });

describe("food basket stock", () => {
  it("takes what is left from what was loaded and refuses an empty or broken basket", () => {
    const loaded = q(50, 40, 30, 20);
    const left = stockLeft(loaded, [q(2, 1, 1, 1), q(2, 1, 1, 1)]);
    expect(left).toEqual(q(46, 38, 28, 18));
    expect(checkBasket(noQuantities(), left, false)).toEqual({ ok: false, key: "v.kpn.basketEmpty" });
    expect(checkBasket(q(-1), left, false)).toEqual({ ok: false, key: "v.kpn.quantity" });
    expect(checkBasket(q(1.5), left, false)).toEqual({ ok: false, key: "v.kpn.quantity" });
    expect(checkBasket(q(2, 1, 1, 1), left, false)).toEqual({ ok: true });
  });

  it("gives beyond the stock only with an override, and says how much is short", () => {
    const left = q(1, 5, 0, 5);
    expect(checkBasket(q(2, 1, 1, 1), left, false)).toEqual({
      ok: false,
      key: "v.kpn.overStock",
      short: { beras: 1, tepung: 1 },
    });
    expect(checkBasket(q(2, 1, 1, 1), left, true)).toEqual({ ok: true });
  });

  it("reconciles what came back against what should be left", () => {
    const r = reconcile(q(10, 10, 10, 10), [q(2, 2, 2, 2), q(2, 2, 2, 2)], q(6, 5, 6, 7));
    expect(r.expected).toEqual(q(6, 6, 6, 6));
    expect(r.difference).toEqual(q(0, -1, 0, 1));
    expect(r.balanced).toBe(false);
    expect(reconcile(q(3), [q(1)], q(2)).balanced).toBe(true);
  });

  it("always balances when every basket is recorded and the rest comes back (property)", () => {
    const qty = fc.record(
      Object.fromEntries(basketItems.map((i) => [i, fc.nat(20)])) as Record<
        keyof Quantities,
        fc.Arbitrary<number>
      >,
    );
    fc.assert(
      fc.property(fc.array(qty, { maxLength: 30 }), (baskets) => {
        const given = baskets as Quantities[];
        const loaded = given.reduce(
          (acc, b) => q(acc.beras + b.beras, acc.minyak + b.minyak, acc.tepung + b.tepung, acc.gula + b.gula),
          q(5, 5, 5, 5),
        );
        const left = stockLeft(loaded, given);
        return left.beras === 5 && reconcile(loaded, given, left).balanced;
      }),
    );
  });
});

describe("a second basket for the same MyKad", () => {
  const earlier = [
    { mykad: "800101-14-5678", tourId: "T1", date: "2026-12-05" },
    { mykad: "900202-10-1234", tourId: "T0", date: "2026-11-28" },
  ];
  it("warns for the same tour, then for the same month, however the number is typed", () => {
    expect(repeatBasket({ mykad: "800101145678", tourId: "T1", date: "2026-12-05" }, earlier)).toEqual({
      kind: "sameTour",
      date: "2026-12-05",
    });
    expect(repeatBasket({ mykad: "800101-14-5678", tourId: "T2", date: "2026-12-19" }, earlier)).toEqual({
      kind: "sameMonth",
      date: "2026-12-05",
    });
    expect(repeatBasket({ mykad: "900202-10-1234", tourId: "T2", date: "2026-12-05" }, earlier)).toBeNull();
    expect(repeatBasket({ mykad: "", tourId: "T1", date: "2026-12-05" }, earlier)).toBeNull();
  });
});
