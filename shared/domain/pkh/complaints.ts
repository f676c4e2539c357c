// Why: a KPM's complaint (pengaduan) has an editable category, its follow-ups (tindak lanjut), a status and a deadline in working days from a setting; an open complaint past its deadline is flagged overdue.
import { z } from "zod";
import { isValidIsoDate } from "../dates";
import { complaintCategorySchema, type ComplaintCategory } from "../kpn/complaint-settings";
import { complaintState, type StepState } from "../kpn/complaints";
import type { OfficeCalendar, Weekday } from "../working-days";

const isoDate = z.string().refine(isValidIsoDate, "v.date");

/** Categories have the same shape as the KPN complaint categories (code, admin label, active): one schema for both. */
export const pkhComplaintCategorySchema = complaintCategorySchema;
export type PkhComplaintCategory = ComplaintCategory;

/** Starting categories (labels from the i18n files): pembayaran, data / kepesertaan, layanan pendamping, lain-lain. */
export const DEFAULT_PKH_COMPLAINT_CATEGORIES: readonly PkhComplaintCategory[] = [
  "pembayaran",
  "data-kepesertaan",
  "layanan-pendamping",
  "lain-lain",
].map((code) => ({ code, label: "", active: true }));

/** Indonesian offices rest on Saturday and Sunday; public holidays come from the office's settings. */
export const PKH_WEEKEND: readonly Weekday[] = [6, 0];

export const pkhComplaintSettingsSchema = z
  .object({
    categories: z.array(pkhComplaintCategorySchema).max(60),
    /** Working days from receipt to resolution. */
    deadlineDays: z
      .number({ error: "v.number" })
      .int("v.number")
      .min(1, "v.pkh.deadlineDays")
      .max(90, "v.pkh.deadlineDays"),
  })
  .superRefine((s, ctx) => {
    if (!s.categories.some((c) => c.active))
      ctx.addIssue({ code: "custom", path: ["categories"], message: "v.pkh.categoryNone" });
    const codes = s.categories.map((c) => c.code);
    if (new Set(codes).size !== codes.length)
      ctx.addIssue({ code: "custom", path: ["categories"], message: "v.pkh.categoryTwice" });
  });
export type PkhComplaintSettings = z.infer<typeof pkhComplaintSettingsSchema>;

/** The seeds give no deadline for PKH complaints: 15 working days, as the JKM client charter (a setting). */
export const DEFAULT_PKH_COMPLAINT_SETTINGS: PkhComplaintSettings = {
  categories: [...DEFAULT_PKH_COMPLAINT_CATEGORIES],
  deadlineDays: 15,
};

export const pkhComplaintStatuses = ["baru", "diproses", "selesai"] as const;
export type PkhComplaintStatus = (typeof pkhComplaintStatuses)[number];

/** One follow-up (tindak lanjut): a complaint's, and a facilitator violation's too. */
export const followUpSchema = z.object({
  date: isoDate,
  action: z.string().trim().min(1, "v.required").max(1000, "v.maxLength:1000"),
  by: z.string().trim().min(1, "v.required").max(120, "v.maxLength:120"),
});

/** Follow-ups and the closing date may not come before `start`, and closing needs a follow-up (complaints, violations). */
export function refineFollowUps(
  ctx: z.RefinementCtx,
  start: string,
  followUps: readonly { date: string }[],
  closedField: string,
  closed: string | null,
  keys: { before: string; needsFollowUp: string },
): void {
  followUps.forEach((f, i) => {
    if (f.date < start)
      ctx.addIssue({ code: "custom", path: ["followUps", i, "date"], message: keys.before });
  });
  if (closed === null) return;
  if (closed < start) ctx.addIssue({ code: "custom", path: [closedField], message: keys.before });
  if (followUps.length === 0)
    ctx.addIssue({ code: "custom", path: ["followUps"], message: keys.needsFollowUp });
}

/** A complaint as stored: resolving it needs a follow-up, and no date may come before its receipt. */
export const pkhComplaintSchema = z
  .object({
    kpmId: z.string().min(1, "v.required"),
    category: z.string().min(1, "v.required"),
    receivedDate: isoDate,
    description: z.string().trim().min(1, "v.required").max(2000, "v.maxLength:2000"),
    followUps: z.array(followUpSchema).max(100),
    resolvedDate: isoDate.nullable(),
  })
  .superRefine((c, ctx) =>
    refineFollowUps(ctx, c.receivedDate, c.followUps, "resolvedDate", c.resolvedDate, {
      before: "v.pkh.beforeReceived",
      needsFollowUp: "v.pkh.resolveNeedsFollowUp",
    }),
  );
export type PkhComplaint = z.infer<typeof pkhComplaintSchema>;

/** The category must be one of the settings', and an active one for a new complaint. */
export function categoryProblem(
  code: string,
  categories: readonly PkhComplaintCategory[],
  isNew: boolean,
): string | null {
  const c = categories.find((x) => x.code === code);
  if (!c || (isNew && !c.active)) return "v.pkh.categoryUnknown";
  return null;
}

/** Baru until a first follow-up, diproses while followed up, selesai once resolved. */
export function pkhComplaintStatus(c: Pick<PkhComplaint, "followUps" | "resolvedDate">): PkhComplaintStatus {
  if (c.resolvedDate) return "selesai";
  return c.followUps.length > 0 ? "diproses" : "baru";
}

/**
 * The deadline and where the complaint stands on `on`. The rule is the KPN complaints' resolve step (same working-day
 * count, same inTime / late / open / overdue states), called with an acknowledge step of 0 days that PKH does not use.
 */
export function pkhComplaintDeadline(
  c: Pick<PkhComplaint, "receivedDate" | "resolvedDate">,
  on: string,
  cal: OfficeCalendar,
  deadlineDays: number,
): { dueBy: string; state: StepState; overdue: boolean } {
  const s = complaintState(
    { receivedDate: c.receivedDate, acknowledgedDate: c.receivedDate, resolvedDate: c.resolvedDate },
    on,
    cal,
    { acknowledge: 0, resolve: deadlineDays },
  );
  return { dueBy: s.resolveBy, state: s.resolve, overdue: s.resolve === "overdue" };
}

/** The office's working-day calendar for PKH deadlines: Saturday and Sunday off, and the office's public holidays. */
export function pkhCalendar(office: { holidays?: string[] }): OfficeCalendar {
  return { weekend: PKH_WEEKEND, holidays: office.holidays ?? [] };
}

/** A PKH complaint's reference: `PGD/{YYYY}/{NNNN}`, a running number per year received. */
export function formatPkhComplaintNo(year: number, seq: number): string {
  return `PGD/${year}/${String(seq).padStart(4, "0")}`;
}

export function pkhComplaintCounterKey(year: number): string {
  return `pkh-complaint:${year}`;
}

/** The index key of a complaint still open: its day of receipt; none once resolved (so overdue ones are read alone). */
export function openSince(c: Pick<PkhComplaint, "receivedDate" | "resolvedDate">): string | null {
  return c.resolvedDate ? null : c.receivedDate;
}
