import { describe, expect, it } from "vitest";
import { loadDemo, removeDemo } from "../../renderer/db/demo";
import { login } from "../../renderer/db/auth";
import { toActor } from "../../renderer/db/repositories/users";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { demoOffice, demoSites, demoUsers } from "../../shared/demo/sites";
import { demoGivenNames, generatePeople } from "../../shared/demo/people";
import { demoOrganisations } from "../../shared/demo/records";
import { parseMyKad } from "../../shared/domain/mykad";
import { passwordProblem } from "../../shared/domain/password";
import { FAST_ITERATIONS, freshDb } from "./helpers";
import { todayIn } from "../../shared/domain/dates";
import { personSchema } from "../../shared/domain/person";
import { caseSchema } from "../../shared/domain/case";
import { casesRepo } from "../../renderer/db/repositories/cases";

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

describe("demo records", () => {
  it("a year of cases, referrals and investigations that obey the same rules as typed ones", async () => {
    const db = freshDb();
    await loadDemo(db, FAST_ITERATIONS);
    const today = todayIn();
    const [persons, cases, referrals, investigations] = await Promise.all([
      db.persons.toArray(),
      db.cases.toArray(),
      db.referrals.toArray(),
      db.investigations.toArray(),
    ]);
    expect(persons.length).toBe(300);
    expect(cases.length).toBeGreaterThan(300);
    expect(referrals.some((r) => r.status === "terbuka")).toBe(true);
    expect(investigations.every((i) => ["draf", "dihantar", "diputuskan"].includes(i.status))).toBe(true);
    expect(investigations.some((i) => i.status === "diputuskan")).toBe(true);
    for (const p of persons) expect(personSchema(today).safeParse(p).success, p.name).toBe(true);
    for (const c of cases) expect(caseSchema(today).safeParse(c).success, c.recordNo).toBe(true);
    expect(new Set(cases.map((c) => c.recordNo)).size).toBe(cases.length);
    expect(new Set(persons.map((p) => p.mykad)).size).toBe(persons.length);
    // Numbering carries on after the demo's last number.
    const aminah = toActor(await login(db, "ppk.aminah", "Tapak#SPH2026"));
    const sph = (await db.sites.where("code").equals("SPH").first())!;
    const p = persons.find((x) => x.siteId === sph.id)!;
    const year = Number(today.slice(0, 4));
    const last = Math.max(...cases.filter((c) => c.siteId === sph.id && c.year === year).map((c) => c.seq));
    const c = await casesRepo(db).create(aminah, {
      siteId: sph.id,
      personId: p.id,
      date: today,
      targetGroup: "miskin",
      problem: "Ujian",
      service: "nasihat",
      action: "",
      officerId: aminah.userId,
      followUpDate: "",
      status: "baru",
    });
    expect(c.seq).toBe(last + 1);
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

describe("demo data a reader believes", () => {
  /** The given name of a demo name: before bin/binti, a/l, a/p or anak, or after a Chinese surname. */
  const givenName = (name: string): string =>
    / (bin|binti|a\/l|a\/p|anak) /.test(name)
      ? name.split(/ (?:bin|binti|a\/l|a\/p|anak) /)[0]!
      : name.split(" ").slice(1).join(" ");

  it("names match their sex (no male Grace, no Ahmad binti, no a/p for a man)", () => {
    const people = generatePeople(3000);
    expect(new Set(people.map((p) => p.ethnicity))).toEqual(new Set(["melayu", "cina", "india", "lain"]));
    for (const p of people) {
      expect(demoGivenNames[p.sex], `${p.name} (${p.sex})`).toContain(givenName(p.name));
      if (p.sex === "L") expect(p.name).not.toMatch(/ (binti|a\/p) /);
      else expect(p.name).not.toMatch(/ (bin|a\/l) /);
    }
    expect(demoGivenNames.L.filter((n) => demoGivenNames.P.includes(n))).toEqual([]);
  });

  it("names an investigation's children in their parent's custom, not 'Ahli 1'", async () => {
    const db = freshDb();
    await loadDemo(db, FAST_ITERATIONS);
    const [investigations, cases, persons] = await Promise.all([
      db.investigations.toArray(),
      db.cases.toArray(),
      db.persons.toArray(),
    ]);
    const personOf = new Map(cases.map((c) => [c.id, persons.find((p) => p.id === c.personId)!]));
    const children = investigations.flatMap((i) =>
      i.members.filter((m) => m.relationship === "anak").map((m) => ({ m, parent: personOf.get(i.caseId)! })),
    );
    expect(children.length).toBeGreaterThan(0);
    for (const { m, parent } of children) {
      expect(m.name).not.toMatch(/^Ahli /);
      if (parent.ethnicity === "cina") expect(m.name.split(" ")[0]).toBe(parent.name.split(" ")[0]);
      if (parent.ethnicity === "melayu" && parent.sex === "L")
        expect(m.name, parent.name).toMatch(new RegExp(` (bin|binti) ${parent.name.split(" bin ")[0]}$`));
      const given = m.name.split(/ (?:bin|binti|a\/l|a\/p|anak) /)[0]!;
      if (parent.ethnicity !== "cina")
        expect([...demoGivenNames.L, ...demoGivenNames.P], m.name).toContain(given);
    }
  });

  it("puts every demo site in the demo office's own district and state", () => {
    for (const s of demoSites) {
      expect(s.district, s.name).toBe(demoOffice.district);
      expect(s.state, s.name).toBe(demoOffice.state);
    }
  });

  it("refers cases only to organisations in the site's own state", async () => {
    const db = freshDb();
    await loadDemo(db, FAST_ITERATIONS);
    const [referrals, sites, organisations] = await Promise.all([
      db.referrals.toArray(),
      db.sites.toArray(),
      db.organisations.toArray(),
    ]);
    const stateOf = new Map<string, string>(demoOrganisations.map((o) => [o.name, o.state]));
    const orgState = new Map(organisations.map((o) => [o.id, stateOf.get(o.name)]));
    const siteState = new Map(sites.map((s) => [s.id, s.state]));
    expect(referrals.length).toBeGreaterThan(0);
    for (const r of referrals) expect(orgState.get(r.organisationId)).toBe(siteState.get(r.siteId));
  });
});
