// Why: issue 11's backup journeys: back up then restore gives identical tables, a new PC restores a downloaded copy at
// first run, a wrong passphrase and bad files are refused with the data untouched, and the home screen warns.
import { readFileSync, writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { demo, expect, loadDemo, login, shot, test, TEST_NOW } from "./support";

/** Every object store of the app database, read raw in the page (Blobs and bytes as base64), in key order. */
async function allTables(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const toB64 = (b: Uint8Array) => btoa(Array.from(b, (c) => String.fromCharCode(c)).join(""));
    const plain = async (v: unknown): Promise<unknown> => {
      if (v instanceof Blob) return { blob: v.type, b64: toB64(new Uint8Array(await v.arrayBuffer())) };
      if (v instanceof Uint8Array) return { u8: toB64(v) };
      if (Array.isArray(v)) return Promise.all(v.map(plain));
      if (v && typeof v === "object")
        return Object.fromEntries(
          await Promise.all(Object.entries(v).map(async ([k, x]) => [k, await plain(x)])),
        );
      return v;
    };
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open("rekod-komuniti");
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const names = [...idb.objectStoreNames];
    const tx = idb.transaction(names, "readonly");
    // Every request first (the transaction ends once none is pending), then the Blobs read.
    const all = await Promise.all(
      names.map(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const r = tx.objectStore(name).getAll();
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          }),
      ),
    );
    const out: Record<string, unknown[]> = {};
    for (const [i, name] of names.entries()) out[name] = (await Promise.all(all[i]!.map(plain))) as unknown[];
    idb.close();
    return out;
  });
}

/** Changes the data behind the app's back: a site added, a person removed, a photo added. */
async function changeData(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open("rekod-komuniti");
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = idb.transaction(["sites", "persons", "photos"], "readwrite");
    const meta = { createdAt: "x", createdBy: "x", updatedAt: "x", updatedBy: "x", rev: 1, deletedAt: null };
    tx.objectStore("sites").put({
      ...meta,
      id: "01ZZZZZZZZZZZZZZZZZZZZZZZZ",
      code: "BARU",
      name: "Tapak baru",
    });
    const persons = tx.objectStore("persons");
    const first = await new Promise<IDBValidKey>((r) => {
      const q = persons.getAllKeys(null, 1);
      q.onsuccess = () => r(q.result[0]!);
    });
    persons.delete(first);
    tx.objectStore("photos").put({
      ...meta,
      id: "01ZZZZZZZZZZZZZZZZZZZZZZZY",
      ownerTable: "programmes",
      ownerId: "x",
      data: new Blob([new Uint8Array([255, 216, 255, 217])], { type: "image/jpeg" }),
    });
    await new Promise((r) => (tx.oncomplete = r));
    idb.close();
  });
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Tetapan", exact: true }).click();
  await expect(page.getByTestId("backup-section")).toBeVisible();
  await expect(page.getByTestId("backup-key")).toContainText("Tersedia");
}

