// Why: issue 11's backup and restore targets on the seeded district: limit.read_all (toArray of every table),
// backup.full (the app's own backupNow: worker pack + OPFS write + read-back verify, with long tasks watched),
// limit.bulkput_all (raw bulkPut of the same rows into empty tables) and restore.full (the app's restore job).
import Dexie from "dexie";
import { AppDB, type PhotoRecord } from "../../../renderer/db/app-db";
import { migrations } from "../../../renderer/db/migrations";
import { setBackupWorkerFactory, runJob } from "../../../renderer/backup/client";
import {
  appVersions,
  backupNow,
  currentKey,
  EXCLUDED_TABLES,
  lastBackupSizes,
} from "../../../renderer/backup/service";
import { host } from "../../../renderer/host";

export type BackupBench = {
  records: number;
  photos: number;
  attachments: number;
  readAll: number[];
  backup: {
    ms: number;
    longestTaskMs: number;
    longTasks: number;
    /** Where the long tasks fell: each one's start (ms from the backup's start), length and the phase then. */
    tasks: { at: number; ms: number; phase: string }[];
  }[];
  sizes: { jsonBytes: number; binBytes: number; fileBytes: number; jsonWithBase64: number };
  bulkPutAll: number[];
  restore: number[];
  /** One more restore over the twin while it holds the district (clear, then add): a restore on a PC in use. */
  restoreOverDataMs: number;
  restoredSame: boolean;
};

declare global {
  interface Window {
    benchBackup: (runs: number, media: { photos: number; attachments: number }) => Promise<BackupBench>;
  }
}

const db = new AppDB();
const SCRATCH = "rekod-bench-restore";

/** A JPEG (which, like a photo, hardly compresses). */
async function photo(i: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(1280, 960);
  const ctx = canvas.getContext("2d")!;
  // Shapes of colour with some grain: a downscaled photo of about 150-250 KB, as the app stores them.
  let x = (i + 1) * 2654435761;
  const rnd = () => ((x = (x * 1103515245 + 12345) >>> 0) & 0xffff) / 0xffff;
  for (let k = 0; k < 400; k++) {
    ctx.fillStyle = `hsl(${Math.floor(rnd() * 360)} ${Math.floor(30 + rnd() * 50)}% ${Math.floor(25 + rnd() * 50)}%)`;
    ctx.fillRect(rnd() * 1280, rnd() * 960, 20 + rnd() * 200, 20 + rnd() * 200);
  }
  const img = ctx.getImageData(0, 0, 1280, 960);
  for (let p = 0; p < img.data.length; p += 4) {
    const n = (rnd() - 0.5) * 24;
    for (let c = 0; c < 3; c++) img.data[p + c] = img.data[p + c]! + n;
  }
  ctx.putImageData(img, 0, 0);
  return canvas.convertToBlob({ type: "image/jpeg", quality: 0.8 });
}

