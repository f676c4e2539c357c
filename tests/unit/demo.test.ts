import { describe, expect, it } from "vitest";
import { loadDemo, removeDemo } from "../../renderer/db/demo";
import { login } from "../../renderer/db/auth";
import { toActor } from "../../renderer/db/repositories/users";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { demoUsers } from "../../shared/demo/sites";
import { generatePeople } from "../../shared/demo/people";
import { parseMyKad } from "../../shared/domain/mykad";
import { passwordProblem } from "../../shared/domain/password";
import { FAST_ITERATIONS, freshDb } from "./helpers";

describe("demo office", () => {
  it("loads the five seed sites and one user per role, marked as demo, and is removed whole", async () => {
    const db = freshDb();
    await loadDemo(db, FAST_ITERATIONS);
    expect((await db.office.get("office"))?.demo).toBe(true);
    expect((await db.sites.toArray()).map((s) => s.name).sort()).toEqual([
      "PPR Desa Rejang",
      "PPR Seri Pahang",
      "PPR Seri Pantai",
      "PPR Taman Cendana",
      "PPR Taman Putra Damai",
    ]);
    const aminah = toActor(await login(db, "ppk.aminah", "Tapak#SPH2026"));
    expect((await sitesRepo(db).list(aminah)).map((s) => s.code).sort()).toEqual(["SPH", "SPT"]);
    await expect(removeDemo(db, aminah)).rejects.toMatchObject({ key: "e.forbidden" });
    const admin = toActor(await login(db, "pentadbir", "Sulit#Admin2026"));
    await removeDemo(db, admin);
    expect(await db.office.count()).toBe(0);
    expect(await db.users.count()).toBe(0);
  });
  it("demo passwords obey the strength rule", () => {
    for (const u of demoUsers) expect(passwordProblem(u.password, u.username)).toBeNull();
  });
});

describe("realistic data generator", () => {
  it("is deterministic and gives valid MyKad numbers matching sex and birth date", () => {
    const a = generatePeople(500, 7);
    expect(generatePeople(500, 7)).toEqual(a);
    expect(generatePeople(500, 8)).not.toEqual(a);
    for (const p of a) {
      const r = parseMyKad(p.mykad, new Date("2026-11-22T00:00:00Z"));
      expect(r.ok, p.mykad).toBe(true);
      if (r.ok) {
        expect(r.info.sex).toBe(p.sex);
        expect(r.info.birthDate).toBe(p.birthDate);
      }
    }
    expect(new Set(a.map((p) => p.siteCode)).size).toBe(5);
  });
});
