// Why: a database the app cannot open as it expects shows the recovery screen (never a blank page), saves what still
// reads into a backup file that opens again, and a full disk refuses a save with a plain message, keeping the form.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { demo, expect, loadDemo, login, shot, test } from "./support";
import { keyForFile, unseal } from "../../shared/backup/envelope";
import { readArchive } from "../../shared/backup/archive";

const PASSPHRASE = "Pulih#Pejabat2026";

/** Records per table, read straight from IndexedDB in the page. */
function countTables(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const r = indexedDB.open("rekod-komuniti");
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          const idb = r.result;
          const names = Array.from(idb.objectStoreNames);
          const tx = idb.transaction(names, "readonly");
          const out: Record<string, number> = {};
          for (const n of names)
            tx.objectStore(n).count().onsuccess = (e) => (out[n] = (e.target as IDBRequest<number>).result);
          tx.oncomplete = () => {
            idb.close();
            resolve(out);
          };
        };
      }),
  );
}

/** What a newer app does on its first start: raises the stored schema (here to 99) and adds a table. */
function upgradeAsNewerApp(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open("rekod-komuniti", 990);
        r.onupgradeneeded = () => r.result.createObjectStore("masaDepan", { keyPath: "id" });
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          r.result.close();
          resolve();
        };
      }),
  );
}

/** The administrator backs up now from Tetapan (the demo office's passphrase is known) and waits for it to verify. */
async function backUpNow(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sandarkan sekarang" }).click();
  await expect(page.getByText(/Sandaran dibuat dan disemak/)).toBeVisible({ timeout: 60_000 });
}

/** Confirms the restore (`button` names it), then opens the app, logs in and finds the backed-up tables again. */
async function restoreAndLogIn(
  page: Page,
  button: string,
  before: Record<string, number>,
  user: { username: string; password: string },
  screenshot: string,
): Promise<void> {
  await page.getByTestId("restore-passphrase").fill("Sandaran#Demo2026");
  await page.getByRole("button", { name: button }).click();
  await page.getByRole("dialog").getByRole("button", { name: button }).click();
  await expect(page.getByTestId("restore-done")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("restore-done")).toContainText(/rekod-diselamatkan-.*\.rkbak/);
  await shot(page, screenshot);
  await page.getByRole("button", { name: "Buka aplikasi dan log masuk" }).click();
  await login(page, user);
  const after = await countTables(page);
  expect(after.masaDepan).toBeUndefined();
  for (const table of ["persons", "cases", "referrals", "users", "sites"])
    expect(after[table], table).toBe(before[table]);
}

