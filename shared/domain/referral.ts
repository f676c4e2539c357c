// Why: each open referral needs a status check at least weekly (seed 000, role 12); the rule is on calendar days.
import { z } from "zod";
import { daysBetween, isValidIsoDate } from "./dates";
import { requiredText } from "./validation";

export const CHECK_INTERVAL_DAYS = 7;
/** Shown on the weekly board this many days before a check falls due. */
export const DUE_SOON_DAYS = 5;

export const referralFields = z.object({
  caseId: z.string().min(1),
  organisationId: z.string().min(1, "v.required"),
  reason: requiredText(3, 2000),
  date: z.string().refine(isValidIsoDate, "v.date"),
});
export type ReferralInput = z.infer<typeof referralFields>;

export const statusCheckFields = z.object({
  date: z.string().refine(isValidIsoDate, "v.date"),
  contactMade: z.boolean(),
  response: requiredText(2, 2000),
  nextStep: z.string().trim().max(2000, "v.maxLength:2000"),
});
export type StatusCheckInput = z.infer<typeof statusCheckFields>;

export const closeReferralFields = z.object({
  date: z.string().refine(isValidIsoDate, "v.date"),
  outcome: requiredText(3, 2000),
});
export type CloseReferralInput = z.infer<typeof closeReferralFields>;

export type CheckState = "ok" | "dueSoon" | "overdue";

/**
 * Days since the last status check (or since the referral, before the first check), and what that means:
 * overdue when no check falls within the last 7 days (7 or more days ago), due soon from day 5.
 */
export function checkState(
  referredDate: string,
  lastCheckDate: string | null,
  today: string,
): { days: number; state: CheckState } {
  const days = daysBetween(lastCheckDate ?? referredDate, today);
  const state: CheckState =
    days >= CHECK_INTERVAL_DAYS ? "overdue" : days >= DUE_SOON_DAYS ? "dueSoon" : "ok";
  return { days, state };
}
