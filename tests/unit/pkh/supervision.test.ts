// Why: supervision: the caseload flag at its bounds (149, 150, 375, 376), KPM data completeness, graded violations with follow-up and the evaluation sheet's indicators.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CASELOAD_BOUNDS,
  DEFAULT_EVALUATION_TARGETS,
  DEFAULT_REQUIRED_FIELDS,
  DEFAULT_VIOLATION_KINDS,
  caseloadBoundsSchema,
  caseloadFlag,
  caseloads,
  completeness,
  evaluate,
  evaluationTargetsSchema,
  violationSchema,
  type EvaluationCounts,
} from "../../../shared/domain/pkh/supervision";

const bounds = DEFAULT_CASELOAD_BOUNDS;

describe("caseload", () => {
  it("flags outside 1:150-375, both bounds allowed", () => {
    expect(caseloadFlag(149, bounds)).toBe("under");
    expect(caseloadFlag(150, bounds)).toBe("ok");
    expect(caseloadFlag(375, bounds)).toBe("ok");
    expect(caseloadFlag(376, bounds)).toBe("over");
    expect(caseloadFlag(0, bounds)).toBe("under");
  });

  it("is ok exactly between the bounds of any setting (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat(1000), fc.nat(2000), (min, span, n) => {
        const b = { min, max: min + span };
        expect(caseloadFlag(n, b) === "ok").toBe(n >= b.min && n <= b.max);
      }),
    );
  });

  it("bounds are a setting whose minimum may not pass the maximum", () => {
    expect(caseloadBoundsSchema.safeParse(bounds).success).toBe(true);
    expect(caseloadBoundsSchema.safeParse({ min: 400, max: 375 }).error?.issues[0]?.message).toBe(
      "v.pkh.caseloadBounds",
    );
  });

  it("counts households per facilitator, also one with none", () => {
    const households = [
      ...Array.from({ length: 150 }, () => ({ facilitatorId: "p1" })),
      ...Array.from({ length: 376 }, () => ({ facilitatorId: "p2" })),
      { facilitatorId: null },
      { facilitatorId: "other-office" },
    ];
    expect(caseloads(["p1", "p2", "p3"], households, bounds)).toEqual([
      { facilitatorId: "p1", households: 150, flag: "ok" },
      { facilitatorId: "p2", households: 376, flag: "over" },
      { facilitatorId: "p3", households: 0, flag: "under" },
    ]);
  });
});

describe("KPM data completeness", () => {
  const household = {
    kpmNo: "3201010001",
    headName: "Siti Aminah",
    address: "Jl. Melati 3",
    desa: "Sukamaju",
    groupId: "g1",
    bankAccount: "",
  };
  const member = {
    name: "Siti Aminah",
    nik: "3201014507850001",
    birthDate: "1985-07-05",
    sex: "P",
    relationship: null,
  };

  it("counts filled required fields of households and members as a percentage", () => {
    // 6 household fields (5 filled) + 2 members x 5 fields (4 filled each): 13 of 16 = 81.25% -> 81.2
    expect(completeness([{ household, members: [member, member] }], DEFAULT_REQUIRED_FIELDS)).toEqual({
      filled: 13,
      required: 16,
      percent: 81.2,
    });
  });

  it("is 100% when nothing is required, and blanks do not count", () => {
    expect(completeness([], DEFAULT_REQUIRED_FIELDS).percent).toBe(100);
    const blanks = { household: { noKpm: "  ", desa: [] }, members: [] };
    expect(completeness([blanks], { household: ["noKpm", "desa"], member: [] }).percent).toBe(0);
  });
});

describe("violations", () => {
  const v = {
    facilitatorId: "p1",
    date: "2026-11-20",
    kind: "menahan-bantuan",
    grade: "berat",
    description: "Menahan KKS peserta",
    followUps: [],
    closedDate: null,
  };

  it("start with the seed's graded list", () => {
    const grade = (code: string) => DEFAULT_VIOLATION_KINDS.find((k) => k.code === code)?.grade;
    expect(grade("tidak-hadir-pertemuan")).toBe("ringan");
    expect(grade("mengabaikan-tugas")).toBe("sedang");
    expect(grade("pemalsuan-data")).toBe("berat");
  });

  it("are graded ringan / sedang / berat and closed only after a follow-up", () => {
    expect(violationSchema.safeParse(v).success).toBe(true);
    expect(violationSchema.safeParse({ ...v, grade: "parah" }).error?.issues[0]?.message).toBe("v.pkh.grade");
    expect(violationSchema.safeParse({ ...v, closedDate: "2026-11-30" }).error?.issues[0]?.message).toBe(
      "v.pkh.closeNeedsFollowUp",
    );
    const followUps = [{ date: "2026-11-19", action: "Surat peringatan", by: "Koordinator" }];
    expect(violationSchema.safeParse({ ...v, followUps }).error?.issues[0]?.message).toBe(
      "v.pkh.beforeViolation",
    );
  });
});

describe("evaluation sheet", () => {
  const counts: EvaluationCounts = {
    households: 200,
    sessionsPlanned: 12,
    sessionsHeld: 11,
    attendanceRows: 300,
    attendancePresent: 255,
    verificationsDue: 0,
    verificationsDone: 0,
    complaintsReceived: 4,
    complaintsInTime: 4,
    paymentsExpected: 200,
    paymentsReconciled: 200,
    reportsDue: 3,
    reportsSubmitted: 3,
    workingDays: 20,
    activeDays: 17,
    dataCompletenessPercent: 96.5,
    violations: { ringan: 1, sedang: 0, berat: 0 },
  };

  it("turns counts into percentages against the targets", () => {
    expect(evaluationTargetsSchema.safeParse(DEFAULT_EVALUATION_TARGETS).success).toBe(true);
    const e = evaluate(counts, DEFAULT_EVALUATION_TARGETS, bounds);
    const byCode = Object.fromEntries(e.indicators.map((i) => [i.code, [i.percent, i.met]]));
    expect(byCode).toEqual({
      sesiP2k2: [91.6, false],
      kehadiranP2k2: [85, true],
      verifikasiKomitmen: [null, null],
      pengaduanTepatWaktu: [100, true],
      rekonsiliasiPembayaran: [100, true],
      laporanBulanan: [100, true],
      hariAktif: [85, false],
      kelengkapanData: [96.5, true],
    });
    expect(e.caseloadFlag).toBe("ok");
    expect(e.seriousViolation).toBe(false);
  });

  it("says so when a berat violation was recorded and the caseload is out of bounds", () => {
    const e = evaluate(
      { ...counts, households: 400, violations: { ringan: 0, sedang: 0, berat: 1 } },
      DEFAULT_EVALUATION_TARGETS,
      bounds,
    );
    expect(e.seriousViolation).toBe(true);
    expect(e.caseloadFlag).toBe("over");
  });
});