test("a database saved by a newer app opens the recovery screen; what still reads is saved as a backup file", async ({
  page,
}) => {
  await loadDemo(page);
  const before = await countTables(page);
  expect(before.persons).toBeGreaterThan(0);
  await upgradeAsNewerApp(page);
  await page.reload();

  const screen = page.getByTestId("recovery-screen");
  await expect(screen).toBeVisible();
  await expect(page.getByTestId("recovery-problem")).toContainText(
    "Data ini disimpan oleh versi aplikasi yang lebih baharu",
  );
  await expect(page.getByTestId("recovery-problem")).toContainText("versi data 99");
  await expect(page.getByRole("button", { name: "Simpan data yang masih boleh dibaca" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cuba buka semula" })).toBeVisible();
  await expect(page.getByTestId("recovery-technical")).toBeHidden();
  await shot(page, "pemulihan-skrin");

  // The passphrase is asked twice before anything is written.
  await page.getByLabel("Kata laluan sandaran", { exact: true }).fill(PASSPHRASE);
  await page.getByLabel("Taip semula kata laluan sandaran").fill("lain-lain-lain");
  await page.getByRole("button", { name: "Simpan data yang masih boleh dibaca" }).click();
  await expect(page.getByText("Kedua-dua kata laluan tidak sama.")).toBeVisible();
  await page.getByLabel("Taip semula kata laluan sandaran").fill(PASSPHRASE);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan data yang masih boleh dibaca" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^rekod-diselamatkan-\d{4}-\d{2}-\d{2}-\d{4}\.rkbak$/);
  await expect(page.getByTestId("salvage-saved")).toContainText("rekod dibaca");
  await shot(page, "pemulihan-diselamatkan");

  // The file is an ordinary sealed archive: every table with every record, opened with the passphrase.
  const file = new Uint8Array(await readFile((await download.path())!));
  const { header, plain } = await unseal(file, await keyForFile(file, PASSPHRASE));
  expect(header.schemaVersion).toBe(99);
  expect(header.office.name).not.toBe("");
  const archive = await readArchive(plain);
  const counts = Object.fromEntries(archive.manifest.tables.map((t) => [t.name, t.records]));
  for (const [table, n] of Object.entries(before)) expect(counts[table], table).toBe(n);
  const persons = archive.parts.filter((p) => p.table === "persons").flatMap((p) => p.rows().values);
  expect(persons).toHaveLength(before.persons!);
  expect(persons[0]).toHaveProperty("name");

  // The technical message is there for the IT officer, folded until asked for.
  await page.getByRole("button", { name: "Butiran teknikal (untuk pegawai IT)" }).click();
  await expect(page.getByTestId("recovery-technical")).toContainText("newerSchema");
});

test("a backing store that cannot be opened shows the recovery screen with the reason folded away", async ({
  page,
}) => {
  // Fault injection: every IndexedDB open fails as Chromium reports a damaged backing store.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      const error = new DOMException(
        "Internal error opening backing store for indexedDB.open.",
        "UnknownError",
      );
      const req = {
        error,
        result: undefined,
        readyState: "done",
        transaction: null,
      } as unknown as IDBOpenDBRequest;
      setTimeout(() =>
        req.onerror?.call(req, {
          type: "error",
          target: req,
          preventDefault() {},
          stopPropagation() {},
        } as unknown as Event),
      );
      return req;
    };
  });
  await page.goto("/");
  await expect(page.getByTestId("recovery-problem")).toContainText(
    "Pangkalan data di komputer ini rosak atau tidak dapat dibaca",
  );
  await page.getByRole("button", { name: "Butiran teknikal (untuk pegawai IT)" }).click();
  await expect(page.getByTestId("recovery-technical")).toContainText("backing store");
  await page.getByLabel("Kata laluan sandaran", { exact: true }).fill(PASSPHRASE);
  await page.getByLabel("Taip semula kata laluan sandaran").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Simpan data yang masih boleh dibaca" }).click();
  await expect(page.getByTestId("salvage-nothing")).toBeVisible();
  await shot(page, "pemulihan-rosak");
});

test("a full disk: the banner warns, and a refused save says so plainly and keeps what was typed", async ({
  page,
}) => {
  // Fault injection, as Chromium behaves when the disk fills: the browser reports a nearly full quota (an in-memory
  // test profile always reports 10 GB), and once `__diskFull` is set every IndexedDB write fails with QuotaExceededError.
  await page.addInitScript(() => {
    const gb = 1024 ** 3;
    navigator.storage.estimate = async () => ({ usage: 9.8 * gb, quota: 10 * gb });
    const w = window as unknown as { __diskFull?: boolean };
    for (const method of ["put", "add"] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (w.__diskFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return original.apply(this, args);
      };
    }
  });
  await loadDemo(page);
  await login(page, demo.aminah);
  await expect(page.getByTestId("storage-low")).toContainText("Ruang storan hampir penuh");
  await expect(page.getByTestId("storage-low")).toContainText("Hanya tinggal 204.8 MB ruang untuk rekod.");

  await page.goto("/#/buku-rekod");
  await page.getByTestId("register-row").first().getByRole("link").click();
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true));
  const note = "Lawatan rumah: keluarga memerlukan bantuan makanan segera.";
  await page.getByLabel("Catatan").fill(note);
  await page.getByRole("button", { name: "Tambah", exact: true }).click();
  await expect(
    page.getByText("Rekod tidak disimpan kerana ruang cakera komputer ini sudah penuh."),
  ).toBeVisible();
  await expect(page.getByLabel("Catatan")).toHaveValue(note);
  const saved = page.locator("[data-testid=timeline] .mantine-Timeline-item", { hasText: note });
  await expect(saved).toHaveCount(0);
  await expect(page.getByTestId("recovery-screen")).toBeHidden();
  await shot(page, "pemulihan-cakera-penuh");

  // Room again: the same form saves.
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = false));
  await page.getByRole("button", { name: "Tambah", exact: true }).click();
  await expect(saved).toHaveCount(1);
});

