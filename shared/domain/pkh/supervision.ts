// Why: the coordinator watches each facilitator's caseload (1 : 150-375 households), the completeness of the KPM data they keep, their graded violations and the indicators of the evaluation sheet for contract extension.
import { z } from "zod";
import { isValidIsoDate } from "../dates";
import { followUpSchema, refineFollowUps } from "./complaints";

const isoDate = z.string().refine(isValidIsoDate, "v.date");

export const caseloadBoundsSchema = z
  .object({
    min: z.number({ error: "v.number" }).int("v.number").min(1, "v.number"),
    max: z.number({ error: "v.number" }).int("v.number").min(1, "v.number"),
  })
  .refine((b) => b.min <= b.max, { message: "v.pkh.caseloadBounds", path: ["max"] });
export type CaseloadBounds = z.infer<typeof caseloadBoundsSchema>;

/** DOMAIN.md: one facilitator per 150 to 375 households. */
export const DEFAULT_CASELOAD_BOUNDS: CaseloadBounds = { min: 150, max: 375 };

export type CaseloadFlag = "under" | "ok" | "over";

/** Both bounds are inside the ratio: 150 and 375 are fine, 149 is under, 376 over. */
export function caseloadFlag(households: number, bounds: CaseloadBounds): CaseloadFlag {
  if (households < bounds.min) return "under";
  return households > bounds.max ? "over" : "ok";
}

export type CaseloadRow = { facilitatorId: string; households: number; flag: CaseloadFlag };

/** Households per facilitator (every facilitator listed, also one with none), flagged against the bounds. */
export function caseloads(
  facilitatorIds: readonly string[],
  households: readonly { facilitatorId: string | null }[],
  bounds: CaseloadBounds,
): CaseloadRow[] {
  const counts = new Map(facilitatorIds.map((id) => [id, 0]));
  for (const h of households)
    if (h.facilitatorId !== null && counts.has(h.facilitatorId))
      counts.set(h.facilitatorId, counts.get(h.facilitatorId)! + 1);
  return [...counts].map(([facilitatorId, n]) => ({
    facilitatorId,
    households: n,
    flag: caseloadFlag(n, bounds),
  }));
}

/** The fields a complete KPM record has filled, as data: the household's and each member's. */
export const requiredFieldsSchema = z.object({
  household: z.array(z.string().min(1)).max(40),
  member: z.array(z.string().min(1)).max(40),
});
export type RequiredFields = z.infer<typeof requiredFieldsSchema>;

/** The register's columns (issue 15, item 1) that every KPM record should have. */
export const DEFAULT_REQUIRED_FIELDS: RequiredFields = {
  household: ["kpmNo", "headName", "address", "desa", "groupId", "bankAccount"],
  member: ["name", "nik", "birthDate", "sex", "relationship"],
};

function filled(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === "string") return v.trim().length > 0;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

export type KpmForCompleteness = {
  household: Readonly<Record<string, unknown>>;
  members: readonly Readonly<Record<string, unknown>>[];
};

export type Completeness = { filled: number; required: number; percent: number };

/** Filled required fields over all required fields of the households, as a percentage to one decimal (100 when none). */
export function completeness(kpm: readonly KpmForCompleteness[], fields: RequiredFields): Completeness {
  let required = 0;
  let done = 0;
  for (const k of kpm) {
    for (const f of fields.household) {
      required += 1;
      if (filled(k.household[f])) done += 1;
    }
    for (const m of k.members)
      for (const f of fields.member) {
        required += 1;
        if (filled(m[f])) done += 1;
      }
  }
  return {
    filled: done,
    required,
    percent: required === 0 ? 100 : Math.floor((done * 1000) / required) / 10,
  };
}

export const violationGrades = ["ringan", "sedang", "berat"] as const;
export type ViolationGrade = (typeof violationGrades)[number];

export const violationKindSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]{1,60}$/, "v.pkh.code"),
  grade: z.enum(violationGrades),
  /** The administrator's wording; empty for a starting kind, whose label comes from the i18n files. */
  label: z.string().trim().max(120, "v.maxLength:120"),
  active: z.boolean(),
});
export type ViolationKind = z.infer<typeof violationKindSchema>;

/** The graded violations of seed 004 ("Pelanggaran"), with the problems to watch of the same seed graded by it. */
export const DEFAULT_VIOLATION_KINDS: readonly ViolationKind[] = (
  [
    ["tidak-hadir-pertemuan", "ringan"],
    ["mengabaikan-tugas", "sedang"],
    ["double-job", "sedang"],
    ["menyalahgunakan-aset", "berat"],
    ["kkn", "berat"],
    ["pemalsuan-data", "berat"],
    ["membocorkan-rahasia", "berat"],
    ["perbuatan-tercela", "berat"],
    ["pemotongan-bantuan", "berat"],
    ["menahan-bantuan", "berat"],
  ] as const
).map(([code, grade]) => ({ code, grade, label: "", active: true }));

