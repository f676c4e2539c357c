// Why: PKH pays on condition that children attend school and mothers and small children visit the health post; each member's month is verified against the rules in force, and repeated non-compliance climbs the consequence ladder.
import { z } from "zod";
import { addDays, ageOn, daysBetween, isValidIsoDate } from "../dates";
import { componentsOn } from "./components";
import type { MemberInput } from "./records";

const isoDate = z.string().refine(isValidIsoDate, "v.date");
const count = z.number({ error: "v.number" }).int("v.number").min(0, "v.number");

/** A month as `yyyy-mm`. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "v.pkh.month");

export const consequences = ["peringatan", "penangguhan", "pembatalan"] as const;
export type Consequence = (typeof consequences)[number];

/** A cumulative minimum of checks by a point of the pregnancy (week) or of the nifas period (day after delivery). */
const checkStepSchema = z.object({ by: z.number().int().min(0), checks: count });
export type CheckStep = z.infer<typeof checkStepSchema>;

export const commitmentRulesSchema = z
  .object({
    effectiveFrom: isoDate,
    /** A school child attending fewer than this share of the month's school days is non-compliant. */
    schoolMinPercent: z
      .number({ error: "v.number" })
      .int("v.number")
      .min(1, "v.pkh.percent")
      .max(100, "v.pkh.percent"),
    /** Antenatal checks needed so far, by pregnancy week. */
    antenatal: z.array(checkStepSchema).min(1),
    /** Nifas checks needed so far, by day after delivery (the nifas period is 42 days). */
    nifas: z.array(checkStepSchema).min(1),
    /** The birth must take place at a health facility. */
    birthAtFacility: z.boolean(),
    /** Weighings a balita needs each month at the posyandu. */
    balitaWeighingsPerMonth: count,
    /** Each consequence after so many consecutive non-compliant months of the household. */
    ladder: z
      .array(z.object({ afterMonths: z.number().int().min(1), consequence: z.enum(consequences) }))
      .min(1),
  })
  .superRefine((r, ctx) => {
    const after = r.ladder.map((s) => s.afterMonths);
    if (after.some((m, i) => i > 0 && m <= after[i - 1]!))
      ctx.addIssue({ code: "custom", path: ["ladder"], message: "v.pkh.ladderOrder" });
  });
export type CommitmentRules = z.infer<typeof commitmentRulesSchema>;

/**
 * The rules in force (DOMAIN.md "PKH commitments"): 85% of school days; 4 antenatal checks (1 in the first trimester,
 * 1 in the second, 2 in the third: K4); 3 nifas checks (weeks 1, 4 and 6 after delivery); birth at a facility; balita
 * weighed monthly. The seeds give no month counts for the ladder: warning after 1 non-compliant month, penangguhan
 * after 2 consecutive ones, pembatalan after 3 (a setting, as DOMAIN.md asks).
 */
export const DEFAULT_COMMITMENT_RULES: readonly CommitmentRules[] = [
  {
    effectiveFrom: "2021-01-01",
    schoolMinPercent: 85,
    antenatal: [
      { by: 13, checks: 1 },
      { by: 27, checks: 2 },
      { by: 40, checks: 4 },
    ],
    nifas: [
      { by: 7, checks: 1 },
      { by: 28, checks: 2 },
      { by: 42, checks: 3 },
    ],
    birthAtFacility: true,
    balitaWeighingsPerMonth: 1,
    ladder: [
      { afterMonths: 1, consequence: "peringatan" },
      { afterMonths: 2, consequence: "penangguhan" },
      { afterMonths: 3, consequence: "pembatalan" },
    ],
  },
];

/** The rules in force on a date: the latest whose effectiveFrom is not after it; null before the first. */
export function commitmentRulesOn(rules: readonly CommitmentRules[], on: string): CommitmentRules | null {
  let best: CommitmentRules | null = null;
  for (const r of rules)
    if (r.effectiveFrom <= on && (!best || r.effectiveFrom > best.effectiveFrom)) best = r;
  return best;
}

/** The last day of a month `yyyy-mm`. */
export function monthEnd(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return addDays(`${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, "0")}-01`, -1);
}

/** The month before `yyyy-mm`. */
export function previousMonth(month: string): string {
  return addDays(`${month}-01`, -1).slice(0, 7);
}