async function backUpNow(page: Page): Promise<void> {
  await page.getByTestId("backup-now").click();
  await expect(page.getByText(/Sandaran dibuat dan disemak/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("backup-last-good")).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
}

test("backup then restore gives identical tables; a wrong passphrase changes nothing", async ({ page }) => {
  test.setTimeout(180_000);
  await loadDemo(page);
  await expect(page.getByTestId("demo-backup-passphrase")).toContainText("Sandaran#Demo2026");
  await login(page, demo.admin);
  await expect(page.getByTestId("backup-warning")).toContainText("Belum ada sandaran yang baik");
  await shot(page, "sandaran-home-warning");
  await openSettings(page);
  await backUpNow(page);
  const backedUp = await allTables(page);
  expect(backedUp.cases!.length).toBeGreaterThan(10);
  await expect(page.getByTestId("backup-row")).toHaveCount(1);
  await shot(page, "sandaran-tetapan");

  await changeData(page);
  expect(await allTables(page)).not.toEqual(backedUp);

  await page.getByTestId("backup-row").first().getByRole("button", { name: "Pulihkan" }).click();
  await expect(page.getByTestId("restore-header")).toContainText(
    "Pejabat Kebajikan Masyarakat Daerah Lembah Pantai",
  );
  await page.getByTestId("restore-passphrase").fill("Sandaran#Salah2026");
  await page.getByRole("button", { name: "Buka sandaran" }).click();
  await expect(page.getByTestId("restore-error")).toHaveText(
    "Kata laluan sandaran salah. Data semasa tidak diubah.",
  );
  await shot(page, "sandaran-salah");
  await page.getByTestId("restore-passphrase").fill("Sandaran#Demo2026");
  await page.getByRole("button", { name: "Buka sandaran" }).click();
  await expect(page.getByTestId("restore-counts").locator('[data-table="cases"]')).toContainText(
    String(backedUp.cases!.length),
  );
  await shot(page, "sandaran-isi");
  await page.getByTestId("restore-confirm").click();
  await expect(page.getByTestId("restore-done")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Log masuk" })).toBeVisible({ timeout: 30_000 });
  expect(await allTables(page)).toEqual(backedUp);

  // The current state was backed up first: the folder now holds that one too.
  await login(page, demo.admin);
  await openSettings(page);
  await expect(page.getByTestId("backup-row")).toHaveCount(2);
  await expect(page.getByTestId("backup-row").first()).toContainText("Sebelum pemulihan");
});

test("a new PC: download a copy, restore it at first run in a fresh browser, log in", async ({
  page,
  browser,
}, info) => {
  test.setTimeout(180_000);
  await loadDemo(page);
  await login(page, demo.admin);
  await openSettings(page);
  await backUpNow(page);
  const backedUp = await allTables(page);
  const download = page.waitForEvent("download");
  await page.getByTestId("backup-row").first().getByRole("button", { name: "Muat turun salinan" }).click();
  const file = info.outputPath("salinan.rkbak");
  await (await download).saveAs(file);
  const bytes = readFileSync(file);
  // Bad files made from it: cut short, and one whose header claims a newer app.
  const cut = info.outputPath("terpotong.rkbak");
  writeFileSync(cut, bytes.subarray(0, bytes.length - 1000));
  const newer = info.outputPath("lebih-baharu.rkbak");
  writeFileSync(
    newer,
    Buffer.from(bytes.toString("latin1").replace('"appVersion":"0.', '"appVersion":"9.'), "latin1"),
  );
  const notBackup = info.outputPath("bukan.rkbak");
  writeFileSync(notBackup, "Nama,MyKad\nAli,900101-14-5678\n");

  const fresh = await browser.newContext();
  const pc = await fresh.newPage();
  await pc.clock.install({ time: TEST_NOW });
  await pc.goto("/");
  await pc.getByRole("button", { name: "Pulihkan daripada sandaran" }).click();
  const pick = async (path: string) => {
    const chooser = pc.waitForEvent("filechooser");
    await pc.getByTestId("restore-pick").click();
    await (await chooser).setFiles(path);
  };
  await pick(notBackup);
  await expect(pc.getByTestId("restore-error")).toHaveText("Fail ini bukan fail sandaran Rekod Komuniti.");
  await pick(newer);
  await expect(pc.getByTestId("restore-error")).toContainText("versi aplikasi yang lebih baharu");
  await pick(cut);
  await pc.getByTestId("restore-passphrase").fill("Sandaran#Demo2026");
  await pc.getByRole("button", { name: "Buka sandaran" }).click();
  await expect(pc.getByTestId("restore-error")).toContainText("rosak atau tidak lengkap");
  await shot(pc, "sandaran-rosak");
  await pc.getByRole("button", { name: "Batal" }).click();
  await pc.getByRole("button", { name: "Pulihkan daripada sandaran" }).click();
  await pick(file);
  await expect(pc.getByTestId("restore-header")).toContainText("salinan.rkbak");
  await pc.getByTestId("restore-passphrase").fill("Sandaran#Demo2026");
  await pc.getByRole("button", { name: "Buka sandaran" }).click();
  await expect(pc.getByTestId("restore-counts")).toBeVisible({ timeout: 30_000 });
  await shot(pc, "sandaran-pc-baharu");
  await pc.getByTestId("restore-confirm").click();
  await expect(pc.getByRole("button", { name: "Log masuk" })).toBeVisible({ timeout: 60_000 });
  expect(await allTables(pc)).toEqual(backedUp);
  await login(pc, demo.aminah);
  await expect(pc.getByTestId("home-sites").getByRole("link")).toHaveCount(2);
  await fresh.close();
});

test("the PKMD's home screen warns when no good backup is newer than 24 hours", async ({ page }) => {
  test.setTimeout(120_000);
  // The backup is made 25 hours before the pinned moment; nothing changes after it, so closing makes no other.
  await page.clock.setSystemTime(new Date(TEST_NOW.getTime() - 25 * 3_600_000));
  await loadDemo(page);
  await login(page, demo.pkmd);
  await expect(page.getByTestId("backup-warning")).toContainText("Belum ada sandaran yang baik");
  await expect(page.getByTestId("backup-warning").getByRole("link")).toHaveCount(0);
  await page.getByRole("button", { name: "Log keluar" }).click();
  await login(page, demo.admin);
  await openSettings(page);
  await backUpNow(page);
  await page.getByRole("link", { name: "Utama" }).click();
  await expect(page.getByTestId("greeting")).toBeVisible();
  await expect(page.getByTestId("backup-warning")).toHaveCount(0);
  await page.clock.setSystemTime(TEST_NOW);
  await page.reload();
  await login(page, demo.pkmd);
  await expect(page.getByTestId("backup-warning")).toContainText(
    "Tiada sandaran baik dalam 24 jam yang lalu.",
  );
  await shot(page, "sandaran-amaran-24j");
});
