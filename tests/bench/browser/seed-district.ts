// Why: a whole district (issue 3's 200k cases, 120k persons, 40k referrals) in the app's own database, and the
// data-level timings of the register, the weekly board, search and case saves through the real repositories.
import Dexie from "dexie";
import { addDays, ageOn, todayIn } from "../../../shared/domain/dates";
import type { Actor } from "../../../shared/domain/access";
import type { CaseStatus, ServiceType, TargetGroup } from "../../../shared/domain/codes";
import { caseSchema, counterKey, formatRecordNo, type CaseInput } from "../../../shared/domain/case";
import { nameTokens } from "../../../shared/domain/search";
import { generateDemoRecords, type DemoSite } from "../../../shared/demo/records";
import { seededRng, type Rng } from "../../../shared/demo/random";
import { newId } from "../../../shared/ids";
import { AppDB, type CaseRecord, type PersonRecord, type ReferralRecord } from "../../../renderer/db/app-db";
import type { StatusCheckRecord } from "../../../renderer/db/app-db";
import { loadDemo } from "../../../renderer/db/demo";
import { registerCount, registerPage, type RegisterFilter } from "../../../renderer/db/register";
import { casesRepo } from "../../../renderer/db/repositories/cases";
import { weeklyBoard } from "../../../renderer/db/repositories/referrals";
import { search } from "../../../renderer/db/search";

export type SeedSizes = { persons: number; cases: number; referrals: number };
export type TableCounts = { persons: number; cases: number; referrals: number; statusChecks: number };
export type NameSample = { query: string; tokens: string[] };
export type MyKadSample = { query: string; name: string };
export type SeedResult = {
  counts: TableCounts;
  ms: { demo: number; persons: number; cases: number; total: number };
  names: NameSample[];
  mykads: MyKadSample[];
};
export type Timed = { ms: number[]; rows: number };
export type BulkTimed = {
  rows: number;
  validateMs: number;
  /**
   * Per round, the import's createMany and then the same records written again by raw bulkPut into the same,
   * equally full cases table in one transaction (no checks, no audit).
   */
  rounds: { ms: number; rawSameTableMs: number }[];
};

declare global {
  interface Window {
    benchSeedDistrict: (sizes: SeedSizes) => Promise<SeedResult>;
    benchCounts: () => Promise<TableCounts>;
    benchRegisterPage: (kind: "status" | "sparse", runs: number) => Promise<Timed>;
    benchRegisterCount: (runs: number) => Promise<Timed>;
    benchWeeklyBoard: (runs: number) => Promise<Timed>;
    benchSearch: (queries: string[], runs: number) => Promise<Timed>;
    benchCaseSave: (runs: number, warmup: number) => Promise<Timed>;
    benchBulkCases: (total: number, rounds: number) => Promise<BulkTimed>;
  }
}

const CHUNK = 5_000;
/** Seeded cases are spread over this many days before today, newest last in each site's numbering. */
const SPAN_DAYS = 5 * 365;
const STOP_WORDS = new Set(["bin", "binti", "a", "l", "p", "anak"]);

const db = new AppDB();

const problems: Record<TargetGroup, string> = {
  "kanak-kanak": "Anak tidak hadir ke sekolah sejak sebulan",
  "warga-emas": "Tinggal seorang diri dan uzur",
  oku: "Memerlukan alat sokongan (kerusi roda)",
  "ibu-tunggal": "Tiada sumber pendapatan tetap selepas bercerai",
  miskin: "Pendapatan isi rumah di bawah PGK",
  "mangsa-kdrt": "Aduan keganasan rumah tangga",
  belia: "Belia menganggur memerlukan latihan kemahiran",
  "lain-lain": "Pertanyaan mengenai perkhidmatan JKM",
};
const otherServices = ["nasihat", "siasatan", "lawatan", "aduan", "bantuan-barangan"] as const;

async function counts(): Promise<TableCounts> {
  const [persons, cases, referrals, statusChecks] = await Promise.all([
    db.persons.count(),
    db.cases.count(),
    db.referrals.count(),
    db.statusChecks.count(),
  ]);
  return { persons, cases, referrals, statusChecks };
}

async function actorOf(username: string): Promise<Actor> {
  const u = await db.users.where("username").equals(username).first();
  if (!u) throw new Error(`no user ${username}: seed the district first`);
  return { userId: u.id, username: u.username, name: u.name, role: u.role, siteIds: u.siteIds };
}

async function siteId(code: string): Promise<string> {
  const s = await db.sites.where("code").equals(code).first();
  if (!s) throw new Error(`no site ${code}`);
  return s.id;
}

/** A MyKad with the same date, place and sex digit but another serial, for the rare repeats in generated people. */
function reserial(docNo: string, n: number): string {
  const [date, place, rest] = docNo.split("-") as [string, string, string];
  return `${date}-${place}-${String(n % 1000).padStart(3, "0")}${rest.slice(3)}`;
}

