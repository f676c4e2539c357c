// Why: a KPM household (the register's unit) and its members as the form gives them; an impossible NIK is refused
// here, a NIK that disagrees with the typed date of birth or sex is only warned about (nik.ts nikDisagreement).
import { z } from "zod";
import { isValidIsoDate, todayIn } from "../dates";
import { readNik } from "./nik";

export const sexes = ["L", "P"] as const;
export const relationships = [
  "kepala-keluarga",
  "istri",
  "suami",
  "anak",
  "cucu",
  "orang-tua",
  "lainnya",
] as const;
/** School levels that carry a PKH component (anak SD / SMP / SMA). */
export const schoolLevels = ["sd", "smp", "sma"] as const;
export type SchoolLevel = (typeof schoolLevels)[number];

const isoDate = z.string().refine(isValidIsoDate, "v.date");
const text = (max: number) => z.string().trim().max(max, `v.maxLength:${max}`).default("");

export const householdSchema = z.object({
  siteId: z.string().min(1, "v.required"),
  /** No. KPM / RTSM as the programme's data gives it. */
  kpmNo: z
    .string()
    .trim()
    .min(1, "v.required")
    .regex(/^[A-Za-z0-9./-]{1,30}$/, "v.pkh.kpmNo"),
  /** The mother or caretaker (pengurus) who receives the aid. */
  headName: z.string().trim().min(2, "v.required").max(100, "v.maxLength:100"),
  address: z.string().trim().min(3, "v.required").max(300, "v.maxLength:300"),
  desa: z.string().trim().min(2, "v.required").max(80, "v.maxLength:80"),
  groupId: z.string().min(1).nullable().default(null),
  bankAccount: text(40),
  kksNo: text(40),
  active: z.boolean().default(true),
});
export type HouseholdInput = z.infer<typeof householdSchema>;

export const memberSchema = z
  .object({
    name: z.string().trim().min(2, "v.required").max(100, "v.maxLength:100"),
    /** 16 digits; null when the member has none yet (a newborn). */
    nik: z.string().nullable().default(null),
    birthDate: isoDate.nullable().default(null),
    sex: z.enum(sexes, { error: "v.required" }).nullable().default(null),
    relationship: z.enum(relationships, { error: "v.required" }).nullable().default(null),
    schoolLevel: z.enum(schoolLevels, { error: "v.required" }).nullable().default(null),
    school: text(120),
    schoolClass: text(20),
    /** Hari perkiraan lahir of a pregnancy (ibu hamil). */
    expectedDelivery: isoDate.nullable().default(null),
    /** The day she gave birth (ibu nifas for 42 days). */
    deliveryDate: isoDate.nullable().default(null),
    severeDisability: z.boolean().default(false),
    /** Posyandu / puskesmas the member is served by. */
    healthPost: text(120),
  })
  .transform((m) => {
    const read = m.nik === null ? null : readNik(m.nik);
    return read?.ok ? { ...m, nik: read.nik } : m;
  })
  .superRefine((m, ctx) => {
    if (m.nik !== null) {
      const read = readNik(m.nik);
      if (!read.ok) ctx.addIssue({ code: "custom", path: ["nik"], message: read.problem });
    }
    if (m.birthDate !== null && m.birthDate > todayIn())
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: "v.futureDate" });
    if ((m.expectedDelivery !== null || m.deliveryDate !== null) && m.sex === "L")
      ctx.addIssue({ code: "custom", path: ["expectedDelivery"], message: "v.pkh.pregnancySex" });
    if (m.schoolLevel !== null && m.birthDate === null)
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: "v.pkh.schoolNeedsBirth" });
  });
export type MemberInput = z.infer<typeof memberSchema>;