export const violationSchema = z
  .object({
    facilitatorId: z.string().min(1, "v.required"),
    date: isoDate,
    kind: z.string().min(1, "v.required"),
    grade: z.enum(violationGrades, { error: "v.pkh.grade" }),
    description: z.string().trim().min(1, "v.required").max(2000, "v.maxLength:2000"),
    followUps: z.array(followUpSchema).max(100),
    closedDate: isoDate.nullable(),
  })
  .superRefine((v, ctx) =>
    refineFollowUps(ctx, v.date, v.followUps, "closedDate", v.closedDate, {
      before: "v.pkh.beforeViolation",
      needsFollowUp: "v.pkh.closeNeedsFollowUp",
    }),
  );
export type Violation = z.infer<typeof violationSchema>;

/** What the evaluation sheet counts for one facilitator over the period, all from the records. */
export type EvaluationCounts = {
  households: number;
  /** P2K2 sessions its groups should have had (one per group per month) and those held. */
  sessionsPlanned: number;
  sessionsHeld: number;
  /** Attendance rows of those sessions and how many were hadir. */
  attendanceRows: number;
  attendancePresent: number;
  /** Member-months due for commitment verification and those verified. */
  verificationsDue: number;
  verificationsDone: number;
  /** Complaints received in the period and those resolved by their deadline. */
  complaintsReceived: number;
  complaintsInTime: number;
  /** Household payments of the period's stages and those reconciled (received or not, recorded). */
  paymentsExpected: number;
  paymentsReconciled: number;
  /** Monthly reports due and submitted. */
  reportsDue: number;
  reportsSubmitted: number;
  /** Working days in the period and days with activity in the audit log. */
  workingDays: number;
  activeDays: number;
  /** Completeness of the KPM data, in percent (see completeness). */
  dataCompletenessPercent: number;
  violations: Readonly<Record<ViolationGrade, number>>;
};

export const evaluationIndicatorCodes = [
  "sesiP2k2",
  "kehadiranP2k2",
  "verifikasiKomitmen",
  "pengaduanTepatWaktu",
  "rekonsiliasiPembayaran",
  "laporanBulanan",
  "hariAktif",
  "kelengkapanData",
] as const;
export type EvaluationIndicatorCode = (typeof evaluationIndicatorCodes)[number];

/** The minimum percentage each indicator should reach (a setting). */
export const evaluationTargetsSchema = z.record(z.enum(evaluationIndicatorCodes), z.number().min(0).max(100));
export type EvaluationTargets = z.infer<typeof evaluationTargetsSchema>;

/** Starting targets: this app's choice (the seeds name the evaluation's aims, not its thresholds). */
export const DEFAULT_EVALUATION_TARGETS: EvaluationTargets = {
  sesiP2k2: 100,
  kehadiranP2k2: 80,
  verifikasiKomitmen: 100,
  pengaduanTepatWaktu: 80,
  rekonsiliasiPembayaran: 100,
  laporanBulanan: 100,
  hariAktif: 90,
  kelengkapanData: 95,
};

export type EvaluationIndicator = {
  code: EvaluationIndicatorCode;
  /** Percentage to one decimal; null when there was nothing to count. */
  percent: number | null;
  target: number;
  /** Null when there was nothing to count. */
  met: boolean | null;
};

export type Evaluation = {
  indicators: EvaluationIndicator[];
  caseloadFlag: CaseloadFlag;
  violations: Readonly<Record<ViolationGrade, number>>;
  /** A berat violation in the period: the sheet must say so whatever the indicators. */
  seriousViolation: boolean;
};

const pct = (part: number, whole: number): number | null =>
  whole <= 0 ? null : Math.floor((Math.min(part, whole) * 1000) / whole) / 10;

/** The evaluation sheet's indicators from the counts, against the targets. */
export function evaluate(
  c: EvaluationCounts,
  targets: EvaluationTargets,
  bounds: CaseloadBounds,
): Evaluation {
  const values: Record<EvaluationIndicatorCode, number | null> = {
    sesiP2k2: pct(c.sessionsHeld, c.sessionsPlanned),
    kehadiranP2k2: pct(c.attendancePresent, c.attendanceRows),
    verifikasiKomitmen: pct(c.verificationsDone, c.verificationsDue),
    pengaduanTepatWaktu: pct(c.complaintsInTime, c.complaintsReceived),
    rekonsiliasiPembayaran: pct(c.paymentsReconciled, c.paymentsExpected),
    laporanBulanan: pct(c.reportsSubmitted, c.reportsDue),
    hariAktif: pct(c.activeDays, c.workingDays),
    kelengkapanData: c.households > 0 ? c.dataCompletenessPercent : null,
  };
  return {
    indicators: evaluationIndicatorCodes.map((code) => {
      const percent = values[code];
      const target = targets[code];
      return { code, percent, target, met: percent === null ? null : percent >= target };
    }),
    caseloadFlag: caseloadFlag(c.households, bounds),
    violations: c.violations,
    seriousViolation: c.violations.berat > 0,
  };
}
