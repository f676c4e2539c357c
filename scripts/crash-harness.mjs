// Why: proves crash safety: Debian's Chromium on a persistent profile saves through the UI in bursts (case notes in odd
// rounds, new cases with their record numbers in even ones), and the whole Chromium process tree is killed with SIGKILL
// at a random moment of each burst; after every restart each save the UI had confirmed must be present and whole (a
// case under its own record number, never given twice), and the app must open and log in. Loopback only.
//
// Usage: npm run crash                     20 kills (the minimum), about 3-5 minutes on a 2-core PC
//        npm run crash -- --kills=40       more kills
//        npm run crash -- --no-build       serve the renderer already built in dist/crash (CRASH_OUT to choose another)
// Environment: CRASH_PORT (default 4391), CRASH_SEED (repeat a run's random kill moments), CHROMIUM_PATH.
//
// Prints: kills, confirmed saves, found, lost, app opened (restarts where the app opened and logged in), and exits
// non-zero on any loss, any restart that did not open, or fewer kills than asked for.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium, ensureNodeModules } from "./setup-env.mjs";
import { chromiumArgs } from "./chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
ensureNodeModules();
const chromiumBin = ensureChromium({ required: true });
const { chromium } = await import("@playwright/test");

const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const KILLS = Number(arg("kills", "20"));
const PORT = Number(process.env.CRASH_PORT ?? 4391);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = process.env.CRASH_OUT ?? "../dist/crash"; // relative to renderer/ (vite's root)
/** A kill lands this long after the burst starts: early (mid first save) to late (many saves in). */
const KILL_MIN_MS = 200;
const KILL_MAX_MS = 6000;
const USER = { username: "ppk.aminah", password: "Tapak#SPH2026" };

// A small seeded generator (mulberry32), so a failing run can be repeated with CRASH_SEED.
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
let state = seed >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const log = (msg) => console.log(`[crash] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @type {import("node:child_process").ChildProcess | null} */
let preview = null;
/** @type {import("node:child_process").ChildProcess | null} */
let browserProc = null;
const profile = mkdtempSync(path.join(os.tmpdir(), "rekod-crash-"));

function cleanUp() {
  if (browserProc?.pid) killTree(browserProc.pid);
  if (preview?.pid) {
    try {
      process.kill(-preview.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  rmSync(profile, { recursive: true, force: true });
}
process.on("SIGINT", () => {
  cleanUp();
  process.exit(130);
});

function build() {
  log(`vite build -> ${OUT}`);
  const r = spawnSync("npx", ["vite", "build", "--outDir", OUT, "--emptyOutDir", "--logLevel", "warn"], {
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error("vite build failed");
}

async function serve() {
  preview = spawn(
    "npx",
    ["vite", "preview", "--port", String(PORT), "--strictPort", "--host", "127.0.0.1", "--outDir", OUT],
    { stdio: ["ignore", "ignore", "inherit"], detached: true },
  );
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`vite preview did not answer on ${ORIGIN}`);
}

/** Every process below `pid` (Chromium's zygotes, renderers, GPU and utility processes), read from /proc. */
function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // Exited while listing.
    }
  }
  const out = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    for (const c of children.get(p) ?? []) {
      out.push(c);
      queue.push(c);
    }
  }
  return out;
}

const alive = (pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
};

/** SIGKILL to the whole tree at once: the process group, and every descendant that left it. */
function killTree(pid) {
  const tree = [pid, ...descendants(pid)];
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // The group is gone already.
  }
  for (const p of tree) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      // Already dead.
    }
  }
  return tree;
}

/** Starts Chromium on the profile with a DevTools port on loopback, and connects Playwright to it. */
async function launch() {
  const portFile = path.join(profile, "DevToolsActivePort");
  rmSync(portFile, { force: true });
  browserProc = spawn(
    chromiumBin,
    [
      ...chromiumArgs,
      `--user-data-dir=${profile}`,
      "--remote-debugging-address=127.0.0.1",
      "--remote-debugging-port=0",
      "--window-size=1366,800",
      "about:blank",
    ],
    { stdio: "ignore", detached: true },
  );
  let port = null;
  // Up to 30 s: a busy CI machine starts Chromium slowly.
  for (let i = 0; i < 600 && port === null; i++) {
    await sleep(50);
    if (existsSync(portFile)) port = Number(readFileSync(portFile, "utf8").split("\n")[0]) || null;
  }
  if (port === null) throw new Error("Chromium did not open its DevTools port");
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1366, height: 800 });
  return { browser, page, pid: browserProc.pid };
}

async function login(page) {
  await page.goto(`${ORIGIN}/`);
  await page.getByLabel("Nama pengguna").fill(USER.username);
  await page.getByLabel("Kata laluan").fill(USER.password);
  await page.getByRole("button", { name: /^(Log masuk|Buka kunci)$/ }).click();
  await page.getByTestId("current-user").waitFor({ timeout: 30_000 });
}

/**
 * Opens a case page and waits for that case's own record number: the hash changes within the page, so the previous
 * case's page may still be showing for a moment.
 */
async function openCase(page, url, recordNo) {
  await page.goto(url);
  await page.waitForFunction(
    (no) => document.querySelector("[data-testid=case-title]")?.textContent?.trim() === no,
    recordNo,
    { timeout: 30_000 },
  );
}

/** The timeline's text on the notes' case: every note as the page shows it. */
async function timelineText(page, notesCase) {
  await openCase(page, notesCase.url, notesCase.recordNo);
  return page.getByTestId("timeline").innerText();
}

/** A note whose last part is a checksum of the rest, so a cut or changed note is not mistaken for the saved one. */
function noteText(round, n) {
  const words = ["lawatan", "rumah", "bantuan", "makanan", "sekolah", "ubat", "sewa", "kerja", "anak", "ibu"];
  const body = Array.from(
    { length: 12 + Math.floor(random() * 20) },
    () => words[Math.floor(random() * 10)],
  ).join(" ");
  const head = `KRASH-${round}-${n}: ${body}`;
  let h = 0;
  for (const ch of head) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return `${head} #${h.toString(16)}`;
}

