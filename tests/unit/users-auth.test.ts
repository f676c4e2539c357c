import { describe, expect, it } from "vitest";
import { usersRepo, toActor } from "../../renderer/db/repositories/users";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { setupOffice } from "../../renderer/db/setup";
import { login } from "../../renderer/db/auth";
import { AppError, ValidationError } from "../../renderer/db/errors";
import { LOCKOUT_MS } from "../../shared/domain/lockout";
import { demoOffice } from "../../shared/demo/sites";
import { FAST_ITERATIONS, freshDb, siteInput } from "./helpers";

const adminInput = {
  name: "Nurul Huda",
  username: "huda",
  password: "Kuat#Sekali2026",
  confirm: "Kuat#Sekali2026",
};

async function setUp() {
  const db = freshDb();
  const admin = await setupOffice(db, demoOffice, adminInput, FAST_ITERATIONS);
  return { db, admin: toActor(admin) };
}

describe("first-run setup", () => {
  it("creates the office and the first administrator together, audited, with no plaintext password anywhere", async () => {
    const { db, admin } = await setUp();
    expect(admin.role).toBe("pentadbir");
    expect(await db.office.get("office")).toMatchObject({
      officeName: demoOffice.officeName,
      demo: false,
      rev: 1,
    });
    const dump = JSON.stringify([await db.users.toArray(), await db.audit.toArray()]);
    expect(dump).not.toContain(adminInput.password);
    expect(await db.audit.count()).toBe(2);
  });
  it("writes nothing when any field is wrong, and reports every field", async () => {
    const db = freshDb();
    const bad = setupOffice(
      db,
      { ...demoOffice, email: "bukan-emel", district: "" },
      { ...adminInput, confirm: "lain" },
      FAST_ITERATIONS,
    );
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    await bad.catch((e: ValidationError) =>
      expect(e.fields).toMatchObject({
        "office.email": "v.email",
        "office.district": "v.required",
        "admin.confirm": "v.passwordMismatch",
      }),
    );
    expect(await db.office.count()).toBe(0);
    expect(await db.users.count()).toBe(0);
  });
  it("cannot run twice", async () => {
    const { db } = await setUp();
    await expect(
      setupOffice(db, demoOffice, { ...adminInput, username: "lain" }, FAST_ITERATIONS),
    ).rejects.toMatchObject({ key: "e.alreadySetUp" });
    expect(await db.users.count()).toBe(1);
  });
});

describe("user management", () => {
  it("refuses duplicate usernames, weak passwords and a PPK without a site", async () => {
    const { db, admin } = await setUp();
    const repo = usersRepo(db, FAST_ITERATIONS);
    const site = await sitesRepo(db).create(admin, siteInput("SPH"));
    const base = {
      name: "Aminah",
      username: "aminah",
      role: "ppk" as const,
      siteIds: [site.id],
      disabled: false,
      password: "Tapak#SPH2026",
      confirm: "Tapak#SPH2026",
    };
    await repo.createUser(admin, base);
    await expect(repo.createUser(admin, { ...base, username: "AMINAH" })).rejects.toMatchObject({
      fields: { username: "v.usernameTaken" },
    });
    await expect(
      repo.createUser(admin, { ...base, username: "ali", password: "lemah", confirm: "lemah" }),
    ).rejects.toMatchObject({ fields: { password: "v.passwordLength" } });
    await expect(repo.createUser(admin, { ...base, username: "ali", siteIds: [] })).rejects.toMatchObject({
      fields: { siteIds: "v.ppkNeedsSite" },
    });
    expect(await db.users.count()).toBe(2);
  });
  it("keeps at least one active administrator and never disables oneself", async () => {
    const { db, admin } = await setUp();
    const repo = usersRepo(db, FAST_ITERATIONS);
    const me = await repo.get(admin, admin.userId);
    const profile = { username: me.username, name: me.name, role: me.role, siteIds: [], disabled: false };
    await expect(
      repo.updateProfile(admin, me.id, me.rev, { ...profile, disabled: true }),
    ).rejects.toMatchObject({ fields: { disabled: "v.cannotDisableSelf" } });
    await expect(
      repo.updateProfile(admin, me.id, me.rev, { ...profile, role: "pkmd" }),
    ).rejects.toMatchObject({ fields: { role: "v.lastAdmin" } });
  });
  it("a PPK cannot manage users", async () => {
    const { db, admin } = await setUp();
    const site = await sitesRepo(db).create(admin, siteInput("SPH"));
    const ppk = { ...admin, userId: "x", role: "ppk" as const, siteIds: [site.id] };
    await expect(usersRepo(db, FAST_ITERATIONS).list(ppk)).resolves.toBeDefined();
    await expect(
      usersRepo(db, FAST_ITERATIONS).createUser(ppk, {
        name: "X Y",
        username: "xy",
        role: "pemerhati",
        siteIds: [],
        disabled: false,
        password: "Kuat#Sekali2026",
        confirm: "Kuat#Sekali2026",
      }),
    ).rejects.toMatchObject({ key: "e.forbidden" });
  });
});

