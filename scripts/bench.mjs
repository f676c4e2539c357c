// Why: one repeatable bench of start-up cost, IndexedDB write speed and issue 3's district-size targets in
// Debian's Chromium, written to bench-results.json.
//
// Usage: npm run bench                  full run (about 6-8 minutes on a 2-core PC, more while it is busy)
//        npm run bench -- --quick       smoke run: every scenario once or a few times, small sizes (scale 0.02)
//        npm run bench -- --scale=0.25  the district at a fraction of 200k cases / 120k persons / 40k referrals
//        npm run bench -- --only=reports  seed the district and time only the official documents (no JSON written)
//        npm run bench -- --only=import   time only the legacy Buku Rekod import (no JSON written)
//        npm run bench -- --only=backup   seed the district and time only the backups (no JSON written)
//        npm run bench -- --only=direktori  time only the directory (booklet and search; no JSON written)
//        npm run bench -- --only=kpn    time only the KPN outreach scenarios (kpn.*; no JSON written)
//        npm run bench -- --only=exchange  time only the exchange between PCs (exchange.*; no JSON written)
//        npm run bench -- --only=desk   seed the district and time only the PKMD desk (desk.*; no JSON written)
//        npm run bench -- --only=pkh    time only the PKH pack's scenarios (pkh.*, report.laporan_bulanan; no JSON written)
//        npm run bench -- --pages       also count the programme report's pages in LibreOffice in a --quick run
//        npm run bench -- --no-hub      leave out the office hub's figures (npm run bench:hub runs them alone)
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
//   home.dashboard         pkmd's home figures: logged in -> every figure's count shown (one run)
//   referral.weekly_board  weeklyBoard(db, ppk.aminah)
//   case.save              casesRepo(db).create (numbering + audit in one transaction), one save at a time
//   bulk.cases             3 imports of 20k cases, each one casesRepo(db).createMany call (one transaction: an import
//                          is all-or-nothing); ratio = their median rate / limit.raw_bulkput's;
//                          limit.raw_bulkput_cases: the same records raw into the cases table in one transaction,
//                          right after each import
//   report.*               the official documents on the seeded district (before the writes above): the yearly
//                          statistics (< 0.5 s), the 10k-row Buku Rekod extract (< 2 s), a 50-page programme report
//                          docx (< 1.5 s), the district's Senarai Status Rujukan (no target); see benchReports and
//                          tests/bench/browser/reports.ts.
//   limit.read_all, backup.full, limit.bulkput_all, restore.full: backups (see benchBackups).
//   report.direktori_1000  the Direktori CBO of 1,000 organisations (every kind): read from IndexedDB, model (contents,
//                          pages planned) and Word booklet (< 3 s); the Excel list timed beside it (note). See
//                          tests/bench/browser/direktori.ts.
//   direktori.search_5k    5,000 organisations on disk searched through the list screen's own query (directoryPage):
//                          a name word, phone digits, a service word, words with filters, filters alone (< 50 ms,
//                          median of every query); ratio = that median / a raw IndexedDB read of one page (50 rows)
//                          of the name index in the same database and run. See tests/bench/browser/direktori-search.ts.
//   kpn.tally, kpn.complaint_save, kpn.quick_intake  outreach mode on the demo office (< 50, < 50, < 100 ms); see
//                          benchKpn and tests/bench/browser/kpn.ts.
//   exchange.export_site_month  a site's month (1,500 residents and 1,500 cases written through the repositories,
//                          with their audit rows: about 3,000 records) gathered for the PKMD's PC and sealed into one
//                          exchange file without photos (< 2 s; bytes = the file's size, < 1 MB)
//   exchange.import_20k    20,000 versions from another PC merged in one transaction (receiveChanges); ratio = the same
//                          rows bulkPut raw into the same table of a fresh database, same run / the merge (>= 0.5).
//                          See tests/bench/browser/exchange.ts.
//   desk.pkmd              the PKMD desk as pkmd, logged in: location.hash = #/meja from the sites list -> the table
//                          with every site's row and the totals painted (next frame), median of 7 (< 300 ms);
//                          desk.pkmd.data: the desk() data call alone (its floor), same run. See benchDesk and
//                          tests/bench/browser/desk.ts.
// The table's "ok" column is "pass" when the median is under its target (or the bulk ratio reaches it).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as esbuild from "esbuild";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const appVersion = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version;
const quick = process.argv.includes("--quick");
/** Only seed the district and time the official documents (while working on them); bench-results.json is not written. */
/** Only seed the district and time the backups (limit.read_all, backup.full, limit.bulkput_all, restore.full). */
const backupOnly = process.argv.includes("--only=backup");
const reportsOnly = process.argv.includes("--only=reports") || backupOnly;
/** Only the legacy import (import.legacy_50k); bench-results.json is not written. */
const importOnly = process.argv.includes("--only=import");
/** Only the directory (report.direktori_1000, direktori.search_5k); bench-results.json is not written. */
const direktoriOnly = process.argv.includes("--only=direktori");
/** Only the KPN outreach scenarios (kpn.*); bench-results.json is not written. */
const kpnOnly = process.argv.includes("--only=kpn");
/** Only the exchange between PCs (exchange.*); bench-results.json is not written. */
const exchangeOnly = process.argv.includes("--only=exchange");
/** Only the PKMD desk on the seeded district (desk.*); bench-results.json is not written. */
const deskOnly = process.argv.includes("--only=desk");
/** Only the PKH scenarios (pkh.*, report.laporan_bulanan); bench-results.json is not written. */
const pkhOnly = process.argv.includes("--only=pkh");
const scaleArg = process.argv.find((a) => a.startsWith("--scale="));
const scale = scaleArg ? Number(scaleArg.slice("--scale=".length)) : quick ? 0.02 : 1;
if (!(scale > 0 && scale <= 4))
  throw new Error(`--scale must be a number above 0 and at most 4, got ${scaleArg}`);
/** BENCH_PORT lets two benches run side by side (e.g. `BENCH_PORT=4391 npm run bench`). */
const PORT = Number(process.env.BENCH_PORT ?? 4390);
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
/** Bulk imports timed (each BULK_CASES new cases); the figure is their median rate. */
const BULK_ROUNDS = quick ? 1 : 3;
const DATA_RUNS = quick ? 3 : 15;
const COUNT_RUNS = quick ? 1 : 5;
const SEARCH_ROUNDS = quick ? 1 : 3; // each round types every sample query once
const REGISTER_UI_RUNS = quick ? 2 : 7;
const DESK_UI_RUNS = quick ? 2 : 7;
const SAVE_RUNS = quick ? 10 : 30;
const SAVE_WARMUP = 3;
const STATS_RUNS = quick ? 3 : 9;
const EXTRACT_ROWS = 10_000;
const EXTRACT_RUNS = quick ? 1 : 3;
/**
 * programmeReportFixture(46) gives 23 programmes with 4 photos each, which LibreOffice lays out as 50 A4 pages
 * (summary table, then a page of particulars and a page of photos per programme, signatures); the count is taken
 * again in every full run (and with --pages) and shown beside the figure.
 */
