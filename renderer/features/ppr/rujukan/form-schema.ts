// Why: a form shows the first problem of each field, as the data layer does, so an empty required field says "Wajib diisi." and not a length rule.
import { z } from "zod";

/** Wraps a schema for useDraftForm so each field reports only its first issue. */
export function firstIssuePerField(schema: z.ZodType): z.ZodType {
  return z.unknown().superRefine((value, ctx) => {
    const result = schema.safeParse(value);
    if (result.success) return;
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const key = issue.path.join(".");
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    }
  });
}