/** What was recorded of one member's month, by the commitment that applies to it. */
export const memberMonthSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("sekolah"),
      schoolDays: count.max(31, "v.pkh.schoolDays"),
      daysPresent: count,
    }),
    z.object({ kind: z.literal("ibuHamil"), expectedDelivery: isoDate, antenatalChecks: count.max(40) }),
    z.object({
      kind: z.literal("ibuNifas"),
      deliveryDate: isoDate,
      nifasChecks: count.max(20),
      atFacility: z.boolean(),
    }),
    z.object({ kind: z.literal("balita"), weighings: count.max(10) }),
  ])
  .superRefine((m, ctx) => {
    if (m.kind === "sekolah" && m.daysPresent > m.schoolDays)
      ctx.addIssue({ code: "custom", path: ["daysPresent"], message: "v.pkh.presentAboveDays" });
  });
export type MemberMonth = z.infer<typeof memberMonthSchema>;

/** One member's verified month as stored (the lanjut usia and disabilitas components carry no commitment here). */
export const commitmentRecordSchema = z.object({
  householdId: z.string().min(1, "v.required"),
  memberId: z.string().min(1, "v.required"),
  month: monthSchema,
  data: memberMonthSchema,
});
export type CommitmentRecord = z.infer<typeof commitmentRecordSchema>;

export type CommitmentOutcome =
  | { status: "compliant" }
  /** Nothing could be asked this month (no school days, or the period has not begun). */
  | { status: "notApplicable" }
  | { status: "nonCompliant"; reason: string; params?: Record<string, number> };

/** Checks needed so far at point `at` of a cumulative schedule: the largest step already passed. */
function neededBy(steps: readonly CheckStep[], at: number): number {
  let needed = 0;
  for (const s of steps) if (at > s.by && s.checks > needed) needed = s.checks;
  return needed;
}

/** Whether one member met the commitment of `month` (checked on the month's last day). */
export function verifyMemberMonth(m: MemberMonth, month: string, rules: CommitmentRules): CommitmentOutcome {
  const end = monthEnd(month);
  switch (m.kind) {
    case "sekolah": {
      if (m.schoolDays <= 0) return { status: "notApplicable" };
      // Whole numbers only: 17 of 20 days is exactly 85%, never a rounding error below it.
      if (m.daysPresent * 100 >= rules.schoolMinPercent * m.schoolDays) return { status: "compliant" };
      return {
        status: "nonCompliant",
        reason: "e.pkh.schoolBelowMin",
        params: { present: m.daysPresent, days: m.schoolDays, min: rules.schoolMinPercent },
      };
    }
    case "ibuHamil": {
      // Week of pregnancy at month end, counted back from the expected delivery at 40 weeks.
      const week = 40 - daysBetween(end, m.expectedDelivery) / 7;
      const needed = neededBy(rules.antenatal, week);
      if (needed === 0) return { status: "notApplicable" };
      return m.antenatalChecks >= needed
        ? { status: "compliant" }
        : {
            status: "nonCompliant",
            reason: "e.pkh.antenatalBehind",
            params: { checks: m.antenatalChecks, needed },
          };
    }
    case "ibuNifas": {
      if (m.deliveryDate > end) return { status: "notApplicable" };
      if (rules.birthAtFacility && !m.atFacility && m.deliveryDate.slice(0, 7) === month)
        return { status: "nonCompliant", reason: "e.pkh.birthNotAtFacility" };
      const needed = neededBy(rules.nifas, daysBetween(m.deliveryDate, end));
      if (needed === 0)
        return { status: m.deliveryDate.slice(0, 7) === month ? "compliant" : "notApplicable" };
      return m.nifasChecks >= needed
        ? { status: "compliant" }
        : { status: "nonCompliant", reason: "e.pkh.nifasBehind", params: { checks: m.nifasChecks, needed } };
    }
    case "balita":
      return m.weighings >= rules.balitaWeighingsPerMonth
        ? { status: "compliant" }
        : {
            status: "nonCompliant",
            reason: "e.pkh.balitaNotWeighed",
            params: { needed: rules.balitaWeighingsPerMonth },
          };
  }
}

