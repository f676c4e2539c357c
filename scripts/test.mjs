// Why: `npm test` = install what is missing, then typecheck, lint, unit tests, build and browser journeys; one closing count.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureChromium, ensureNodeModules, run } from "./setup-env.mjs";

ensureNodeModules();
ensureChromium({ required: true });
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
