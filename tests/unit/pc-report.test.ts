// Why: a PC's report of its last good backup is written when a backup is made (good or failed) and travels to the
// PKMD's PC with the next exchange, one row per PC; a PC outside an office exchange writes none.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { BackupEntry, HostApi } from "../../shared/host-api";

vi.stubGlobal("__APP_VERSION__", "0.1.0");
const folder = new Map<string, Uint8Array>();
let failWrites = false;
const fakeHost: Partial<HostApi> = {
  async writeBackup({ name, data }) {
    if (failWrites) throw new Error("host.diskFull");
    folder.set(name, data.slice());
  },
  async readBackup({ name }) {
    const data = folder.get(name);
    if (!data) throw new Error("host.notFound");
    return data.slice();
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

const { BackupStoreDB } = await import("../../renderer/backup/store");
const service = await import("../../renderer/backup/service");
const { writePcReport } = await import("../../renderer/db/exchange/pc-report");
const { newExchangeKey } = await import("../../shared/exchange/join");
const { OFFICE_ID } = await import("../../shared/domain/office");
const { pcOf, send, twoPcs } = await import("./exchange-pcs");

type DB = Awaited<ReturnType<typeof twoPcs>>["a"];

/** Makes `db` part of an office exchange as a join gives it: its exchange key, number, name and sites in its book. */
async function joinAs(db: DB, number: number, name: string, scopes: "all" | string[]) {
  const book = await db.table("exchange").get("book");
  await db.table("exchange").put({ ...book, key: await newExchangeKey(), number, name, scopes });
}

let store: InstanceType<typeof BackupStoreDB>;
beforeAll(() => {
  store = new BackupStoreDB(`pc-report-store-${Math.random()}`);
});

describe("PC reports", () => {
  it("writes this PC's report after a good backup (with that file), then a failure after it; none before joining", async () => {
    const { b, site } = await twoPcs();
    await b.table("office").put({
      id: OFFICE_ID,
      officeName: "PKMD Lembah Pantai",
      createdAt: "2026-01-01T00:00:00.000Z",
      demo: false,
    });
    const deps = { db: b, store };
    await service.setPassphrase("gunung ledang 1276 m", deps);
    // Not in an office exchange yet: the backup is made, no report.
    await service.backupNow("manual", {}, deps);
    expect(await b.pcReports.count()).toBe(0);
    expect(await writePcReport(b, store)).toBeNull();

    await joinAs(b, 1, "PC PPR Seri Pahang", [site.id]);
    const good = await service.backupNow("manual", {}, deps);
    const pc = await pcOf(b);
    const report = await b.pcReports.get(pc);
    expect(report).toMatchObject({
      id: pc,
      pc,
      name: "PC PPR Seri Pahang",
      number: 1,
      siteIds: [site.id],
      lastBackup: { at: good.at, fileName: good.name, bytes: good.size },
      lastFailure: null,
      deletedAt: null,
      createdBy: "system",
    });
    // Stamped like every travelling write: it goes in this PC's next file.
    expect(report).toMatchObject({ pc, pcSeq: expect.any(Number) });

    failWrites = true;
    await expect(service.backupNow("auto", {}, deps)).rejects.toMatchObject({ key: "host.diskFull" });
    failWrites = false;
    const after = await b.pcReports.get(pc);
    expect(after?.lastBackup?.fileName).toBe(good.name);
    expect(after?.lastFailure).toMatchObject({ problem: "host.diskFull" });
    expect(after?.rev).toBe((report?.rev ?? 0) + 1);
    expect(await b.pcReports.count()).toBe(1);
  });

  it("reaches the PKMD's PC with the site PC's changes, and a newer report replaces it there", async () => {
    const { a, b, site } = await twoPcs();
    await joinAs(a, 0, "PC PKMD", "all");
    await joinAs(b, 1, "PC PPR Seri Pahang", [site.id]);
    const siteStore = new BackupStoreDB(`pc-report-site-${Math.random()}`);
    await siteStore.log.add({
      id: "log-1",
      at: "2026-11-17T01:00:00.000Z",
      name: "rekod-komuniti-20261117-0900-manual.rkb",
      reason: "manual",
      result: "ok",
      problem: null,
      size: 12_345,
      counts: {},
      durationMs: 10,
      location: "C:\\Sandaran",
      auditHead: "",
      createdAt: "2026-11-17T01:00:00.000Z",
      createdBy: "system",
      updatedAt: "2026-11-17T01:00:00.000Z",
      updatedBy: "system",
      rev: 1,
      deletedAt: null,
    });
    await writePcReport(b, siteStore);
    const pc = await pcOf(b);
    expect((await send(b, a, [site.id])).tables.pcReports).toEqual({ taken: 1, ignored: 0 });
    expect(await a.pcReports.get(pc)).toMatchObject({
      name: "PC PPR Seri Pahang",
      siteIds: [site.id],
      lastBackup: { fileName: "rekod-komuniti-20261117-0900-manual.rkb", bytes: 12_345 },
    });
    await siteStore.log.add({
      ...(await siteStore.log.get("log-1"))!,
      id: "log-2",
      at: "2026-11-18T01:00:00.000Z",
      result: "failed",
      problem: "e.backup.failed",
    });
    await writePcReport(b, siteStore);
    expect((await send(b, a, [site.id])).tables.pcReports).toEqual({ taken: 1, ignored: 0 });
    expect(await a.pcReports.count()).toBe(1);
    expect((await a.pcReports.get(pc))?.lastFailure).toEqual({
      at: "2026-11-18T01:00:00.000Z",
      problem: "e.backup.failed",
    });
  });
});