const PROGRAMME_FIXTURE_PAGES = 46;
const PROGRAMME_RUNS = quick ? 2 : 7;
const BACKUP_RUNS = quick ? 1 : 3;
/** Photos and attachments added to the district before the backup scenarios (a demo office's year of programmes). */
const BACKUP_MEDIA = { photos: 60, attachments: 40 };
/** A report scenario stops taking runs (after its third) once its runs have taken this long. */
const REPORT_BUDGET_MS = quick ? 20_000 : 45_000;
/** The programme report's pages are counted in LibreOffice (about 20 s) in full runs, or with --pages. */
const countPages = process.argv.includes("--pages") || !quick;
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
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  if (r.status === 0) return out;
  // eslint-disable-next-line no-control-regex
  const text = `${r.stdout}${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
  const problems = [...new Set(text.split("\n").filter((l) => /error|Could not resolve/i.test(l)))].slice(
    0,
    6,
  );
  const dist = path.join(root, "dist/renderer");
  if (!existsSync(path.join(dist, "index.html")))
    throw new Error(`vite build failed (exit ${r.status}):\n${problems.join("\n")}`);
  const built = statSync(path.join(dist, "index.html")).mtime.toISOString();
  log(`WARNING: vite build failed (exit ${r.status}): ${problems.map((l) => l.trim()).join(" | ")}`);
  log(`WARNING: benchmarking the existing dist/renderer instead (built ${built})`);
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
    // export.ts brings in the document worker's starter (new URL(..., import.meta.url)), never called here.
    logOverride: { "empty-import-meta": "silent" },
    // As vite.config.ts defines it for the renderer (the report models stamp the version).
    define: { __APP_VERSION__: JSON.stringify(appVersion) },
  });
  return outfile;
}

/** bundle() that reports a failure (e.g. an unfinished writer) instead of stopping the bench; null when it failed. */
async function bundleOrSkip(name) {
  try {
    return await bundle(name);
  } catch (err) {
    const first = String(err instanceof Error ? err.message : err)
      .split("\n")
      .slice(0, 3)
      .join(" | ");
    log(`WARNING: tests/bench/browser/${name}.ts did not build, its scenarios are skipped: ${first}`);
    return null;
  }
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

/**
 * A page on the app's origin that runs one bench bundle (so it shares the app's IndexedDB); `file` may also be a
 * map of several bundles by name, loaded in that order.
 */
async function benchPage(context, name, file, ready) {
  const page = await context.newPage();
  const files = typeof file === "string" ? { [name]: file } : file;
  const scripts = Object.keys(files)
    .map((n) => `<script src="/__bench/${n}.js"></script>`)
    .join("\n");
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>bench</title>
${scripts}</head><body>bench</body></html>`;
  for (const [n, f] of Object.entries(files))
    await page.route(`**/__bench/${n}.js`, (route) =>
      route.fulfill({ path: f, contentType: "text/javascript" }),
    );
  await page.route("**/__bench/index.html", (route) =>
    route.fulfill({ body: html, contentType: "text/html" }),
  );
  await page.goto(BENCH_URL);
  await page.waitForFunction(ready);
  return page;
}

