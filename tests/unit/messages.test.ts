// Why: a refusal shown outside a form must say what is wrong, not point at fields nobody marked.
import { describe, expect, it } from "vitest";
import type { TFunction } from "i18next";
import { errorMessage } from "../../renderer/app/messages";
import { AppError, ValidationError } from "../../renderer/db/errors";

const t = ((key: string, opts?: { n?: string }) =>
  opts?.n ? `${key}(${opts.n})` : key) as unknown as TFunction;

describe("error messages", () => {
  it("names the problems of a refused save, each once", () => {
    expect(errorMessage(t, new ValidationError({ members: "v.householdSite" }))).toBe("v.householdSite");
    expect(
      errorMessage(t, new ValidationError({ a: "v.maxLength:20", b: "v.required", c: "v.required" })),
    ).toBe("v.maxLength(20) v.required");
    expect(errorMessage(t, new ValidationError({}))).toBe("e.validation");
    expect(errorMessage(t, new AppError("e.referralClosed"))).toBe("e.referralClosed");
  });
});
