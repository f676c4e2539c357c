// Why: exchange.export_site_month (a site's month of changes, about 3,000 records, gathered and sealed into one file:
// time and bytes) and exchange.import_20k (20,000 versions from another PC merged in one transaction, against the same
// rows bulkPut raw into the same table of the same kind of database, in the same run).
import Dexie from "dexie";
import { AppDB } from "../../../renderer/db/app-db";
import { receiveChanges } from "../../../renderer/db/exchange/receive";
import { changesForPeer } from "../../../renderer/db/exchange/send";
import { markReceiving } from "../../../renderer/db/exchange/stamps";
import { casesRepo } from "../../../renderer/db/repositories/cases";
import { personsRepo, validatePerson } from "../../../renderer/db/repositories/persons";
import { sitesRepo } from "../../../renderer/db/repositories/sites";
import { importRawKey } from "../../../shared/backup/envelope";
import { fromBase64 } from "../../../shared/backup/bytes";
import type { Actor } from "../../../shared/domain/access";
import { makeChangeFile } from "../../../shared/exchange/file";
import { newExchangeKey } from "../../../shared/exchange/join";
import { stampVersion } from "../../../shared/exchange/version";

export type ExchangeTimed = {
  export: { ms: number[]; gatherMs: number[]; bytes: number; records: number };
  import: { ms: number[]; rawMs: number[]; records: number };
};

declare global {
  interface Window {
    benchExchange: (opts: { persons: number; importRecords: number; runs: number }) => Promise<ExchangeTimed>;
  }
}

const admin: Actor = {
  userId: "bench-admin",
  username: "bench-admin",
  name: "Pentadbir",
  role: "pentadbir",
  siteIds: [],
};

/** A resident of `siteId` as the person form gives it, with a MyKad nobody else has (born 1 Jan 1960, Selangor). */
function resident(siteId: string, i: number) {
  const serial = String(i).padStart(4, "0");
  return {
    name: `Penduduk Bench ${i} binti Contoh`,
    docType: "mykad",
    docNo: `600101-10-${serial}`,
    noDocReason: null,
    birthDate: "1960-01-01",
    sex: i % 2 ? "L" : "P",
    ethnicity: "melayu",
    phone: "012-345 6789",
    siteId,
    block: "A",
    unit: `A-${String(i % 20).padStart(2, "0")}-${String(i % 100).padStart(2, "0")}`,
    oku: false,
    okuCardNo: "",
    maritalStatus: "berkahwin",
    occupation: "Suri rumah",
    income: 1200,
  };
}

