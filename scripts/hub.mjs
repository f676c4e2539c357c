// Why: `npm run hub` = install what is missing (npm packages; Debian's PostgreSQL when the hub runs its own cluster),
// bundle the hub (server/) into one file, and run it; arguments after `--` go to the hub (--data, --port, --pg-tcp).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureNodeModules, ensurePostgres } from "./setup-env.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
ensureNodeModules();
if (!process.env.DATABASE_URL) ensurePostgres();
const { buildHub } = await import("./build-hub.mjs");
const outfile = await buildHub();
const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 1);
