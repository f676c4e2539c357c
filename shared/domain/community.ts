// Why: the community side of a PPK's work (seed 000 roles 1-7): profiles, stakeholders, meetings, needs, plans, programmes.
import { z } from "zod";
import { targetGroups, type TargetGroup } from "./codes";
import { ageOn, isValidIsoDate } from "./dates";
import { phoneSchema, requiredText } from "./validation";

const isoDate = z.string().refine(isValidIsoDate, "v.date");
const optionalDate = z.union([z.literal(""), isoDate]);
const text = (max: number) => z.string().trim().max(max, `v.maxLength:${max}`);
const count = z
  .number({ error: "v.number" })
  .int("v.number")
  .min(0, "v.notNegative")
  .max(1_000_000, "v.tooLarge");
const money = z.number({ error: "v.number" }).min(0, "v.notNegative").max(100_000_000, "v.tooLarge");

/** The five P of community programmes. */
export const programmeCategories = [
  "pemulihan",
  "perlindungan",
  "pencegahan",
  "pencelahan",
  "pembangunan",
] as const;
export const programmeMethods = [
  "dialog",
  "taklimat",
  "edaran-brosur",
  "program-bersama-pelanggan",
  "program-ukp",
  "perjumpaan",
  "lawatan",
  "lain-lain",
] as const;
export const programmeStatuses = ["dirancang", "dilaksanakan", "ditangguhkan", "dibatalkan"] as const;
export const meetingTypes = [
  "perjumpaan",
  "perbincangan",
  "dialog",
  "mesyuarat-jawatankuasa",
  "lain-lain",
] as const;
export const actionItemStatuses = ["belum", "dalam-tindakan", "selesai"] as const;
/** Who owns an action item: an officer using the app, or a stakeholder of the site (the residents' chair). */
export const actionOwnerKinds = ["pengguna", "pihak"] as const;
/** A start time as the office writes it, 24-hour: 09:30, 20:00. */
export const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
export const needPriorities = ["tinggi", "sederhana", "rendah"] as const;
export const needStatuses = ["dikenal-pasti", "dirancang", "dalam-tindakan", "selesai"] as const;
export const objectivesMet = ["sepenuhnya", "sebahagian", "tidak"] as const;
export const ageBands = ["0-6", "7-12", "13-17", "18-35", "36-59", "60+"] as const;
export type AgeBand = (typeof ageBands)[number];

// ---- Profail Komuniti ----

const sexCounts = z.object({ L: count, P: count });

export const profileSchema = z
  .object({
    siteId: z.string().min(1, "v.required"),
    asOf: isoDate,
    identity: z.object({
      blocks: count,
      units: count,
      yearBuilt: z.union([z.literal(0), z.number().int().min(1900, "v.year").max(2100, "v.year")]),
      managingBody: text(200),
    }),
    population: z.object({
      households: count,
      byAgeBand: z.object(
        Object.fromEntries(ageBands.map((b) => [b, sexCounts])) as Record<AgeBand, typeof sexCounts>,
      ),
      ethnicGroups: z.object({ melayu: count, cina: count, india: count, lain: count }),
      oku: count,
      wargaEmas: count,
      ibuTunggal: count,
      children: count,
      schoolDropouts: count,
      unemployed: count,
    }),
    facilities: text(2000),
    organisations: text(2000),
    risks: text(2000),
    assets: text(2000),
    notes: text(2000),
    /** The population rows (register offer keys) taken from the Buku Rekod and saved unchanged, with its count and date. */
    fromRegister: z
      .object({ asOf: isoDate, persons: count, fields: z.array(z.string().max(40)).max(40) })
      .optional(),
  })
  .superRefine((p, ctx) => {
    // A site is not built after the date its profile describes.
    const year = Number(String(p.asOf).slice(0, 4));
    if (year > 0 && p.identity.yearBuilt > year)
      ctx.addIssue({ code: "custom", path: ["identity", "yearBuilt"], message: "v.yearFuture" });
  });
export type ProfileInput = z.infer<typeof profileSchema>;

export function emptyProfile(siteId: string, asOf: string): ProfileInput {
  const zero = { L: 0, P: 0 };
  return {
    siteId,
    asOf,
    identity: { blocks: 0, units: 0, yearBuilt: 0, managingBody: "" },
    population: {
      households: 0,
      byAgeBand: Object.fromEntries(
        ageBands.map((b) => [b, { ...zero }]),
      ) as ProfileInput["population"]["byAgeBand"],
      ethnicGroups: { melayu: 0, cina: 0, india: 0, lain: 0 },
      oku: 0,
      wargaEmas: 0,
      ibuTunggal: 0,
      children: 0,
      schoolDropouts: 0,
      unemployed: 0,
    },
    facilities: "",
    organisations: "",
    risks: "",
    assets: "",
    notes: "",
  };
}

