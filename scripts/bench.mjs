// Why: one repeatable bench of start-up cost, IndexedDB write speed and issue 3's district-size targets in
// Debian's Chromium, written to bench-results.json.
//
// Usage: npm run bench                  full run (about 10-15 minutes on a 2-core PC)
//        npm run bench -- --quick       smoke run: every scenario once or a few times, small sizes (scale 0.02)
//        npm run bench -- --scale=0.25  the district at a fraction of 200k cases / 120k persons / 40k referrals
//
// The renderer is built fresh into a private folder (dist/renderer is left to the tests) and served by vite
// preview. IndexedDB lives on disk (persistent Chromium profiles in a temp folder) for the write and district
// scenarios, as in the installed app; Playwright's ordinary contexts keep IndexedDB in memory.
//
// Scenarios (one JSON entry each, bench-results.json at the project root; targets are reported, never asserted):
//   start.initial_js_gzip  gzip -9 size of the same-origin JS loaded until the login screen is usable
//   start.login_screen     page.goto start -> "Log masuk" visible and enabled, demo office in IndexedDB, median of 5
//   limit.raw_bulkput      raw Dexie bulkPut in 5,000-row transactions; the largest size run is the plain
//                          name (200k in a full run), smaller sizes are limit.raw_bulkput@10k / @100k.
//   District (tests/bench/browser/seed-district.ts seeds the demo office plus generated records into the app's
//   own database once; "records" is the size of the table the scenario reads or writes):
//   search.name / .mykad   Ctrl+K search in the real app as pkmd: input value set in the page -> first matching
//                          [data-testid=search-person] in the DOM and the next frame; excluding_debounce_ms takes
//                          off SearchBox's 80 ms debounce. search.*.data: the search() call alone.
//   register.first_page    as ppk.aminah, location.hash = #/buku-rekod?status=baru -> first register-row (next
//                          frame); .data: registerPage(status baru + site SPH, 60 rows); .data_sparse: a rare
//                          filter (dirujuk + mangsa-kdrt) that walks the whole site; register.count.*: the heading
//                          count (registerCount) in the UI and as a data call.
//   home.dashboard         pkmd's home figures: logged in -> [data-testid=fig-baru] visible (one run)
//   referral.weekly_board  weeklyBoard(db, ppk.aminah)
//   case.save              casesRepo(db).create (numbering + audit in one transaction), one save at a time
//   bulk.cases             casesRepo(db).createMany in 5,000-case chunks; ratio = its rate / limit.raw_bulkput's
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as esbuild from "esbuild";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const quick = process.argv.includes("--quick");
const scaleArg = process.argv.find((a) => a.startsWith("--scale="));
const scale = scaleArg ? Number(scaleArg.slice("--scale=".length)) : quick ? 0.02 : 1;
if (!(scale > 0 && scale <= 4)) throw new Error(`--scale must be a number above 0 and at most 4, got ${scaleArg}`);
const PORT = 4390;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const APP_URL = `${ORIGIN}/`;
const BENCH_URL = `${ORIGIN}/__bench/index.html`;
const LOGIN_RUNS = quick ? 1 : 5;
/** A bulkPut run (including generating its records) longer than this gets no further runs at that size. */
const RUN_LIMIT_MS = 60_000;
/** Issue 3's district, scaled. */
const DISTRICT = {
  persons: Math.round(120_000 * scale),
  cases: Math.round(200_000 * scale),
  referrals: Math.round(40_000 * scale),
};
const BULK_CASES = Math.max(1_000, Math.round(20_000 * scale));
const BULK_CHUNK = 5_000;
const DATA_RUNS = quick ? 3 : 15;
const COUNT_RUNS = quick ? 1 : 5;
const SEARCH_ROUNDS = quick ? 1 : 3; // each round types every sample query once
const REGISTER_UI_RUNS = quick ? 2 : 7;
const SAVE_RUNS = quick ? 10 : 30;
const SAVE_WARMUP = 3;
/** SearchBox.tsx: useDebouncedValue(text, 80). */
const SEARCH_DEBOUNCE_MS = 80;
const users = {
  pkmd: { username: "pkmd", password: "Daerah#Lembah2026" },
  aminah: { username: "ppk.aminah", password: "Tapak#SPH2026" },
};
const contextOptions = {
  locale: "ms-MY",
  timezoneId: "Asia/Kuala_Lumpur",
  viewport: { width: 1366, height: 800 },
};

