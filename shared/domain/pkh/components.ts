// Why: a member's PKH components are derived from the register, never typed, so they change by themselves with the
// date: a child ages into school bands, a birth ends ibu hamil and starts ibu nifas (42 days), the baby becomes anak
// usia dini; a household's counted components are capped by limits that are settings with effective dates.
import { z } from "zod";
import { addDays, ageOn, isValidIsoDate } from "../dates";
import type { MemberInput } from "./records";

export const components = [
  "ibu_hamil",
  "ibu_nifas",
  "anak_usia_dini",
  "anak_sd",
  "anak_smp",
  "anak_sma",
  "disabilitas_berat",
  "lanjut_usia",
] as const;
export type Component = (typeof components)[number];

/** Days after a delivery that a mother counts as ibu nifas. */
export const NIFAS_DAYS = 42;
/** Anak usia dini: from birth until the day before the 6th birthday ("0-6"); from 6 a child counts by school level. */
export const EARLY_CHILD_UNTIL_AGE = 6;
/** School components: ages 6 to 21 inclusive, not yet through 12 years of school (a school level is recorded). */
export const SCHOOL_AGES = { from: 6, to: 21 } as const;
/** Lanjut usia: 70 and over. */
export const ELDERLY_FROM_AGE = 70;

type MemberFacts = Pick<
  MemberInput,
  "birthDate" | "schoolLevel" | "expectedDelivery" | "deliveryDate" | "severeDisability" | "sex"
>;

/** The member's components on `on` (yyyy-mm-dd), in the order of `components`. */
export function componentsOn(m: MemberFacts, on: string): Component[] {
  const out: Component[] = [];
  // Pregnant from when the expected delivery is recorded until she gives birth.
  if (m.expectedDelivery !== null && (m.deliveryDate === null || on < m.deliveryDate)) out.push("ibu_hamil");
  if (m.deliveryDate !== null && on >= m.deliveryDate && on < addDays(m.deliveryDate, NIFAS_DAYS))
    out.push("ibu_nifas");
  if (m.birthDate !== null && m.birthDate <= on) {
    const age = ageOn(m.birthDate, on);
    if (age < EARLY_CHILD_UNTIL_AGE) out.push("anak_usia_dini");
    else if (m.schoolLevel !== null && age >= SCHOOL_AGES.from && age <= SCHOOL_AGES.to)
      out.push(`anak_${m.schoolLevel}`);
    if (age >= ELDERLY_FROM_AGE) out.push("lanjut_usia");
  }
  if (m.severeDisability) out.push("disabilitas_berat");
  return out;
}

/** The components a limit caps together (a pregnancy counts as hamil or nifas, not both). */
export const LIMITED_GROUPS = {
  kehamilan: ["ibu_hamil", "ibu_nifas"],
  anakUsiaDini: ["anak_usia_dini"],
  lanjutUsia: ["lanjut_usia"],
  disabilitasBerat: ["disabilitas_berat"],
} as const satisfies Record<string, readonly Component[]>;
export type LimitGroup = keyof typeof LIMITED_GROUPS;

export const householdLimitsSchema = z.object({
  /** The first day these limits apply (they apply until the next entry's). */
  from: z.string().refine(isValidIsoDate, "v.date"),
  kehamilan: z.number().int().min(0).max(20),
  anakUsiaDini: z.number().int().min(0).max(20),
  lanjutUsia: z.number().int().min(0).max(20),
  disabilitasBerat: z.number().int().min(0).max(20),
});
export type HouseholdLimits = z.infer<typeof householdLimitsSchema>;

/** DOMAIN.md: at most 2 pregnancies, 2 children aged 0-6, 1 lansia, 1 disabilitas berat counted per household. */
export const DEFAULT_HOUSEHOLD_LIMITS: readonly HouseholdLimits[] = [
  { from: "2021-01-01", kehamilan: 2, anakUsiaDini: 2, lanjutUsia: 1, disabilitasBerat: 1 },
];

/** The limits in force on `on`: the latest entry that started on or before it (the earliest when none has). */
export function limitsOn(list: readonly HouseholdLimits[], on: string): HouseholdLimits {
  const sorted = [...list].sort((a, b) => a.from.localeCompare(b.from));
  return sorted.filter((l) => l.from <= on).at(-1) ?? sorted[0]!;
}

export type CountedComponent = { memberIndex: number; component: Component; counted: boolean };
export type HouseholdComponents = {
  /** Every member's components, each marked counted or over the limit. */
  items: CountedComponent[];
  /** How many of each component are counted (what the benefit is paid on). */
  counted: Record<Component, number>;
  /** The limits exceeded: how many there are, and how many the limit counts. */
  over: { group: LimitGroup; present: number; limit: number }[];
};

/**
 * The household's components on `on` with the limits in force: within a limited group the first members (in register
 * order) are counted and the rest are named as over the limit.
 */
export function householdComponents(
  members: readonly MemberFacts[],
  on: string,
  limitsList: readonly HouseholdLimits[] = DEFAULT_HOUSEHOLD_LIMITS,
): HouseholdComponents {
  const limits = limitsOn(limitsList, on);
  const groupOf = (c: Component): LimitGroup | null =>
    (Object.keys(LIMITED_GROUPS) as LimitGroup[]).find((g) =>
      (LIMITED_GROUPS[g] as readonly Component[]).includes(c),
    ) ?? null;
  const used: Record<LimitGroup, number> = {
    kehamilan: 0,
    anakUsiaDini: 0,
    lanjutUsia: 0,
    disabilitasBerat: 0,
  };
  const present: Record<LimitGroup, number> = {
    kehamilan: 0,
    anakUsiaDini: 0,
    lanjutUsia: 0,
    disabilitasBerat: 0,
  };
  const counted = Object.fromEntries(components.map((c) => [c, 0])) as Record<Component, number>;
  const items: CountedComponent[] = [];
  members.forEach((m, memberIndex) => {
    for (const component of componentsOn(m, on)) {
      const g = groupOf(component);
      let ok = true;
      if (g) {
        present[g] += 1;
        ok = used[g] < limits[g];
        if (ok) used[g] += 1;
      }
      if (ok) counted[component] += 1;
      items.push({ memberIndex, component, counted: ok });
    }
  });
  const over = (Object.keys(present) as LimitGroup[])
    .filter((g) => present[g] > limits[g])
    .map((g) => ({ group: g, present: present[g], limit: limits[g] }));
  return { items, counted, over };
}
