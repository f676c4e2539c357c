// Why: an aid investigation compares household income with the PGK in force on the investigation date.
import { z } from "zod";
import { readRecordNo } from "./case";
import { aidSchemes, relationships, type Relationship } from "./codes";
import { ageOn, isValidIsoDate } from "./dates";
import { parseMyKad } from "./mykad";
import { requiredText } from "./validation";

export const rateKinds = ["PGK", ...aidSchemes] as const;
export type RateKind = (typeof rateKinds)[number];

export const rateSchema = z.object({
  kind: z.enum(rateKinds, { error: "v.required" }),
  amount: z.number({ error: "v.number" }).min(0, "v.notNegative").max(100_000, "v.tooLarge"),
  effectiveFrom: z.string().refine(isValidIsoDate, "v.date"),
});
export type RateInput = z.infer<typeof rateSchema>;

/** The rate of a kind in force on a date: the latest one whose effective date is not after it. */
export function rateOn<T extends RateInput>(rates: readonly T[], kind: RateKind, date: string): T | null {
  let best: T | null = null;
  for (const r of rates) {
    if (r.kind !== kind || r.effectiveFrom > date) continue;
    if (!best || r.effectiveFrom > best.effectiveFrom) best = r;
  }
  return best;
}

const money = z.number({ error: "v.number" }).min(0, "v.notNegative").max(1_000_000, "v.tooLarge");

export const investigationFields = z.object({
  caseId: z.string().min(1),
  scheme: z.enum(aidSchemes, { error: "v.required" }),
  date: z.string().refine(isValidIsoDate, "v.date"),
  members: z
    .array(
      z.object({
        /** The registered person this member was taken from (the household on the Buku Rekod), if any. */
        personId: z.string().optional(),
        name: requiredText(2, 150),
        relationship: z.enum(relationships),
        docNo: z.string().trim().max(20),
        age: z.number({ error: "v.number" }).int("v.number").min(0, "v.notNegative").max(130, "v.tooLarge"),
        occupation: z.string().trim().max(100),
        income: money,
      }),
    )
    .min(1, "v.householdHead"),
  expenses: z.array(z.object({ item: requiredText(2, 100), amount: money })).max(30),
  visitDate: z.union([z.literal(""), z.string().refine(isValidIsoDate, "v.date")]),
  findings: z.string().trim().max(4000),
  recommendation: z.enum(["lulus", "tidak-lulus"]).nullable(),
  recommendedScheme: z.enum(aidSchemes).nullable(),
  recommendedAmount: money.nullable(),
});
export type InvestigationInput = z.infer<typeof investigationFields>;
export type InvestigationMember = InvestigationInput["members"][number];

/**
 * Household members as a report lists them: the applicant first, then by relationship in the code list's order
 * (head, spouse, children, parents, grandchildren, siblings, others), each group oldest first. The applicant is the
 * member registered as that person, else the one with the applicant's No. KP, else the first member.
 */
export function orderMembers<
  M extends Pick<InvestigationMember, "relationship" | "age" | "docNo"> & { personId?: string },
>(members: readonly M[], applicant?: { personId?: string; docNo?: string }): M[] {
  const digits = (s: string | undefined) => (s ?? "").replace(/\D/g, "");
  let first = applicant?.personId ? members.findIndex((m) => m.personId === applicant.personId) : -1;
  if (first < 0 && digits(applicant?.docNo))
    first = members.findIndex((m) => digits(m.docNo) === digits(applicant?.docNo));
  if (first < 0) first = 0;
  const rank = (r: Relationship) => relationships.indexOf(r);
  const rest = members
    .map((m, i) => ({ m, i }))
    .filter(({ i }) => i !== first)
    .sort((a, b) => rank(a.m.relationship) - rank(b.m.relationship) || b.m.age - a.m.age || a.i - b.i)
    .map(({ m }) => m);
  return members.length ? [members[first]!, ...rest] : [];
}

