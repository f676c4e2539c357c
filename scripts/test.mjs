// Why: `npm test` = install what is missing, then typecheck, lint, unit tests, build and browser journeys; one closing count.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { ensureChromium, ensureDocumentTools, ensureNodeModules, ensurePostgres, run } from "./setup-env.mjs";

ensureNodeModules();
ensureChromium({ required: true });
ensureDocumentTools();
// The office hub's tests run against real PostgreSQL clusters they start themselves; without it they fail, by name.
ensurePostgres();
rmSync("test-results", { recursive: true, force: true });
mkdirSync("test-results", { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

function check(name, ok) {
  if (ok) passed += 1;
  else failed += 1;
  lines.push(`${ok ? "ok  " : "FAIL"} ${name}`);
}

function step(title) {
  console.log(`\n=== ${title} ===`);
}

step("typecheck");
check("typecheck", run("npm", ["run", "-s", "typecheck"]));

step("lint (eslint + prettier)");
check("lint", run("npm", ["run", "-s", "lint"]));

step("unit tests (vitest)");
const vitestOk = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=test-results/vitest.json",
]);
if (existsSync("test-results/vitest.json")) {
  const r = JSON.parse(readFileSync("test-results/vitest.json", "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTests === 0 ? 1 : 0);
  lines.push(`unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  if (!vitestOk && r.numFailedTests === 0) check("vitest run (suite error)", false);
} else check("vitest run", false);

step("printed documents (LibreOffice -> PDF: A4, pages, margins, SULIT)");
{
  // One line per document, each counted; a missing LibreOffice fails here with the packages to install.
  const r = spawnSync("node", ["scripts/render-check.mjs"], { encoding: "utf8" });
  process.stdout.write(r.stdout ?? "");
  process.stderr.write(r.stderr ?? "");
  const docs = (r.stdout ?? "").split("\n").filter((l) => /^(ok|FAIL) /.test(l));
  const ok = docs.filter((l) => l.startsWith("ok")).length;
  passed += ok;
  failed += docs.length - ok;
  lines.push(`documents: ${ok} passed, ${docs.length - ok} failed`);
  if (r.status !== 0 && docs.length === ok) check("render check", false);
  if (docs.length === 0) check("render check (no documents)", false);
}

step("build (renderer + electron)");
const built = run("npm", ["run", "-s", "build"]);
check("build", built);

step("browser journeys (Playwright in Debian Chromium)");
if (built) {
  const env = {
    ...process.env,
    PW_REPORTERS: JSON.stringify([["list"], ["json", { outputFile: "test-results/playwright.json" }]]),
  };
  const pwOk = run("npx", ["playwright", "test"], { env });
  if (existsSync("test-results/playwright.json")) {
    const s = JSON.parse(readFileSync("test-results/playwright.json", "utf8")).stats;
    const p = s.expected + s.flaky;
    const f = s.unexpected;
    passed += p;
    skipped += s.skipped;
    failed += f + (p + f === 0 ? 1 : 0);
    lines.push(`e2e: ${p} passed, ${f} failed${s.skipped ? `, ${s.skipped} skipped` : ""}`);
    if (!pwOk && f === 0) check("playwright run (suite error)", false);
  } else check("playwright run", false);
} else check("browser journeys (not run: build failed)", false);

console.log(`\n${lines.join("\n")}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