describe("login", () => {
  it("accepts the right password, refuses a wrong one without saying which part was wrong", async () => {
    const { db } = await setUp();
    expect((await login(db, "HUDA ", adminInput.password)).username).toBe("huda");
    await expect(login(db, "huda", "salah")).rejects.toMatchObject({ key: "e.badLogin" });
    await expect(login(db, "tiada", "salah")).rejects.toMatchObject({ key: "e.badLogin" });
    const actions = (await db.audit.toArray()).map((a) => a.action);
    expect(actions).toContain("login");
    expect(actions.filter((a) => a === "login.failed")).toHaveLength(2);
  });
  it("five wrong passwords lock the username for one minute, even for the right password", async () => {
    const { db } = await setUp();
    const t0 = 1_000_000;
    for (let i = 0; i < 4; i++)
      await expect(login(db, "huda", "salah", t0)).rejects.toMatchObject({ key: "e.badLogin" });
    await expect(login(db, "huda", "salah", t0)).rejects.toMatchObject({
      key: "e.lockedOut",
      params: { seconds: 60 },
    });
    await expect(login(db, "huda", adminInput.password, t0 + 30_000)).rejects.toMatchObject({
      key: "e.lockedOut",
      params: { seconds: 30 },
    });
    expect((await login(db, "huda", adminInput.password, t0 + LOCKOUT_MS)).username).toBe("huda");
  });
  it("refuses a disabled account", async () => {
    const { db, admin } = await setUp();
    const repo = usersRepo(db, FAST_ITERATIONS);
    const u = await repo.createUser(admin, {
      name: "Pemerhati Satu",
      username: "lihat",
      role: "pemerhati",
      siteIds: [],
      disabled: false,
      password: "Baca#Sahaja2026",
      confirm: "Baca#Sahaja2026",
    });
    await repo.updateProfile(admin, u.id, u.rev, {
      username: "lihat",
      name: "Pemerhati Satu",
      role: "pemerhati",
      siteIds: [],
      disabled: true,
    });
    await expect(login(db, "lihat", "Baca#Sahaja2026")).rejects.toBeInstanceOf(AppError);
    await expect(login(db, "lihat", "Baca#Sahaja2026")).rejects.toMatchObject({ key: "e.userDisabled" });
  });
  it("a reset password replaces the old one", async () => {
    const { db, admin } = await setUp();
    const repo = usersRepo(db, FAST_ITERATIONS);
    const me = await repo.get(admin, admin.userId);
    await repo.resetPassword(admin, me.id, me.rev, {
      password: "Baharu#Kata2026",
      confirm: "Baharu#Kata2026",
    });
    await expect(login(db, "huda", adminInput.password)).rejects.toMatchObject({ key: "e.badLogin" });
    expect((await login(db, "huda", "Baharu#Kata2026")).id).toBe(me.id);
  });
});