export function ageBandOf(age: number): AgeBand {
  return age <= 6
    ? "0-6"
    : age <= 12
      ? "7-12"
      : age <= 17
        ? "13-17"
        : age <= 35
          ? "18-35"
          : age <= 59
            ? "36-59"
            : "60+";
}

export type RegisterPerson = {
  birthDate: string;
  sex: "L" | "P";
  ethnicity: string;
  oku: boolean;
  occupation: string;
  householdId?: string | null;
};

/** The population figures the Buku Rekod already knows for a site, offered to the profile (never written silently). */
export function figuresFromRegister(
  persons: readonly RegisterPerson[],
  households: number,
  asOf: string,
): Partial<ProfileInput["population"]> {
  const byAgeBand = emptyProfile("", asOf).population.byAgeBand;
  const ethnicGroups = { melayu: 0, cina: 0, india: 0, lain: 0 };
  let oku = 0;
  let wargaEmas = 0;
  let children = 0;
  let unemployed = 0;
  for (const p of persons) {
    const age = ageOn(p.birthDate, asOf);
    byAgeBand[ageBandOf(age)][p.sex] += 1;
    const e =
      p.ethnicity === "melayu" || p.ethnicity === "cina" || p.ethnicity === "india" ? p.ethnicity : "lain";
    ethnicGroups[e] += 1;
    if (p.oku) oku += 1;
    if (age >= 60) wargaEmas += 1;
    if (age < 18) children += 1;
    if (age >= 18 && age < 60 && /tidak bekerja|menganggur/i.test(p.occupation)) unemployed += 1;
  }
  return { households, byAgeBand, ethnicGroups, oku, wargaEmas, children, unemployed };
}

export type ProfileDifference = { path: string; before: unknown; after: unknown };

/** Field-by-field differences between two profile versions, in a stable order. */
export function compareProfiles(a: ProfileInput, b: ProfileInput): ProfileDifference[] {
  const out: ProfileDifference[] = [];
  const walk = (x: unknown, y: unknown, path: string) => {
    if (x && y && typeof x === "object" && typeof y === "object") {
      const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
      for (const k of keys)
        walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
    } else if (x !== y) out.push({ path, before: x, after: y });
  };
  walk({ ...a, siteId: "", fromRegister: undefined }, { ...b, siteId: "", fromRegister: undefined }, "");
  return out;
}

// ---- Stakeholders and their contacts ----

export const stakeholderSchema = z.object({
  siteId: z.string().min(1, "v.required"),
  name: requiredText(2, 150),
  role: requiredText(2, 100),
  organisation: text(200),
  phone: z.union([z.literal(""), phoneSchema]),
});
export type StakeholderInput = z.infer<typeof stakeholderSchema>;

export const contactSchema = z.object({
  stakeholderId: z.string().min(1),
  siteId: z.string().min(1),
  date: isoDate,
  purpose: requiredText(2, 500),
  outcome: text(1000),
});
export type ContactInput = z.infer<typeof contactSchema>;

// ---- Meetings and action items ----

export const meetingSchema = z.object({
  siteId: z.string().min(1, "v.required"),
  date: isoDate,
  /** Start time (HH:mm); "" only on meetings recorded before times were kept. */
  time: z.union([z.literal(""), z.string().regex(TIME_RE, "v.time")]),
  type: z.enum(meetingTypes, { error: "v.required" }),
  venue: requiredText(2, 200),
  attendees: z
    .array(
      z.object({
        stakeholderId: z.string().nullable(),
        name: requiredText(2, 150),
        /** The directory organisation the attendee came for, when it is in the directory. */
        organisationId: z.string().min(1).nullable().optional(),
      }),
    )
    .max(200),
  agenda: text(4000),
  minutes: text(20000),
  decisions: text(4000),
});
export type MeetingInput = z.infer<typeof meetingSchema>;
/** A stored meeting also lists the directory entries its attendees name (the `*organisationIds` index). */
export type MeetingData = MeetingInput & { organisationIds: string[] };

/** The directory entries a meeting's attendees name, each once, in the order first named. */
export function meetingOrganisationIds(attendees: MeetingInput["attendees"]): string[] {
  return [...new Set(attendees.flatMap((a) => (a.organisationId ? [a.organisationId] : [])))];
}

export const actionItemSchema = z.object({
  meetingId: z.string().min(1),
  siteId: z.string().min(1),
  text: requiredText(2, 500),
  ownerKind: z.enum(actionOwnerKinds),
  /** A user's id, or a stakeholder's id when `ownerKind` is "pihak". */
  ownerId: z.string().min(1, "v.required"),
  dueDate: isoDate,
  status: z.enum(actionItemStatuses),
});
export type ActionItemInput = z.infer<typeof actionItemSchema>;

