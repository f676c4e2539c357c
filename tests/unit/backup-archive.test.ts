// Why: a backup must hold every table of the app database, Blobs and byte arrays included, and a restore must give
// back exactly those tables in one step; a wrong passphrase or a damaged file must leave the database as it was.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { AppDB } from "../../renderer/db/app-db";
import { makeBackup, restoreBackup, verifyBackup, inspectBackup } from "../../renderer/backup/jobs";
import { derivePassphraseKey, type PassphraseKey } from "../../shared/backup/envelope";
import { problem } from "./backup-problem";
import { encodeArchive, readArchive, PART_RECORDS } from "../../shared/backup/archive";
import { schemaVersion } from "../../renderer/db/migrations";

const app = { version: "0.1.0", schemaVersion: schemaVersion() };
const opened: AppDB[] = [];
let key: PassphraseKey;

beforeAll(async () => {
  key = await derivePassphraseKey("batu caves 272 anak tangga");
});
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await d.delete();
  }
});

async function freshDb(): Promise<AppDB> {
  const d = new AppDB(`backup-${Math.random()}`);
  opened.push(d);
  await d.open();
  return d;
}

const meta = (id: string) => ({
  id,
  createdAt: "2026-11-01T00:00:00.000Z",
  createdBy: "U1",
  updatedAt: "2026-11-02T00:00:00.000Z",
  updatedBy: "U1",
  rev: 2,
  deletedAt: null,
});

/** Every table given at least one row (Blobs in photos and attachments, bytes in the office logo). */
async function fill(d: AppDB): Promise<void> {
  const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 1, 2, 3, 0xff, 0xd9])], { type: "image/jpeg" });
  const pdf = new Blob([new TextEncoder().encode("%PDF-1.4 surat")], { type: "application/pdf" });
  // Raw IndexedDB, as a backup sees it (the app's middleware would ask for real cases).
  const rows: [string, unknown][] = [];
  {
    for (const table of d.tables) {
      const pk = table.schema.primKey.keyPath;
      const base: Record<string, unknown> = { ...meta(`01J${table.name.toUpperCase().padEnd(10, "X")}`) };
      if (table.name === "office")
        Object.assign(base, {
          id: "office",
          officeName: "PKMD Lembah Pantai",
          logo: { type: "png", data: new Uint8Array([137, 80, 78, 71, 0, 255]), width: 1, height: 1 },
        });
      if (table.name === "photos") Object.assign(base, { data: jpeg, caption: "Gotong-royong\nbaris dua" });
      if (table.name === "attachments") Object.assign(base, { data: pdf, name: "slip.pdf" });
      if (Array.isArray(pk)) for (const k of pk) base[k] ??= `${k}-1`;
      else if (pk && pk !== "id") base[pk] = `${table.name}-key`;
      // Values a record may carry: nested lists, a date-time, accents and quotes.
      Object.assign(base, {
        notes: ['Kes "baru"', { n: 1.5, ok: true, none: null }],
        nama: "Siti Nur'aini Ü",
      });
      rows.push([table.name, base]);
    }
    // More rows than one part holds, to cross part boundaries.
    for (let i = 0; i < PART_RECORDS + 7; i++)
      rows.push(["persons", { ...meta(`01K${String(i).padStart(8, "0")}`), nameTokens: [] }]);
  }
  await rawPut(d, rows);
}

function rawPut(d: AppDB, rows: [string, unknown][]): Promise<void> {
  const idb = d.backendDB();
  const tx = idb.transaction([...new Set(rows.map((r) => r[0]))], "readwrite");
  for (const [name, row] of rows) tx.objectStore(name).put(row);
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

async function dump(d: AppDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of d.tables) {
    const rows = await table.toArray();
    out[table.name] = await Promise.all(rows.map(async (r) => revealBlobs(r)));
  }
  return out;
}

