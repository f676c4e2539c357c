// Why: `node scripts/render-check.mjs [--out DIR] [--png] [--only NAME]` prints every official document through LibreOffice and checks the PDFs (tests/render).
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    out: { type: "string" },
    png: { type: "boolean", default: false },
    only: { type: "string", multiple: true },
  },
});

// The TypeScript sources are bundled once (about 0.1 s); packages stay external and load from node_modules.
const cache = join(root, "node_modules", ".cache", "render-check");
mkdirSync(cache, { recursive: true });
const outfile = join(cache, "check.mjs");
await build({
  entryPoints: [join(root, "tests/render/check.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
const { renderCheck } = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
process.exitCode = await renderCheck({
  out: values.out ? resolve(values.out) : undefined,
  png: values.png,
  only: values.only,
});
