// Why: a resident as the Buku Rekod knows them; a valid MyKad fixes date of birth and sex, a missing one needs a reason.
import { z } from "zod";
import { documentTypes, ethnicities, maritalStatuses, noDocumentReasons, sexes } from "./codes";
import { isValidIsoDate } from "./dates";
import { parseMyKad } from "./mykad";
import { nameTokens, digitsOf } from "./search";
import { phoneSchema, requiredText } from "./validation";

const optionalText = (max: number) => z.string().trim().max(max, `v.maxLength:${max}`);

export const personFields = z.object({
  name: requiredText(2, 150),
  docType: z.enum(documentTypes, { error: "v.required" }),
  docNo: optionalText(20),
  noDocReason: z.enum(noDocumentReasons).nullable(),
  /** What the reason is when it is "lain-lain". */
  noDocNote: optionalText(100).optional(),
  birthDate: z.string().min(1, "v.required").refine(isValidIsoDate, "v.date"),
  sex: z.enum(sexes, { error: "v.pickSex" }),
  ethnicity: z.enum(ethnicities, { error: "v.pickEthnicity" }),
  phone: z.union([z.literal(""), phoneSchema]),
  siteId: z.string().min(1, "v.required"),
  block: optionalText(20),
  unit: optionalText(20),
  oku: z.boolean(),
  okuCardNo: optionalText(30),
  maritalStatus: z.enum(maritalStatuses, { error: "v.pickMarital" }),
  occupation: optionalText(100),
  income: z.number({ error: "v.number" }).min(0, "v.notNegative").max(1_000_000, "v.tooLarge"),
});
export type PersonInput = z.infer<typeof personFields>;

/**
 * What the person form holds: sex, ethnic group and marital status start empty (null) and must be chosen,
 * so nothing is counted in the profile figures that nobody said.
 */
export type PersonDraft = Omit<PersonInput, "sex" | "ethnicity" | "maritalStatus"> & {
  sex: PersonInput["sex"] | null;
  ethnicity: PersonInput["ethnicity"] | null;
  maritalStatus: PersonInput["maritalStatus"] | null;
};

/** A new person: sex, ethnic group and marital status are left for the officer to choose (MyKad fills sex). */
export function emptyPerson(siteId: string, docNo = "", name = ""): PersonDraft {
  return {
    name,
    docType: "mykad",
    docNo,
    noDocReason: null,
    noDocNote: "",
    birthDate: "",
    sex: null,
    ethnicity: null,
    phone: "",
    siteId,
    block: "",
    unit: "",
    oku: false,
    okuCardNo: "",
    maritalStatus: null,
    occupation: "",
    income: 0,
  };
}

/** The full rule set, as of `today` (yyyy-mm-dd). */
export function personSchema(today: string) {
  return personFields.superRefine((p, ctx) => {
    if (p.birthDate > today) ctx.addIssue({ code: "custom", path: ["birthDate"], message: "v.futureDate" });
    if (p.docType === "mykad" || p.docType === "mykid") {
      const r = parseMyKad(p.docNo, new Date(`${today}T12:00:00Z`));
      if (!r.ok) {
        ctx.addIssue({ code: "custom", path: ["docNo"], message: r.problem });
        return;
      }
      if (r.info.birthDate !== p.birthDate)
        ctx.addIssue({ code: "custom", path: ["birthDate"], message: "v.mykadBirthMismatch" });
      if (r.info.sex !== p.sex)
        ctx.addIssue({ code: "custom", path: ["sex"], message: "v.mykadSexMismatch" });
    } else if (p.docType === "passport") {
      if (!p.docNo) ctx.addIssue({ code: "custom", path: ["docNo"], message: "v.required" });
    } else if (!p.noDocReason) {
      ctx.addIssue({ code: "custom", path: ["noDocReason"], message: "v.noDocReason" });
    } else if (p.noDocReason === "lain-lain" && !p.noDocNote?.trim()) {
      ctx.addIssue({ code: "custom", path: ["noDocNote"], message: "v.noDocNote" });
    }
    if (p.oku && !p.okuCardNo) ctx.addIssue({ code: "custom", path: ["okuCardNo"], message: "v.okuCard" });
  });
}

/** Fields kept beside the input so the indexes can find a person quickly. */
export type PersonDerived = {
  /** Twelve digits for MyKad/MyKid, else null. */
  mykad: string | null;
  nameTokens: string[];
  phoneDigits: string | null;
};

export function derivePerson(p: PersonInput): PersonDerived {
  const isMyKad = p.docType === "mykad" || p.docType === "mykid";
  return {
    mykad: isMyKad ? digitsOf(p.docNo) : null,
    nameTokens: nameTokens(p.name),
    phoneDigits: p.phone ? digitsOf(p.phone) : null,
  };
}

/** Normalises what the form holds before it is saved (MyKad written with dashes). */
export function tidyPerson(p: PersonInput): PersonInput {
  // The "what" of a no-document reason is kept only when the reason is "lain-lain".
  const { noDocNote, ...rest } = p;
  const note =
    p.docType === "none" && p.noDocReason === "lain-lain" ? { noDocNote: (noDocNote ?? "").trim() } : {};
  if (p.docType === "mykad" || p.docType === "mykid") {
    const r = parseMyKad(p.docNo);
    if (r.ok) return { ...rest, docNo: r.info.formatted, noDocReason: null };
  }
  return p.docType === "none" ? { ...rest, ...note, docNo: "" } : { ...rest, noDocReason: null };
}

/**
 * Every problem a person form has, one i18n key per field: the field rules, and the MyKad rules even when
 * other fields are still empty (so an impossible MyKad is named at once).
 */
export function personFormErrors(values: PersonInput | PersonDraft, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const base = personFields.safeParse(values);
  if (!base.success) for (const i of base.error.issues) errors[i.path.join(".")] ??= i.message;
  const full = personSchema(today).safeParse(values);
  if (!full.success) for (const i of full.error.issues) errors[i.path.join(".")] ??= i.message;
  if (values.docType === "mykad" || values.docType === "mykid") {
    const r = parseMyKad(values.docNo, new Date(`${today}T12:00:00Z`));
    if (!r.ok) errors.docNo = r.problem;
  }
  return errors;
}
