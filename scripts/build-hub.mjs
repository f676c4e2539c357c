// Why: bundles the office hub (server/ and the shared code it uses) into one CommonJS file Node runs as it is.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Builds dist-hub/hub.cjs (or the state office's tool, dist-hub/negeri.cjs) and returns its path. */
export async function buildHub(entry = "server/main.ts", name = "hub.cjs") {
  const outfile = path.join(root, "dist-hub", name);
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // pg's optional native binding is never used.
    external: ["pg-native"],
    logLevel: "warning",
    legalComments: "none",
  });
  return outfile;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) await buildHub();
