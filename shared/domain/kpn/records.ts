// Why: what a Kembara Prihatin Negara tour keeps, as the forms and imports check it: the tour (team, vehicle, partners,
// stock), its checkpoints, and what happens at each (services counted, complaints, baskets, welfare cases met).
import { z } from "zod";
import { isValidIsoDate } from "../dates";
import { requiredText } from "../validation";
import {
  ageBands,
  agencyServices,
  basketItems,
  checkpointLocationTypes,
  teamRoles,
  tourStatuses,
} from "./codes";
import { OVERRIDE_REASON_MIN } from "./team";

const isoDate = z.string().refine(isValidIsoDate, "v.date");
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "v.kpn.time");
const optionalText = (max: number) => z.string().trim().max(max, `v.maxLength:${max}`);
const count = z.number({ error: "v.kpn.quantity" }).int("v.kpn.quantity").min(0, "v.kpn.quantity");

export const quantitiesSchema = z.object(
  Object.fromEntries(basketItems.map((i) => [i, count])) as Record<
    (typeof basketItems)[number],
    typeof count
  >,
);

export const teamMemberSchema = z.object({
  userId: z.string().nullable().default(null),
  name: requiredText(2, 120),
  role: z.enum(teamRoles, { error: "v.required" }),
  grade: optionalText(20).default(""),
});

export const tourFields = z
  .object({
    date: isoDate,
    status: z.enum(tourStatuses).default("dirancang"),
    /** Why a tour was postponed or cancelled. */
    statusReason: optionalText(500).default(""),
    team: z.array(teamMemberSchema),
    /** Kept when the leader is below grade S29 (the audit row carries it too). */
    leaderOverrideReason: optionalText(500).default(""),
    vehicle: z.object({
      kind: z.enum(["ukp", "lain"], { error: "v.required" }),
      registration: optionalText(20).default(""),
    }),
    /** Directory organisations that come along (corporate and agency partners). */
    partnerIds: z.array(z.string()).default([]),
    stockLoaded: quantitiesSchema,
    /** Counted back at the end of the tour; null until then. */
    stockReturned: quantitiesSchema.nullable().default(null),
    /** Issues met and the follow-up, for the status report. */
    issues: optionalText(4000).default(""),
  })
  .superRefine((t, ctx) => {
    if ((t.status === "ditangguhkan" || t.status === "dibatalkan") && t.statusReason.trim().length < 3)
      ctx.addIssue({ code: "custom", path: ["statusReason"], message: "v.required" });
  });
export type TourInput = z.infer<typeof tourFields>;

export const checkpointFields = z.object({
  tourId: z.string().min(1),
  order: z.number().int().min(1),
  name: requiredText(2, 200),
  locationType: z.enum(checkpointLocationTypes, { error: "v.required" }),
  address: optionalText(500).default(""),
  date: isoDate,
  start: clock,
  end: clock,
  agencyServices: z.array(z.enum(agencyServices)).default([]),
});
export type CheckpointInput = z.infer<typeof checkpointFields>;

/** One person served at the service counter: one row per tap, so undo is deleting the last row. */
export const serviceTallyFields = z.object({
  tourId: z.string().min(1),
  checkpointId: z.string().min(1),
  service: z.string().min(1, "v.required"),
  sex: z.enum(["L", "P"], { error: "v.pickSex" }),
  ageBand: z.enum(ageBands, { error: "v.required" }),
});
export type ServiceTallyInput = z.infer<typeof serviceTallyFields>;

export const complaintFields = z.object({
  tourId: z.string().min(1),
  checkpointId: z.string().min(1),
  name: requiredText(2, 120),
  contact: optionalText(60).default(""),
  mykad: optionalText(14).default(""),
  category: z.string().min(1, "v.required"),
  description: requiredText(5, 4000),
  /** The user who took it at the counter (with the PKMD, the only one who sees a sensitive complaint). */
  receivedBy: z.string().min(1),
  receivedDate: isoDate,
  sensitive: z.boolean().default(false),
  acknowledgedDate: isoDate.nullable().default(null),
  resolvedDate: isoDate.nullable().default(null),
  resolution: optionalText(4000).default(""),
});
export type ComplaintInput = z.infer<typeof complaintFields>;

export const basketFields = z
  .object({
    tourId: z.string().min(1),
    checkpointId: z.string().min(1),
    recipientName: requiredText(2, 120),
    mykad: z.string().trim().min(1, "v.required").max(14, "v.mykadFormat"),
    items: quantitiesSchema,
    /** Given beyond the stock left: why (audited). */
    overStockReason: optionalText(500).default(""),
    /** Given although the MyKad had a basket on this tour or this month: why. */
    repeatReason: optionalText(500).default(""),
  })
  .superRefine((b, ctx) => {
    if (basketItems.every((i) => b.items[i] === 0))
      ctx.addIssue({ code: "custom", path: ["items"], message: "v.kpn.basketEmpty" });
    for (const key of ["overStockReason", "repeatReason"] as const)
      if (b[key] && b[key].trim().length < OVERRIDE_REASON_MIN)
        ctx.addIssue({ code: "custom", path: [key], message: `v.minLength:${OVERRIDE_REASON_MIN}` });
  });
export type BasketInput = z.infer<typeof basketFields>;

/** What a welfare case met at a checkpoint became. */
export const intakeOutcomes = ["kes", "rujukan", "susulan"] as const;
export const intakeFields = z.object({
  tourId: z.string().min(1),
  checkpointId: z.string().min(1),
  personId: z.string().min(1),
  need: requiredText(5, 4000),
  outcome: z.enum(intakeOutcomes, { error: "v.required" }),
  /** The Buku Rekod case opened, the referral made, or (susulan) null until the PKMD assigns it. */
  caseId: z.string().nullable().default(null),
  referralId: z.string().nullable().default(null),
  assignedSiteId: z.string().nullable().default(null),
});
export type IntakeInput = z.infer<typeof intakeFields>;