test("from the recovery screen the newest verified backup is restored, what still read is kept, and the app logs in", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.admin);
  await page.goto("/#/tetapan");
  // Tetapan says whether the browser keeps the records from eviction, and what that means.
  await expect(page.getByTestId("storage-persisted")).toContainText(/Dibenarkan|Tidak dibenarkan/);
  await expect(page.getByTestId("storage-room")).toContainText(/[KMG]B/);
  await backUpNow(page);
  const before = await countTables(page);
  await upgradeAsNewerApp(page);
  await page.reload();

  await expect(page.getByTestId("recovery-screen")).toBeVisible();
  await expect(page.getByTestId("restore-newest")).toContainText("rekod-sandaran-");
  // A wrong passphrase changes nothing.
  await page.getByTestId("restore-passphrase").fill("Salah#Sama2026");
  await page.getByRole("button", { name: "Pulihkan sandaran terbaharu" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Pulihkan sandaran terbaharu" }).click();
  await expect(page.getByTestId("restore-error")).toContainText("Kata laluan sandaran salah");
  expect((await countTables(page)).masaDepan).toBe(0);

  await restoreAndLogIn(page, "Pulihkan sandaran terbaharu", before, demo.aminah, "pemulihan-dipulihkan");
});

test("a table that stops reading while the app is in use leads to the recovery screen, not a white page", async ({
  page,
}) => {
  // Fault injection: once `__tableBroken` is set, reading the cases table fails as a damaged LevelDB file does.
  await page.addInitScript(() => {
    const w = window as unknown as { __tableBroken?: boolean };
    for (const method of ["getAll", "openCursor", "get", "count"] as const) {
      const original = IDBIndex.prototype[method] as (...a: unknown[]) => IDBRequest;
      IDBIndex.prototype[method] = function (this: IDBIndex, ...args: unknown[]) {
        if (w.__tableBroken && this.objectStore.name === "cases")
          throw new DOMException("Corruption: block checksum mismatch", "UnknownError");
        return original.apply(this, args);
      } as never;
    }
  });
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.evaluate(() => ((window as unknown as { __tableBroken?: boolean }).__tableBroken = true));
  await page.goto("/#/buku-rekod");
  await expect(page.getByTestId("recovery-screen")).toBeVisible();
  await expect(page.getByTestId("recovery-problem")).toContainText("rosak atau tidak dapat dibaca");
  await page.getByRole("button", { name: "Butiran teknikal (untuk pegawai IT)" }).click();
  await expect(page.getByTestId("recovery-technical")).toContainText("block checksum mismatch");
});

test("with no backup in the folder, a backup file from elsewhere (a USB drive) is restored from the recovery screen", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.admin);
  await page.goto("/#/tetapan");
  await backUpNow(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Muat turun salinan" }).first().click();
  const copy = await (await downloading).path();
  const before = await countTables(page);
  // The backup folder is gone (the copy on the USB drive is all there is), and the database cannot be opened.
  await page.evaluate(async () =>
    (await navigator.storage.getDirectory()).removeEntry("backups", { recursive: true }),
  );
  await upgradeAsNewerApp(page);
  await page.reload();

  await expect(page.getByTestId("restore-none")).toBeVisible();
  const choosing = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Pilih fail sandaran…" }).click();
  await (await choosing).setFiles(copy);
  await expect(page.getByTestId("restore-newest")).toContainText("Fail dipilih:");
  await restoreAndLogIn(page, "Pulihkan fail ini", before, demo.pkmd, "pemulihan-fail-usb");
});
