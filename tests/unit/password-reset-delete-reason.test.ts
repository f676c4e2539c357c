// Why: an administrator's reset makes the user choose their own password at the next login; deleting a case says why, in its audit row.
import { describe, expect, it } from "vitest";
import { login } from "../../renderer/db/auth";
import { loadDemo } from "../../renderer/db/demo";
import { casesRepo } from "../../renderer/db/repositories/cases";
import { toActor, usersRepo } from "../../renderer/db/repositories/users";
import { FAST_ITERATIONS, freshDb } from "./helpers";

async function demoWorld() {
  const db = freshDb();
  await loadDemo(db, FAST_ITERATIONS);
  const users = await db.users.toArray();
  const byRole = (role: string) => toActor(users.find((u) => u.role === role && !u.disabled)!);
  return { db, admin: byRole("pentadbir"), ppk: byRole("ppk") };
}

describe("a password reset by the administrator", () => {
  it("makes the user choose a new password of their own at the next login", async () => {
    const { db, admin, ppk } = await demoWorld();
    const repo = usersRepo(db, FAST_ITERATIONS);
    const before = await db.users.get(ppk.userId);
    await repo.resetPassword(admin, ppk.userId, before!.rev, {
      password: "Sementara#2026",
      confirm: "Sementara#2026",
    });
    const signedIn = await login(db, ppk.username, "Sementara#2026");
    expect(signedIn.mustChangePassword).toBe(true);
    // The PPK holds no users.manage permission, yet changes their own password; the given one is refused.
    await expect(
      repo.changeOwnPassword(ppk, { password: "Sementara#2026", confirm: "Sementara#2026" }),
    ).rejects.toMatchObject({ fields: { password: "v.passwordUnchanged" } });
    await expect(
      repo.changeOwnPassword(ppk, { password: "pendek", confirm: "pendek" }),
    ).rejects.toMatchObject({
      key: "e.validation",
    });
    const changed = await repo.changeOwnPassword(ppk, {
      password: "Milik#Aminah77",
      confirm: "Milik#Aminah77",
    });
    expect(changed.mustChangePassword).toBe(false);
    expect((await login(db, ppk.username, "Milik#Aminah77")).mustChangePassword).toBe(false);
    await expect(login(db, ppk.username, "Sementara#2026")).rejects.toMatchObject({ key: "e.badLogin" });
    // The audit rows keep neither password.
    const rows = await db.audit.where("[table+recordId]").equals(["users", ppk.userId]).toArray();
    expect(JSON.stringify(rows)).not.toContain("Milik#Aminah77");
    expect(rows.filter((r) => r.action === "update")).toHaveLength(2);
  });

  it("does not ask the administrator who resets their own password", async () => {
    const { db, admin } = await demoWorld();
    const me = await db.users.get(admin.userId);
    const done = await usersRepo(db, FAST_ITERATIONS).resetPassword(admin, admin.userId, me!.rev, {
      password: "Kunci#Baru2026",
      confirm: "Kunci#Baru2026",
    });
    expect(done.mustChangePassword).toBe(false);
  });
});

describe("deleting a case", () => {
  it("is refused without a reason and keeps the reason in its audit row", async () => {
    const { db, ppk } = await demoWorld();
    const c = (await casesRepo(db).list(ppk))[0]!;
    await expect(casesRepo(db).softDelete(ppk, c.id, c.rev)).rejects.toMatchObject({
      fields: { reason: "v.deleteReason" },
    });
    await expect(casesRepo(db).softDelete(ppk, c.id, c.rev, "   ")).rejects.toMatchObject({
      fields: { reason: "v.deleteReason" },
    });
    expect((await db.cases.get(c.id))?.deletedAt).toBeNull();
    await casesRepo(db).softDelete(ppk, c.id, c.rev, "  Didaftarkan dua kali  ");
    const rows = await db.audit.where("[table+recordId]").equals(["cases", c.id]).toArray();
    expect(rows.at(-1)).toMatchObject({ action: "delete", reason: "Didaftarkan dua kali" });
  });
});
