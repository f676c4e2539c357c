import { describe, expect, it } from "vitest";
import {
  afterFailure,
  isLocked,
  LOCKOUT_MS,
  secondsLeft,
  type LoginAttempts,
} from "../../shared/domain/lockout";

describe("lockout rule", () => {
  it("locks on the fifth failure in a row for one minute", () => {
    let a: LoginAttempts | undefined;
    for (let i = 1; i <= 4; i++) {
      a = afterFailure(a, "ali", 1000 * i);
      expect(isLocked(a, 1000 * i)).toBe(false);
    }
    a = afterFailure(a, "ali", 5000);
    expect(isLocked(a, 5000)).toBe(true);
    expect(secondsLeft(a, 5000)).toBe(60);
    expect(isLocked(a, 5000 + LOCKOUT_MS - 1)).toBe(true);
    expect(isLocked(a, 5000 + LOCKOUT_MS)).toBe(false);
  });
  it("starts counting again after the lock ends", () => {
    let a: LoginAttempts | undefined;
    for (let i = 0; i < 5; i++) a = afterFailure(a, "ali", 0);
    a = afterFailure(a, "ali", LOCKOUT_MS + 1);
    expect(a.failures).toBe(1);
    expect(a.lockedUntil).toBeNull();
  });
});
