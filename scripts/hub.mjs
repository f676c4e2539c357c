// Why: `npm run hub` = install what is missing (npm packages; Debian's PostgreSQL when the hub runs its own cluster),
// bundle the hub (server/) into one file, and run it; arguments after `--` go to the hub (--data, --port, --pg-tcp).
// `npm run hub:negeri -- …` does the same for the state office's tool (server/state/main.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureNodeModules, ensurePostgres } from "./setup-env.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
ensureNodeModules();
const negeri = process.argv.includes("--negeri");
if (!process.env.DATABASE_URL && !negeri) ensurePostgres();
const { buildHub } = await import("./build-hub.mjs");
const outfile = negeri ? await buildHub("server/state/main.ts", "negeri.cjs") : await buildHub();
const args = process.argv.slice(2).filter((a) => a !== "--negeri");
const r = spawnSync(process.execPath, [outfile, ...args], { stdio: "inherit" });
process.exit(r.status ?? 1);
