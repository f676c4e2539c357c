// Why: a second PC joins from a join file made on the office's PC and then holds the office, sites and users (its
// users log in with their passwords), exchanges with the first, and the two never give one record number twice.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AppDB } from "../../renderer/db/app-db";
import { login } from "../../renderer/db/auth";
import { AppError } from "../../renderer/db/errors";
import { readIdentity } from "../../renderer/db/exchange/identity";
import { issueJoinFile, joinOffice } from "../../renderer/db/exchange/join";
import { receiveChanges } from "../../renderer/db/exchange/receive";
import { changesForPeer } from "../../renderer/db/exchange/send";
import { casesRepo } from "../../renderer/db/repositories/cases";
import { personsRepo } from "../../renderer/db/repositories/persons";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { toActor, usersRepo } from "../../renderer/db/repositories/users";
import { setupOffice } from "../../renderer/db/setup";
import { counterKey } from "../../shared/domain/case";
import { todayIn } from "../../shared/domain/dates";
import { demoOffice } from "../../shared/demo/sites";
import { makeJoinPassphrase } from "../../shared/exchange/passphrase";
import { inBlocksOf, nextNumberFrom, numberFor } from "../../shared/exchange/numbering";
import { FAST_ITERATIONS, freshDb, personInput, siteInput } from "./helpers";

const app = { version: "0.1.0", schemaVersion: 17 };
const PASS = "kelapa hujan 47 sampan";

async function office() {
  const a = freshDb();
  const user = await setupOffice(
    a,
    demoOffice,
    { name: "Nurul Huda", username: "huda", password: "Kuat#Sekali2026", confirm: "Kuat#Sekali2026" },
    FAST_ITERATIONS,
  );
  const admin = toActor(user);
  const sph = await sitesRepo(a).create(admin, siteInput("SPH", "PPR Seri Pahang"));
  const tpd = await sitesRepo(a).create(admin, siteInput("TPD", "PPR Taman Putra Damai"));
  await usersRepo(a, FAST_ITERATIONS).createUser(admin, {
    name: "Aminah Yusof",
    username: "ppk.aminah",
    role: "ppk",
    siteIds: [sph.id],
    disabled: false,
    password: "Aminah#Kuat2026",
    confirm: "Aminah#Kuat2026",
  });
  return { a, admin, sph, tpd };
}

async function problemOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.key;
    throw e;
  }
  return "none";
}

/** Sends from `from` to `to` what `to` lacks in the scopes both take. */
async function send(from: AppDB, to: AppDB) {
  const [me, them] = [await readIdentity(from), await readIdentity(to)];
  const sites = (await from.sites.toArray()).map((s) => s.id);
  const out = await changesForPeer(
    from,
    { pc: them.pc, scopes: them.scopes },
    { scopes: me.scopes, sites },
    false,
  );
  return receiveChanges(to, me.pc, out.holds, new Map(out.tables.map((t) => [t.name, t.rows as never[]])));
}

let mykads = 0;

async function newCase(db: AppDB, siteId: string, actorId: string) {
  const ppk = {
    userId: actorId,
    username: "ppk.aminah",
    name: "Aminah",
    role: "ppk" as const,
    siteIds: [siteId],
  };
  const docNo = `85010114${String(++mykads * 2).padStart(4, "0")}`;
  const p = await personsRepo(db).create(ppk, personInput(siteId, { docNo }));
  return casesRepo(db).create(ppk, {
    siteId,
    personId: p.id,
    date: todayIn(),
    targetGroup: "ibu-tunggal",
    problem: "Memohon bantuan makanan",
    service: "nasihat",
    action: "Diberi nasihat",
    officerId: actorId,
    followUpDate: "",
    status: "baru",
  });
}

