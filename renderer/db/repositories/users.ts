// Why: staff accounts; password hashes are made outside the transaction (WebCrypto would end it) and never audited.
import type { Actor } from "../../../shared/domain/access";
import { withoutMeta } from "../../../shared/domain/record";
import { hashPassword, PBKDF2_ITERATIONS, verifyPassword } from "../../../shared/domain/password";
import type { Stored } from "../../../shared/domain/record";
import {
  newPasswordSchema,
  siteAssignmentProblem,
  userProfileSchema,
  userRecordSchema,
  type UserData,
  type UserProfile,
} from "../../../shared/domain/user";
import type { AppDB, UserRecord } from "../app-db";
import { AppError, ValidationError } from "../errors";
import { Repository, requirePermission, validate } from "./repository";

export type NewUserInput = UserProfile & { password: string; confirm: string };

class UsersRepository extends Repository<UserData> {
  constructor(
    db: AppDB,
    private readonly iterations: number,
  ) {
    super(db, db.users, {
      tableName: "users",
      schema: userRecordSchema,
      label: (u) => `${u.username} (${u.name})`,
      siteOf: () => null,
      writePermission: "users.manage",
      redact: ["password"],
      checkTables: (database) => [database.sites],
      check: async (database, user, id) => {
        const problem = siteAssignmentProblem(user.role, user.siteIds);
        if (problem) throw new ValidationError({ siteIds: problem });
        const same = await database.users.where("username").equals(user.username).first();
        if (same && same.id !== id) throw new ValidationError({ username: "v.usernameTaken" });
        for (const siteId of user.siteIds) {
          const site = await database.sites.get(siteId);
          if (!site || site.deletedAt) throw new ValidationError({ siteIds: "v.siteMissing" });
        }
        if (id) await ensureAnotherAdmin(database, id, user);
      },
    });
  }

  /** Creates an account; the password is checked against the strength rule and stored only as a hash. */
  async createUser(actor: Actor, input: NewUserInput): Promise<UserRecord> {
    requirePermission(actor, "users.manage");
    const profile = validate(userProfileSchema, input);
    validate(newPasswordSchema, {
      username: profile.username,
      password: input.password,
      confirm: input.confirm,
    });
    const password = await hashPassword(input.password, this.iterations);
    return this.create(actor, { ...profile, password });
  }

  async updateProfile(
    actor: Actor,
    id: string,
    expectedRev: number,
    input: UserProfile,
  ): Promise<UserRecord> {
    const profile = validate(userProfileSchema, input);
    if (id === actor.userId && profile.disabled)
      throw new ValidationError({ disabled: "v.cannotDisableSelf" });
    const current = await this.get(actor, id);
    return this.update(actor, id, expectedRev, { ...profile, password: current.password });
  }

  async resetPassword(
    actor: Actor,
    id: string,
    expectedRev: number,
    input: { password: string; confirm: string },
  ): Promise<UserRecord> {
    const current = await this.get(actor, id);
    validate(newPasswordSchema, { username: current.username, ...input });
    const password = await hashPassword(input.password, this.iterations);
    const data = withoutMeta(current);
    // A password another person chose is known to them: its owner replaces it at the next login.
    return this.update(actor, id, expectedRev, {
      ...data,
      password,
      mustChangePassword: id !== actor.userId,
    });
  }

  /**
   * The signed-in user replaces their own password (after a reset, at the next login): checked against the strength
   * rule, different from the one given, stored only as a hash, and the change audited without either password.
   */
  async changeOwnPassword(actor: Actor, input: { password: string; confirm: string }): Promise<UserRecord> {
    const current = await this.db.users.get(actor.userId);
    if (!current || current.deletedAt || current.disabled) throw new AppError("e.userDisabled");
    validate(newPasswordSchema, { username: current.username, ...input });
    if (await verifyPassword(input.password, current.password))
      throw new ValidationError({ password: "v.passwordUnchanged" });
    const password = await hashPassword(input.password, this.iterations);
    return this.replace(actor, current.id, current.rev, {
      ...withoutMeta(current),
      password,
      mustChangePassword: false,
    });
  }

  override async softDelete(): Promise<void> {
    // Accounts are disabled, never deleted: the audit log must keep naming who did what.
    throw new AppError("e.usersAreDisabled");
  }
}

/** At least one enabled pentadbir must remain after a change. */
async function ensureAnotherAdmin(db: AppDB, id: string, next: UserData): Promise<void> {
  if (next.role === "pentadbir" && !next.disabled) return;
  const before = await db.users.get(id);
  if (!before || before.role !== "pentadbir" || before.disabled) return;
  const admins = await db.users.filter((u) => u.role === "pentadbir" && !u.disabled && u.id !== id).count();
  if (admins === 0) throw new ValidationError({ role: "v.lastAdmin" });
}

export type { UsersRepository };

export function usersRepo(db: AppDB, iterations = PBKDF2_ITERATIONS): UsersRepository {
  return new UsersRepository(db, iterations);
}

export function toActor(user: Stored<UserData>): Actor {
  return {
    userId: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    siteIds: user.siteIds,
  };
}
