// Why: `npm start` installs what is missing, builds, and opens the Electron window, or the browser twin where Electron cannot be had.
import { existsSync, mkdirSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { ensureChromium, ensureNodeModules, run } from "./setup-env.mjs";

const require = createRequire(import.meta.url);
const PORT = Number(process.env.PORT ?? 5178);

ensureNodeModules();
console.log("[start] building the renderer and the Electron shell…");
if (!run("npm", ["run", "-s", "build"])) {
  console.error("[start] the build failed; see the messages above.");
  process.exit(1);
}

function electronBinary() {
  try {
    const path = require("electron"); // the package exports the binary's path once it is downloaded
    return typeof path === "string" && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

let electron = electronBinary();
if (!electron && !process.env.REKOD_BROWSER_ONLY) {
  console.log("[start] the Electron binary is not here yet: trying to download it once (2 minutes at most)…");
  const r = spawnSync(process.execPath, [require.resolve("electron/install.js")], {
    encoding: "utf8",
    timeout: 120_000,
  });
  electron = r.status === 0 ? electronBinary() : null;
  if (!electron) {
    const reason = `${r.stderr ?? ""}`.split("\n").find((l) => /Error/.test(l)) ?? "no answer";
    console.log(`[start] the download did not succeed (${reason.trim()}).`);
  }
}

if (electron && !process.env.REKOD_BROWSER_ONLY) {
  console.log("[start] opened the Electron window (desktop shell).");
  const child = spawn(electron, ["."], { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  startBrowserTwin();
}

function startBrowserTwin() {
  const url = `http://127.0.0.1:${PORT}/`;
  const server = spawn(
    "npx",
    ["vite", "preview", "--port", String(PORT), "--strictPort", "--host", "127.0.0.1"],
    {
      stdio: ["ignore", "pipe", "inherit"],
      shell: process.platform === "win32",
    },
  );
  let opened = false;
  server.stdout.on("data", (chunk) => {
    if (opened || !String(chunk).includes(String(PORT))) return;
    opened = true;
    const hasDisplay =
      process.platform === "win32" ||
      process.platform === "darwin" ||
      !!process.env.DISPLAY ||
      !!process.env.WAYLAND_DISPLAY;
    const chromium = hasDisplay ? ensureChromium({ required: false }) : undefined;
    if (chromium) {
      mkdirSync(".chromium-profile", { recursive: true });
      spawn(
        chromium,
        [
          `--app=${url}`,
          `--user-data-dir=${process.cwd()}/.chromium-profile`,
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1366,860",
        ],
        { stdio: "ignore", detached: true },
      ).unref();
      console.log(
        `[start] browser twin: Electron is not available, so the app is served on ${url} and opened in Chromium (app mode, profile in .chromium-profile/).`,
      );
    } else {
      console.log(
        `[start] browser twin: Electron is not available and there is no display, so the app is served on ${url}. Open that address in Chromium. Ctrl+C stops it.`,
      );
    }
  });
  const stop = () => {
    server.kill();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}
