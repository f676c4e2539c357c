// Why: P2K2 rules: the curriculum is editable data, a session needs group members, attendance is for the roster only, absentees are followed up (alfa first) and progress counts distinct sessions attended.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CKP_ITEMS,
  DEFAULT_P2K2_CURRICULUM,
  absenteesForFollowUp,
  attendanceEntrySchema,
  attendanceProblems,
  ckpProblems,
  p2k2CurriculumSchema,
  p2k2SessionSchema,
  progressByKpm,
  sessionProblems,
  type AttendanceEntry,
} from "../../../shared/domain/pkh/p2k2";

const curriculum = [...DEFAULT_P2K2_CURRICULUM];

describe("P2K2 curriculum", () => {
  it("starts with the six national modules and their sessions", () => {
    expect(p2k2CurriculumSchema.safeParse(curriculum).success).toBe(true);
    expect(curriculum.map((m) => [m.name, m.sessions])).toEqual([
      ["Pengasuhan dan Pendidikan Anak", 4],
      ["Pengelolaan Keuangan dan Perencanaan Usaha", 3],
      ["Kesehatan dan Gizi", 3],
      ["Perlindungan Anak", 2],
      ["Kesejahteraan Sosial (disabilitas, lanjut usia)", 2],
      ["Pencegahan Stunting", 1],
    ]);
  });

  it("refuses an empty list and a module twice", () => {
    expect(p2k2CurriculumSchema.safeParse([]).error?.issues[0]?.message).toBe("v.pkh.curriculumEmpty");
    const twice = p2k2CurriculumSchema.safeParse([curriculum[0], curriculum[0]]);
    expect(twice.error?.issues[0]?.message).toBe("v.pkh.moduleTwice");
  });
});

describe("P2K2 session", () => {
  const session = {
    moduleCode: "kesehatan",
    sessionNo: 2,
    date: "2026-12-03",
    place: "Balai Desa Sukamaju",
    groupId: "g1",
    facilitator: "Siti Aminah",
  };

  it("accepts a full session and refuses an impossible date or no place", () => {
    expect(p2k2SessionSchema.safeParse(session).success).toBe(true);
    expect(p2k2SessionSchema.safeParse({ ...session, date: "2026-02-30" }).error?.issues[0]?.message).toBe(
      "v.date",
    );
    expect(p2k2SessionSchema.safeParse({ ...session, place: " " }).error?.issues[0]?.message).toBe(
      "v.required",
    );
  });

  it("refuses a session for a group with no members", () => {
    expect(sessionProblems(session, curriculum, 0)).toEqual([{ key: "v.pkh.groupEmpty" }]);
    expect(sessionProblems(session, curriculum, 1)).toEqual([]);
  });

  it("refuses a session number beyond the module and an unknown or retired module", () => {
    expect(sessionProblems({ moduleCode: "kesehatan", sessionNo: 4 }, curriculum, 5)).toEqual([
      { key: "v.pkh.sessionNumber", params: { max: 3 } },
    ]);
    expect(sessionProblems({ moduleCode: "x", sessionNo: 1 }, curriculum, 5)).toEqual([
      { key: "v.pkh.moduleUnknown" },
    ]);
    const retired = curriculum.map((m) => (m.code === "stunting" ? { ...m, active: false } : m));
    expect(sessionProblems({ moduleCode: "stunting", sessionNo: 1 }, retired, 5)[0]?.key).toBe(
      "v.pkh.moduleUnknown",
    );
  });
});

describe("P2K2 attendance", () => {
  const roster = ["k1", "k2", "k3"];

  it("knows the four statuses only", () => {
    expect(attendanceEntrySchema.safeParse({ kpmId: "k1", status: "hadir" }).success).toBe(true);
    expect(attendanceEntrySchema.safeParse({ kpmId: "k1", status: "absen" }).error?.issues[0]?.message).toBe(
      "v.pkh.attendanceStatus",
    );
  });

  it("refuses someone not on the roster, a KPM twice, and a roster member left out", () => {
    expect(attendanceProblems([{ kpmId: "k1" }, { kpmId: "k2" }, { kpmId: "k3" }], roster)).toEqual([]);
    expect(
      attendanceProblems([{ kpmId: "k1" }, { kpmId: "x" }, { kpmId: "k2" }, { kpmId: "k3" }], roster),
    ).toEqual([{ key: "v.pkh.notOnRoster", index: 1 }]);
    expect(attendanceProblems([{ kpmId: "k1" }, { kpmId: "k1" }], roster)).toEqual([
      { key: "v.pkh.attendanceTwice", index: 1 },
      { key: "v.pkh.attendanceMissing", params: { count: 2 } },
    ]);
  });

  it("lists absentees alfa first, then izin, then sakit, in roster order", () => {
    const entries: Pick<AttendanceEntry, "kpmId" | "status">[] = [
      { kpmId: "a", status: "sakit" },
      { kpmId: "b", status: "hadir" },
      { kpmId: "c", status: "alfa" },
      { kpmId: "d", status: "izin" },
      { kpmId: "e", status: "alfa" },
    ];
    expect(absenteesForFollowUp(entries).map((e) => e.kpmId)).toEqual(["c", "e", "d", "a"]);
  });

  it("keeps a CKP only for KPM present, once, with known items", () => {
    const attendance = [
      { kpmId: "k1", status: "hadir" as const },
      { kpmId: "k2", status: "alfa" as const },
    ];
    const items = [...DEFAULT_CKP_ITEMS];
    expect(ckpProblems([{ kpmId: "k1", checked: ["aktif", "praktik"] }], attendance, items)).toEqual([]);
    expect(
      ckpProblems(
        [
          { kpmId: "k2", checked: [] },
          { kpmId: "k1", checked: ["x"] },
          { kpmId: "k1", checked: [] },
        ],
        attendance,
        items,
      ),
    ).toEqual([
      { key: "v.pkh.ckpNotPresent", index: 0 },
      { key: "v.pkh.ckpItemUnknown", index: 1 },
      { key: "v.pkh.ckpTwice", index: 2 },
    ]);
  });
});

describe("P2K2 progress", () => {
  it("counts distinct sessions attended per module and completes a module with all of them", () => {
    const at = (kpmId: string, status: AttendanceEntry["status"] = "hadir") => ({ kpmId, status });
    const progress = progressByKpm(
      [
        { moduleCode: "perlindungan", sessionNo: 1, attendance: [at("k1"), at("k2", "sakit")] },
        { moduleCode: "perlindungan", sessionNo: 2, attendance: [at("k1"), at("k2")] },
        { moduleCode: "perlindungan", sessionNo: 2, attendance: [at("k2")] }, // a repeat of session 2
        { moduleCode: "stunting", sessionNo: 1, attendance: [at("k2")] },
        { moduleCode: "hapus", sessionNo: 1, attendance: [at("k1")] }, // no longer in the curriculum
      ],
      curriculum,
    );
    const k1 = progress.get("k1")!;
    expect(k1.find((p) => p.moduleCode === "perlindungan")).toEqual({
      moduleCode: "perlindungan",
      attended: [1, 2],
      sessions: 2,
      complete: true,
    });
    const k2 = progress.get("k2")!;
    expect(k2.find((p) => p.moduleCode === "perlindungan")?.complete).toBe(false);
    expect(k2.find((p) => p.moduleCode === "stunting")?.complete).toBe(true);
    expect(k2.filter((p) => p.complete)).toHaveLength(1);
    expect(k1).toHaveLength(curriculum.length);
  });
});