describe("a second PC joins the office", () => {
  it("brings the office, sites and users to the right passphrase, and the two PCs then exchange", async () => {
    const { a, admin, sph } = await office();
    const made = await issueJoinFile(
      a,
      admin,
      { name: "PC PPR Seri Pahang", scopes: [sph.id], passphrase: PASS },
      app,
    );
    expect(made.fileName).toBe("sertai-pc-ppr-seri-pahang.rkjoin");
    expect(made.pc).toMatchObject({ number: 1, name: "PC PPR Seri Pahang", scopes: [sph.id] });
    const first = await readIdentity(a);
    expect(first.number).toBe(0);
    expect(first.key?.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(first.pcs.map((p) => [p.number, p.name])).toEqual([
      [0, "PC pejabat"],
      [1, "PC PPR Seri Pahang"],
    ]);
    expect((await a.audit.where("[table+recordId]").equals(["office", "office"]).last())?.label).toBe(
      "PC PPR Seri Pahang (PC 1)",
    );

    const b = freshDb();
    expect(await problemOf(joinOffice(b, made.file, "kelapa hujan 47 sampah", app))).toBe(
      "e.sertai.wrongPassphrase",
    );
    expect(await problemOf(joinOffice(b, new TextEncoder().encode("bukan fail") as never, PASS, app))).toBe(
      "e.sertai.notJoin",
    );
    expect(await problemOf(joinOffice(b, made.file, PASS, { ...app, version: "0.0.9" }))).toBe(
      "e.sertai.newer",
    );
    const cut = made.file.slice(0, made.file.length - 40);
    expect(await problemOf(joinOffice(b, cut, PASS, app))).toBe("e.sertai.damaged");
    // Nothing was written by any refused file.
    expect(await b.office.count()).toBe(0);
    expect(await b.users.count()).toBe(0);
    expect(await b.exchange.count()).toBe(0);

    await joinOffice(b, made.file, PASS, app);
    const second = await readIdentity(b);
    expect(second).toMatchObject({
      pc: made.pc.id,
      number: 1,
      name: "PC PPR Seri Pahang",
      scopes: [sph.id],
      key: first.key,
      issuedBy: first.pc,
    });
    expect(second.pcs).toEqual(first.pcs);
    expect(await b.office.get("office")).toEqual(await a.office.get("office"));
    expect(await b.sites.toArray()).toEqual(await a.sites.toArray());
    expect(await b.users.toArray()).toEqual(await a.users.toArray());
    expect(await b.rates.count()).toBe(await a.rates.count());
    // The users log in with their usual passwords.
    expect((await login(b, "ppk.aminah", "Aminah#Kuat2026")).username).toBe("ppk.aminah");
    // A PC that has an office is never joined again; only the office's PC makes join files.
    expect(await problemOf(joinOffice(b, made.file, PASS, app))).toBe("e.alreadySetUp");
    const bAdmin = toActor((await b.users.where("username").equals("huda").first())!);
    expect(
      await problemOf(issueJoinFile(b, bAdmin, { name: "PC lain", scopes: "all", passphrase: PASS }, app)),
    ).toBe("e.sertai.notOfficePc");

    // Exchange both ways: the site's PC sends a case, the office's PC sends its own.
    const aminah = (await b.users.where("username").equals("ppk.aminah").first())!.id;
    const onB = await newCase(b, sph.id, aminah);
    const onA = await newCase(a, sph.id, aminah);
    expect(onA.recordNo).toMatch(/^SPH\/\d{4}\/0001$/);
    expect(onB.recordNo).toMatch(/^SPH\/\d{4}\/1001$/);
    await send(b, a);
    await send(a, b);
    for (const db of [a, b])
      expect((await db.cases.toArray()).map((c) => c.recordNo).sort()).toEqual(
        [onA.recordNo, onB.recordNo].sort(),
      );
  });

  it("refuses a second PC of the same name and a passphrase under 12 characters", async () => {
    const { a, admin, tpd } = await office();
    await issueJoinFile(a, admin, { name: "PC Klerk", scopes: "all", passphrase: PASS }, app);
    await expect(
      issueJoinFile(a, admin, { name: "pc klerk", scopes: [tpd.id], passphrase: PASS }, app),
    ).rejects.toMatchObject({ fields: { name: "v.sertai.nameTaken" } });
    await expect(
      issueJoinFile(a, admin, { name: "PC TPD", scopes: [tpd.id], passphrase: "pendek" }, app),
    ).rejects.toMatchObject({ fields: { passphrase: "v.sertai.passphraseShort" } });
    expect(makeJoinPassphrase().length).toBeGreaterThanOrEqual(12);
  });
});

describe("record numbers of two PCs apart", () => {
  it("give different {KOD}/{TAHUN}/{NNNN} numbers for the same site, past what the office's PC gave alone", async () => {
    const { a, admin, sph } = await office();
    const year = Number(todayIn().slice(0, 4));
    const aminah = (await a.users.where("username").equals("ppk.aminah").first())!.id;
    // Alone, the office's PC numbers on as before, past 999 too.
    await a.counters.put({ key: counterKey(sph.id, year), next: 1004 });
    expect((await newCase(a, sph.id, aminah)).recordNo).toBe(`SPH/${year}/1004`);
    const made = await issueJoinFile(a, admin, { name: "PC SPH", scopes: [sph.id], passphrase: PASS }, app);
    const b = freshDb();
    await joinOffice(b, made.file, PASS, app);
    const onA: string[] = [];
    const onB: string[] = [];
    for (let i = 0; i < 3; i++) {
      onA.push((await newCase(a, sph.id, aminah)).recordNo);
      onB.push((await newCase(b, sph.id, aminah)).recordNo);
    }
    // The site's PC starts past 1004 in its own block; the office's PC moves to its next block.
    expect(onB).toEqual([1005, 1006, 1007].map((n) => `SPH/${year}/${n}`));
    expect(onA).toEqual([10001, 10002, 10003].map((n) => `SPH/${year}/${n}`));
    for (const no of [...onA, ...onB]) expect(no).toMatch(/^SPH\/\d{4}\/\d{4,}$/);
    expect(new Set([...onA, ...onB, `SPH/${year}/1004`]).size).toBe(7);
  });

  it("counts from any counter into the PC's own blocks, in numberFor's order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 30_000 }), (pc, c) => {
        const n = numberFor(pc, c);
        expect(nextNumberFrom(pc, n)).toBe(n);
        expect(nextNumberFrom(pc, n + 1)).toBe(numberFor(pc, c + 1));
        expect(inBlocksOf(pc, nextNumberFrom(pc, n + 1 + (c % 17)))).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(nextNumberFrom(1, 43)).toBe(1001);
    expect(nextNumberFrom(0, 1000)).toBe(10_001);
  });
});
