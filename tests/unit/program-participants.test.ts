// Why: a programme's participant counts must agree three ways, and an attendance list must give counts that agree.
import { describe, expect, it } from "vitest";
import { targetGroups, type TargetGroup } from "../../shared/domain/codes";
import { emptyProgramme, participantProblems, programmeSchema } from "../../shared/domain/community";
import { countsFromAttendance, guessTargetGroup } from "../../renderer/features/ppr/program/attendance";

const groups = (g: Partial<Record<TargetGroup, number>>) =>
  Object.fromEntries(targetGroups.map((k) => [k, g[k] ?? 0])) as Record<TargetGroup, number>;

describe("participantProblems", () => {
  it("accepts nobody at all and counts that agree", () => {
    expect(participantProblems(emptyProgramme("s", "2026-11-10").participants)).toEqual({});
    expect(
      participantProblems({
        total: 30,
        bySex: { L: 12, P: 18 },
        byGroup: groups({ "kanak-kanak": 10, "warga-emas": 8, "ibu-tunggal": 12 }),
      }),
    ).toEqual({});
  });
  it("flags by-sex one short and one over, each on its own section", () => {
    const byGroup = groups({ belia: 30 });
    expect(participantProblems({ total: 30, bySex: { L: 12, P: 17 }, byGroup })).toEqual({
      "participants.bySex": "v.participantsSex",
    });
    expect(participantProblems({ total: 30, bySex: { L: 12, P: 19 }, byGroup })).toEqual({
      "participants.bySex": "v.participantsSex",
    });
  });
  it("flags by group off by one in either direction", () => {
    const bySex = { L: 12, P: 18 };
    expect(participantProblems({ total: 30, bySex, byGroup: groups({ belia: 29 }) })).toEqual({
      "participants.byGroup": "v.participantsGroup",
    });
    expect(participantProblems({ total: 30, bySex, byGroup: groups({ belia: 29, oku: 2 }) })).toEqual({
      "participants.byGroup": "v.participantsGroup",
    });
  });
  it("flags both when a total is given with no breakdown, or a breakdown with no total", () => {
    expect(participantProblems({ total: 1, bySex: { L: 0, P: 0 }, byGroup: groups({}) })).toEqual({
      "participants.bySex": "v.participantsSex",
      "participants.byGroup": "v.participantsGroup",
    });
    expect(participantProblems({ total: 0, bySex: { L: 1, P: 0 }, byGroup: groups({ oku: 1 }) })).toEqual({
      "participants.bySex": "v.participantsSex",
      "participants.byGroup": "v.participantsGroup",
    });
  });
  it("makes the programme schema refuse a mismatch and an end before the start", () => {
    const p = emptyProgramme("s", "2026-11-10");
    const bad = {
      ...p,
      title: "Taklimat keselamatan",
      venue: "Dewan",
      endDate: "2026-11-09",
      participants: { total: 30, bySex: { L: 12, P: 15 }, byGroup: groups({ belia: 30 }) },
    };
    const issues = programmeSchema.safeParse(bad).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["endDate", "v.endBeforeStart"],
      ["participants.bySex", "v.participantsSex"],
    ]);
    expect(programmeSchema.safeParse({ ...bad, endDate: "2026-11-10" }).success).toBe(false);
    const good = {
      ...bad,
      endDate: "2026-11-10",
      participants: { ...bad.participants, bySex: { L: 12, P: 18 } },
    };
    expect(programmeSchema.safeParse(good).success).toBe(true);
  });
});

describe("counts from an attendance list", () => {
  const on = "2026-11-10";
  it("guesses the target group from age on the day, then OKU", () => {
    expect(guessTargetGroup({ birthDate: "2008-11-11", sex: "L", oku: true }, on)).toBe("kanak-kanak"); // 17
    expect(guessTargetGroup({ birthDate: "2008-11-10", sex: "L", oku: false }, on)).toBe("lain-lain"); // 18 today
    expect(guessTargetGroup({ birthDate: "1966-11-10", sex: "P", oku: false }, on)).toBe("warga-emas"); // 60 today
    expect(guessTargetGroup({ birthDate: "1966-11-11", sex: "P", oku: false }, on)).toBe("lain-lain"); // 59
    expect(guessTargetGroup({ birthDate: "1990-01-01", sex: "P", oku: true }, on)).toBe("oku");
  });
  it("gives a total, by sex and by group that agree", () => {
    const people = [
      { birthDate: "2015-01-01", sex: "L" as const, oku: false },
      { birthDate: "1950-01-01", sex: "P" as const, oku: true },
      { birthDate: "1985-05-05", sex: "P" as const, oku: true },
      { birthDate: "1985-05-05", sex: "L" as const, oku: false },
    ];
    const counts = countsFromAttendance(people, on);
    expect(counts.total).toBe(4);
    expect(counts.bySex).toEqual({ L: 2, P: 2 });
    expect(counts.byGroup).toEqual(groups({ "kanak-kanak": 1, "warga-emas": 1, oku: 1, "lain-lain": 1 }));
    expect(participantProblems(counts)).toEqual({});
    expect(participantProblems(countsFromAttendance([], on))).toEqual({});
  });
});