function targetGroupOf(rng: Rng, p: PersonRecord, date: string): TargetGroup {
  const age = ageOn(p.birthDate, date);
  if (age < 18) return "kanak-kanak";
  if (age >= 60) return "warga-emas";
  if (p.oku) return "oku";
  if (p.sex === "P" && p.maritalStatus !== "berkahwin") return "ibu-tunggal";
  return rng.pick(["miskin", "miskin", "belia", "mangsa-kdrt", "lain-lain"] as const);
}

function pickSamples(persons: PersonRecord[]): { names: NameSample[]; mykads: MyKadSample[] } {
  const names: NameSample[] = [];
  const mykads: MyKadSample[] = [];
  const step = Math.max(1, Math.floor(persons.length / 7));
  for (let i = 11; i < persons.length && (names.length < 5 || mykads.length < 5); i += step) {
    const p = persons[i]!;
    const words = nameTokens(p.name).filter((w) => !STOP_WORDS.has(w));
    if (names.length < 5 && words.length >= 2) {
      const query = `${words[0]!.slice(0, 4)} ${words.at(-1)!.slice(0, 4)}`;
      names.push({ query, tokens: nameTokens(query) });
    }
    if (mykads.length < 5 && p.docType === "mykad" && p.docNo) mykads.push({ query: p.docNo, name: p.name });
  }
  return { names, mykads };
}