/** One timed bulkPut run in a fresh page; returns the timed ms and the run's wall time. */
async function rawBulkPutRun(context, file, count) {
  const page = await benchPage(
    context,
    "raw-bulkput",
    file,
    () => typeof window.benchRawBulkPut === "function",
  );
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
        // One run in the middle size keeps the full bench near 6 minutes; 10k and 200k give the medians.
        { count: 100_000, runs: 1 },
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

/** Rows of the legacy Buku Rekod import (issue 11's import.legacy_50k), in every run, --quick too. */
const IMPORT_ROWS = 50_000;
const IMPORT_RUNS = quick ? 1 : 3;

/**
 * import.legacy_50k: a 50,000-row legacy Buku Rekod .xlsx (tests/fixtures/legacy-buku-rekod.ts, 1% bad rows) from its
 * bytes to the commit (read, check, one transaction), in a fresh on-disk database each run (tests/bench/browser/
 * import-legacy.ts); ratio = the raw bulkPut of the persons and cases it stored into the same empty tables in one
 * transaction / the import's time (= the import's rate / the raw rate; target >= 0.7).
 */
async function benchImportLegacy() {
  const file = await bundleOrSkip("import-legacy");
  if (!file) return [];
  const context = await diskContext("import");
  try {
    const page = await benchPage(
      context,
      "import-legacy",
      file,
      () => typeof window.benchImportLegacy === "function",
    );
    const r = await page.evaluate(
      ([n, runs]) => window.benchImportLegacy(n, runs),
      [IMPORT_ROWS, IMPORT_RUNS],
    );
    await page.close();
    r.rounds.forEach((x, i) =>
      log(
        `import.legacy_50k run ${i + 1}/${r.rounds.length}: ${r.rows} rows (${r.valid} valid, xlsx ` +
          `${round1(r.xlsxBytes / 1024)} KB) in ${round1(x.ms)} ms (read ${round1(x.parts.read)}, check ` +
          `${round1(x.parts.check)}, commit ${round1(x.parts.commit)}); raw bulkPut of the stored rows ${round1(x.rawMs)} ms`,
      ),
    );
    const ms = median(r.rounds.map((x) => x.ms));
    const rawMs = median(r.rounds.map((x) => x.rawMs));
    return [
      {
        name: "import.legacy_50k",
        records: r.rows,
        runs: r.rounds.length,
        median_ms: round1(ms),
        target: 0.7,
        rate_per_s: Math.round(r.rows / (ms / 1000)),
        ratio: Math.round((rawMs / ms) * 100) / 100,
        raw_median_ms: round1(rawMs),
        parts_ms: medians({
          read: r.rounds.map((x) => x.parts.read),
          check: r.rounds.map((x) => x.parts.check),
          commit: r.rounds.map((x) => x.parts.commit),
        }),
      },
    ];
  } catch (err) {
    log(`import.legacy_50k not measured: ${err instanceof Error ? err.message.split("\n")[0] : err}`);
    return [];
  } finally {
    await closeDiskContext(context);
  }
}

/** report.direktori_1000: the booklet of 1,000 organisations made (tests/bench/browser/direktori.ts). */
async function benchDirektori() {
  const file = await bundleOrSkip("direktori");
  if (!file) return [];
  const context = await diskContext("direktori");
  try {
    const page = await benchPage(
      context,
      "direktori",
      file,
      () => typeof window.benchDirektori === "function",
    );
    const r = await page.evaluate(([n, runs]) => window.benchDirektori(n, runs), [1000, quick ? 1 : 5]);
    await page.close();
    const times = r.rounds.map((x) => x.ms);
    const xlsx = round1(median(r.rounds.map((x) => x.xlsxMs)));
    log(
      `report.direktori_1000: ${r.organisations} organisations, ${r.pages} planned pages, docx ` +
        `${round1(r.docxBytes / 1024)} KB in ${round1(median(times))} ms; xlsx ${round1(r.xlsxBytes / 1024)} KB in ${xlsx} ms`,
    );
    return [
      {
        ...medianEntry("report.direktori_1000", r.organisations, times, 3000),
        pages_planned: r.pages,
        xlsx_median_ms: xlsx,
        parts_ms: medians({
          load: r.rounds.map((x) => x.parts.load),
          model: r.rounds.map((x) => x.parts.model),
          docx: r.rounds.map((x) => x.parts.docx),
        }),
      },
    ];
  } catch (err) {
    log(`report.direktori_1000 not measured: ${err instanceof Error ? err.message.split("\n")[0] : err}`);
    return [];
  } finally {
    await closeDiskContext(context);
  }
}

/** direktori.search_5k: the directory of 5,000 organisations searched (tests/bench/browser/direktori-search.ts). */
async function benchDirektoriSearch() {
  const file = await bundleOrSkip("direktori-search");
  if (!file) return [];
  const context = await diskContext("direktori-search");
  try {
    const page = await benchPage(
      context,
      "direktori-search",
      file,
      () => typeof window.benchDirektoriSearch === "function",
    );
    const r = await page.evaluate(
      ([n, runs]) => window.benchDirektoriSearch(n, runs),
      [5000, quick ? 3 : 15],
    );
    await page.close();
    const times = r.queries.flatMap((q) => q.ms);
    const raw = median(r.rawMs);
    const perQuery = Object.fromEntries(r.queries.map((q) => [q.name, round1(median(q.ms))]));
    log(
      `direktori.search_5k: ${r.organisations} organisations; ` +
        r.queries.map((q) => `${q.name} ${perQuery[q.name]} ms (${q.rows} rows)`).join(", ") +
        `; raw index page ${round1(raw)} ms`,
    );
    return [
      {
        ...medianEntry("direktori.search_5k", r.organisations, times, 50),
        raw_median_ms: round1(raw),
        ratio: raw > 0 ? Math.round((median(times) / raw) * 100) / 100 : null,
        per_query_ms: perQuery,
      },
    ];
  } catch (err) {
    log(`direktori.search_5k not measured: ${err instanceof Error ? err.message.split("\n")[0] : err}`);
    return [];
  } finally {
    await closeDiskContext(context);
  }
}

/**
 * kpn.tally, kpn.complaint_save, kpn.quick_intake (issue 13) on the demo office, in a profile on disk, as ppk.aminah at
 * the demo tour's first checkpoint. kpn.tally: in outreach mode, sex and age band picked, then the clock runs from the
 * service button's click to the total shown with the new count (and the next frame). The other two time the
 * repositories (tests/bench/browser/kpn.ts): a complaint registered, a new person + Buku Rekod case + intake saved.
 */
async function benchKpn() {
  const file = await bundleOrSkip("kpn");
  if (!file) return [];
  const runs = quick ? 5 : 20;
  const context = await diskContext("kpn");
  try {
    const page = await context.newPage();
    await page.goto(APP_URL);
    await page.getByRole("button", { name: "Cuba dengan data contoh" }).click({ timeout: 30_000 });
    await page.getByText("Akaun contoh").waitFor({ timeout: 60_000 });
    await loginAs(page, { username: "ppk.aminah", password: "Tapak#SPH2026" });
    await page.getByRole("link", { name: "Kembara Prihatin" }).click();
    await page.getByRole("link", { name: "Mod jangkauan" }).first().click();
    await page.getByTestId("service-total").waitFor({ timeout: 60_000 });
    const tally = await page.evaluate(async (n) => {
      const q = (id) => document.querySelector(`[data-testid="${id}"]`);
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
      const until = async (ok) => {
        while (!ok()) await new Promise((r) => setTimeout(r, 0));
      };
      const times = [];
      for (let i = 0; i < n; i++) {
        const before = q("service-total").textContent;
        const target = Number(before.replace(/\D/g, "")) + 1;
        q("sex-P").click();
        q(`age-dewasa`).click();
        const button = q("service-ziarah-prihatin");
        await until(() => !button.disabled);
        await frame();
        const t0 = performance.now();
        button.click();
        await new Promise((resolve) => {
          const check = () => Number(q("service-total").textContent.replace(/\D/g, "")) === target;
          if (check()) return resolve(undefined);
          const mo = new MutationObserver(() => {
            if (check()) {
              mo.disconnect();
              resolve(undefined);
            }
          });
          mo.observe(q("outreach"), { subtree: true, childList: true, characterData: true });
        });
        await frame();
        times.push(performance.now() - t0);
      }
      return times;
    }, runs);
    await page.close();
    const bench = await benchPage(context, "kpn", file, () => typeof window.benchKpn === "function");
    const r = await bench.evaluate((n) => window.benchKpn(n), runs);
    await bench.close();
    const entries = [
      medianEntry("kpn.tally", runs, tally, 50),
      medianEntry("kpn.complaint_save", runs, r.complaint, 50),
      medianEntry("kpn.quick_intake", runs, r.intake, 100),
    ];
    for (const e of entries) log(`${e.name}: median ${e.median_ms} ms over ${e.runs} runs`);
    return entries;
  } catch (err) {
    log(`kpn.* not measured: ${err instanceof Error ? err.message.split("\n")[0] : err}`);
    return [];
  } finally {
    await closeDiskContext(context);
  }
}

/** exchange.export_site_month and exchange.import_20k (issue 14), in a profile on disk; see tests/bench/browser/exchange.ts. */
async function benchExchange() {
  const file = await bundleOrSkip("exchange");
  if (!file) return [];
  const runs = quick ? 1 : 3;
  const persons = quick ? 150 : 1_500;
  const importRecords = quick ? 2_000 : 20_000;
  const context = await diskContext("exchange");
  try {
    const page = await benchPage(context, "exchange", file, () => typeof window.benchExchange === "function");
    const r = await page.evaluate((o) => window.benchExchange(o), { persons, importRecords, runs });
    await page.close();
    const exp = {
      ...medianEntry("exchange.export_site_month", r.export.records, r.export.ms, 2000),
      bytes: r.export.bytes,
      bytes_target: 1_000_000,
      parts_ms: {
        gather: round1(median(r.export.gatherMs)),
        seal: round1(median(r.export.ms) - median(r.export.gatherMs)),
      },
    };
    const merged = median(r.import.ms);
    const raw = median(r.import.rawMs);
    const imp = {
      ...medianEntry("exchange.import_20k", r.import.records, r.import.ms, null),
      raw_median_ms: round1(raw),
      ratio: merged > 0 ? Math.round((raw / merged) * 100) / 100 : null,
      ratio_target: 0.5,
    };
    log(`exchange.export_site_month: ${exp.records} records, median ${exp.median_ms} ms, ${exp.bytes} bytes`);
    log(
      `exchange.import_20k: median ${imp.median_ms} ms, raw bulkPut ${imp.raw_median_ms} ms, ratio ${imp.ratio}`,
    );
    return [exp, imp];
  } catch (err) {
    log(`exchange.* not measured: ${err instanceof Error ? err.message.split("\n")[0] : err}`);
    return [];
  } finally {
    await closeDiskContext(context);
  }
}

/**
 * pkh.search, pkh.components_month, pkh.reconciliation, report.laporan_bulanan (issue 15) on a kecamatan of 5,000 KPM
 * households (about 20,000 members), in a profile on disk; see tests/bench/browser/pkh.ts. Each entry carries the raw
 * read it stands on, timed in the same run, where there is one.
 */
async function benchPkh() {
  const file = await bundleOrSkip("pkh");
  if (!file) return [];
  const runs = quick ? 1 : 5;
  const households = quick ? 300 : 5_000;
  const context = await diskContext("pkh");
  try {
    const page = await benchPage(context, "pkh", file, () => typeof window.benchPkh === "function");
    const r = await page.evaluate((o) => window.benchPkh(o), { households, runs });
    await page.close();
    const search = medianEntry("pkh.search", r.households, r.search, 50);
    const components = medianEntry("pkh.components_month", r.members, r.components, 2000);
    const entries = [
      { ...search, raw_median_ms: round1(median(r.searchRaw)) },
      { ...components, raw_median_ms: round1(median(r.componentsRaw)) },
      {
        ...medianEntry("pkh.reconciliation", r.households, r.reconciliation, 500),
        raw_median_ms: round1(median(r.reconciliationRaw)),
        prepare_ms: round1(r.prepare),
      },
      { ...medianEntry("report.laporan_bulanan", 4, r.laporan, 2000), bytes: r.laporanBytes },
    ];
    for (const e of entries)
      log(
        `${e.name}: median ${e.median_ms} ms over ${e.runs} runs${e.raw_median_ms !== undefined ? ` (raw read ${e.raw_median_ms} ms)` : ""}`,
      );
    return entries;
  } catch (err) {
    log(`pkh.* not measured: ${err instanceof Error ? err.message.split("\n")[0] : err}`);
    return [];
  } finally {
    await closeDiskContext(context);
  }
}

/**
 * desk.pkmd (issue 14): the desk's data call alone in a bench page, then the desk screen in the real app as pkmd,
 * logged in, from the sites list (the home screen's figures settled first).
 */
async function benchDesk(context, c) {
  const entries = [];
  const file = await bundle("desk");
  const page = await benchPage(context, "desk", file, () => typeof window.benchDesk === "function");
  try {
    const data = await page.evaluate((runs) => window.benchDesk(runs), DATA_RUNS);
    log(
      `desk data (pkmd): ${data.rows} sites, ${data.cases} cases last month, median ${round1(median(data.ms))} ms`,
    );
    entries.push(medianEntry("desk.pkmd.data", c.cases, data.ms, null));
  } catch (err) {
    log(`desk data not measured: ${err instanceof Error ? err.message.split("\n")[0] : err}`);
  } finally {
    await page.close();
  }
  const app = await context.newPage();
  try {
    await loginAs(app, users.pkmd);
    await app.getByTestId("fig-follow-ups-value").waitFor({ timeout: 300_000 });
    await deskUiOnce(app); // warm-up
    const ui = [];
    for (let i = 0; i < DESK_UI_RUNS; i++) {
      ui.push(await deskUiOnce(app));
      log(`desk UI run ${i + 1}/${DESK_UI_RUNS}: every site's row painted ${round1(ui[i])} ms`);
    }
    entries.unshift(medianEntry("desk.pkmd", c.cases, ui, 300));
  } catch (err) {
    log(`desk UI not measured: ${err instanceof Error ? err.message.split("\n")[0] : err}`);
  } finally {
    await app.close();
  }
  return entries;
}

/** From the sites list to #/meja, timed inside the page until the table's totals row is in a painted frame. */
async function deskUiOnce(page) {
  await page.evaluate(() => (location.hash = "#/tapak"));
  await page.getByTestId("sites-table").waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    location.hash = "#/meja";
    while (!document.querySelector('[data-testid="desk-totals"]')) {
      if (performance.now() - t0 > 120_000) throw new Error("the desk was not shown within 120 s");
      await frame();
    }
    await frame();
    return performance.now() - t0;
  });
}

