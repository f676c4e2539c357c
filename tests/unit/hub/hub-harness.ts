// Why: the hub tests' setting: a real PostgreSQL cluster and a real hub over TLS (started and stopped here), an
// office with two sites and their users on its first PC, and PCs that joined it; PCs call the hub through the same
// pinned HTTPS client the Electron main process uses.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { hubRequest } from "../../../electron/hub-client";
import type { AppDB } from "../../../renderer/db/app-db";
import { issueJoinFile, joinOffice } from "../../../renderer/db/exchange/join";
import { sitesRepo } from "../../../renderer/db/repositories/sites";
import { toActor, usersRepo } from "../../../renderer/db/repositories/users";
import { setupOffice } from "../../../renderer/db/setup";
import { schemaVersion } from "../../../renderer/db/migrations";
import { demoOffice } from "../../../shared/demo/sites";
import type { HubRequestArgs } from "../../../shared/host-api";
import { openHub, type Hub } from "../../../server/hub";
import { memoryLog } from "../../../server/log";
import { postgresBin } from "../../../server/postgres-cluster";
import { FAST_ITERATIONS, freshDb, siteInput } from "../helpers";
import { HubFailure, type HubTransport } from "../../../renderer/db/hub/sync";

export const APP = { version: "0.1.0", schemaVersion: schemaVersion() };
export const ADMIN_PASSWORD = "Kuat#Sekali2026";
export const AMINAH_PASSWORD = "Aminah#Kuat2026";
export const BAKAR_PASSWORD = "Bakar#Kuat2026";
const JOIN_PASS = "kelapa hujan 47 sampan";

/** The pinned HTTPS client of the Electron main process. */
export const transport: HubTransport = (args: HubRequestArgs) => hubRequest(args);

let ports = 0;
/** A PostgreSQL port of its own per hub (tests in other files run beside these). */
export function freePgPort(): number {
  ports += 1;
  return 55000 + ((process.pid * 7 + ports * 13) % 4000);
}

export type TestHub = Hub & { dir: string; log: ReturnType<typeof memoryLog>; address: string };

/** Starts a hub with its own cluster in a fresh folder (or `dir`, to restart one). */
export async function startTestHub(
  dir?: string,
  pgPort?: number,
  pgTcp = false,
  pullLimit?: number,
): Promise<TestHub> {
  if (!postgresBin())
    throw new Error(
      "PostgreSQL is not installed: `npm test` installs Debian's postgresql (scripts/setup-env.mjs)",
    );
  const folder = dir ?? mkdtempSync(path.join(os.tmpdir(), "rekod-hub-"));
  const log = memoryLog();
  const hub = await openHub({
    dataDir: folder,
    port: 0,
    host: "127.0.0.1",
    pgPort: pgPort ?? freePgPort(),
    pgTcp,
    pullLimit,
    log,
  });
  return { ...hub, dir: folder, log, address: `https://127.0.0.1:${hub.port}` };
}

export async function removeHub(hub: TestHub): Promise<void> {
  await hub.shutdown("immediate");
  rmSync(hub.dir, { recursive: true, force: true });
}

/** The office's first PC with two sites, the administrator and a PPK for each site. */
export async function officePc(district = demoOffice.district) {
  const a = freshDb();
  const user = await setupOffice(
    a,
    { ...demoOffice, district, officeName: `Pejabat Kebajikan Masyarakat Daerah ${district}` },
    { name: "Nurul Huda", username: "huda", password: ADMIN_PASSWORD, confirm: ADMIN_PASSWORD },
    FAST_ITERATIONS,
  );
  const admin = toActor(user);
  const sph = await sitesRepo(a).create(admin, siteInput("SPH", "PPR Seri Pahang"));
  const tpd = await sitesRepo(a).create(admin, siteInput("TPD", "PPR Taman Putra Damai"));
  const users = usersRepo(a, FAST_ITERATIONS);
  const aminah = await users.createUser(admin, {
    name: "Aminah Yusof",
    username: "ppk.aminah",
    role: "ppk",
    siteIds: [sph.id],
    disabled: false,
    password: AMINAH_PASSWORD,
    confirm: AMINAH_PASSWORD,
  });
  const bakar = await users.createUser(admin, {
    name: "Abu Bakar",
    username: "ppk.bakar",
    role: "ppk",
    siteIds: [tpd.id],
    disabled: false,
    password: BAKAR_PASSWORD,
    confirm: BAKAR_PASSWORD,
  });
  return { a, admin, sph, tpd, aminah: toActor(aminah), bakar: toActor(bakar) };
}

/** A PC that joined the office for `scopes` (sites or "all"). */
export async function joinedPc(
  a: AppDB,
  admin: ReturnType<typeof toActor>,
  name: string,
  scopes: string[] | "all",
) {
  const made = await issueJoinFile(a, admin, { name, scopes, passphrase: JOIN_PASS }, APP);
  const b = freshDb();
  await joinOffice(b, made.file, JOIN_PASS, APP);
  return b;
}

/** The hub code (or host key) a call failed with, or "none". */
export async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HubFailure) return e.code;
    throw e;
  }
  return "none";
}