async function benchSeedDistrict(sizes: SeedSizes): Promise<SeedResult> {
  const started = performance.now();
  await db.open();
  if (await db.office.get("office")) throw new Error("the app database is not empty: use a fresh context");
  await loadDemo(db);
  const demoDone = performance.now();

  const today = todayIn();
  const sites = await db.sites.toArray();
  const users = await db.users.toArray();
  const organisations = await db.organisations.toArray();
  const demoSites: (DemoSite & { id: string })[] = sites.map((s) => ({
    id: s.id,
    code: s.code,
    officerIds: users.filter((u) => u.role === "ppk" && u.siteIds.includes(s.id)).map((u) => u.id),
  }));
  const before = await counts();

  // Persons: the demo generator's own shaping (derived index fields included), MyKad made unique.
  const personsNeeded = Math.max(0, sizes.persons - before.persons);
  const generated = generateDemoRecords({
    sites: demoSites,
    today,
    seed: 2026,
    personsPerSite: Math.ceil(personsNeeded / demoSites.length),
    casesPerSitePerMonth: 0,
    ids: () => newId(),
  });
  const persons = generated.persons.slice(0, personsNeeded) as PersonRecord[];
  const seen = new Set<string>();
  await db.persons.each((p) => {
    if (p.mykad) seen.add(p.mykad);
  });
  for (const p of persons) {
    if (!p.mykad) continue;
    for (let n = 0; seen.has(p.mykad); n++) {
      p.docNo = reserial(p.docNo, n);
      p.mykad = p.docNo.replace(/\D/g, "");
    }
    seen.add(p.mykad);
  }
  for (let i = 0; i < persons.length; i += CHUNK) {
    const chunk = persons.slice(i, i + CHUNK);
    await db.transaction("rw", db.persons, () => db.persons.bulkAdd(chunk));
  }
  const personsDone = performance.now();
  const samples = pickSamples(persons);

  // Cases over five years, numbered on from the demo's counters; referrals on an exact share of them.
  const bySite = new Map<string, PersonRecord[]>();
  for (const p of persons) {
    const list = bySite.get(p.siteId) ?? [];
    list.push(p);
    bySite.set(p.siteId, list);
  }
  const counters = new Map((await db.counters.toArray()).map((c) => [c.key, c.next]));
  const rng = seededRng(99);
  let casesLeft = Math.max(0, sizes.cases - before.cases);
  let refsLeft = Math.max(0, sizes.referrals - before.referrals);
  const dateOf = new Map<number, string>();
  const dayDate = (back: number) => {
    let d = dateOf.get(back);
    if (!d) dateOf.set(back, (d = addDays(today, -back)));
    return d;
  };
  for (let si = 0; si < demoSites.length; si++) {
    const site = demoSites[si]!;
    const residents = bySite.get(site.id) ?? [];
    const count = Math.round(casesLeft / (demoSites.length - si));
    if (!residents.length || !count) continue;
    const backs = new Int32Array(count);
    for (let i = 0; i < count; i++) backs[i] = rng.int(0, SPAN_DAYS - 1);
    backs.sort().reverse(); // oldest first, so numbers rise with the date
    const officers = site.officerIds.length ? site.officerIds : ["system"];
    for (let start = 0; start < count; start += CHUNK) {
      const cases: CaseRecord[] = [];
      const referrals: ReferralRecord[] = [];
      const checks: StatusCheckRecord[] = [];
      for (let i = start; i < Math.min(count, start + CHUNK); i++) {
        const ageDays = backs[i]!;
        const date = dayDate(ageDays);
        const year = Number(date.slice(0, 4));
        const key = counterKey(site.id, year);
        const seq = counters.get(key) ?? 1;
        counters.set(key, seq + 1);
        const p = rng.pick(residents);
        const targetGroup = targetGroupOf(rng, p, date);
        const referred = rng.chance(refsLeft / casesLeft);
        casesLeft -= 1;
        const service: ServiceType = referred ? "rujukan" : rng.pick(otherServices);
        const officerId = rng.pick(officers);
        let status: CaseStatus =
          ageDays > 60
            ? rng.pick(["selesai", "selesai", "ditutup", "dalam-tindakan"] as const)
            : ageDays > 14
              ? rng.pick(["dalam-tindakan", "selesai"] as const)
              : "baru";
        const at = `${date}T09:00:00.000Z`;
        const meta = { createdAt: at, createdBy: officerId, updatedAt: at, updatedBy: officerId, rev: 1 };
        const c: CaseRecord = {
          id: newId(),
          ...meta,
          deletedAt: null,
          recordNo: formatRecordNo(site.code, year, seq),
          year,
          seq,
          siteId: site.id,
          personId: p.id,
          date,
          targetGroup,
          problem: problems[targetGroup],
          service,
          action: referred
            ? "Kes dirujuk kepada agensi berkaitan"
            : "Khidmat nasihat diberikan kepada pemohon",
          officerId,
          followUpDate: "",
          status,
        };
        if (referred) {
          refsLeft -= 1;
          // Recent referrals are mostly open; a few old ones were never closed (the board's overdue tail).
          const open = ageDays < 45 ? rng.chance(0.8) : rng.chance(0.03);
          if (open) status = c.status = "dirujuk";
          const ref: ReferralRecord = {
            id: newId(),
            ...meta,
            deletedAt: null,
            caseId: c.id,
            siteId: site.id,
            organisationId: rng.pick(organisations).id,
            reason: `Dirujuk untuk tindakan: ${c.problem.toLowerCase()}`,
            date,
            officerId,
            status: open ? "terbuka" : "ditutup",
            lastCheckDate: null,
            closedDate: null,
            outcome: "",
          };
          const stop = open && ageDays < 45 ? ageDays - rng.int(2, 10) : Math.min(ageDays, rng.int(7, 40));
          for (let d = 7; d <= stop; d += 7) {
            const checkDate = addDays(date, d);
            const checkAt = `${checkDate}T10:00:00.000Z`;
            checks.push({
              id: newId(),
              createdAt: checkAt,
              createdBy: officerId,
              updatedAt: checkAt,
              updatedBy: officerId,
              rev: 1,
              deletedAt: null,
              referralId: ref.id,
              siteId: site.id,
              date: checkDate,
              contactMade: rng.chance(0.8),
              response: "Agensi sedang memproses",
              nextStep: "Semak semula minggu hadapan",
            });
            ref.lastCheckDate = checkDate;
          }
          if (!open) {
            ref.closedDate = addDays(date, Math.max(stop, 1));
            ref.outcome = "Bantuan diluluskan oleh agensi";
          }
          referrals.push(ref);
        }
        if (status !== "selesai" && status !== "ditutup") c.followUpDate = addDays(date, rng.int(7, 30));
        cases.push(c);
      }
      await db.transaction("rw", [db.cases, db.referrals, db.statusChecks], async () => {
        await db.cases.bulkAdd(cases);
        await db.referrals.bulkAdd(referrals);
        await db.statusChecks.bulkAdd(checks);
      });
    }
  }
  await db.counters.bulkPut([...counters].map(([key, next]) => ({ key, next })));
  const done = performance.now();
  return {
    counts: await counts(),
    ms: {
      demo: demoDone - started,
      persons: personsDone - demoDone,
      cases: done - personsDone,
      total: done - started,
    },
    ...samples,
  };
}

async function timed<T>(runs: number, fn: () => Promise<T>, size: (r: T) => number): Promise<Timed> {
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await fn();
    ms.push(performance.now() - t0);
    rows = size(r);
  }
  return { ms, rows };
}

async function benchRegisterPage(kind: "status" | "sparse", runs: number): Promise<Timed> {
  const actor = await actorOf("ppk.aminah");
  const sph = await siteId("SPH");
  const filter: RegisterFilter =
    kind === "status"
      ? { siteIds: [sph], status: "baru" }
      : { siteIds: [sph], status: "dirujuk", targetGroup: "mangsa-kdrt" };
  // 60 rows: the page size the register screen asks for (use-register.ts).
  return timed(
    runs,
    () => registerPage(db, actor, filter, null, 60),
    (r) => r.rows.length,
  );
}