async function fresh(tag: string): Promise<AppDB> {
  const db = new AppDB(`bench-exchange-${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  await db.open();
  return db;
}

async function drop(db: AppDB) {
  const name = db.name;
  db.close();
  await Dexie.delete(name);
}

/** A site's month: `persons` residents and as many cases, written through the repositories (stamped as usual). */
async function exportMonth(persons: number, runs: number): Promise<ExchangeTimed["export"]> {
  const db = await fresh("export");
  try {
    const site = await sitesRepo(db).create(admin, {
      code: "SPH",
      name: "PPR Seri Pahang",
      type: "ppr",
      address: "Jalan Contoh 1, 50000 Kuala Lumpur",
      district: "Lembah Pantai",
      state: "WP Kuala Lumpur",
    });
    const ppk: Actor = {
      userId: "bench-ppk",
      username: "bench-ppk",
      name: "PPK",
      role: "ppk",
      siteIds: [site.id],
    };
    const people = await personsRepo(db).createMany(
      ppk,
      Array.from({ length: persons }, (_, i) => resident(site.id, i)),
    );
    await casesRepo(db).createMany(
      ppk,
      people.map((p) => ({
        siteId: site.id,
        personId: p.id,
        date: "2026-11-10",
        targetGroup: "ibu-tunggal",
        problem: "Memohon bantuan makanan",
        service: "nasihat",
        action: "Diberi nasihat dan borang bantuan",
        officerId: ppk.userId,
        followUpDate: "",
        status: "baru",
      })),
    );
    const exchangeKey = await newExchangeKey();
    const key = await importRawKey(fromBase64(exchangeKey.raw), exchangeKey.keyId);
    const book = (await db.table("exchange").get("book")) as { pc: string };
    const ms: number[] = [];
    const gatherMs: number[] = [];
    let bytes = 0;
    let records = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const out = await changesForPeer(
        db,
        { pc: "pc-pkmd-bench-0001", scopes: "all" },
        { scopes: [site.id], sites: [site.id] },
        false,
      );
      gatherMs.push(performance.now() - t0);
      const { file } = await makeChangeFile(
        out.tables,
        {
          appVersion: "bench",
          schemaVersion: db.verno,
          office: { id: "office-bench", name: "PKMD Bench", createdAt: "2026-01-01T00:00:00.000Z" },
          createdAt: new Date().toISOString(),
          exchange: { from: book.pc, to: "pc-pkmd-bench-0001", holds: out.holds },
        },
        key,
      );
      ms.push(performance.now() - t0);
      bytes = file.byteLength;
      records = Object.values(out.counts).reduce((a, b) => a + b, 0);
    }
    return { ms, gatherMs, bytes, records };
  } finally {
    await drop(db);
  }
}

/** 20,000 residents as another PC's versions (each its own change), merged into a fresh database, and raw. */
async function importMany(count: number, runs: number): Promise<ExchangeTimed["import"]> {
  const from = "pc-site-bench-0001";
  const siteId = "site-bench-0000000001";
  const rows = Array.from({ length: count }, (_, i) => ({
    ...validatePerson(resident(siteId, i % 10_000) as never),
    docNo: `6001011${String(i).padStart(5, "0")}`,
    id: `bench-person-${String(i).padStart(8, "0")}`,
    createdAt: "2026-11-10T02:00:00.000Z",
    createdBy: "bench-ppk",
    updatedAt: "2026-11-10T02:00:00.000Z",
    updatedBy: "bench-ppk",
    rev: 1,
    deletedAt: null,
    ...stampVersion(from, i + 1, []),
  }));
  const holds = { [siteId]: { [from]: count } };
  const ms: number[] = [];
  const rawMs: number[] = [];
  for (let r = 0; r < runs; r++) {
    // The raw limit: the same rows bulkPut into the same table of a fresh database of the same kind, one transaction.
    const raw = await fresh("raw");
    // The book exists as after a join (a write of this PC's own makes it).
    await raw.drafts.put({ userId: "x", key: "k", value: 1, savedAt: "" });
    await raw.transaction("rw", raw.sites, () => raw.sites.put({ id: "seed" } as never));
    try {
      const t0 = performance.now();
      await raw.transaction("rw", raw.persons, async () => {
        markReceiving();
        await raw.persons.bulkPut(rows as never);
      });
      rawMs.push(performance.now() - t0);
    } finally {
      await drop(raw);
    }
    const db = await fresh("import");
    await db.transaction("rw", db.sites, () => db.sites.put({ id: "seed" } as never));
    try {
      const t0 = performance.now();
      const summary = await receiveChanges(db, from, holds, new Map([["persons", rows as never]]));
      ms.push(performance.now() - t0);
      if (summary.tables.persons?.taken !== count)
        throw new Error(`took ${summary.tables.persons?.taken} of ${count}`);
    } finally {
      await drop(db);
    }
  }
  return { ms, rawMs, records: count };
}

async function benchExchange(opts: {
  persons: number;
  importRecords: number;
  runs: number;
}): Promise<ExchangeTimed> {
  return {
    export: await exportMonth(opts.persons, opts.runs),
    import: await importMany(opts.importRecords, opts.runs),
  };
}

window.benchExchange = benchExchange;