/** The search box's debounce in ms as SearchBox.tsx has it now (useDebouncedValue(text, N)), else 0. */
function searchDebounceMs() {
  const source = readFileSync(path.join(root, "renderer/features/carian/SearchBox.tsx"), "utf8");
  const m = /useDebouncedValue\(\s*[\w.]+\s*,\s*(\d+)/.exec(source);
  return m ? Number(m[1]) : 0;
}

const medianEntry = (name, records, times, target) => ({
  name,
  records,
  runs: times.length,
  median_ms: round1(median(times)),
  target_ms: target,
});

async function loginAs(page, user) {
  await page.goto(APP_URL);
  await page.getByLabel("Nama pengguna").fill(user.username);
  await page.getByLabel("Kata laluan").fill(user.password);
  await loginButton(page).click();
  await page.getByTestId("current-user").waitFor({ timeout: 120_000 });
}

/**
 * One search in the open Ctrl+K box, timed inside the page: the input is cleared (and its results gone),
 * then the query is set with the native value setter + an input event (what typing the last key does) and
 * the clock stops at the first [data-testid=search-person] that matches, and again at the next frame.
 */
async function searchOnce(page, query, expect) {
  return page.evaluate(
    async ({ query, expect }) => {
      const input = document.querySelector('[data-testid="search-input"]');
      if (!(input instanceof HTMLInputElement)) throw new Error("search input not found");
      const setValue = (v) => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(input, v);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      };
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const anyResult =
        '[data-testid="search-person"],[data-testid="search-case"],[data-testid="search-empty"]';
      setValue("");
      const clearBy = performance.now() + 10_000;
      while (document.querySelector(anyResult)) {
        if (performance.now() > clearBy) throw new Error("search results did not clear");
        await sleep(10);
      }
      await sleep(150); // the empty query's own debounce and search are over
      const words = (s) =>
        s
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .toLowerCase()
          .replace(/[^a-z0-9\s]/g, " ")
          .split(/\s+/)
          .filter(Boolean);
      const matches = () =>
        [...document.querySelectorAll('[data-testid="search-person"]')].some((el) => {
          const text = el.textContent ?? "";
          if (expect.text) return text.includes(expect.text);
          const w = words(text);
          return expect.tokens.every((q) => w.some((t) => t.startsWith(q)));
        });
      let t0 = 0;
      const shown = new Promise((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (!matches()) return;
          observer.disconnect();
          clearTimeout(timer);
          const dom = performance.now() - t0;
          requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no matching result for "${query}" within 15 s`));
        }, 15_000);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      t0 = performance.now();
      setValue(query);
      return shown;
    },
    { query, expect },
  );
}

/**
 * From a light page (the sites list) to the register filtered on status "baru", timed inside the page:
 * the first register-row (and the next frame), then the heading count.
 */
async function registerUiOnce(page) {
  await page.evaluate(() => (location.hash = "#/tapak"));
  await page.getByTestId("sites-table").waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  return page.evaluate(async () => {
    const t0 = performance.now();
    const until = (ok, ms, what) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!ok()) return false;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - t0);
          return true;
        };
        const observer = new MutationObserver(check);
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${what} not shown within ${ms / 1000} s`));
        }, ms);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        // It may already be on screen (the count can arrive before this watch starts).
        check();
      });
    const heading = until(() => !!document.querySelector('[data-testid="register-count"]'), 60_000, "page");
    const firstRow = until(() => !!document.querySelector('[data-testid="register-row"]'), 60_000, "row");
    location.hash = "#/buku-rekod?status=baru";
    const shown = await heading;
    const dom = await firstRow;
    const frame = await new Promise((r) => requestAnimationFrame(() => r(performance.now() - t0)));
    const count = await until(
      () => /\d/.test(document.querySelector('[data-testid="register-count"]')?.textContent ?? ""),
      300_000,
      "register count",
    );
    return { shown, dom, frame, count };
  });
}

