import { describe, expect, it } from "vitest";
import {
  hashPassword,
  passwordProblem,
  PBKDF2_ITERATIONS,
  verifyPassword,
} from "../../shared/domain/password";

describe("password hashing", () => {
  it("uses PBKDF2-SHA256 with at least 600,000 iterations by default", async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const h = await hashPassword("Betul#12345");
    expect(h.algo).toBe("PBKDF2-SHA256");
    expect(h.iterations).toBe(PBKDF2_ITERATIONS);
  });
  it("verifies the right password only, with a fresh salt each time", async () => {
    const a = await hashPassword("Betul#12345", 1000);
    const b = await hashPassword("Betul#12345", 1000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain("Betul#12345");
    expect(await verifyPassword("Betul#12345", a)).toBe(true);
    expect(await verifyPassword("Betul#12346", a)).toBe(false);
    expect(await verifyPassword("", a)).toBe(false);
  });
});

describe("password strength rule", () => {
  it.each([
    ["pendek1", "v.passwordLength"],
    ["hanyahurufsahaja", "v.passwordMix"],
    ["1234567890", "v.passwordMix"],
    ["aminah12345", "v.passwordUsername"],
    ["password123", "v.passwordCommon"],
    ["Kuat#Sekali2026", null],
  ])("%s -> %s", (pw, problem) => {
    expect(passwordProblem(pw, "aminah")).toBe(problem);
  });
});
