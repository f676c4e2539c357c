// Why: a small random district and the check that stored tallies equal tallies made afresh, shared by the tallies tests and migration 6's test.
import { expect } from "vitest";
import type { AppDB } from "../../renderer/db/app-db";
import { computeStatTallies } from "../../renderer/db/stat-tallies";
import type { StatTally } from "../../shared/reports/statistik-kes/tallies";
import { seededRng } from "../../shared/demo/random";

export const SITES = ["s1", "s2", "s3"];
export const GROUPS = ["kanak-kanak", "warga-emas", "oku", "ibu-tunggal", "miskin", "belia", "tiada-kod"];
export const SERVICES = ["nasihat", "rujukan", "siasatan", "lawatan", "kod-lama"];
export const STATUSES = ["baru", "dalam-tindakan", "dirujuk", "selesai", "ditutup"] as const;

const norm = (rows: StatTally[]) =>
  Object.fromEntries(
    [...rows]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((t) => [t.key, { ...t, odd: [...t.odd].sort() }]),
  );

export async function expectTalliesRight(db: AppDB, label: string) {
  const fresh = await computeStatTallies({
    cases: () => db.cases.toArray(),
    persons: () => db.persons.toArray(),
    referrals: () => db.referrals.toArray(),
    statusChecks: () => db.statusChecks.toArray(),
    investigations: () => db.investigations.toArray(),
  });
  expect(norm(await db.statTallies.toArray()), label).toEqual(norm(fresh));
}

/** A random mix of records and writes over a small district; the same seed gives the same run. */
export function world(seed: number) {
  const rng = seededRng(seed);
  let n = 0;
  const id = (p: string) => `${p}${String(++n).padStart(5, "0")}`;
  const day = () =>
    `2026-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
  const meta = () => ({
    createdAt: "2026-01-01T00:00:00.000Z",
    createdBy: "u",
    updatedAt: "2026-01-01T00:00:00.000Z",
    updatedBy: "u",
    rev: 1,
    deletedAt: rng.chance(0.1) ? "2026-06-01T00:00:00.000Z" : null,
  });
  const person = () => ({
    id: id("p"),
    ...meta(),
    siteId: rng.pick(SITES),
    sex: rng.pick(["L", "P"] as const),
  });
  const kase = (personId: string) => ({
    id: id("c"),
    ...meta(),
    recordNo: id("R"),
    siteId: rng.pick(SITES),
    personId,
    date: day(),
    targetGroup: rng.pick(GROUPS),
    service: rng.pick(SERVICES),
    status: rng.pick(STATUSES),
    followUpDate: rng.chance(0.4) ? "" : day(),
  });
  const referral = (caseId: string) => {
    const date = day();
    const closed = rng.chance(0.5);
    return {
      id: id("r"),
      ...meta(),
      caseId,
      siteId: rng.pick(SITES),
      date,
      status: closed ? ("ditutup" as const) : ("terbuka" as const),
      closedDate: closed ? (rng.chance(0.1) ? null : date < "2026-12-01" ? "2026-12-15" : date) : null,
      organisationId: "o",
      reason: "",
      officerId: "u",
      lastCheckDate: null,
      outcome: "",
    };
  };
  const check = (referralId: string) => ({ id: id("k"), ...meta(), referralId, siteId: "s1", date: day() });
  const investigation = (caseId: string) => ({
    id: id("i"),
    ...meta(),
    caseId,
    siteId: rng.pick(SITES),
    date: day(),
    status: rng.pick(["draf", "dihantar", "diputuskan"] as const),
    submittedAt: rng.chance(0.7) ? `${day()}T${rng.pick(["03", "17", "23"])}:30:00.000Z` : null,
    recommendation: rng.pick(["lulus", "tidak-lulus", null] as const),
  });
  return { rng, person, kase, referral, check, investigation };
}
