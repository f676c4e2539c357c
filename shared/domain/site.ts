// Why: a site (PPR or high-risk area; for PKH the kecamatan a pendamping accompanies) is the unit a worker works in
// and the scope of access.
import { z } from "zod";
import { indonesianProvinces, malaysianStates, siteTypes } from "./codes";
import { requiredText } from "./validation";

export const siteInputSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, "v.required")
    .regex(/^[A-Z0-9]{2,10}$/, "v.siteCode"),
  name: requiredText(3, 120),
  type: z.enum(siteTypes, { error: "v.required" }),
  address: requiredText(5, 300),
  district: requiredText(2, 80),
  /** The office's pack decides which list the form offers (codes.ts regionsOf). */
  state: z.enum([...malaysianStates, ...indonesianProvinces], { error: "v.required" }),
});
export type SiteInput = z.infer<typeof siteInputSchema>;
