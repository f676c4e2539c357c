// Why: first run creates the office and its first administrator together, or nothing at all.
import { officeInputSchema, type OfficeInput } from "../../shared/domain/office";
import { defaultRates } from "../../shared/demo/rates";
import { hashPassword, PBKDF2_ITERATIONS } from "../../shared/domain/password";
import { newPasswordSchema, usernameSchema } from "../../shared/domain/user";
import { requiredText } from "../../shared/domain/validation";
import { newId } from "../../shared/ids";
import { z } from "zod";
import type { AppDB, UserRecord } from "./app-db";
import { AppError, ValidationError } from "./errors";
import { officeRecord } from "./repositories/office";
import { appendAudit, validate } from "./repositories/repository";
import { toActor } from "./repositories/users";

export const adminInputSchema = z.object({
  name: requiredText(2, 100),
  username: usernameSchema,
  password: z.string(),
  confirm: z.string(),
});
export type AdminInput = z.infer<typeof adminInputSchema>;

/** Validates both parts and reports every field problem at once, prefixed `office.` and `admin.`. */
export function validateSetup(office: unknown, admin: unknown): { office: OfficeInput; admin: AdminInput } {
  const fields: Record<string, string> = {};
  let o: OfficeInput | undefined;
  let a: AdminInput | undefined;
  try {
    o = validate(officeInputSchema, office);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    for (const [k, v] of Object.entries(e.fields)) fields[`office.${k}`] = v;
  }
  try {
    a = validate(adminInputSchema, admin);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    for (const [k, v] of Object.entries(e.fields)) fields[`admin.${k}`] = v;
  }
  // The password rules are checked even when another field is wrong, so every problem shows at once.
  try {
    const typed = (admin ?? {}) as Record<string, unknown>;
    const text = (k: string) => (typeof typed[k] === "string" ? typed[k] : "");
    validate(newPasswordSchema, {
      username: text("username"),
      password: text("password"),
      confirm: text("confirm"),
    });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    for (const [k, v] of Object.entries(e.fields)) fields[`admin.${k}`] ??= v;
  }
  if (Object.keys(fields).length || !o || !a) throw new ValidationError(fields);
  return { office: o, admin: a };
}

export async function setupOffice(
  db: AppDB,
  officeInput: unknown,
  adminInput: unknown,
  iterations = PBKDF2_ITERATIONS,
): Promise<UserRecord> {
  const { office, admin } = validateSetup(officeInput, adminInput);
  const password = await hashPassword(admin.password, iterations);
  return db.transaction("rw", [db.office, db.users, db.audit, db.rates], async () => {
    if (await db.office.get("office")) throw new AppError("e.alreadySetUp");
    const now = new Date();
    const at = now.toISOString();
    const id = newId(now.getTime());
    const user: UserRecord = {
      id,
      username: admin.username,
      name: admin.name,
      role: "pentadbir",
      siteIds: [],
      disabled: false,
      password,
      createdAt: at,
      createdBy: id,
      updatedAt: at,
      updatedBy: id,
      rev: 1,
      deletedAt: null,
    };
    const actor = toActor(user);
    const officeRow = officeRecord({ ...office, demo: false }, id, now);
    await db.office.add(officeRow);
    await db.users.add(user);
    // Starting PGK and scheme rates (JKM's aid schemes; a PKH office's amounts are its own settings), which the
    // administrator edits with effective dates.
    if (office.countryPack === "jkm")
      await db.rates.bulkAdd(
        defaultRates.map((r) => ({
          ...r,
          id: newId(now.getTime()),
          createdAt: at,
          createdBy: id,
          updatedAt: at,
          updatedBy: id,
          rev: 1,
          deletedAt: null,
        })),
      );
    // The first-run setup itself: who set the office up, when, with what.
    await appendAudit(db, actor, {
      action: "setup",
      table: "office",
      recordId: "office",
      label: office.officeName,
      before: null,
      after: officeRow,
    });
    await appendAudit(db, actor, {
      action: "create",
      table: "users",
      recordId: id,
      label: `${user.username} (${user.name})`,
      before: null,
      after: { ...user, password: "[tidak direkodkan dalam log]" },
    });
    return user;
  });
}
