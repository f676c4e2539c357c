// Why: shared field rules whose messages are i18n keys, so every form and import says the same thing in the user's language.
import { z } from "zod";

export const requiredText = (min: number, max: number) =>
  z.string().trim().min(1, "v.required").min(min, `v.minLength:${min}`).max(max, `v.maxLength:${max}`);

export const phoneSchema = z
  .string()
  .trim()
  .min(1, "v.required")
  .regex(/^\+?[0-9][0-9\s-]{6,18}[0-9]$/, "v.phone");

export const emailSchema = z.string().trim().min(1, "v.required").email("v.email").max(254, "v.email");
