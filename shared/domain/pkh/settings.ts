// Why: everything a PKH office may adjust (household limits and yearly amounts with effective dates, the commitment
// rules, the P2K2 curriculum and CKP items, complaint categories and deadline, supervision bounds and targets) is one
// settings object on the office record; absent parts are the defaults, so an office set up today works at once.
import { z } from "zod";
import { DEFAULT_BENEFIT_AMOUNTS, benefitAmountsSchema } from "./benefits";
import { DEFAULT_COMMITMENT_RULES, commitmentRulesSchema } from "./commitments";
import { DEFAULT_PKH_COMPLAINT_SETTINGS, pkhComplaintSettingsSchema } from "./complaints";
import { DEFAULT_HOUSEHOLD_LIMITS, householdLimitsSchema } from "./components";
import { DEFAULT_CKP_ITEMS, DEFAULT_P2K2_CURRICULUM, ckpItemSchema, p2k2CurriculumSchema } from "./p2k2";
import {
  DEFAULT_CASELOAD_BOUNDS,
  DEFAULT_EVALUATION_TARGETS,
  DEFAULT_REQUIRED_FIELDS,
  DEFAULT_VIOLATION_KINDS,
  caseloadBoundsSchema,
  evaluationTargetsSchema,
  requiredFieldsSchema,
  violationKindSchema,
} from "./supervision";

export const pkhSettingsSchema = z.object({
  limits: z.array(householdLimitsSchema).min(1).max(50),
  amounts: z.array(benefitAmountsSchema).min(1).max(50),
  commitments: z.array(commitmentRulesSchema).min(1).max(50),
  curriculum: p2k2CurriculumSchema,
  ckpItems: z.array(ckpItemSchema).min(1).max(30),
  complaints: pkhComplaintSettingsSchema,
  caseload: caseloadBoundsSchema,
  violationKinds: z.array(violationKindSchema).min(1).max(60),
  evaluationTargets: evaluationTargetsSchema,
  requiredFields: requiredFieldsSchema,
});
export type PkhSettings = z.infer<typeof pkhSettingsSchema>;

export const DEFAULT_PKH_SETTINGS: PkhSettings = {
  limits: [...DEFAULT_HOUSEHOLD_LIMITS],
  amounts: [...DEFAULT_BENEFIT_AMOUNTS],
  commitments: [...DEFAULT_COMMITMENT_RULES],
  curriculum: [...DEFAULT_P2K2_CURRICULUM],
  ckpItems: [...DEFAULT_CKP_ITEMS],
  complaints: DEFAULT_PKH_COMPLAINT_SETTINGS,
  caseload: DEFAULT_CASELOAD_BOUNDS,
  violationKinds: [...DEFAULT_VIOLATION_KINDS],
  evaluationTargets: DEFAULT_EVALUATION_TARGETS,
  requiredFields: DEFAULT_REQUIRED_FIELDS,
};

/** The office's PKH settings, each part falling back to its default. */
export function pkhSettingsOf(office: { pkh?: Partial<PkhSettings> }): PkhSettings {
  return { ...DEFAULT_PKH_SETTINGS, ...(office.pkh ?? {}) };
}
