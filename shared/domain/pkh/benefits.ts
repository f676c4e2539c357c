// Why: PKH pays each counted component a yearly amount (a setting with effective dates) in four stages of a quarter
// each; a household's expected amount for a stage is read from its components on the stage's first day.
import { z } from "zod";
import { isValidIsoDate } from "../dates";
import { components, householdComponents, type Component, type HouseholdLimits } from "./components";
import type { MemberInput } from "./records";

export const stages = ["I", "II", "III", "IV"] as const;
export type Stage = (typeof stages)[number];

export const benefitAmountsSchema = z.object({
  from: z.string().refine(isValidIsoDate, "v.date"),
  /** Whole Rupiah per year per counted component. */
  amounts: z.record(z.enum(components), z.number().int().min(0).max(100_000_000)),
});
export type BenefitAmounts = z.infer<typeof benefitAmountsSchema>;

/** DOMAIN.md: the yearly amounts of 2021-2025, in force until an administrator adds the next ones. */
export const DEFAULT_BENEFIT_AMOUNTS: readonly BenefitAmounts[] = [
  {
    from: "2021-01-01",
    amounts: {
      ibu_hamil: 3_000_000,
      ibu_nifas: 3_000_000,
      anak_usia_dini: 3_000_000,
      anak_sd: 900_000,
      anak_smp: 1_500_000,
      anak_sma: 2_000_000,
      disabilitas_berat: 2_400_000,
      lanjut_usia: 2_400_000,
    },
  },
];

/** The stage a day falls in: I Jan-Mar, II Apr-Jun, III Jul-Sep, IV Oct-Dec. */
export function stageOf(date: string): Stage {
  return stages[Math.floor((Number(date.slice(5, 7)) - 1) / 3)]!;
}

/** The day a stage's components are read on: its first day (1 January, 1 April, 1 July, 1 October). */
export function stageDate(year: number, stage: Stage): string {
  return `${year}-${String(stages.indexOf(stage) * 3 + 1).padStart(2, "0")}-01`;
}

/** A stage's id as payments store it: "2026-IV". */
export function stageId(year: number, stage: Stage): string {
  return `${year}-${stage}`;
}

export function parseStageId(id: string): { year: number; stage: Stage } | null {
  const m = /^(\d{4})-(I|II|III|IV)$/.exec(id);
  return m ? { year: Number(m[1]), stage: m[2] as Stage } : null;
}

/** The amounts in force on `on`. */
export function amountsOn(list: readonly BenefitAmounts[], on: string): BenefitAmounts {
  const sorted = [...list].sort((a, b) => a.from.localeCompare(b.from));
  return sorted.filter((a) => a.from <= on).at(-1) ?? sorted[0]!;
}

export type StageExpectation = {
  stageDate: string;
  /** Per component: how many are counted and what they bring this stage. */
  lines: { component: Component; count: number; amount: number }[];
  total: number;
};

/**
 * What a household should receive at a stage: each counted component's yearly amount divided by four (whole Rupiah,
 * rounded down: every present amount divides by four exactly), times how many are counted.
 */
export function expectedForStage(
  members: readonly Pick<
    MemberInput,
    "birthDate" | "schoolLevel" | "expectedDelivery" | "deliveryDate" | "severeDisability" | "sex"
  >[],
  year: number,
  stage: Stage,
  settings: { amounts: readonly BenefitAmounts[]; limits?: readonly HouseholdLimits[] },
): StageExpectation {
  const on = stageDate(year, stage);
  const { counted } = householdComponents(members, on, settings.limits);
  const yearly = amountsOn(settings.amounts, on).amounts;
  const lines = components
    .filter((c) => counted[c] > 0)
    .map((c) => ({ component: c, count: counted[c], amount: counted[c] * Math.floor((yearly[c] ?? 0) / 4) }));
  return { stageDate: on, lines, total: lines.reduce((s, l) => s + l.amount, 0) };
}