/** A member's age on the investigation date read from a MyKad number, or null when it is not a valid MyKad. */
export function ageFromMyKad(docNo: string, on: string): number | null {
  if (!isValidIsoDate(on)) return null;
  const read = parseMyKad(docNo, new Date(`${on}T12:00:00Z`));
  if (!read.ok) return null;
  const age = ageOn(read.info.birthDate, on);
  return age >= 0 && age <= 130 ? age : null;
}

export type IncomeAssessment = {
  householdIncome: number;
  members: number;
  perCapita: number;
  expenses: number;
  pgk: number | null;
  /** "bawah" when household income is below the PGK, "atas" when at or above it, null when no PGK is set. */
  againstPgk: "bawah" | "atas" | null;
};

/** Income per capita (rounded to sen) and the household income against the PGK in force. */
export function assessIncome(
  inv: Pick<InvestigationInput, "members" | "expenses" | "date">,
  rates: readonly RateInput[],
): IncomeAssessment {
  // Money is added in whole sen so that halves round the way a clerk rounds them.
  const incomeSen = inv.members.reduce((s, m) => s + toSen(m.income), 0);
  const householdIncome = incomeSen / 100;
  const members = inv.members.length;
  const pgkRate = rateOn(rates, "PGK", inv.date);
  const pgk = pgkRate ? pgkRate.amount : null;
  return {
    householdIncome,
    members,
    perCapita: members ? Math.round(incomeSen / members) / 100 : 0,
    expenses: inv.expenses.reduce((s, e) => s + toSen(e.amount), 0) / 100,
    pgk,
    againstPgk: pgk === null ? null : householdIncome < pgk ? "bawah" : "atas",
  };
}

function toSen(ringgit: number): number {
  return Math.round(ringgit * 100);
}

/** Draf -> Dihantar -> Diputuskan; the PKMD may instead send it back (Dikembalikan) for the officer to correct and resend. */
export const investigationStatuses = ["draf", "dihantar", "dikembalikan", "diputuskan"] as const;
export type InvestigationStatus = (typeof investigationStatuses)[number];
/** The statuses in which the investigating officer may still change an investigation. */
export const isEditableStatus = (s: InvestigationStatus): boolean => s === "draf" || s === "dikembalikan";

/** The PKMD sends a submitted investigation back for correction, always saying what to correct. */
export const returnFields = z.object({ note: requiredText(5, 2000) });
export type ReturnInput = z.infer<typeof returnFields>;
/** One return for correction as kept on the investigation (the audit log has every step too). */
export const returnEntrySchema = z.object({ at: z.string(), by: z.string(), note: z.string() });
export type ReturnEntry = z.infer<typeof returnEntrySchema>;

/** An investigation's number: its case's record number and the investigation's order on that case ("SPH/2026/0042/S1"). */
export function investigationRefNo(recordNo: string, n: number): string {
  return `${recordNo}/S${n}`;
}

/** A typed investigation number in its stored form ("sph/2026/42/s1" is SPH/2026/0042/S1), or null. */
export function readInvestigationRefNo(value: string): string | null {
  const m = /^(.+)\/s(\d{1,3})$/i.exec(value.trim());
  const c = m ? readRecordNo(m[1]!) : null;
  if (!m || !c) return null;
  return investigationRefNo(c.recordNo, Number(m[2]));
}

export const decisionFields = z.object({
  decision: z.enum(["lulus", "tidak-lulus"], { error: "v.required" }),
  amount: money.nullable(),
  note: z.string().trim().max(2000),
});
export type DecisionInput = z.infer<typeof decisionFields>;

/** What a submitted investigation must hold before the PKMD can decide it. */
export function submitProblems(inv: InvestigationInput): Record<string, string> {
  const out: Record<string, string> = {};
  if (!inv.visitDate) out.visitDate = "v.required";
  if (!inv.findings) out.findings = "v.required";
  if (!inv.recommendation) out.recommendation = "v.required";
  if (inv.recommendation === "lulus" && (inv.recommendedAmount === null || !inv.recommendedScheme)) {
    out.recommendedAmount = "v.required";
  }
  return out;
}
