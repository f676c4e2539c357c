// Why: a household groups residents under one head, with each member's relationship to the head.
import { z } from "zod";
import { relationships } from "./codes";

export const householdSchema = z
  .object({
    siteId: z.string().min(1, "v.required"),
    headPersonId: z.string().min(1, "v.householdHead"),
    members: z
      .array(z.object({ personId: z.string().min(1), relationship: z.enum(relationships) }))
      .min(1, "v.householdHead")
      .max(30),
  })
  .superRefine((h, ctx) => {
    const heads = h.members.filter((m) => m.relationship === "ketua");
    if (heads.length !== 1 || heads[0]!.personId !== h.headPersonId) {
      ctx.addIssue({ code: "custom", path: ["headPersonId"], message: "v.householdHead" });
    }
    if (new Set(h.members.map((m) => m.personId)).size !== h.members.length) {
      ctx.addIssue({ code: "custom", path: ["members"], message: "v.householdDuplicate" });
    }
  });
export type HouseholdInput = z.infer<typeof householdSchema>;
