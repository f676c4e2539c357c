// Why: staff accounts on a shared PC; each has a role and, for PPK, the sites they may see.
import { z } from "zod";
import { roles, type Role } from "./roles";
import { passwordHashSchema, passwordProblem } from "./password";
import { requiredText } from "./validation";

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "v.required")
  .regex(/^[a-z0-9._-]{3,32}$/, "v.username");

export const userProfileSchema = z.object({
  username: usernameSchema,
  name: requiredText(2, 100),
  role: z.enum(roles, { error: "v.required" }),
  siteIds: z.array(z.string()).max(50),
  disabled: z.boolean(),
  /** The post written under the officer's signature; empty means the role's usual post. */
  jawatan: z.string().trim().max(120, "v.maxLength:120").optional(),
});
export type UserProfile = z.infer<typeof userProfileSchema>;

/** What is stored: the profile plus the password hash (never the password). */
export const userRecordSchema = userProfileSchema.extend({
  password: passwordHashSchema,
  /** Set by an administrator's reset: the user chooses their own password at the next login. */
  mustChangePassword: z.boolean().optional(),
});
export type UserData = z.infer<typeof userRecordSchema>;

/** A new password typed twice, checked against the strength rule. */
export const newPasswordSchema = z
  .object({ username: z.string(), password: z.string(), confirm: z.string() })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, v.username);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    if (v.password !== v.confirm)
      ctx.addIssue({ code: "custom", path: ["confirm"], message: "v.passwordMismatch" });
  });

/** A PPK must be assigned at least one site to be useful; other roles see all sites. */
export function siteAssignmentProblem(role: Role, siteIds: string[]): string | null {
  return role === "ppk" && siteIds.length === 0 ? "v.ppkNeedsSite" : null;
}
