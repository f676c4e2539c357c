// Why: the steps exchange tests share: two PCs' databases, sending what one lacks, and the statistics' recount.
import { expect } from "vitest";
import type { AppDB } from "../../renderer/db/app-db";
import { receiveChanges, type ReceiveSummary } from "../../renderer/db/exchange/receive";
import { changesForPeer } from "../../renderer/db/exchange/send";
import { sitesRepo } from "../../renderer/db/repositories/sites";
import { computeStatTallies } from "../../renderer/db/stat-tallies";
import { todayIn } from "../../shared/domain/dates";
import { addressOf, type ExchangeBook } from "../../shared/exchange/book";
import { actor, freshDb, siteInput } from "./helpers";

export const admin = actor("pentadbir");

/** The id files name a PC by (its stamping id, unless it was restored from a backup). */
export async function pcOf(db: AppDB): Promise<string> {
  // The book is made at the first write (or by the upgrade); a write of the office-wide kind makes sure of it.
  return addressOf((await db.table("exchange").get("book")) as ExchangeBook);
}

/** Sends from `a` to `b` what `b` lacks (every scope; no photos) and returns what `b` made of it. */
export async function send(a: AppDB, b: AppDB, sites: string[]): Promise<ReceiveSummary & { sent: number }> {
  const out = await changesForPeer(a, { pc: await pcOf(b), scopes: "all" }, { scopes: "all", sites }, false);
  const tables = new Map(out.tables.map((t) => [t.name, t.rows as Record<string, unknown>[]]));
  const summary = await receiveChanges(b, await pcOf(a), out.holds, tables, out.basis);
  return { ...summary, sent: Object.values(out.counts).reduce((x, y) => x + y, 0) };
}

/** The running tallies as stored and as recounted from the records, in one order. */
export async function tallies(db: AppDB) {
  const order = (x: { key: string }, y: { key: string }) => (x.key < y.key ? -1 : 1);
  const stored = (await db.table("statTallies").toArray()).sort(order);
  const recount = (
    await computeStatTallies({
      cases: () => db.table("cases").toArray(),
      persons: () => db.table("persons").toArray(),
      referrals: () => db.table("referrals").toArray(),
      statusChecks: () => db.table("statusChecks").toArray(),
      investigations: () => db.table("investigations").toArray(),
    })
  ).sort(order);
  return { stored, recount };
}

/** The statistics on `db` equal a recount from its records. */
export async function expectRecount(db: AppDB): Promise<void> {
  const { stored, recount } = await tallies(db);
  expect(stored).toEqual(recount);
}

/** Two PCs that each made something of their own: the first a site (SPH), the second another site (TPD). */
export async function twoPcs() {
  const a = freshDb();
  const b = freshDb();
  const site = await sitesRepo(a).create(admin, siteInput("SPH", "PPR Seri Pahang"));
  // The second PC has made something of its own before it first hears from the first (its book exists).
  await b.table("drafts").put({ userId: "x", key: "k", value: 1, savedAt: "" });
  await sitesRepo(b).create(admin, siteInput("TPD", "PPR Taman Putra Damai"));
  const ppk = actor("ppk", [site.id], "u-aminah");
  return { a, b, site, ppk };
}

/** A walk-in case for `personId` at `siteId`, as the case form gives it. */
export const caseInput = (siteId: string, personId: string, officerId: string) => ({
  siteId,
  personId,
  date: todayIn(),
  targetGroup: "ibu-tunggal",
  problem: "Memohon bantuan makanan",
  service: "nasihat",
  action: "Diberi nasihat",
  officerId,
  followUpDate: "",
  status: "baru",
});
