// Why: bundles the main process and the sandboxed preload into self-contained CJS files; only `electron` stays external.
import { build } from "esbuild";
import { rm, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(root, "dist-electron");
const production = process.env.NODE_ENV !== "development";

/** Options shared by both bundles: Node 20 CJS, zod and shared/ code bundled in. */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["electron"],
  sourcemap: production ? false : "inline",
  minify: false,
  legalComments: "none",
  logLevel: "info",
  define: { "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development") },
};

await rm(outdir, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: ["electron/main.ts"], outfile: path.join(outdir, "main.cjs") }),
  // A sandboxed preload may only require("electron"): everything else must be inside this one file.
  // It is re-parsed on every page load and mostly zod (pulled in by shared/host-api.ts), so it is minified.
  build({
    ...common,
    entryPoints: ["electron/preload.ts"],
    outfile: path.join(outdir, "preload.cjs"),
    minify: production,
  }),
]);

for (const name of ["main.cjs", "preload.cjs"]) {
  const { size } = await stat(path.join(outdir, name));
  console.log(`dist-electron/${name}: ${(size / 1024).toFixed(1)} KiB`);
}