async function benchDistrict(rawRate) {
  const entries = [];
  const file = await bundle("seed-district");
  const context = await diskContext("district");
  try {
    const bench = await benchPage(
      context,
      "seed-district",
      file,
      () => typeof window.benchSeedDistrict === "function",
    );
    log(
      `seeding the district: ${DISTRICT.persons} persons, ${DISTRICT.cases} cases, ${DISTRICT.referrals} referrals (scale ${scale})`,
    );
    const seed = await bench.evaluate((sizes) => window.benchSeedDistrict(sizes), DISTRICT);
    const c = seed.counts;
    log(
      `seeded in ${round1(seed.ms.total / 1000)} s (demo office ${round1(seed.ms.demo / 1000)} s, persons ` +
        `${round1(seed.ms.persons / 1000)} s, cases/referrals/checks ${round1(seed.ms.cases / 1000)} s): ` +
        `${c.persons} persons, ${c.cases} cases, ${c.referrals} referrals, ${c.statusChecks} status checks`,
    );
    log(`search samples: ${seed.names.map((n) => `"${n.query}"`).join(", ")}; MyKad ${seed.mykads.length}`);
    if (reportsOnly) {
      await bench.close();
      entries.push(...(backupOnly ? await benchBackups(context) : await benchReports(context, c)));
      return entries;
    }
    if (deskOnly) {
      await bench.close();
      return await benchDesk(context, c);
    }

    // Data calls, with no app page open (its live queries would compete).
    const reg = await bench.evaluate((runs) => window.benchRegisterPage("status", runs), DATA_RUNS);
    log(`registerPage status=baru site SPH: ${reg.rows} rows, median ${round1(median(reg.ms))} ms`);
    const sparse = await bench.evaluate((runs) => window.benchRegisterPage("sparse", runs), DATA_RUNS);
    log(
      `registerPage dirujuk + mangsa-kdrt site SPH: ${sparse.rows} rows, median ${round1(median(sparse.ms))} ms`,
    );
    const count = await bench.evaluate((runs) => window.benchRegisterCount(runs), COUNT_RUNS);
    log(`registerCount status=baru, aminah's sites: ${count.rows}, median ${round1(median(count.ms))} ms`);
    const board = await bench.evaluate((runs) => window.benchWeeklyBoard(runs), DATA_RUNS);
    log(`weeklyBoard ppk.aminah: ${board.rows} rows, median ${round1(median(board.ms))} ms`);
    const nameQueries = seed.names.map((n) => n.query);
    const mykadQueries = seed.mykads.map((m) => m.query);
    const nameData = await bench.evaluate(([q, r]) => window.benchSearch(q, r), [nameQueries, SEARCH_ROUNDS]);
    const mykadData = await bench.evaluate(
      ([q, r]) => window.benchSearch(q, r),
      [mykadQueries, SEARCH_ROUNDS],
    );

    // The real app: search as pkmd (every site), the register as ppk.aminah.
    let nameUi = [];
    let mykadUi = [];
    let dashboardMs = null;
    const app = await context.newPage();
    try {
      await loginAs(app, users.pkmd);
      const t0 = performance.now();
      // The follow-ups figure comes last in the panel; the panel shows all its figures at once.
      await app.getByTestId("fig-follow-ups-value").waitFor({ timeout: 300_000 });
      dashboardMs = performance.now() - t0;
      log(`home dashboard (pkmd): every figure ${round1(dashboardMs)} ms after login`);
      await app.keyboard.press("Control+k");
      await app.getByTestId("search-input").waitFor({ timeout: 30_000 });
      await searchOnce(app, nameQueries[0], seed.names[0]); // warm-up
      for (let round = 0; round < SEARCH_ROUNDS; round++) {
        for (const n of seed.names) nameUi.push(await searchOnce(app, n.query, n));
        for (const m of seed.mykads) mykadUi.push(await searchOnce(app, m.query, { text: m.query }));
      }
      log(
        `search UI name: median ${round1(median(nameUi.map((r) => r.frame)))} ms to the frame, ` +
          `${round1(median(nameUi.map((r) => r.dom)))} ms to the DOM; MyKad ${round1(median(mykadUi.map((r) => r.frame)))} ms`,
      );
    } catch (err) {
      log(`search UI not measured: ${err instanceof Error ? err.message : err}`);
      nameUi = [];
      mykadUi = [];
    } finally {
      await app.close();
    }
    let registerUi = [];
    const aminah = await context.newPage();
    try {
      await loginAs(aminah, users.aminah);
      await aminah.getByTestId("fig-baru").waitFor({ timeout: 300_000 });
      await registerUiOnce(aminah); // warm-up
      for (let i = 0; i < REGISTER_UI_RUNS; i++) {
        const r = await registerUiOnce(aminah);
        registerUi.push(r);
        log(
          `register UI run ${i + 1}/${REGISTER_UI_RUNS}: page ${round1(r.shown)} ms, first row ${round1(r.frame)} ms, ` +
            `count ${round1(r.count)} ms`,
        );
      }
    } catch (err) {
      log(`register UI not measured: ${err instanceof Error ? err.message : err}`);
      registerUi = [];
    } finally {
      await aminah.close();
    }

    entries.push(...(await benchDesk(context, c)));

    // The official documents, with the app closed and before the writes add cases.
    entries.push(...(await benchReports(context, c)));
    entries.push(...(await benchBackups(context)));

    // Writes last, with the app closed.
    const saves = await bench.evaluate(([r, w]) => window.benchCaseSave(r, w), [SAVE_RUNS, SAVE_WARMUP]);
    log(`case.save: median ${round1(median(saves.ms))} ms, max ${round1(Math.max(...saves.ms))} ms`);
    const bulk = await bench.evaluate(([t, r]) => window.benchBulkCases(t, r), [BULK_CASES, BULK_ROUNDS]);
    const rateOf = (ms) => Math.round(bulk.rows / (ms / 1000));
    const bulkRounds = bulk.rounds.map((r) => ({
      ms: r.ms,
      rate: rateOf(r.ms),
      sameTableRate: rateOf(r.rawSameTableMs),
      sameTableMs: r.rawSameTableMs,
    }));
    const bulkRate = Math.round(median(bulkRounds.map((r) => r.rate)));
    const sameTableRate = Math.round(median(bulkRounds.map((r) => r.sameTableRate)));
    bulkRounds.forEach((r, i) =>
      log(
        `bulk.cases round ${i + 1}/${bulkRounds.length}: ${bulk.rows} in one createMany: ` +
          `${round1(r.ms)} ms, ${r.rate}/s; the same records raw into the same cases table in one transaction ` +
          `right after: ${round1(r.sameTableMs)} ms, ${r.sameTableRate}/s`,
      ),
    );
    log(
      `bulk.cases: median ${bulkRate}/s (raw bulkPut ${rawRate}/s, same table ${sameTableRate}/s); ` +
        `the case schema alone takes ${round1(bulk.validateMs)} ms for ${bulk.rows}`,
    );
    await bench.close();

    const debounce = searchDebounceMs();
    log(`SearchBox.tsx debounce: ${debounce ? `${debounce} ms` : "none"}`);
    const withDebounce = (e, frames) => ({
      ...e,
      excluding_debounce_ms: round1(Math.max(0, median(frames) - debounce)),
    });
    if (nameUi.length) {
      const frames = nameUi.map((r) => r.frame);
      entries.push(withDebounce(medianEntry("search.name", c.persons, frames, 50), frames));
    }
    if (mykadUi.length) {
      const frames = mykadUi.map((r) => r.frame);
      entries.push(withDebounce(medianEntry("search.mykad", c.persons, frames, 50), frames));
    }
    entries.push(medianEntry("search.name.data", c.persons, nameData.ms, null));
    entries.push(medianEntry("search.mykad.data", c.persons, mykadData.ms, null));
    if (registerUi.length) {
      entries.push(
        medianEntry(
          "register.first_page",
          c.cases,
          registerUi.map((r) => r.frame),
          100,
        ),
      );
      entries.push(medianEntry("register.first_page.data", c.cases, reg.ms, 100));
    } else {
      entries.push(medianEntry("register.first_page", c.cases, reg.ms, 100));
    }
    entries.push(medianEntry("register.first_page.data_sparse", c.cases, sparse.ms, null));
    if (registerUi.length)
      entries.push(
        medianEntry(
          "register.count.ui",
          c.cases,
          registerUi.map((r) => r.count),
          null,
        ),
      );
    entries.push(medianEntry("register.count.data", c.cases, count.ms, null));
    if (dashboardMs !== null) entries.push(medianEntry("home.dashboard", c.cases, [dashboardMs], null));
    entries.push(medianEntry("referral.weekly_board", c.referrals, board.ms, 100));
    entries.push(medianEntry("case.save", c.cases, saves.ms, 30));
    entries.push({
      name: "bulk.cases",
      records: bulk.rows,
      runs: bulkRounds.length,
      median_ms: round1(median(bulkRounds.map((r) => r.ms))),
      target: 0.7,
      rate_per_s: bulkRate,
      ratio: rawRate ? Math.round((bulkRate / rawRate) * 100) / 100 : null,
      // Against raw bulkPut of the same records into the same, equally full cases table, timed in between.
      ratio_same_table: sameTableRate ? Math.round((bulkRate / sameTableRate) * 100) / 100 : null,
    });
    entries.push({
      name: "limit.raw_bulkput_cases",
      records: bulk.rows,
      runs: bulkRounds.length,
      median_ms: round1(median(bulkRounds.map((r) => r.sameTableMs))),
      target: null,
      rate_per_s: sameTableRate,
    });
  } finally {
    await closeDiskContext(context);
  }
  return entries;
}

