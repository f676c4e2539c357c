// Why: `npm run bench:hub` = install what is missing (npm packages, Debian's PostgreSQL), bundle the hub and its bench,
// then time the hub under load and over bad links (tests/bench/hub/run.ts); writes bench-hub-results.json.
// Usage: npm run bench:hub [-- --quick]   (--quick: 10 PCs x 200 changes, a tenth of a month over the links)
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureNodeModules, ensurePostgres } from "./setup-env.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
ensureNodeModules();
if (!ensurePostgres()) {
  console.error(
    "[bench:hub] PostgreSQL is not installed and cannot be installed here (apt-get postgresql as root)",
  );
  process.exit(1);
}
const { build } = await import("esbuild");
const { buildHub } = await import("./build-hub.mjs");
await buildHub();
const outfile = path.join(root, "dist-hub", "bench-hub.cjs");
await build({
  absWorkingDir: root,
  entryPoints: ["tests/bench/hub/run.ts"],
  outfile,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["pg-native"],
  define: { __APP_VERSION__: JSON.stringify("bench") },
  logLevel: "warning",
});
const r = spawnSync(process.execPath, [outfile, root, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 1);