/** An action item is overdue from the day after its due date until it is done. */
export function isActionItemOverdue(
  item: Pick<ActionItemInput, "dueDate" | "status">,
  today: string,
): boolean {
  return item.status !== "selesai" && item.dueDate < today;
}

// ---- Needs and action plans ----

export const needSchema = z.object({
  siteId: z.string().min(1, "v.required"),
  problem: requiredText(3, 500),
  evidence: text(2000),
  raisedInMeetingId: z.string().nullable(),
  priority: z.enum(needPriorities, { error: "v.required" }),
  status: z.enum(needStatuses),
});
export type NeedInput = z.infer<typeof needSchema>;

export const actionPlanSchema = z.object({
  needId: z.string().min(1),
  siteId: z.string().min(1),
  steps: z
    .array(
      z
        .object({
          text: requiredText(2, 500),
          partner: text(200),
          from: optionalDate,
          to: optionalDate,
          done: z.boolean(),
        })
        .refine((s) => !s.from || !s.to || s.to >= s.from, { path: ["to"], message: "v.endBeforeStart" }),
    )
    .min(1, "v.planNeedsStep")
    .max(50),
  programmeIds: z.array(z.string()).max(50),
});
export type ActionPlanInput = z.infer<typeof actionPlanSchema>;

// ---- Programmes ----

const groupCounts = z.object(
  Object.fromEntries(targetGroups.map((g) => [g, count])) as Record<TargetGroup, typeof count>,
);

export const programmeFields = z.object({
  siteId: z.string().min(1, "v.required"),
  title: requiredText(3, 200),
  category: z.enum(programmeCategories, { error: "v.required" }),
  method: z.enum(programmeMethods, { error: "v.required" }),
  startDate: isoDate,
  endDate: isoDate,
  venue: requiredText(2, 200),
  partners: text(500),
  /** Partners that are directory entries (the `*partnerIds` index); `partners` keeps the ones typed freely. */
  partnerIds: z.array(z.string().min(1)).max(100).default([]),
  objectives: text(2000),
  budget: money,
  actualCost: money,
  funder: text(200),
  participants: z.object({ total: count, bySex: z.object({ L: count, P: count }), byGroup: groupCounts }),
  attendeePersonIds: z.array(z.string()).max(2000),
  outcome: text(4000),
  evaluation: z.object({
    objectivesMet: z.union([z.literal(""), z.enum(objectivesMet)]),
    rating: z.number().int().min(0).max(5),
    lessons: text(2000),
  }),
  issues: text(2000),
  status: z.enum(programmeStatuses),
  needId: z.string().nullable(),
});
export type ProgrammeInput = z.infer<typeof programmeFields>;

/** By sex, by target group and the total must agree once anyone took part. */
export function participantProblems(p: ProgrammeInput["participants"]): Record<string, string> {
  const out: Record<string, string> = {};
  const bySex = p.bySex.L + p.bySex.P;
  const byGroup = Object.values(p.byGroup).reduce((s, n) => s + n, 0);
  if (bySex !== p.total) out["participants.bySex"] = "v.participantsSex";
  if (byGroup !== p.total) out["participants.byGroup"] = "v.participantsGroup";
  return out;
}

export const programmeSchema = programmeFields.superRefine((p, ctx) => {
  if (p.endDate < p.startDate)
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "v.endBeforeStart" });
  for (const [path, message] of Object.entries(participantProblems(p.participants))) {
    ctx.addIssue({ code: "custom", path: path.split("."), message });
  }
});

export function emptyProgramme(siteId: string, date: string): ProgrammeInput {
  return {
    siteId,
    title: "",
    category: "pembangunan",
    method: "dialog",
    startDate: date,
    endDate: date,
    venue: "",
    partners: "",
    partnerIds: [],
    objectives: "",
    budget: 0,
    actualCost: 0,
    funder: "",
    participants: {
      total: 0,
      bySex: { L: 0, P: 0 },
      byGroup: Object.fromEntries(targetGroups.map((g) => [g, 0])) as Record<TargetGroup, number>,
    },
    attendeePersonIds: [],
    outcome: "",
    evaluation: { objectivesMet: "", rating: 0, lessons: "" },
    issues: "",
    status: "dirancang",
    needId: null,
  };
}

// ---- Photos ----

export const PHOTO_MAX_SIDE = 1280;
export const PHOTO_MAX_BYTES = 400 * 1024;
/** Larger files are refused before any decoding is tried. */
export const PHOTO_MAX_INPUT_BYTES = 25 * 1024 * 1024;
