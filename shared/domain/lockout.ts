// Why: five wrong passwords in a row lock a username for one minute; the rule is pure so it can be tested at its edges.
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 60_000;

export type LoginAttempts = { username: string; failures: number; lockedUntil: number | null };

export function isLocked(a: LoginAttempts | undefined, now: number): boolean {
  return !!a && a.lockedUntil !== null && now < a.lockedUntil;
}

/** Seconds left before a locked username may try again (rounded up), 0 when not locked. */
export function secondsLeft(a: LoginAttempts | undefined, now: number): number {
  if (!a || a.lockedUntil === null || now >= a.lockedUntil) return 0;
  return Math.ceil((a.lockedUntil - now) / 1000);
}

export function afterFailure(a: LoginAttempts | undefined, username: string, now: number): LoginAttempts {
  const expired = a && a.lockedUntil !== null && now >= a.lockedUntil;
  const failures = (a && !expired ? a.failures : 0) + 1;
  return {
    username,
    failures: failures >= MAX_FAILED_ATTEMPTS ? 0 : failures,
    lockedUntil: failures >= MAX_FAILED_ATTEMPTS ? now + LOCKOUT_MS : null,
  };
}
