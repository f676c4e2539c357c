// Why: `npm run hub` on the office server: starts the hub and keeps it running until stopped (Ctrl+C or the service).
import { networkInterfaces } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { HUB_PORT } from "../shared/hub/protocol";
import { openHub } from "./hub";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: process.env.REKOD_HUB_DATA ?? path.resolve("hub-data") },
    port: { type: "string", default: process.env.REKOD_HUB_PORT ?? String(HUB_PORT) },
    "pg-port": { type: "string", default: process.env.REKOD_HUB_PG_PORT ?? "54329" },
    "pg-tcp": { type: "boolean", default: false },
    /** Put a hub backup back before starting (the passphrase from REKOD_HUB_BACKUP_PASSPHRASE or asked for). */
    restore: { type: "string" },
  },
});

/** The backup passphrase for a restore: REKOD_HUB_BACKUP_PASSPHRASE, or typed at the console. */
async function backupPassphrase(): Promise<string> {
  if (process.env.REKOD_HUB_BACKUP_PASSPHRASE) return process.env.REKOD_HUB_BACKUP_PASSPHRASE;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question("Kata laluan sandaran pelayan: ");
  rl.close();
  return answer.trim();
}

async function main(): Promise<void> {
  const hub = await openHub({
    dataDir: path.resolve(values.data!),
    port: Number(values.port),
    databaseUrl: process.env.DATABASE_URL || undefined,
    pgPort: Number(values["pg-port"]),
    pgTcp: values["pg-tcp"],
    ...(values.restore
      ? { restoreFrom: { file: path.resolve(values.restore), passphrase: await backupPassphrase() } }
      : {}),
  });
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((n) => n && n.family === "IPv4" && !n.internal)
    .map((n) => `https://${n!.address}:${hub.port}`);
  console.log(
    `Alamat untuk Tetapan > Pelayan pejabat: ${addresses.join("  atau  ") || `https://localhost:${hub.port}`}`,
  );
  console.log(`Halaman kesihatan (dari komputer ini): https://localhost:${hub.port}/health`);

  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log("Menghentikan pelayan pejabat…");
      void hub.shutdown().then(() => process.exit(0));
    });
}

main().catch((e: unknown) => {
  console.error(`Pelayan pejabat tidak dapat dimulakan: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