/** Median of each named list of times, rounded. */
const medians = (split) => Object.fromEntries(Object.entries(split).map(([k, v]) => [k, round1(median(v))]));

/** Pages of a docx as LibreOffice lays it out (soffice -> pdf, pdfinfo), or null when either tool is missing. */
function libreOfficePages(docx) {
  const dir = path.join(tempDir, "pages");
  const profile = `file://${path.join(tempDir, "lo-profile")}`;
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx],
    { encoding: "utf8", timeout: 180_000 },
  );
  const pdf = path.join(dir, `${path.basename(docx, ".docx")}.pdf`);
  if (r.status !== 0 || !existsSync(pdf)) {
    log(`LibreOffice page count not taken: ${r.error?.message ?? (r.stderr || r.stdout || "").trim()}`);
    return null;
  }
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
  const m = /^Pages:\s+(\d+)/m.exec(info.stdout ?? "");
  return m ? Number(m[1]) : null;
}

/**
 * The official documents (issue "official documents"), in a page of their own on the seeded district:
 *   report.stats_district_year     Laporan Statistik Kes for every site, the last full year (December report):
 *                                  loadStatistikKes + buildModel + statistikKesXlsx; parts_ms splits the three. Once
 *                                  per bench the model is compared figure by figure with the one the old full-record
 *                                  loader gives (tests/bench/browser/reports.ts loadReference), and the site sheets'
 *                                  case figures with registerCount (site + month + group/service).
 *   report.buku_rekod_extract_10k  the PKMD's register from the day its newest 10,000 entries begin (so 10,000 and the
 *                                  rest of that day), through export.ts loadBukuRekod (load + model) and the xlsx
 *                                  writer; .docx: the same with shared/reports/buku-rekod-docx.ts.
 *   report.programme_docx_50p      Laporan Pelaksanaan Program of 50 pages (programmeReportFixture, 4 photos a
 *                                  programme; "records" = programmes): model + docx; pages is LibreOffice's count of
 *                                  the last document (every full run, or --pages).
 */
async function benchReports(context, c) {
  const entries = [];
  const main = await bundleOrSkip("reports");
  if (!main) return entries;
  const files = { reports: main };
  const bukuDocx = await bundleOrSkip("docx-buku-rekod");
  if (bukuDocx) files["docx-buku-rekod"] = bukuDocx;
  const programme = await bundleOrSkip("docx-programme");
  if (programme) files["docx-programme"] = programme;
  const page = await benchPage(
    context,
    "reports",
    files,
    () => typeof window.benchStatsDistrictYear === "function",
  );
  /** One scenario; a failure (e.g. a writer being rewritten) is logged and the others still run. */
  const scenario = async (what, run) => {
    try {
      await run();
    } catch (err) {
      log(`${what} not measured: ${err instanceof Error ? err.message.split("\n")[0] : err}`);
    }
  };
  try {
    await scenario("statistics", async () => {
      const stats = await page.evaluate(
        ([r, b]) => window.benchStatsDistrictYear(r, true, b),
        [STATS_RUNS, REPORT_BUDGET_MS],
      );
      const parts = medians(stats.ms);
      log(
        `statistics ${stats.year} (${stats.sites} sites, month ${stats.month}): ${stats.runs} run(s), median ` +
          `${parts.total} ms (load ${parts.load}, model ${parts.model}, xlsx ${parts.xlsx}); loaded ` +
          `${JSON.stringify(stats.loaded)}; JUMLAH KES DILAYAN ${stats.totalCases}; xlsx ${round1(stats.xlsxBytes / 1024)} KB`,
      );
      const ref = stats.sameAsReference;
      if (ref)
        log(
          `  same figures as the full-record loader (${round1(ref.referenceLoadMs)} ms to load): ` +
            `${ref.differences.length ? `NO: ${ref.differences.join("; ")}` : `yes, ${ref.compared} rows`}`,
        );
      const reg = stats.registerCheck;
      if (reg)
        log(
          `  case figures = registerCount: ${reg.differences.length ? `NO: ${reg.differences.join("; ")}` : `yes, ${reg.compared} figures`}`,
        );
      const tal = stats.talliesCheck;
      if (tal)
        log(
          `  stored tallies = tallies made afresh: ${tal.differences.length ? `NO: ${tal.differences.join("; ")}` : `yes, ${tal.rows} rows`}`,
        );
      entries.push({
        ...medianEntry("report.stats_district_year", c.cases, stats.ms.total, 500),
        parts_ms: { load: parts.load, model: parts.model, xlsx: parts.xlsx },
        year_cases: stats.totalCases,
        same_as_full_load: ref ? ref.differences.length === 0 : null,
        same_as_register: reg ? reg.differences.length === 0 : null,
        ...(tal ? { tallies_right: tal.differences.length === 0 } : {}),
      });
    });

    await scenario("Senarai Status Rujukan", async () => {
      const list = await page.evaluate(
        ([r, b]) => window.benchStatusRujukan(r, b),
        [STATS_RUNS, REPORT_BUDGET_MS],
      );
      const lp = medians(list.ms);
      log(
        `Senarai Status Rujukan (district, last month): ${list.rows} rows (${list.overdue} LEWAT SEMAK), ` +
          `${list.ms.total.length} run(s), median ${lp.total} ms (load ${lp.load}, model ${lp.model}, xlsx ${lp.xlsx}); ` +
          `the full-record loader takes ${round1(list.reference.loadMs)} ms and gives ` +
          `${list.reference.same ? "the same rows" : "DIFFERENT rows"}`,
      );
      entries.push({
        ...medianEntry("report.status_rujukan_district", list.rows, list.ms.total, null),
        parts_ms: { load: lp.load, model: lp.model, xlsx: lp.xlsx },
        same_as_full_load: list.reference.same,
      });
    });

    await scenario("Buku Rekod extract", async () => {
      const extract = await page.evaluate(
        ([n, r, d, b]) => window.benchBukuRekodExtract(n, r, d, b),
        [EXTRACT_ROWS, EXTRACT_RUNS, !!bukuDocx, REPORT_BUDGET_MS],
      );
      const ep = medians(extract.ms);
      log(
        `Buku Rekod extract (register from ${extract.from ?? "any date"}): ${extract.rows} rows, ` +
          `${extract.ms.total.length} run(s), median ${ep.total} ms (load + model ${ep.load}, xlsx ${ep.xlsx}` +
          `${ep.docx !== undefined ? `; docx ${ep.docx}` : ""}); xlsx ${round1(extract.xlsxBytes / 1024)} KB` +
          `${extract.docxBytes ? `, docx ${round1(extract.docxBytes / 1024)} KB` : ""}`,
      );
      entries.push({
        ...medianEntry("report.buku_rekod_extract_10k", extract.rows, extract.ms.total, 2000),
        parts_ms: { load_model: ep.load, xlsx: ep.xlsx },
      });
      if (extract.ms.docx?.length) {
        const withDocx = extract.ms.docx.map((d, i) => extract.ms.load[i] + d);
        entries.push({
          ...medianEntry("report.buku_rekod_extract_10k.docx", extract.rows, withDocx, 2000),
          parts_ms: { load_model: ep.load, docx: ep.docx },
        });
      }
    });

    if (programme)
      await scenario("programme docx", async () => {
        const prog = await page.evaluate(
          ([p, r, b]) => window.benchProgrammeDocx(p, r, b),
          [PROGRAMME_FIXTURE_PAGES, PROGRAMME_RUNS, REPORT_BUDGET_MS],
        );
        const pp = medians(prog.ms);
        let pages = null;
        if (countPages) {
          const file = path.join(tempDir, "pelaksanaan-program-bench.docx");
          writeFileSync(file, Buffer.from(prog.base64, "base64"));
          pages = libreOfficePages(file);
        }
        log(
          `programme docx: ${prog.programmes} programmes, ${prog.photos} photos, ${round1(prog.bytes / 1024)} KB, ` +
            `${pages === null ? "pages not counted" : `${pages} pages in LibreOffice`}; ${prog.ms.total.length} ` +
            `run(s), median ${pp.total} ms (model ${pp.model}, docx ${pp.docx})`,
        );
        entries.push({
          ...medianEntry("report.programme_docx_50p", prog.programmes, prog.ms.total, 1500),
          parts_ms: { model: pp.model, docx: pp.docx },
          fixture_pages: PROGRAMME_FIXTURE_PAGES,
          pages,
        });
      });
  } finally {
    await page.close();
  }
  return entries;
}