/** Blobs become their type and bytes, so two dumps compare by content. */
async function revealBlobs(v: unknown): Promise<unknown> {
  if (v instanceof Blob) return { blob: v.type, bytes: [...new Uint8Array(await v.arrayBuffer())] };
  if (v instanceof Uint8Array) return { u8: [...v] };
  if (Array.isArray(v)) return Promise.all(v.map(revealBlobs));
  if (v && typeof v === "object")
    return Object.fromEntries(
      await Promise.all(Object.entries(v).map(async ([k, x]) => [k, await revealBlobs(x)])),
    );
  return v;
}

describe("backup archive of the app database", () => {
  it("holds every table and restores them identical, Blobs and bytes included", async () => {
    const source = await freshDb();
    await fill(source);
    const before = await dump(source);
    const made = await makeBackup({
      dbName: source.name,
      exclude: [],
      appVersion: app.version,
      key,
      now: "2026-11-18T02:00:00.000Z",
    });
    expect(Object.keys(made.counts).sort()).toEqual(source.tables.map((t) => t.name).sort());
    expect(made.counts.persons).toBe(PART_RECORDS + 8);
    expect(made.officeName).toBe("PKMD Lembah Pantai");
    await verifyBackup({ file: made.file, key, counts: made.counts, app });
    const { summary } = await inspectBackup({ file: made.file, key, app });
    expect(summary.counts).toEqual(made.counts);
    expect(summary.header.office.name).toBe("PKMD Lembah Pantai");

    // Into another database (a new PC) ...
    const target = await freshDb();
    await rawPut(target, [["cases", { ...meta("01LOLDCASE0"), recordNo: "X/2026/0001" }]]);
    await restoreBackup({ file: made.file, key, dbName: target.name, exclude: [], app });
    expect(await dump(target)).toEqual(before);

    // ... and over changed data in the same one.
    await rawPut(source, [["sites", { ...meta("01LNEWSITE0"), code: "NEW" }]]);
    await restoreBackup({ file: made.file, key, dbName: source.name, exclude: [], app });
    expect(await dump(source)).toEqual(before);
  });

  it("leaves the database untouched for a wrong passphrase, a flipped byte, a cut file or a newer schema", async () => {
    const d = await freshDb();
    await fill(d);
    const made = await makeBackup({
      dbName: d.name,
      exclude: [],
      appVersion: "0.1.0",
      key,
      now: "2026-11-18T02:00:00Z",
    });
    await rawPut(d, [["sites", { ...meta("01LCHANGED0"), code: "CHG" }]]);
    const before = await dump(d);
    const wrong = await derivePassphraseKey("batu caves 272 anak tangga!", key.kdf);
    const restore = (file: Uint8Array<ArrayBuffer>, k = key, a = app) =>
      restoreBackup({ file, key: k, dbName: d.name, exclude: [], app: a });
    expect(await problem(restore(made.file, wrong))).toBe("wrongPassphrase");
    const flipped = made.file.slice();
    flipped[flipped.length - 100]! ^= 0x01;
    expect(await problem(restore(flipped))).toBe("damaged");
    expect(await problem(restore(made.file.slice(0, made.file.length - 500)))).toBe("damaged");
    expect(await problem(restore(made.file, key, { ...app, schemaVersion: app.schemaVersion - 1 }))).toBe(
      "newerSchema",
    );
    expect(await dump(d)).toEqual(before);
  });

  it("refuses an archive whose contents do not match its manifest", async () => {
    const { chunks } = await encodeArchive([{ name: "sites", rows: [{ id: "a" }, { id: "b" }] }], 9);
    const whole = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      whole.set(c, at);
      at += c.length;
    }
    expect((await readArchive(whole)).manifest.tables[0]).toMatchObject({ name: "sites", records: 2 });
    const text = new TextDecoder().decode(whole).replace('{"id":"b"}', '{"id":"c"}');
    expect(await problem(readArchive(new TextEncoder().encode(text)))).toBe("damaged");
  });
});
