// Why: the ceiling for any bulk import: raw Dexie bulkPut of realistic residents in this machine's Chromium.
import Dexie, { type Table } from "dexie";
import { generatePeople, type DemoPerson } from "../../../shared/demo/people";

type PersonRow = DemoPerson & { id: string };
type BenchDb = Dexie & { persons: Table<PersonRow, string> };

const CHUNK = 5_000;

declare global {
  interface Window {
    /** Writes `count` generated residents into a fresh database; only the writes are timed. */
    benchRawBulkPut: (count: number) => Promise<{ ms: number }>;
  }
}

async function benchRawBulkPut(count: number): Promise<{ ms: number }> {
  const name = `bench-raw-bulkput-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const db = new Dexie(name, { chromeTransactionDurability: "strict" }) as BenchDb;
  db.version(1).stores({ persons: "id, mykad, siteCode, name" });
  try {
    await db.open();
    const rows: PersonRow[] = generatePeople(count).map((p, i) => ({
      id: String(i).padStart(8, "0"),
      ...p,
    }));
    const start = performance.now();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await db.transaction("rw", db.persons, () => db.persons.bulkPut(chunk));
    }
    const ms = performance.now() - start;
    const stored = await db.persons.count();
    if (stored !== count) throw new Error(`expected ${count} rows, found ${stored}`);
    return { ms };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

window.benchRawBulkPut = benchRawBulkPut;
