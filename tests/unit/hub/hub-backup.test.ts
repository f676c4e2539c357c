// Why: a hub on its own cluster backs itself up like a PC: a pg_dump sealed in the backups' envelope with its
// passphrase, checked after writing, and put back by `--restore` after the records were lost.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connectHub, syncRound } from "../../../renderer/db/hub/sync";
import { keyForFile, readHeader, unseal } from "../../../shared/backup/envelope";
import { openHub } from "../../../server/hub";
import { memoryLog } from "../../../server/log";
import { HUB_BACKUP_KIND } from "../../../server/backup";
import {
  ADMIN_PASSWORD,
  APP,
  freePgPort,
  officePc,
  removeHub,
  startTestHub,
  transport,
  type TestHub,
} from "./hub-harness";

const PASS = "kelapa hujan 47 sampan sandaran";
let hub: TestHub;
afterAll(async () => {
  delete process.env.REKOD_HUB_BACKUP_PASSPHRASE;
  await removeHub(hub);
});

async function count(h: { pool: TestHub["pool"] }): Promise<number> {
  return Number((await h.pool.query("SELECT count(*) AS n FROM versions")).rows[0].n);
}

describe("the hub's own backups", () => {
  it("writes a sealed, checked backup and restores it after the records were lost", async () => {
    const pgPort = freePgPort() + 7;
    hub = await startTestHub(undefined, pgPort);
    const office = await officePc();
    const session = await connectHub(office.a, transport, office.admin, {
      address: hub.address,
      fingerprint: hub.tls.fingerprint,
      password: ADMIN_PASSWORD,
      claimCode: hub.claimCode,
    });
    await syncRound(office.a, transport, session, APP.schemaVersion);
    const before = await count(hub);
    expect(before).toBeGreaterThan(5);

    expect(await hub.backupNow()).toBeNull();
    expect(hub.log.lines.join("\n")).toContain("Tiada kata laluan sandaran");
    process.env.REKOD_HUB_BACKUP_PASSPHRASE = PASS;
    const name = await hub.backupNow();
    expect(name).toMatch(/^rekod-sandaran-\d{8}T\d{9}Z-auto\.rkbak$/);
    const folder = path.join(hub.dir, "backups");
    expect(readdirSync(folder)).toEqual([name]);
    const file = new Uint8Array(readFileSync(path.join(folder, name!)));
    expect(readHeader(file)).toMatchObject({ kind: HUB_BACKUP_KIND, cipher: "AES-256-GCM" });
    await expect(unseal(file, await keyForFile(file, "salah sekali kata laluan"))).rejects.toThrow();
    expect((await unseal(file, await keyForFile(file, PASS))).plain.byteLength).toBeGreaterThan(1000);

    // The records are lost; the hub is started again from its backup.
    await hub.pool.query("DELETE FROM versions");
    expect(await count(hub)).toBe(0);
    await hub.close();
    await hub.pool.end();
    const log = memoryLog();
    const again = await openHub({
      dataDir: hub.dir,
      port: 0,
      host: "127.0.0.1",
      pgPort,
      log,
      restoreFrom: { file: path.join(folder, name!), passphrase: PASS },
    });
    hub = { ...again, dir: hub.dir, log, address: `https://127.0.0.1:${again.port}` };
    expect(await count(hub)).toBe(before);
    expect(log.lines.join("\n")).toContain("Dipulihkan daripada sandaran");
  }, 120_000);
});