/**
 * Backups (issue 11), on the seeded district with BACKUP_MEDIA photos and attachments (tests/bench/browser/backup.ts):
 *   limit.read_all     toArray of every table in one read transaction
 *   backup.full        the app's backupNow: read + pack + gzip + encrypt in the backup worker, OPFS write, read back and
 *                      verify; ratio to limit.read_all (target <= 3), size_ratio = file / the JSON a plain export would
 *                      be (binaries as base64; target <= 0.25), longest_task_ms = the page's longest task (<= 100 ms)
 *   limit.bulkput_all  raw Dexie bulkPut of the same rows into the empty tables of a twin database, one transaction
 *   restore.full       the app's restore job (decrypt, check every table, clear + add in one transaction) into the
 *                      same empty tables; ratio to limit.bulkput_all (target <= 1.5); over_data_ms: once more over the
 *                      twin holding the district (a restore on a PC in use)
 */
async function benchBackups(context) {
  const main = await bundleOrSkip("backup");
  const worker = await bundleOrSkip("backup-worker");
  if (!main || !worker) return [];
  const page = await benchPage(context, "backup", main, () => typeof window.benchBackup === "function");
  await page.route("**/__bench/backup-worker.js", (route) =>
    route.fulfill({ path: worker, contentType: "text/javascript" }),
  );
  try {
    const r = await page.evaluate(
      ([runs, media]) => window.benchBackup(runs, media),
      [BACKUP_RUNS, BACKUP_MEDIA],
    );
    const read = median(r.readAll);
    const backup = median(r.backup.map((b) => b.ms));
    const put = median(r.bulkPutAll);
    const restore = median(r.restore);
    const longest = Math.max(...r.backup.map((b) => b.longestTaskMs));
    const sizeRatio = Math.round((r.sizes.fileBytes / r.sizes.jsonWithBase64) * 1000) / 1000;
    const mb = (n) => `${round1(n / 1024 / 1024)} MB`;
    log(
      `backups: ${r.records} records with ${r.photos} photos and ${r.attachments} attachments; read_all ${round1(read)} ms, ` +
        `backup ${round1(backup)} ms (longest main-thread task ${round1(longest)} ms), file ${mb(r.sizes.fileBytes)} ` +
        `of JSON ${mb(r.sizes.jsonWithBase64)} (lines ${mb(r.sizes.jsonBytes)} + binaries ${mb(r.sizes.binBytes)}); ` +
        `bulkput_all ${round1(put)} ms, restore into empty tables ${round1(restore)} ms, over the district's data ` +
        `${round1(r.restoreOverDataMs)} ms; restored counts equal: ${r.restoredSame}`,
    );
    const tasks = r.backup.flatMap((b) => b.tasks.map((x) => `${x.ms} ms at ${x.at} ms (${x.phase})`));
    if (tasks.length) log(`  long tasks on the page while backing up: ${tasks.join(", ")}`);
    const ratio = (a, b) => Math.round((a / b) * 100) / 100;
    return [
      medianEntry("limit.read_all", r.records, r.readAll, null),
      {
        ...medianEntry(
          "backup.full",
          r.records,
          r.backup.map((b) => b.ms),
          null,
        ),
        ratio: ratio(backup, read),
        ratio_max: 3,
        file_bytes: r.sizes.fileBytes,
        json_bytes: r.sizes.jsonWithBase64,
        size_ratio: sizeRatio,
        size_ratio_max: 0.25,
        longest_task_ms: round1(longest),
        longest_task_max_ms: 100,
      },
      medianEntry("limit.bulkput_all", r.records, r.bulkPutAll, null),
      {
        ...medianEntry("restore.full", r.records, r.restore, null),
        ratio: ratio(restore, put),
        ratio_max: 1.5,
        restored_same_counts: r.restoredSame,
        over_data_ms: round1(r.restoreOverDataMs),
      },
    ];
  } catch (err) {
    log(`backups not measured: ${err instanceof Error ? err.message.split("\n")[0] : err}`);
    return [];
  } finally {
    await page.close();
  }
}