/** Photos on programmes and documents on investigations, as offices add them (written raw, once). */
async function addMedia(photos: number, attachments: number): Promise<void> {
  if ((await db.photos.count()) >= photos && (await db.attachments.count()) >= attachments) return;
  const at = new Date().toISOString();
  const meta = (id: string) => ({
    id,
    createdAt: at,
    createdBy: "bench",
    updatedAt: at,
    updatedBy: "bench",
    rev: 1,
    deletedAt: null,
  });
  const site = (await db.sites.toCollection().first())!;
  const photoRows: PhotoRecord[] = [];
  for (let i = 0; i < photos; i++) {
    const data = await photo(i);
    photoRows.push({
      ...meta(`01BENCHPHOTO${String(i).padStart(14, "0")}`),
      ownerTable: "programmes",
      ownerId: `bench-${i % 20}`,
      siteId: site.id,
      caption: `Aktiviti ${i + 1}`,
      mime: "image/jpeg" as const,
      width: 1280,
      height: 960,
      size: data.size,
      data,
    });
  }
  const docRows = Array.from({ length: attachments }, (_, i) => {
    const bytes = new Uint8Array(60_000 + (i % 5) * 30_000);
    // A scan compresses hardly at all; getRandomValues fills at most 64 KB at a time.
    for (let at = 0; at < bytes.length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
    const data = new Blob([new TextEncoder().encode("%PDF-1.4\n"), bytes], { type: "application/pdf" });
    return {
      ...meta(`01BENCHDOC${String(i).padStart(16, "0")}`),
      ownerTable: "investigations",
      ownerId: `bench-${i}`,
      siteId: site.id,
      name: `dokumen-${i + 1}.pdf`,
      label: "Slip gaji",
      mime: "application/pdf",
      size: data.size,
      data,
    };
  });
  // Raw, past the app's middleware: these tables have no tallies.
  await db.transaction("rw", [db.photos, db.attachments], async () => {
    await db.photos.bulkPut(photoRows);
    await db.attachments.bulkPut(docRows);
  });
}

async function readAll(): Promise<Record<string, unknown[]>> {
  return db.transaction("r", db.tables, async () => {
    const out: Record<string, unknown[]> = {};
    const rows = await Promise.all(db.tables.map((t) => t.toArray()));
    db.tables.forEach((t, i) => (out[t.name] = rows[i]!));
    return out;
  });
}

/** The app's schema under another name, without the app's middleware: the raw twin of the database. */
async function scratch(): Promise<Dexie> {
  await Dexie.delete(SCRATCH);
  const d = new Dexie(SCRATCH, { chromeTransactionDurability: "strict" });
  for (const apply of migrations) apply(d);
  await d.open();
  return d;
}

async function bulkPutAll(d: Dexie, tables: Record<string, unknown[]>): Promise<number> {
  const t0 = performance.now();
  await d.transaction("rw", d.tables, async () => {
    for (const t of d.tables) await t.bulkPut(tables[t.name] ?? []);
  });
  return performance.now() - t0;
}

async function counts(d: Dexie): Promise<string> {
  const out: [string, number][] = [];
  for (const t of d.tables) out.push([t.name, await t.count()]);
  return JSON.stringify(out.sort());
}

async function benchBackup(
  runs: number,
  media: { photos: number; attachments: number },
): Promise<BackupBench> {
  const code = await (await fetch("/__bench/backup-worker.js")).text();
  const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
  setBackupWorkerFactory(() => new Worker(url));
  await addMedia(media.photos, media.attachments);
  const key = (await currentKey())!;

  const result: BackupBench = {
    records: 0,
    photos: await db.photos.count(),
    attachments: await db.attachments.count(),
    readAll: [],
    backup: [],
    sizes: { jsonBytes: 0, binBytes: 0, fileBytes: 0, jsonWithBase64: 0 },
    bulkPutAll: [],
    restore: [],
    restoreOverDataMs: 0,
    restoredSame: false,
  };
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const tables = await readAll();
    result.readAll.push(performance.now() - t0);
    result.records = Object.values(tables).reduce((n, r) => n + r.length, 0);
  }
  let lastName = "";
  for (let i = 0; i < runs; i++) {
    const tasks: { at: number; ms: number }[] = [];
    const phases: { at: number; phase: string }[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => tasks.push({ at: e.startTime, ms: e.duration })),
    );
    observer.observe({ type: "longtask" });
    const t0 = performance.now();
    const row = await backupNow("manual", {
      onProgress: (p) => {
        if (phases.at(-1)?.phase !== p.phase) phases.push({ at: performance.now(), phase: p.phase });
      },
    });
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    lastName = row.name;
    result.backup.push({
      ms,
      longestTaskMs: Math.max(0, ...tasks.map((x) => x.ms)),
      longTasks: tasks.length,
      tasks: tasks.map((x) => ({
        at: Math.round(x.at - t0),
        ms: Math.round(x.ms),
        phase: phases.filter((p) => p.at <= x.at).at(-1)?.phase ?? "start",
      })),
    });
  }
  const sizes = lastBackupSizes()!;
  result.sizes = { ...sizes, jsonWithBase64: sizes.jsonBytes + Math.ceil(sizes.binBytes / 3) * 4 };

  const file = (await host.readBackup({ name: lastName })) as Uint8Array<ArrayBuffer>;
  const wanted = await counts(db);
  const restore = async () => {
    const t0 = performance.now();
    await runJob("restoreBackup", {
      file,
      key,
      dbName: SCRATCH,
      exclude: EXCLUDED_TABLES,
      app: appVersions(),
    });
    return performance.now() - t0;
  };
  for (let i = 0; i < runs; i++) {
    const tables = await readAll();
    const d = await scratch();
    result.bulkPutAll.push(await bulkPutAll(d, tables));
    d.close();
    // The restore into the same empty tables (a new PC), as the limit is measured.
    (await scratch()).close();
    result.restore.push(await restore());
  }
  result.restoreOverDataMs = await restore();
  const check = new Dexie(SCRATCH);
  for (const apply of migrations) apply(check);
  await check.open();
  result.restoredSame = (await counts(check)) === wanted;
  check.close();
  await Dexie.delete(SCRATCH);
  for (const e of await host.listBackups()) await host.deleteBackup({ name: e.name });
  return result;
}

window.benchBackup = benchBackup;
