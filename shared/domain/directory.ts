// Why: the one directory of organisations (seed 002) that referrals, programme partners, meeting attendees and KPN
// tours all point to, with what the printed Direktori CBO and an HSDS export need, and when it was last confirmed.
import { z } from "zod";
import { targetGroups } from "./codes";
import { isValidIsoDate } from "./dates";
import { digitsOf, nameTokens } from "./search";
import { emailSchema, phoneSchema, requiredText } from "./validation";

/** Kinds of organisation; labels under `code.orgKind.*`. The first five are those referrals used before the directory. */
export const organisationKinds = [
  "agensi",
  "ngo",
  "klinik",
  "sekolah",
  "lain-lain",
  "cbo",
  "pejabat-pos",
  "korporat",
  "rumah-ibadat",
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** Entries not confirmed for this many months are listed as "perlu disemak" (a setting; this is its default). */
export const DEFAULT_REVIEW_MONTHS = 12;

/** The office's directory settings (Tetapan): the review period, 1 to 60 months. */
export const directorySettingsSchema = z.object({
  reviewMonths: z
    .number({ error: "v.reviewMonthsRange" })
    .int("v.reviewMonthsRange")
    .min(1, "v.reviewMonthsRange")
    .max(60, "v.reviewMonthsRange"),
});
export type DirectorySettings = z.infer<typeof directorySettingsSchema>;

const text = (max: number) => z.string().trim().max(max, `v.maxLength:${max}`);
const optionalPhone = z.union([z.literal(""), phoneSchema]);

export const organisationSchema = z.object({
  name: requiredText(2, 200),
  kind: z.enum(organisationKinds, { error: "v.required" }),
  /** Main phone (No. Telefon). */
  phone: optionalPhone,
  /** Registration number (ROS, SSM, JKM…). */
  registrationNo: text(60).default(""),
  /** Mukim, kawasan or PPR the organisation serves or sits in: the booklet's contents are grouped by it. */
  area: text(120).default(""),
  address: text(500).default(""),
  /** The head (Ketua) and the post the head holds. */
  head: text(120).default(""),
  headPost: text(120).default(""),
  /** Mobile (No. HP), often the head's. */
  mobile: optionalPhone.default(""),
  email: z.union([z.literal(""), emailSchema]).default(""),
  targetGroups: z.array(z.enum(targetGroups)).max(targetGroups.length).default([]),
  /** What it offers, in the office's words (one short phrase each). */
  services: z.array(text(120).min(1)).max(30).default([]),
  members: z.number().int("v.number").min(0, "v.notNegative").max(1_000_000).nullable().default(null),
  active: z.boolean().default(true),
  /** The day someone last confirmed the entry is right (null: never). */
  confirmedAt: z.string().refine(isValidIsoDate, "v.date").nullable().default(null),
  notes: text(2000).default(""),
});
export type OrganisationInput = z.input<typeof organisationSchema>;
export type OrganisationFields = z.output<typeof organisationSchema>;

/**
 * Index keys kept on every stored entry: words of its name, the digits of its phones, its services normalised, and its
 * confirmation date for the review list ("" when never confirmed, which an index keeps and sorts first, unlike null).
 */
export type OrganisationDerived = {
  nameTokens: string[];
  phoneKeys: string[];
  serviceKeys: string[];
  reviewKey: string;
};

/** The review index's key of a confirmation date. */
export function reviewKeyOf(confirmedAt: string | null): string {
  return confirmedAt ?? "";
}

export function deriveOrganisation(o: OrganisationFields): OrganisationDerived {
  return {
    nameTokens: nameTokens(o.name),
    phoneKeys: [...new Set([o.phone, o.mobile].map(digitsOf).filter((d) => d.length >= 7))],
    serviceKeys: [...new Set(o.services.flatMap((s) => nameTokens(s)))],
    reviewKey: reviewKeyOf(o.confirmedAt),
  };
}

export type OrganisationData = OrganisationFields & OrganisationDerived;

/** The date before which a confirmation is stale: `months` months before today (ISO dates compare as text). */
export function reviewCutoff(today: string, months = DEFAULT_REVIEW_MONTHS): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** An entry needs review when never confirmed or last confirmed before the cutoff. */
export function needsReview(o: Pick<OrganisationFields, "confirmedAt">, cutoff: string): boolean {
  return o.confirmedAt === null || o.confirmedAt < cutoff;
}