/**
 * Consecutive non-compliant months of a household up to and including `month`. `nonCompliantMonths` holds every
 * verified month in which some member was non-compliant; a month missing from it (compliant or not verified) ends
 * the run.
 */
export function consecutiveNonCompliant(nonCompliantMonths: ReadonlySet<string>, month: string): number {
  let n = 0;
  for (let m = month; nonCompliantMonths.has(m); m = previousMonth(m)) n += 1;
  return n;
}

/** The consequence reached after `months` consecutive non-compliant months; null when none. */
export function consequenceAfter(months: number, rules: Pick<CommitmentRules, "ladder">): Consequence | null {
  let reached: Consequence | null = null;
  for (const step of rules.ladder) if (months >= step.afterMonths) reached = step.consequence;
  return reached;
}

/** One member's verified month, as the facilitator's list needs it. */
export type VerifiedMember = { householdId: string; memberId: string; outcome: CommitmentOutcome };

export type FollowUpRow = {
  householdId: string;
  /** Members not compliant this month, with their reasons. */
  members: { memberId: string; reason: string; params?: Record<string, number> }[];
  consecutiveMonths: number;
  consequence: Consequence | null;
};

const severity = (c: Consequence | null) => (c ? consequences.indexOf(c) + 1 : 0);

/**
 * The facilitator's follow-up list for `month`: households with a non-compliant member, the heaviest consequence first,
 * then the longest run, then by household id. `history` holds the household's earlier non-compliant months.
 */
export function followUpList(
  verified: readonly VerifiedMember[],
  month: string,
  history: ReadonlyMap<string, ReadonlySet<string>>,
  rules: Pick<CommitmentRules, "ladder">,
): FollowUpRow[] {
  const byHousehold = new Map<string, FollowUpRow["members"]>();
  for (const v of verified) {
    if (v.outcome.status !== "nonCompliant") continue;
    const list = byHousehold.get(v.householdId) ?? [];
    list.push({
      memberId: v.memberId,
      reason: v.outcome.reason,
      ...(v.outcome.params ? { params: v.outcome.params } : {}),
    });
    byHousehold.set(v.householdId, list);
  }
  const rows: FollowUpRow[] = [];
  for (const [householdId, members] of byHousehold) {
    const months = new Set(history.get(householdId) ?? []);
    months.add(month);
    const consecutiveMonths = consecutiveNonCompliant(months, month);
    rows.push({
      householdId,
      members,
      consecutiveMonths,
      consequence: consequenceAfter(consecutiveMonths, rules),
    });
  }
  return rows.sort(
    (a, b) =>
      severity(b.consequence) - severity(a.consequence) ||
      b.consecutiveMonths - a.consecutiveMonths ||
      (a.householdId < b.householdId ? -1 : a.householdId > b.householdId ? 1 : 0),
  );
}

export type CommitmentKind = MemberMonth["kind"];

/** Balita: a child under five, weighed at the posyandu each month. */
export const BALITA_UNTIL_AGE = 5;

/**
 * The commitment a member owes in `month`, from the components on its last day: school attendance for a child at
 * SD / SMP / SMA, antenatal checks while pregnant, nifas checks after a delivery, weighing for a balita; null when
 * none (lanjut usia and disabilitas berat carry no commitment here).
 */
export function commitmentKindOn(
  m: Pick<
    MemberInput,
    "birthDate" | "schoolLevel" | "expectedDelivery" | "deliveryDate" | "severeDisability" | "sex"
  >,
  month: string,
): CommitmentKind | null {
  const end = monthEnd(month);
  const has = componentsOn(m, end);
  if (has.includes("ibu_hamil")) return "ibuHamil";
  if (has.includes("ibu_nifas") || (m.deliveryDate && m.deliveryDate.slice(0, 7) === month))
    return "ibuNifas";
  if (has.some((c) => c === "anak_sd" || c === "anak_smp" || c === "anak_sma")) return "sekolah";
  if (m.birthDate && m.birthDate <= end && ageOn(m.birthDate, end) < BALITA_UNTIL_AGE) return "balita";
  return null;
}

/** The id of a member's verified month: one per member and month on every PC. */
export function verificationId(memberId: string, month: string): string {
  return `komitmen:${memberId}:${month}`;
}