async function benchRegisterCount(runs: number): Promise<Timed> {
  const actor = await actorOf("ppk.aminah");
  return timed(
    runs,
    () => registerCount(db, actor, { siteIds: null, status: "baru" }),
    (n) => n,
  );
}

async function benchWeeklyBoard(runs: number): Promise<Timed> {
  const actor = await actorOf("ppk.aminah");
  return timed(
    runs,
    () => weeklyBoard(db, actor),
    (r) => r.length,
  );
}

async function benchSearch(queries: string[], runs: number): Promise<Timed> {
  const actor = await actorOf("pkmd");
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    for (const q of queries) {
      const t0 = performance.now();
      const r = await search(db, actor, q);
      ms.push(performance.now() - t0);
      if (!r.persons.length) throw new Error(`search "${q}" found nobody`);
      rows = Math.max(rows, r.persons.length);
    }
  }
  return { ms, rows };
}

/** Case inputs for the PPK's own sites, as the new-case form would send them. */
async function caseInputs(actor: Actor, count: number, seed: number): Promise<CaseInput[]> {
  const residents = (
    await Promise.all(actor.siteIds.map((s) => db.persons.where("siteId").equals(s).limit(2_000).toArray()))
  ).flat();
  const rng = seededRng(seed);
  const today = todayIn();
  const out: CaseInput[] = [];
  for (let i = 0; i < count; i++) {
    const p = rng.pick(residents);
    const date = addDays(today, -rng.int(0, 300));
    const targetGroup = targetGroupOf(rng, p, date);
    out.push({
      siteId: p.siteId,
      personId: p.id,
      date,
      targetGroup,
      problem: problems[targetGroup],
      service: "nasihat",
      action: "Khidmat nasihat diberikan kepada pemohon",
      officerId: actor.userId,
      followUpDate: addDays(date, 14),
      status: "dalam-tindakan",
    });
  }
  return out;
}

async function benchCaseSave(runs: number, warmup: number): Promise<Timed> {
  const actor = await actorOf("ppk.aminah");
  const inputs = await caseInputs(actor, runs + warmup, 7);
  const repo = casesRepo(db);
  const ms: number[] = [];
  for (const [i, input] of inputs.entries()) {
    const t0 = performance.now();
    await repo.create(actor, input);
    if (i >= warmup) ms.push(performance.now() - t0);
  }
  return { ms, rows: runs };
}

/**
 * `rounds` imports of `total` new cases, each one casesRepo(db).createMany call: an import is all-or-nothing, so it is
 * one transaction. After each import the same records (new ids and numbers) are put raw into the same table in one
 * transaction through a connection without the app's middleware, so the two are timed under the same conditions (the
 * database's size and background work); the raw copies are taken out again after each round, untimed.
 */
async function benchBulkCases(total: number, rounds: number): Promise<BulkTimed> {
  const actor = await actorOf("ppk.aminah");
  const repo = casesRepo(db);
  const raw = new Dexie(db.name);
  await raw.open();
  const out: BulkTimed = { rows: total, validateMs: 0, rounds: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      const inputs = await caseInputs(actor, total, 8 + round);
      if (round === 0) {
        // The schema alone, to tell validation from the writes in the report.
        const schema = caseSchema(todayIn());
        const v0 = performance.now();
        for (const input of inputs)
          if (!schema.safeParse(input).success) throw new Error("invalid case input");
        out.validateMs = performance.now() - v0;
      }
      const t0 = performance.now();
      const made = await repo.createMany(actor, inputs);
      const ms = performance.now() - t0;
      if (made.length !== inputs.length)
        throw new Error(`createMany saved ${made.length} of ${inputs.length}`);
      const twins = made.map((c, j) => ({
        ...c,
        id: `zz-raw-${round}-${String(j).padStart(7, "0")}`,
        recordNo: `RAW/${round}/${j}`,
      }));
      const t1 = performance.now();
      await raw.transaction("rw", raw.table("cases"), () => raw.table("cases").bulkPut(twins));
      const rawSameTableMs = performance.now() - t1;
      await raw.transaction("rw", raw.table("cases"), () =>
        raw.table("cases").bulkDelete(twins.map((c) => c.id)),
      );
      out.rounds.push({ ms, rawSameTableMs });
    }
  } finally {
    raw.close();
  }
  return out;
}

window.benchSeedDistrict = benchSeedDistrict;
window.benchCounts = counts;
window.benchRegisterPage = benchRegisterPage;
window.benchRegisterCount = benchRegisterCount;
window.benchWeeklyBoard = benchWeeklyBoard;
window.benchSearch = benchSearch;
window.benchCaseSave = benchCaseSave;
window.benchBulkCases = benchBulkCases;
