// Why: `npm start` and `npm test` install what is missing (npm packages, Debian's Chromium) before they run.
import { existsSync, readdirSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { chromiumPath } from "./chromium.mjs";

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", shell: process.platform === "win32", ...opts });
  return r.status === 0;
}

/** Installs npm packages when node_modules is missing or older than package-lock.json. */
export function ensureNodeModules() {
  const marker = "node_modules/.package-lock.json";
  const stale =
    !existsSync(marker) ||
    (existsSync("package-lock.json") &&
      statSync("package-lock.json").mtimeMs > statSync(marker).mtimeMs + 1000);
  if (!stale) return;
  console.log("[setup] installing npm packages (npm ci)…");
  // The Electron binary is fetched separately by start.mjs when the network allows it.
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: "1" };
  if (!run("npm", ["ci", "--no-audit", "--no-fund"], { env })) {
    console.error("[setup] npm ci failed; see the messages above.");
    process.exit(1);
  }
}

/** Finds Debian's Chromium, installing it with apt-get when running as root on Debian; else says how. */
export function ensureChromium({ required }) {
  let path = chromiumPath();
  if (path) return path;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (root && existsSync("/usr/bin/apt-get")) {
    console.log("[setup] Chromium is missing: installing Debian's chromium package…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (
      run("apt-get", ["update", "-qq"], { env }) &&
      run("apt-get", ["install", "-y", "-qq", "chromium", "fonts-liberation"], { env })
    ) {
      path = chromiumPath();
      if (path) return path;
    }
  }
  if (required) {
    console.error(
      "[setup] Chromium is needed for the browser tests and was not found.\n" +
        "        Install it with:  sudo apt-get install -y chromium fonts-liberation\n" +
        "        or point CHROMIUM_PATH at a Chromium/Chrome executable.",
    );
    process.exit(1);
  }
  return undefined;
}

/** The Debian packages that turn the official documents into PDFs and read them back for the rendering check. */
export const DOCUMENT_TOOL_PACKAGES = [
  "libreoffice-writer-nogui",
  "libreoffice-calc-nogui",
  "poppler-utils",
  "fonts-liberation",
];

function onPath(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

/**
 * LibreOffice and poppler for the rendering check: installed with apt-get when running as root on Debian. When they
 * cannot be installed, the check itself fails and names the packages; it is never skipped.
 */
export function ensureDocumentTools() {
  if (["soffice", "pdfinfo", "pdftotext", "pdffonts"].every(onPath)) return;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root || !existsSync("/usr/bin/apt-get")) return;
  console.log(
    "[setup] LibreOffice or poppler is missing: installing " + DOCUMENT_TOOL_PACKAGES.join(" ") + "…",
  );
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (run("apt-get", ["update", "-qq"], { env }))
    run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...DOCUMENT_TOOL_PACKAGES], { env });
}

/**
 * PostgreSQL for the office hub's own cluster and the hub's tests: Debian's server package when initdb is missing
 * (as root, with apt-get); elsewhere the hub is given DATABASE_URL or the administrator installs PostgreSQL.
 */
export function ensurePostgres() {
  const debian =
    existsSync("/usr/lib/postgresql") &&
    readdirSync("/usr/lib/postgresql").some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
  if (debian || onPath("initdb")) return true;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root || !existsSync("/usr/bin/apt-get")) return false;
  console.log("[setup] PostgreSQL is missing: installing postgresql…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (run("apt-get", ["update", "-qq"], { env }))
    run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "postgresql"], { env });
  return existsSync("/usr/lib/postgresql");
}

// Run directly (`node scripts/setup-env.mjs [--documents]`), it installs what a script needs before that script imports
// any package: `npm run bench` runs it first, so a fresh clone has @playwright/test and Chromium when bench.mjs loads.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureNodeModules();
  ensureChromium({ required: true });
  if (process.argv.includes("--documents")) ensureDocumentTools();
}
