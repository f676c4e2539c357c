// Why: one Buku Rekod entry; its number {KOD-TAPAK}/{TAHUN}/{NNNN} is given on save and never reused.
import { z } from "zod";
import { caseStatuses, serviceTypes, targetGroups } from "./codes";
import { isValidIsoDate } from "./dates";
import { requiredText } from "./validation";

export const caseFields = z.object({
  siteId: z.string().min(1, "v.required"),
  personId: z.string().min(1, "v.casePerson"),
  date: z.string().refine(isValidIsoDate, "v.date"),
  targetGroup: z.enum(targetGroups, { error: "v.required" }),
  problem: requiredText(3, 2000),
  service: z.enum(serviceTypes, { error: "v.required" }),
  action: z.string().trim().max(2000, "v.maxLength:2000"),
  officerId: z.string().min(1, "v.required"),
  followUpDate: z.union([z.literal(""), z.string().refine(isValidIsoDate, "v.date")]),
  status: z.enum(caseStatuses, { error: "v.required" }),
  /** Sensitive beyond its target group (abuse, a protected person): every opening is written to the audit log. */
  sensitive: z.boolean().optional(),
});
export type CaseInput = z.infer<typeof caseFields>;

export function caseSchema(today: string) {
  return caseFields.superRefine((c, ctx) => {
    if (c.date > today) ctx.addIssue({ code: "custom", path: ["date"], message: "v.futureDate" });
    if (c.followUpDate && c.followUpDate < c.date) {
      ctx.addIssue({ code: "custom", path: ["followUpDate"], message: "v.followUpBeforeDate" });
    }
  });
}

export type CaseNumbering = { recordNo: string; year: number; seq: number };

/** `SPH/2026/0042`: the site code, the case's year and a running number per site and year. */
export function formatRecordNo(siteCode: string, year: number, seq: number): string {
  return `${siteCode}/${year}/${String(seq).padStart(4, "0")}`;
}

/**
 * A record number as someone typed it ("sph/2026/83") in its printed form (SPH/2026/0083), when it has the shape
 * {KOD}/{TAHUN}/{NNNN}; null otherwise.
 */
export function readRecordNo(value: string): (CaseNumbering & { code: string }) | null {
  const m = /^([a-z0-9]{2,10})\/(\d{4})\/(\d{1,6})$/i.exec(value.trim());
  if (!m) return null;
  const code = m[1]!.toUpperCase();
  const year = Number(m[2]);
  const seq = Number(m[3]);
  return { code, year, seq, recordNo: formatRecordNo(code, year, seq) };
}

/** The counter key: one running number per site and year. */
export function counterKey(siteId: string, year: number): string {
  return `case:${siteId}:${year}`;
}

/** What the app itself records on a case's timeline; read in the user's language from the code and its params. */
export const timelineEvents = [
  "referralMade",
  "referralChecked",
  "referralNoContact",
  "referralClosed",
] as const;
export type TimelineEvent = (typeof timelineEvents)[number];

/** A timeline entry: an officer's note (text), or an event the app records (event + params, text empty). */
export const caseNoteSchema = z.object({
  caseId: z.string().min(1),
  date: z.string().refine(isValidIsoDate, "v.date"),
  kind: z.enum(["nota", "tindakan"]),
  text: z.string().trim().max(4000, "v.maxLength:4000"),
  event: z.enum(timelineEvents).optional(),
  params: z.record(z.string(), z.string().max(4000)).optional(),
});
export type CaseNoteInput = z.infer<typeof caseNoteSchema>;

/** What an officer types on the timeline: the note's text is required. */
export const officerNoteSchema = caseNoteSchema.omit({ event: true, params: true }).extend({
  text: requiredText(2, 4000),
});
