// Why: the office set up at first run; it heads every document and decides the country pack.
import { z } from "zod";
import { countryPacks, languages, malaysianStates } from "./codes";
import { emailSchema, phoneSchema, requiredText } from "./validation";

export const officeInputSchema = z.object({
  state: z.enum(malaysianStates, { error: "v.required" }),
  district: requiredText(2, 80),
  officeName: requiredText(3, 120),
  address: requiredText(5, 300),
  phone: phoneSchema,
  email: emailSchema,
  countryPack: z.enum(countryPacks, { error: "v.required" }),
  language: z.enum(languages).default("ms"),
  autoLockMinutes: z
    .number({ error: "v.number" })
    .int("v.number")
    .min(1, "v.lockRange")
    .max(120, "v.lockRange"),
});
export type OfficeInput = z.infer<typeof officeInputSchema>;

export type Office = OfficeInput & {
  /** True while the office runs on the demo data set. */
  demo: boolean;
};

export const OFFICE_ID = "office";
