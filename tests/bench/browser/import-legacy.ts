// Why: import.legacy_50k: a 50,000-row legacy Buku Rekod (.xlsx) from its bytes to the commit through the real
// import steps, against a raw bulkPut of the very rows it stored into the same, empty tables in one transaction.
import Dexie from "dexie";
import type { Actor } from "../../../shared/domain/access";
import { checkRows } from "../../../shared/import/check";
import { bukuRekodSpec } from "../../../shared/import/buku-rekod";
import { suggestMapping } from "../../../shared/import/mapping";
import { readBook } from "../../../shared/import/read";
import { findTable } from "../../../shared/import/table";
import { todayIn } from "../../../shared/domain/dates";
import { AppDB } from "../../../renderer/db/app-db";
import { sitesRepo } from "../../../renderer/db/repositories/sites";
import { bukuRekodContext, commitBukuRekod } from "../../../renderer/features/import/buku-rekod";
import { legacyXlsx } from "../../fixtures/legacy-buku-rekod";

export type ImportRound = {
  /** File bytes read -> committed. */
  ms: number;
  parts: { read: number; check: number; commit: number };
  /** The stored persons and cases put raw into the same empty tables (another database of the same schema). */
  rawMs: number;
};
export type ImportTimed = { rows: number; valid: number; xlsxBytes: number; rounds: ImportRound[] };

declare global {
  interface Window {
    benchImportLegacy: (rows: number, runs: number) => Promise<ImportTimed>;
  }
}

const SITES = ["SPH", "SPT", "TPD", "TCD", "DRJ"];
const admin: Actor = {
  userId: "u-admin",
  username: "pentadbir",
  name: "Pentadbir",
  role: "pentadbir",
  siteIds: [],
};

async function office(name: string): Promise<AppDB> {
  const db = new AppDB(name);
  await db.open();
  for (const code of SITES)
    await sitesRepo(db).create(admin, {
      code,
      name: `PPR ${code}`,
      type: "ppr",
      address: "Jalan Contoh 1, 50000 Kuala Lumpur",
      district: "Lembah Pantai",
      state: "WP Kuala Lumpur",
    });
  return db;
}

async function benchImportLegacy(rows: number, runs: number): Promise<ImportTimed> {
  const today = todayIn();
  const { bytes } = await legacyXlsx({
    rows,
    bad: Math.round(rows / 100),
    siteCodes: SITES,
    officer: "AMINAH BINTI SAID",
    year: Number(today.slice(0, 4)) - 1,
    today,
  });
  const out: ImportTimed = { rows, valid: 0, xlsxBytes: bytes.byteLength, rounds: [] };
  for (let run = 0; run < runs; run++) {
    const name = `bench-import-${Date.now()}-${run}`;
    const twin = `${name}-raw`;
    const db = await office(name);
    try {
      const t0 = performance.now();
      const book = await readBook(bytes, "buku-rekod.xlsx");
      const table = findTable(book.sheets.at(-1)!, bukuRekodSpec.fields);
      const t1 = performance.now();
      // The book's officer is not a user of this office: every case is given to one officer instead.
      const columns = suggestMapping(table.headers, bukuRekodSpec.fields).map((f) =>
        f === "officer" ? null : f,
      );
      const ctx = await bukuRekodContext(db, admin, { officer: admin.userId });
      const checked = await checkRows(table, columns, bukuRekodSpec, ctx);
      const t2 = performance.now();
      await commitBukuRekod(
        db,
        admin,
        checked.valid.map((v) => v.value),
      );
      const t3 = performance.now();
      out.valid = checked.valid.length;
      const [persons, cases] = await Promise.all([db.persons.toArray(), db.cases.toArray()]);
      if (cases.length !== checked.valid.length)
        throw new Error(`stored ${cases.length} of ${checked.valid.length}`);
      // The same schema, empty, without the app's middleware: the raw write of exactly what the import stored.
      const shape = new AppDB(twin);
      await shape.open();
      shape.close();
      const raw = new Dexie(twin, { chromeTransactionDurability: "strict" });
      await raw.open();
      const r0 = performance.now();
      await raw.transaction("rw", [raw.table("persons"), raw.table("cases")], async () => {
        await raw.table("persons").bulkPut(persons);
        await raw.table("cases").bulkPut(cases);
      });
      const rawMs = performance.now() - r0;
      raw.close();
      out.rounds.push({ ms: t3 - t0, parts: { read: t1 - t0, check: t2 - t1, commit: t3 - t2 }, rawMs });
    } finally {
      db.close();
      await Dexie.delete(name);
      await Dexie.delete(twin);
    }
  }
  return out;
}

window.benchImportLegacy = benchImportLegacy;
