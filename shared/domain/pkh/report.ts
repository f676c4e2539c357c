// Why: the pendamping's reports (seed 003: Laporan Bulanan, Laporan Kegiatan after one activity, Laporan Insidentil)
// hold only what the pendamping writes; the activity data, attendance lists, CKP and photos come from the records.
import { z } from "zod";
import { isValidIsoDate } from "../dates";
import { monthSchema } from "./commitments";

export const reportKinds = ["bulanan", "kegiatan", "insidentil"] as const;
export type ReportKind = (typeof reportKinds)[number];

const narrative = z.string().trim().max(6000, "v.maxLength:6000").default("");

/** The narrative parts of the report's content (FORMATS.md: Isi), in their order. */
export const reportSections = [
  "summary",
  "activities",
  "problems",
  "solutions",
  "recommendations",
  "nextPlan",
] as const;
export type ReportSection = (typeof reportSections)[number];

export const pendampingReportSchema = z
  .object({
    siteId: z.string().min(1, "v.required"),
    kind: z.enum(reportKinds, { error: "v.required" }),
    /** The month reported (bulanan: yyyy-mm) or the day of the activity or incident (yyyy-mm-dd). */
    period: z.string(),
    /** The activity or the incident (kegiatan, insidentil); empty for a monthly report. */
    title: z.string().trim().max(200, "v.maxLength:200").default(""),
    /** The P2K2 sessions whose attendance and CKP are attached (a monthly report takes the month's by itself). */
    sessionIds: z.array(z.string().min(1)).max(60).default([]),
    /** Nomor HP Pendamping, on the cover. */
    phone: z.string().trim().max(30, "v.maxLength:30").default(""),
    summary: narrative,
    activities: narrative,
    problems: narrative,
    solutions: narrative,
    recommendations: narrative,
    nextPlan: narrative,
    /** When the pendamping handed it to the koordinator (counted on the evaluation sheet); null while a draft. */
    submittedAt: z.string().max(40).nullable().default(null),
  })
  .superRefine((r, ctx) => {
    const ok = r.kind === "bulanan" ? monthSchema.safeParse(r.period).success : isValidIsoDate(r.period);
    if (!ok)
      ctx.addIssue({
        code: "custom",
        path: ["period"],
        message: r.kind === "bulanan" ? "v.pkh.month" : "v.date",
      });
    if (r.kind !== "bulanan" && !r.title)
      ctx.addIssue({ code: "custom", path: ["title"], message: "v.required" });
  });
export type PendampingReport = z.infer<typeof pendampingReportSchema>;

/** A monthly report is one per wilayah and month: its id says so, so two PCs writing it meet as one record. */
export function monthlyReportId(siteId: string, month: string): string {
  return `lap:${siteId}:bulanan:${month}`;
}

/** The month a report belongs to (its index key's period is the month for every kind). */
export function reportMonth(r: Pick<PendampingReport, "period">): string {
  return r.period.slice(0, 7);
}