/**
 * Records new cases for `personId` one after another until the browser dies; a case counts as confirmed once its page
 * shows the record number the save gave it and the problem typed.
 */
async function caseBurst(page, round, personId, cases) {
  let n = 0;
  for (;;) {
    const problem = noteText(round, ++n).replace("KRASH", "KES");
    await page.goto(`${ORIGIN}/#/buku-rekod/baru?orang=${personId}`);
    for (const [label, option] of [
      ["Kumpulan sasar", "Ibu Tunggal"],
      ["Perkhidmatan", "Rujukan ke Agensi"],
    ]) {
      await page.getByRole("combobox", { name: label }).click();
      await page.getByRole("option", { name: option, exact: true }).click();
    }
    await page.getByLabel("Masalah / keperluan").fill(problem);
    await page.getByRole("button", { name: "Simpan kes (Ctrl+Enter)" }).click();
    await page.getByTestId("case-title").waitFor({ timeout: 15_000 });
    await page.getByTestId("timeline").getByText(problem, { exact: true }).waitFor({ timeout: 15_000 });
    cases.push({
      url: page.url(),
      recordNo: (await page.getByTestId("case-title").innerText()).trim(),
      problem,
    });
  }
}

/** Which confirmed cases open under their record number with their problem whole; record numbers never repeat. */
async function checkCases(page, cases) {
  const lost = [];
  for (const c of cases) {
    const shown = await openCase(page, c.url, c.recordNo)
      .then(() =>
        page.getByTestId("timeline").getByText(c.problem, { exact: true }).waitFor({ timeout: 15_000 }),
      )
      .then(() => page.getByTestId("timeline").getByText(c.problem, { exact: true }).count())
      .catch(() => 0);
    if (shown !== 1) lost.push(`${c.recordNo} ${c.problem.slice(0, 20)}`);
  }
  if (new Set(cases.map((c) => c.recordNo)).size !== cases.length) lost.push("a record number given twice");
  return { found: cases.length - lost.length, lost };
}

/** Saves notes one after another until the browser dies; returns the notes the UI confirmed (saved, form emptied). */
async function burst(page, round, confirmed) {
  let n = 0;
  for (;;) {
    const text = noteText(round, ++n);
    const box = page.getByLabel("Catatan");
    await box.fill(text);
    const field = await box.elementHandle();
    await page.getByRole("button", { name: "Tambah", exact: true }).click();
    // Confirmed as the user is told: the note form empties (and "Disimpan" shows) only once the save has committed.
    // The timeline alone is not enough: Dexie's live queries may show a write optimistically, before its commit.
    await page.waitForFunction(
      ([t, el]) =>
        document.querySelector("[data-testid=timeline]")?.textContent?.includes(t) &&
        /** @type {HTMLTextAreaElement} */ (el).value === "",
      [text, field],
      { timeout: 15_000 },
    );
    confirmed.push(text);
  }
}

/** Which confirmed notes the restarted app shows whole (exactly once), and which it does not. */
function check(text, confirmed) {
  let found = 0;
  const lost = [];
  for (const note of confirmed) {
    const prefix = note.slice(0, note.indexOf(":") + 1);
    if (text.includes(note) && text.split(prefix).length === 2) found += 1;
    else lost.push(note);
  }
  return { found, lost };
}

