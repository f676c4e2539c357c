// Why: the backup service's promises: a backup is verified after it is written and a failed one is deleted and logged,
// never counted good; rotation runs; the old schema is backed up before a migration; a restore backs up first.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { BackupEntry, HostApi } from "../../shared/host-api";

vi.stubGlobal("__APP_VERSION__", "0.1.0");
const folder = new Map<string, Uint8Array>();
let corruptReads = false;
const fakeHost: Partial<HostApi> = {
  async writeBackup({ name, data }) {
    folder.set(name, data.slice());
  },
  async readBackup({ name }) {
    const data = folder.get(name);
    if (!data) throw new Error("host.notFound");
    const copy = data.slice();
    if (corruptReads) copy[copy.length - 20]! ^= 1;
    return copy;
  },
  async listBackups(): Promise<BackupEntry[]> {
    return [...folder].map(([name, d]) => ({ name, size: d.byteLength, modifiedAt: "2026-11-18T02:00:00Z" }));
  },
  async deleteBackup({ name }) {
    folder.delete(name);
  },
  async backupFolderStatus() {
    return { location: "C:\\Sandaran", reachable: true, freeBytes: 1e9, canChoose: true };
  },
};
vi.mock("../../renderer/host", () => ({ host: fakeHost }));

const { AppDB } = await import("../../renderer/db/app-db");
const { BackupStoreDB } = await import("../../renderer/backup/store");
const service = await import("../../renderer/backup/service");
const { openAt } = await import("./migrations/open-at");
const { readHeader } = await import("../../shared/backup/envelope");
const { migrations } = await import("../../renderer/db/migrations");

const office = {
  id: "office",
  officeName: "PKMD Lembah Pantai",
  createdAt: "2026-01-01T00:00:00.000Z",
  demo: false,
};
let deps: { db: InstanceType<typeof AppDB>; store: InstanceType<typeof BackupStoreDB> };

beforeAll(async () => {
  deps = { db: new AppDB(`svc-${Math.random()}`), store: new BackupStoreDB(`svc-store-${Math.random()}`) };
  await deps.db.open();
  await deps.db.backendDB().transaction("office", "readwrite").objectStore("office").put(office);
  await service.setPassphrase("gunung ledang 1276 m", deps);
});
let firstGood = "";
afterEach(() => {
  corruptReads = false;
});

describe("backup service", () => {
  it("writes, reads back, verifies and logs a good backup", async () => {
    const row = await service.backupNow("manual", {}, deps);
    firstGood = row.name;
    expect(row).toMatchObject({ result: "ok", reason: "manual", location: "C:\\Sandaran" });
    expect(row.counts.office).toBe(1);
    expect(folder.has(row.name)).toBe(true);
    expect((await service.lastResults(deps.store)).lastOk?.id).toBe(row.id);
    expect(await service.backupDue(deps, Date.now())).toBe(false);
  });

  it("deletes a backup that fails its read-back check and logs it as failed, never as good", async () => {
    const before = (await service.lastResults(deps.store)).lastOk;
    corruptReads = true;
    await expect(service.backupNow("auto", {}, deps)).rejects.toMatchObject({ key: "e.backup.verifyFailed" });
    const { lastOk, lastFailed } = await service.lastResults(deps.store);
    expect(lastOk?.id).toBe(before?.id);
    expect(lastFailed).toMatchObject({ result: "failed", problem: "e.backup.verifyFailed" });
    expect(folder.has(lastFailed!.name)).toBe(false);
  });

  it("says so when no key was ever set, instead of backing up silently nothing", async () => {
    const other = {
      db: new AppDB(`svc-nokey-${Math.random()}`),
      store: new BackupStoreDB(`svc-nokey-s-${Math.random()}`),
    };
    await other.db.open();
    await other.db.backendDB().transaction("office", "readwrite").objectStore("office").put(office);
    service.forgetKeyInMemory();
    expect(await service.currentKey(other)).toBeNull();
    await expect(service.backupNow("auto", {}, other)).rejects.toMatchObject({ key: "e.backup.noKey" });
  });

  it("backs up the old schema, read raw, before a migration, without upgrading it", async () => {
    const name = `svc-old-${Math.random()}`;
    const old = await openAt(name, migrations.length - 1);
    await old.table("office").put(office);
    await old.table("sites").put({ id: "01SITE000000", code: "SPH" });
    old.close();
    const key = await deps.store.keys.get("backup");
    expect(key?.officeCreatedAt).toBe(office.createdAt);
    expect(await service.backupBeforeMigration(name, deps.store)).toBe("done");
    const made = [...folder.keys()].find((n) => n.endsWith("-migration.rkbak"))!;
    expect(readHeader(folder.get(made) as Uint8Array<ArrayBuffer>).schemaVersion).toBe(migrations.length - 1);
    const still = await openAt(name, migrations.length - 1);
    expect(still.verno).toBe(migrations.length - 1);
    still.close();
  });

  it("restores a backup after backing up the current state first", async () => {
    await deps.db
      .backendDB()
      .transaction("sites", "readwrite")
      .objectStore("sites")
      .put({ id: "01NEWSITE000", code: "NEW" });
    const file = folder.get(firstGood) as Uint8Array<ArrayBuffer>;
    const { summary, key } = await service.openWithPassphrase(file, "gunung ledang 1276 m");
    expect(summary.counts.sites).toBe(0);
    await expect(service.openWithPassphrase(file, "gunung ledang 1277 m")).rejects.toMatchObject({
      key: "e.backup.wrongPassphrase",
    });
    await service.restoreFromFile(file, key, undefined, deps);
    expect(await deps.db.sites.count()).toBe(0);
    expect([...folder.keys()].some((n) => n.endsWith("-restore.rkbak"))).toBe(true);
  });
});
