// Why: login checks the lockout rule, verifies the PBKDF2 hash and audits every attempt, without revealing which part was wrong.
import { afterFailure, isLocked, secondsLeft } from "../../shared/domain/lockout";
import { verifyPassword } from "../../shared/domain/password";
import { SYSTEM_ACTOR, type Actor } from "../../shared/domain/access";
import type { AppDB, UserRecord } from "./app-db";
import { AppError } from "./errors";
import { appendAudit } from "./repositories/repository";
import { toActor } from "./repositories/users";

export async function login(
  db: AppDB,
  usernameInput: string,
  password: string,
  now = Date.now(),
): Promise<UserRecord> {
  const username = usernameInput.trim().toLowerCase();
  if (!username || !password) throw new AppError("e.loginEmpty");
  const attempts = await db.loginAttempts.get(username);
  if (isLocked(attempts, now)) throw new AppError("e.lockedOut", { seconds: secondsLeft(attempts, now) });
  const user = await db.users.where("username").equals(username).first();
  const ok = !!user && !user.deletedAt && (await verifyPassword(password, user.password));
  if (!ok || !user) {
    const next = afterFailure(attempts, username, now);
    await db.transaction("rw", [db.loginAttempts, db.audit], async () => {
      await db.loginAttempts.put(next);
      await appendAudit(db, user ? toActor(user) : { ...SYSTEM_ACTOR, name: username }, {
        action: next.lockedUntil ? "login.locked" : "login.failed",
        table: "session",
        recordId: user?.id ?? username,
        label: username,
        before: null,
        after: null,
      });
    });
    if (next.lockedUntil) throw new AppError("e.lockedOut", { seconds: secondsLeft(next, now) });
    throw new AppError("e.badLogin");
  }
  if (user.disabled) throw new AppError("e.userDisabled");
  await db.transaction("rw", [db.loginAttempts, db.audit], async () => {
    await db.loginAttempts.delete(username);
    await appendAudit(db, toActor(user), {
      action: "login",
      table: "session",
      recordId: user.id,
      label: username,
      before: null,
      after: null,
    });
  });
  return user;
}

/** Records a session event (logout, lock, unlock) in the audit log. */
export async function auditSession(
  db: AppDB,
  actor: Actor,
  action: "logout" | "lock" | "unlock",
): Promise<void> {
  await db.transaction("rw", [db.audit], () =>
    appendAudit(db, actor, {
      action,
      table: "session",
      recordId: actor.userId,
      label: actor.username,
      before: null,
      after: null,
    }),
  );
}