/** Every note the UI confirmed, over all rounds. */
const confirmed = [];
/** Every new case the UI confirmed: its page, record number and problem. */
const cases = [];
/** Cases found missing or cut at a restart. */
const lostCases = [];
const counts = { kills: 0, confirmed: 0, found: 0, lost: 0, restarts: 0, opened: 0 };
let exitCode = 1;
try {
  if (!process.argv.includes("--no-build")) build();
  await serve();
  log(`profile ${profile}, seed ${seed}, ${KILLS} kills`);

  // First start: the demo office, a case of Aminah's site to write notes on.
  let { browser, page, pid } = await launch();
  await page.goto(`${ORIGIN}/`);
  await page.getByRole("button", { name: "Cuba dengan data contoh" }).click();
  await page.getByTestId("demo-accounts").waitFor({ timeout: 60_000 });
  await login(page);
  await page.goto(`${ORIGIN}/#/buku-rekod`);
  await page.getByTestId("register-row").first().getByRole("link").click();
  await page.getByTestId("timeline").waitFor();
  const notesCase = {
    url: page.url(),
    recordNo: (await page.getByTestId("case-title").innerText()).trim(),
  };
  const personHref = await page.locator("main a[href^='#/orang/']").first().getAttribute("href");
  const personId = personHref.slice("#/orang/".length);
  log(`notes go to ${notesCase.recordNo}, new cases to person ${personId}`);

  for (let round = 1; round <= KILLS; round++) {
    const notesRound = round % 2 === 1;
    const before = notesRound ? confirmed.length : cases.length;
    // Notes go to the first case (the checks above may have left the page on another).
    if (notesRound) await openCase(page, notesCase.url, notesCase.recordNo);
    const killAt = KILL_MIN_MS + Math.floor(random() * (KILL_MAX_MS - KILL_MIN_MS));
    const killed = sleep(killAt).then(() => killTree(pid));
    if (notesRound) await burst(page, round, confirmed).catch(() => {});
    else await caseBurst(page, round, personId, cases).catch(() => {});
    const tree = await killed;
    await browser.close().catch(() => {});
    for (let i = 0; i < 100 && tree.some(alive); i++) await sleep(50);
    if (tree.some(alive)) throw new Error(`processes survived SIGKILL: ${tree.filter(alive).join(", ")}`);
    counts.kills += 1;

    ({ browser, page, pid } = await launch());
    counts.restarts += 1;
    try {
      await login(page);
      const notes = check(await timelineText(page, notesCase), confirmed);
      // The cases of this burst (all of them are read again at the end).
      const fresh = notesRound ? { found: 0, lost: [] } : await checkCases(page, cases.slice(before));
      const lost = [...notes.lost, ...fresh.lost];
      counts.opened += 1;
      Object.assign(counts, {
        confirmed: confirmed.length + cases.length,
        found: notes.found + (cases.length - lostCases.length - fresh.lost.length),
        lost: lost.length,
      });
      lostCases.push(...fresh.lost);
      const made = (notesRound ? confirmed.length : cases.length) - before;
      log(
        `kill ${round}: at ${killAt} ms, ${made} ${notesRound ? "notes" : "new cases"} confirmed this burst; ` +
          `${notes.found}/${confirmed.length} notes, ${cases.length - lostCases.length}/${cases.length} cases present and whole`,
      );
      if (lost.length) {
        log(`LOST after kill ${round}: ${lost.slice(0, 5).join(" | ")}`);
        throw new Error("confirmed saves lost");
      }
    } catch (e) {
      if (e instanceof Error && e.message === "confirmed saves lost") throw e;
      log(
        `kill ${round}: the app did not open and log in after the restart: ${e instanceof Error ? e.message : e}`,
      );
      await page.screenshot({ path: path.join(os.tmpdir(), `rekod-crash-${round}.png`) }).catch(() => {});
      throw new Error("app did not open");
    }
  }

  // The end: every confirmed save of every burst, read through the page once more.
  const final = check(await timelineText(page, notesCase), confirmed);
  const finalCases = await checkCases(page, cases);
  counts.confirmed = confirmed.length + cases.length;
  counts.found = final.found + finalCases.found;
  counts.lost = final.lost.length + finalCases.lost.length;
  if (counts.lost) log(`LOST at the end: ${[...final.lost, ...finalCases.lost].slice(0, 5).join(" | ")}`);
  await browser.close().catch(() => {});
  killTree(pid);
  exitCode = counts.lost === 0 && counts.opened === counts.restarts && counts.kills >= KILLS ? 0 : 1;
} catch (e) {
  console.error(`[crash] ${e instanceof Error ? e.message : e}`);
} finally {
  cleanUp();
  console.log(
    `[crash] kills ${counts.kills}, confirmed saves ${counts.confirmed}, found ${counts.found}, lost ${counts.lost}, ` +
      `app opened ${counts.opened}/${counts.restarts} (seed ${seed})`,
  );
  console.log(exitCode === 0 ? "[crash] PASS" : "[crash] FAIL");
  process.exit(exitCode);
}