function targetCell(e) {
  if (e.ratio_max !== undefined) return `ratio <= ${e.ratio_max}`;
  if (e.ratio_target !== undefined) return `ratio >= ${e.ratio_target}`;
  if (e.bytes_target !== undefined) return `< ${e.target_ms} ms, < ${e.bytes_target / 1e6} MB`;
  if ("target_ms" in e) return e.target_ms === null ? "-" : `< ${e.target_ms} ms`;
  if (e.name === "bulk.cases" || e.name === "import.legacy_50k") return `ratio >= ${e.target}`;
  return e.target === null || e.target === undefined ? "-" : `${e.target} ${e.unit ?? ""}`;
}

function noteCell(e) {
  const notes = [];
  if (e.parts_ms)
    notes.push(
      Object.entries(e.parts_ms)
        .map(([k, v]) => `${k} ${v}`)
        .join(" + ") + " ms",
    );
  if (e.pages !== undefined && e.pages !== null) notes.push(`${e.pages} pages (LibreOffice)`);
  if (e.same_as_full_load === false) notes.push("FIGURES DIFFER from the full-record load");
  if (e.same_as_register === false) notes.push("FIGURES DIFFER from registerCount");
  if (e.tallies_right === false) notes.push("STORED TALLIES WRONG");
  if (e.per_query_ms)
    notes.push(
      Object.entries(e.per_query_ms)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ") + " ms",
    );
  if (e.ratio !== undefined) notes.push(`ratio ${e.ratio}`);
  if (e.bytes !== undefined) notes.push(`${e.bytes.toLocaleString("en-US")} bytes`);
  if (e.size_ratio !== undefined) notes.push(`file ${e.size_ratio} of JSON`);
  if (e.longest_task_ms !== undefined) notes.push(`longest task ${e.longest_task_ms} ms`);
  if (e.ratio_same_table !== undefined && e.ratio_same_table !== null)
    notes.push(`same table ${e.ratio_same_table}`);
  if (e.excluding_debounce_ms !== undefined && e.excluding_debounce_ms !== e.median_ms)
    notes.push(`${e.excluding_debounce_ms} ms without debounce`);
  return notes.join(", ") || "-";
}

/** "pass" / "FAIL" against a millisecond target, or the bulk ratio; "-" without a target. */
function verdictCell(e) {
  if (e.ratio_max !== undefined) {
    const ok =
      e.ratio <= e.ratio_max &&
      (e.size_ratio === undefined || e.size_ratio <= e.size_ratio_max) &&
      (e.longest_task_ms === undefined || e.longest_task_ms <= e.longest_task_max_ms);
    return ok ? "pass" : "FAIL";
  }
  if (
    (e.name === "bulk.cases" || e.name === "import.legacy_50k") &&
    e.ratio !== null &&
    e.ratio !== undefined
  )
    return e.ratio >= e.target ? "pass" : "FAIL";
  if (e.ratio_target !== undefined) return e.ratio !== null && e.ratio >= e.ratio_target ? "pass" : "FAIL";
  if (e.target_ms === null || e.target_ms === undefined || e.median_ms === undefined) return "-";
  const bytesOk = e.bytes_target === undefined || e.bytes < e.bytes_target;
  return e.median_ms < e.target_ms && bytesOk ? "pass" : "FAIL";
}

function printTable(entries) {
  const rows = entries.map((e) => [
    e.name,
    e.records === undefined ? "-" : String(e.records),
    e.runs === undefined ? "-" : String(e.runs),
    e.median_ms !== undefined ? `${e.median_ms} ms` : `${e.value} ${e.unit}`,
    targetCell(e),
    verdictCell(e),
    e.rate_per_s === undefined ? "-" : `${e.rate_per_s.toLocaleString("en-US")}/s`,
    noteCell(e),
  ]);
  const head = ["scenario", "records", "runs", "median", "target", "ok", "rate", "note"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 || i === 7 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log("");
  console.log(line(head).trimEnd());
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r).trimEnd());
  console.log("");
}

async function main() {
  const started = performance.now();
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("no Chromium found: install Debian's chromium or set CHROMIUM_PATH");
  tempDir = mkdtempSync(path.join(os.tmpdir(), "rekod-bench-"));
  rendererDir = buildRenderer();
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
      `${os.platform()} ${os.release()}, Chromium ${browser.version()}${quick ? " (--quick)" : ""}, district scale ${scale}`,
  );

  const entries = [];
  if (importOnly) {
    entries.push(...(await benchImportLegacy()));
    printTable(entries);
    log("--only=import: bench-results.json left as it was");
    return;
  }
  if (kpnOnly) {
    entries.push(...(await benchKpn()));
    printTable(entries);
    log("--only=kpn: bench-results.json left as it was");
    return;
  }
  if (deskOnly) {
    entries.push(...(await benchDistrict(0)));
    printTable(entries);
    log("--only=desk: bench-results.json left as it was");
    return;
  }
  if (pkhOnly) {
    entries.push(...(await benchPkh()));
    printTable(entries);
    log("--only=pkh: bench-results.json left as it was");
    return;
  }
  if (exchangeOnly) {
    entries.push(...(await benchExchange()));
    printTable(entries);
    log("--only=exchange: bench-results.json left as it was");
    return;
  }
  if (direktoriOnly) {
    entries.push(...(await benchDirektori()));
    entries.push(...(await benchDirektoriSearch()));
    printTable(entries);
    log("--only=direktori: bench-results.json left as it was");
    return;
  }
  if (!reportsOnly) {
    entries.push(await benchInitialJs());
    entries.push(await benchLoginScreen());
    entries.push(...(await benchRawBulkPut()));
  }
  const raw = entries.find((e) => e.name === "limit.raw_bulkput");
  entries.push(...(await benchDistrict(raw?.rate_per_s ?? 0)));
  if (!reportsOnly) entries.push(...(await benchImportLegacy()));
  if (!reportsOnly) entries.push(...(await benchDirektori()));
  if (!reportsOnly) entries.push(...(await benchDirektoriSearch()));
  if (!reportsOnly) entries.push(...(await benchKpn()));
  if (!reportsOnly) entries.push(...(await benchExchange()));
  if (!reportsOnly) entries.push(...(await benchPkh()));
  // The office hub's figures (hub.*): its own bench, its own process and PostgreSQL cluster (scripts/bench-hub.mjs).
  if (!reportsOnly && !process.argv.includes("--no-hub")) entries.push(...benchHub());

  printTable(entries);
  if (reportsOnly) {
    log(
      `--only=reports: bench-results.json left as it was (${round1((performance.now() - started) / 1000)} s)`,
    );
    return;
  }
  const out = path.join(root, "bench-results.json");
  writeFileSync(out, `${JSON.stringify(entries, null, 2)}\n`);
  log(`wrote ${path.relative(root, out)} in ${round1((performance.now() - started) / 1000)} s`);
}

/** Runs `npm run bench:hub` (quick when this run is) and returns its entries. */
function benchHub() {
  log("hub: npm run bench:hub");
  const r = spawnSync(
    process.execPath,
    [path.join(root, "scripts", "bench-hub.mjs"), ...(quick ? ["--quick"] : [])],
    {
      stdio: "inherit",
    },
  );
  const file = path.join(root, "bench-hub-results.json");
  if (r.status !== 0 || !existsSync(file))
    return [{ name: "hub.bench", ok: "FAIL", note: "bench:hub failed" }];
  return JSON.parse(readFileSync(file, "utf8"));
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