/** @type {import("node:child_process").ChildProcess | null} */
let preview = null;
/** @type {import("@playwright/test").Browser | null} */
let browser = null;
/** Persistent (on-disk) contexts, each its own Chromium process. @type {Set<import("@playwright/test").BrowserContext>} */
const diskContexts = new Set();
let tempDir = "";
let rendererDir = "";
let interrupted = false;

const round1 = (x) => Math.round(x * 10) / 10;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (msg) => console.log(`[bench] ${msg}`);

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function sizeLabel(n) {
  return n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

/** Builds the renderer into the bench's own folder; falls back to dist/renderer when the build fails. */
function buildRenderer() {
  const out = path.join(tempDir, "renderer");
  log(`vite build -> ${out}`);
  const r = spawnSync("npx", ["vite", "build", "--outDir", out, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
  if (r.status === 0) return out;
  const dist = path.join(root, "dist/renderer");
  if (!existsSync(path.join(dist, "index.html"))) throw new Error(`vite build failed (exit ${r.status})`);
  log(`WARNING: vite build failed (exit ${r.status}); benchmarking the existing dist/renderer instead`);
  return dist;
}

async function answers(url) {
  try {
    const res = await fetch(url);
    return res.ok ? await res.text() : null;
  } catch {
    return null;
  }
}

async function startPreview() {
  if ((await answers(APP_URL)) !== null)
    throw new Error(`port ${PORT} is already in use; stop that server first`);
  let output = "";
  let exited = null;
  const args = ["vite", "preview", "--outDir", rendererDir, "--port", String(PORT), "--strictPort"];
  preview = spawn("npx", [...args, "--host", "127.0.0.1"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  preview.stdout.on("data", (d) => (output += d));
  preview.stderr.on("data", (d) => (output += d));
  preview.on("exit", (code) => (exited = code));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`vite preview exited (${exited}):\n${output}`);
    const html = await answers(APP_URL);
    if (html?.includes('id="root"') && exited === null) return;
    await sleep(200);
  }
  throw new Error(`vite preview did not answer on ${APP_URL} within 30 s:\n${output}`);
}

async function stopPreview() {
  const child = preview;
  preview = null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once("exit", r));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timedOut = await Promise.race([gone.then(() => false), sleep(5_000).then(() => true)]);
  if (timedOut) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

async function cleanup() {
  for (const context of [...diskContexts]) {
    diskContexts.delete(context);
    await context.close().catch(() => {});
  }
  if (browser) {
    const b = browser;
    browser = null;
    await b.close().catch(() => {});
  }
  await stopPreview();
  if (tempDir) {
    rmSync(tempDir, { recursive: true, force: true });
    tempDir = "";
  }
}

const loginButton = (page) => page.getByRole("button", { name: "Log masuk", exact: true });

/** A fresh context whose IndexedDB already holds the demo office; returns the context and the setup page. */
async function contextWithDemo() {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  await page.goto(APP_URL);
  await page.getByRole("button", { name: "Cuba dengan data contoh" }).click({ timeout: 30_000 });
  await page.getByText("Akaun contoh").waitFor({ timeout: 60_000 });
  return { context, page };
}

async function waitLoginUsable(page) {
  const button = loginButton(page);
  await button.waitFor({ state: "visible", timeout: 60_000 });
  const handle = await button.elementHandle();
  await handle.waitForElementState("enabled", { timeout: 60_000 });
  await handle.dispose();
}

async function benchInitialJs() {
  const { context, page: setupPage } = await contextWithDemo();
  try {
    await setupPage.close();
    const page = await context.newPage();
    /** @type {Map<string, Promise<Buffer>>} */
    const bodies = new Map();
    page.on("response", (response) => {
      const request = response.request();
      if (request.resourceType() !== "script") return;
      if (new URL(response.url()).origin !== ORIGIN) return;
      if (!bodies.has(response.url())) bodies.set(response.url(), response.body());
    });
    await page.goto(APP_URL);
    await waitLoginUsable(page);
    let raw = 0;
    let gz = 0;
    for (const [url, body] of bodies) {
      const buf = await body;
      const size = gzipSync(buf, { level: 9 }).length;
      raw += buf.length;
      gz += size;
      log(`  ${new URL(url).pathname}  ${round1(buf.length / 1024)} KB raw, ${round1(size / 1024)} KB gzip`);
    }
    log(`initial JS: ${bodies.size} file(s), ${round1(raw / 1024)} KB raw, ${round1(gz / 1024)} KB gzip -9`);
    return { name: "start.initial_js_gzip", value: round1(gz / 1024), unit: "KB", target: null };
  } finally {
    await context.close();
  }
}

async function benchLoginScreen() {
  const times = [];
  for (let i = 0; i < LOGIN_RUNS; i++) {
    const { context, page: setupPage } = await contextWithDemo();
    try {
      await setupPage.close();
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(APP_URL, { waitUntil: "commit" });
      await waitLoginUsable(page);
      const ms = performance.now() - t0;
      times.push(ms);
      log(`login screen run ${i + 1}/${LOGIN_RUNS}: ${round1(ms)} ms`);
    } finally {
      await context.close();
    }
  }
  return {
    name: "start.login_screen",
    records: 0,
    runs: times.length,
    median_ms: round1(median(times)),
    target_ms: null,
  };
}

/** Bundles one tests/bench/browser entry (with its Dexie, repositories and shared code) into one script. */
async function bundle(name) {
  const outfile = path.join(tempDir, `${name}.js`);
  await esbuild.build({
    entryPoints: [path.join(root, `tests/bench/browser/${name}.ts`)],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    outfile,
    logLevel: "warning",
  });
  return outfile;
}

/** A Chromium with its own on-disk profile, so IndexedDB is written to disk as in the installed app. */
async function diskContext(name) {
  const context = await chromium.launchPersistentContext(path.join(tempDir, `profile-${name}`), {
    ...contextOptions,
    executablePath: chromiumPath(),
    args: chromiumArgs,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  diskContexts.add(context);
  return context;
}

async function closeDiskContext(context) {
  diskContexts.delete(context);
  await context.close();
}

/** A page on the app's origin that runs one bench bundle (so it shares the app's IndexedDB). */
async function benchPage(context, name, file, ready) {
  const page = await context.newPage();
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>bench</title>
<script src="/__bench/${name}.js"></script></head><body>bench</body></html>`;
  await page.route(`**/__bench/${name}.js`, (route) =>
    route.fulfill({ path: file, contentType: "text/javascript" }),
  );
  await page.route("**/__bench/index.html", (route) => route.fulfill({ body: html, contentType: "text/html" }));
  await page.goto(BENCH_URL);
  await page.waitForFunction(ready);
  return page;
}

/** One timed bulkPut run in a fresh page; returns the timed ms and the run's wall time. */
async function rawBulkPutRun(context, file, count) {
  const page = await benchPage(context, "raw-bulkput", file, () => typeof window.benchRawBulkPut === "function");
  try {
    const t0 = performance.now();
    const { ms } = await page.evaluate((n) => window.benchRawBulkPut(n), count);
    return { ms, wall: performance.now() - t0 };
  } finally {
    await page.close();
  }
}

async function benchRawBulkPut() {
  const plan = quick
    ? [{ count: 10_000, runs: 1 }]
    : [
        { count: 10_000, runs: 3 },
        { count: 100_000, runs: 3 },
        { count: 200_000, runs: 3 },
      ];
  const largest = Math.max(...plan.map((p) => p.count));
  const file = await bundle("raw-bulkput");
  const context = await diskContext("raw-bulkput");
  const entries = [];
  /** Wall ms per record of the previous size, to predict whether the next size fits the run limit. */
  let wallPerRecord = 0;
  try {
    for (const { count, runs: planned } of plan) {
      let runs = planned;
      const predicted = wallPerRecord * count;
      if (runs > 1 && predicted > RUN_LIMIT_MS) {
        runs = 1;
        log(
          `raw bulkPut ${sizeLabel(count)}: predicted ${round1(predicted / 1000)} s per run > ${RUN_LIMIT_MS / 1000} s, so 1 run instead of ${planned}`,
        );
      }
      const times = [];
      const walls = [];
      for (let i = 0; i < runs; i++) {
        const { ms, wall } = await rawBulkPutRun(context, file, count);
        times.push(ms);
        walls.push(wall);
        log(
          `raw bulkPut ${sizeLabel(count)} run ${i + 1}/${runs}: ${round1(ms)} ms timed (${round1(wall / 1000)} s with generation)`,
        );
        if (wall > RUN_LIMIT_MS && i + 1 < runs) {
          log(
            `raw bulkPut ${sizeLabel(count)}: run took ${round1(wall / 1000)} s > ${RUN_LIMIT_MS / 1000} s, so stopping after ${i + 1} run(s)`,
          );
          break;
        }
      }
      wallPerRecord = median(walls) / count;
      const med = median(times);
      entries.push({
        name: count === largest ? "limit.raw_bulkput" : `limit.raw_bulkput@${sizeLabel(count)}`,
        records: count,
        runs: times.length,
        median_ms: round1(med),
        target_ms: null,
        rate_per_s: Math.round(count / (med / 1000)),
      });
    }
  } finally {
    await closeDiskContext(context);
  }
  return entries;
}

const targetText = (target, unit) => (target === null || target === undefined ? "-" : `${target} ${unit}`);

function printTable(entries) {
  const rows = entries.map((e) => [
    e.name,
    e.records === undefined ? "-" : String(e.records),
    e.runs === undefined ? "-" : String(e.runs),
    e.median_ms !== undefined ? `${e.median_ms} ms` : `${e.value} ${e.unit}`,
    targetText("target_ms" in e ? e.target_ms : e.target, e.unit ?? "ms"),
    e.rate_per_s === undefined ? "-" : `${e.rate_per_s.toLocaleString("en-US")}/s`,
  ]);
  const head = ["scenario", "records", "runs", "median", "target", "rate"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log("");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
  console.log("");
}

async function main() {
  const started = performance.now();
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("no Chromium found: install Debian's chromium or set CHROMIUM_PATH");
  tempDir = mkdtempSync(path.join(os.tmpdir(), "rekod-bench-"));
  buildIfMissing();
  await startPreview();
  // Our own signal handlers close the browser and the preview server; Playwright's would exit first.
  browser = await chromium.launch({
    executablePath,
    args: chromiumArgs,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });

  const cpus = os.cpus();
  log(
    `machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${round1(os.totalmem() / 1024 ** 3)} GB RAM, ` +
      `${os.platform()} ${os.release()}, Chromium ${browser.version()}${quick ? " (--quick)" : ""}`,
  );

  const entries = [];
  entries.push(await benchInitialJs());
  entries.push(await benchLoginScreen());
  entries.push(...(await benchRawBulkPut()));

  printTable(entries);
  const out = path.join(root, "bench-results.json");
  writeFileSync(out, `${JSON.stringify(entries, null, 2)}\n`);
  log(`wrote ${path.relative(root, out)} in ${round1((performance.now() - started) / 1000)} s`);
}

// Last resort on any exit path: never leave the preview server running.
process.on("exit", () => {
  if (preview?.pid && preview.exitCode === null && preview.signalCode === null) {
    try {
      process.kill(-preview.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (err) {
  if (!interrupted)
    console.error(`[bench] failed: ${err instanceof Error ? (err.stack ?? err.message) : err}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
