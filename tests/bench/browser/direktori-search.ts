// Why: direktori.search_5k: the directory of 5,000 organisations searched through the list screen's own query
// (directoryPage) by a name word, phone digits and a service word, and filtered, beside a raw IndexedDB index read of
// one page in the same database and run, so the figure can be read against what the disk itself costs.
import { AppDB } from "../../../renderer/db/app-db";
import { directoryPage, noDirectoryFilter, type DirectoryFilter } from "../../../renderer/db/directory-list";
import { storedOrganisations } from "./direktori-records";

export type SearchTimed = {
  organisations: number;
  /** Each query's times (ms), and how many rows its first page held (the same every run). */
  queries: { name: string; ms: number[]; rows: number }[];
  /** The raw index read: one page (50 rows) of the name index with IndexedDB's own getAll. */
  rawMs: number[];
};

declare global {
  interface Window {
    benchDirektoriSearch: (n: number, runs: number) => Promise<SearchTimed>;
  }
}

const PAGE = 50;

/** A raw IndexedDB read of the first page of the name index (no Dexie, no filter). */
function rawPage(idb: IDBDatabase): Promise<number> {
  return new Promise((resolve, reject) => {
    const r = idb.transaction("organisations").objectStore("organisations").index("name").getAll(null, PAGE);
    r.onsuccess = () => resolve((r.result as unknown[]).length);
    r.onerror = () => reject(r.error);
  });
}

async function benchDirektoriSearch(n: number, runs: number): Promise<SearchTimed> {
  const db = new AppDB(`bench-direktori-search-${Date.now()}`);
  await db.open();
  const records = storedOrganisations(n);
  await db.organisations.bulkPut(records);
  // Typed as a user would: a place word, the first digits of a real phone as printed, a service word.
  const phone = records[1234]!.phone.slice(0, 10);
  const queries: { name: string; filter: DirectoryFilter }[] = [
    { name: "name_word", filter: { ...noDirectoryFilter, text: "kerinchi" } },
    { name: "phone", filter: { ...noDirectoryFilter, text: phone } },
    { name: "service_word", filter: { ...noDirectoryFilter, text: "tuisyen" } },
    {
      name: "name_word_filtered",
      filter: { ...noDirectoryFilter, text: "persatuan", targetGroup: "warga-emas", area: "Mukim Batu" },
    },
    {
      name: "filters_only",
      filter: { ...noDirectoryFilter, kind: "ngo", area: "Mukim Petaling", service: "makanan" },
    },
  ];
  const out: SearchTimed = {
    organisations: n,
    queries: queries.map((q) => ({ name: q.name, ms: [], rows: 0 })),
    rawMs: [],
  };
  const idb = db.backendDB();
  try {
    for (let run = 0; run < runs; run++) {
      for (const [i, q] of queries.entries()) {
        const t0 = performance.now();
        const page = await directoryPage(db, q.filter, null, PAGE);
        out.queries[i]!.ms.push(performance.now() - t0);
        out.queries[i]!.rows = page.rows.length;
        if (!page.rows.length) throw new Error(`${q.name}: nothing found`);
      }
      const t0 = performance.now();
      const rows = await rawPage(idb);
      out.rawMs.push(performance.now() - t0);
      if (rows !== PAGE) throw new Error(`raw read: ${rows} rows`);
    }
  } finally {
    db.close();
    await db.delete();
  }
  return out;
}

window.benchDirektoriSearch = benchDirektoriSearch;
