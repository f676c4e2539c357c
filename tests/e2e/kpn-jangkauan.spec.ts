// Why: issue 13 item 8 end to end at the folding table: a PPK runs outreach mode at the demo tour's first checkpoint
// (10 people counted by keyboard and by tap, a complaint with its slip, two baskets and one refused for a repeated
// MyKad, a quick intake that becomes a Buku Rekod case found in the register), and the browser killed mid-outreach
// (SIGKILL to every Chromium process on its profile) loses nothing that was confirmed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../scripts/chromium.mjs";
import { choose, demo, expect, loadDemo, login, shot, test, TEST_NOW } from "./support";

async function openOutreach(page: Page) {
  await page.getByRole("link", { name: "Kembara Prihatin" }).click();
  await page.getByRole("link", { name: "Mod jangkauan" }).first().click();
  await expect(page.getByTestId("outreach-title")).toContainText("Pasar Tani Kerinchi");
}

/** One person counted from the keyboard: sex, age band, then the service's number. */
async function countByKeys(page: Page, keys: string) {
  for (const k of keys) await page.keyboard.press(k);
}

async function giveBasket(page: Page, name: string, mykad: string, beras: string, minyak = "1") {
  await page.getByRole("textbox", { name: "Nama penerima" }).fill(name);
  await page.getByRole("textbox", { name: "No. MyKad penerima" }).fill(mykad);
  await page.getByRole("textbox", { name: "Beras" }).fill(beras);
  await page.getByRole("textbox", { name: "Minyak" }).fill(minyak);
  await page.getByTestId("give-basket").click();
}

test("outreach at a checkpoint: 10 counted, a complaint and its slip, baskets against stock and a repeat refused, a quick intake becomes a Buku Rekod case", async ({
  page,
}) => {
  test.slow();
  await loadDemo(page);
  await login(page, demo.aminah);
  await openOutreach(page);

  // Kaunter perkhidmatan: seven people from the keyboard, three by tapping.
  await expect(page.getByTestId("service-total")).toContainText("Jumlah dilayan: 0");
  await page.getByTestId("outreach").click({ position: { x: 5, y: 5 } });
  for (const keys of ["pw1", "lD1", "PK2", "pb3", "LW4", "pd1", "lb2"]) await countByKeys(page, keys);
  await expect(page.getByTestId("service-total")).toContainText("Jumlah dilayan: 7");
  for (let i = 0; i < 3; i++) {
    await page.getByTestId("sex-P").click();
    await page.getByTestId("age-warga-emas").click();
    await page.getByTestId("service-ziarah-prihatin").click();
  }
  await expect(page.getByTestId("service-total")).toContainText("Jumlah dilayan: 10");
  await expect(page.getByTestId("service-count-ziarah-prihatin")).toHaveText("6");
  // A wrong tap taken back, then counted right.
  await countByKeys(page, "LD3");
  await expect(page.getByTestId("service-total")).toContainText("Jumlah dilayan: 11");
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("service-total")).toContainText("Jumlah dilayan: 10");
  await expect(page.getByTestId("service-table")).toBeVisible();
  await shot(page, "kpn-jangkauan-perkhidmatan");

  // Kaunter aduan (Alt+2): registered with its number and its slip at once.
  await page.keyboard.press("Alt+2");
  await page.getByRole("textbox", { name: "Nama pengadu" }).fill("Zulkifli bin Omar");
  await page.getByRole("textbox", { name: "No. telefon / hubungan" }).fill("012-987 6543");
  await choose(page, "Kategori", "Lewat / tiada tindakan");
  await page
    .getByRole("textbox", { name: "Butiran aduan" })
    .fill("Permohonan bantuan warga emas dihantar bulan Jun, belum ada jawapan.");
  await page.getByTestId("save-complaint").click();
  await expect(page.getByTestId("complaint-refno")).toHaveText(/^ADU\/\d{4}\/\d{4}$/);
  const refNo = (await page.getByTestId("complaint-refno").textContent())!;
  await expect(page.getByTestId("complaint-slip")).toContainText(refNo);
  await expect(page.getByTestId("complaint-slip")).toContainText("Zulkifli bin Omar");
  await expect(page.getByTestId("complaint-count")).toContainText("1 aduan");
  await expect(page.getByRole("textbox", { name: "Nama pengadu" })).toHaveValue("");
  await expect(page.getByRole("combobox", { name: "Kategori" })).toHaveValue("");
  await shot(page, "kpn-jangkauan-aduan");

  // Agihan bakul makanan (Alt+3): the demo tour loaded 40 beras; two baskets, then the same MyKad again.
  await page.keyboard.press("Alt+3");
  await expect(page.getByTestId("stock-left")).toContainText("40");
  // A basket with nothing in it is named in place and nothing is given.
  await giveBasket(page, "Mariam binti Abdullah", "700405-10-5566", "0", "0");
  await expect(page.getByTestId("basket-error")).toHaveText(
    "Bakul kosong: masukkan sekurang-kurangnya satu barang.",
  );
  await expect(page.getByTestId("basket-row")).toHaveCount(0);
  await giveBasket(page, "Mariam binti Abdullah", "700405-10-5566", "2");
  await expect(page.getByTestId("basket-row")).toHaveCount(1);
  await giveBasket(page, "Tan Ah Kow", "650912-10-5671", "1");
  await expect(page.getByTestId("basket-row")).toHaveCount(2);
  await expect(page.getByTestId("stock-given")).toContainText("3");
  await expect(page.getByTestId("stock-left")).toContainText("37");
  // The repeated MyKad is pointed out before anything is given, and refused without a reason.
  await page.getByRole("textbox", { name: "Nama penerima" }).fill("Mariam Abdullah");
  await page.getByRole("textbox", { name: "No. MyKad penerima" }).fill("700405105566");
  await expect(page.getByTestId("repeat-warning")).toContainText(
    "MyKad ini sudah menerima bakul dalam jelajah ini",
  );
  await page.getByRole("textbox", { name: "Beras" }).fill("1");
  await page.getByTestId("give-basket").click();
  await expect(
    page.getByText("MyKad ini sudah menerima bakul dalam jelajah ini. Nyatakan sebab untuk memberi lagi."),
  ).toBeVisible();
  await expect(page.getByTestId("basket-row")).toHaveCount(2);
  await expect(page.getByTestId("stock-left")).toContainText("37");
  // More than the stock left asks for its reason too.
  await page.getByRole("textbox", { name: "Beras" }).fill("50");
  await expect(page.getByTestId("over-stock")).toContainText("Beras +13");
  await shot(page, "kpn-jangkauan-bakul");
  await page.getByRole("textbox", { name: "Beras" }).fill("1");

  // Stock typed wrong is named on its box and nothing changes; the stock counted back is reconciled.
  await page.getByTestId("load-stock").click();
  const load = page.getByTestId("stock-form-stockLoaded");
  await load.getByRole("textbox", { name: "Beras" }).fill("-5");
  await load.getByTestId("save-stock").click();
  await expect(load.getByText("Masukkan nombor bulat 0 atau lebih.")).toBeVisible();
  await load.getByRole("button", { name: "Batal" }).click();
  await expect(page.getByTestId("stock-loaded")).toContainText("40");
  await page.getByTestId("count-back").click();
  const back = page.getByTestId("stock-form-stockReturned");
  await expect(back.getByRole("textbox", { name: "Beras" })).toHaveValue("37");
  await back.getByRole("textbox", { name: "Gula" }).fill("29");
  await back.getByTestId("save-stock").click();
  await expect(page.getByTestId("stock-difference")).toContainText("-1");
  await expect(page.getByTestId("reconcile")).toContainText("tidak sepadan");

  // Kes kebajikan (Alt+4): a new person registered and a Buku Rekod case opened in one save.
  await page.keyboard.press("Alt+4");
  await page.getByTestId("person-search").fill("Zaharah binti Kamaruddin");
  await expect(page.getByText("Tiada padanan.", { exact: false })).toBeVisible();
  await page.getByTestId("person-search").press("Enter");
  await page.getByRole("textbox", { name: "No. dokumen (MyKad)" }).fill("560312-10-5432");
  await choose(page, "Keturunan", "Melayu");
  await choose(page, "Taraf perkahwinan", "Balu / Duda");
  await page
    .getByRole("textbox", { name: "Keperluan / masalah" })
    .fill("Warga emas tinggal seorang, memerlukan bantuan bulanan");
  await choose(page, "Kumpulan sasar", "Warga Emas");
  await page.getByTestId("save-intake").click();
  const opened = page.getByText(/Kes SPH\/\d{4}\/\d{4} dibuka untuk Zaharah binti Kamaruddin/);
  await expect(opened).toBeVisible();
  const recordNo = (await opened.textContent())!.match(/SPH\/\d{4}\/\d{4}/)![0];
  await expect(page.getByTestId("intake-row")).toContainText(recordNo);
  await shot(page, "kpn-jangkauan-kes");

  // The case is in the Buku Rekod.
  await page.getByRole("link", { name: "Buku Rekod" }).first().click();
  await page.getByRole("textbox", { name: /Cari dalam Buku Rekod/ }).fill("Zaharah Kamaruddin");
  await expect(page.getByTestId("register-row").filter({ hasText: recordNo })).toBeVisible();
});

/** The processes of the Chromium running on `profile` (its browser, renderers, GPU and utility processes). */
function chromiumOn(profile: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (args.some((a) => a === `--user-data-dir=${profile}`)) pids.push(Number(entry));
    } catch {
      // Exited while listing.
    }
  }
  return pids;
}

/** A browser of its own on a profile kept on disk, as the office laptop's Chromium or Electron keeps one. */
async function openProfile(
  profile: string,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    baseURL,
    locale: "ms-MY",
    timezoneId: "Asia/Kuala_Lumpur",
    viewport: { width: 1366, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.clock.install({ time: TEST_NOW });
  return { context, page };
}

test("outreach survives the browser being killed: every confirmed tap, basket and complaint is there, and what was being typed", async ({
  baseURL,
}) => {
  test.slow();
  const profile = mkdtempSync(path.join(os.tmpdir(), "rekod-kpn-profile-"));
  let { context, page } = await openProfile(profile, baseURL!);
  try {
    await loadDemo(page);
    await login(page, demo.aminah);
    await openOutreach(page);
    const url = page.url();
    await page.getByTestId("outreach").click({ position: { x: 5, y: 5 } });
    for (const keys of ["pw1", "lD2", "PK1", "lb4"]) await countByKeys(page, keys);
    await expect(page.getByTestId("service-total")).toContainText("Jumlah dilayan: 4");
    await page.keyboard.press("Alt+3");
    await giveBasket(page, "Mariam binti Abdullah", "700405-10-5566", "2");
    await expect(page.getByTestId("basket-row")).toHaveCount(1);
    await page.keyboard.press("Alt+2");
    await page.getByRole("textbox", { name: "Nama pengadu" }).fill("Zulkifli bin Omar");
    await choose(page, "Kategori", "Kualiti perkhidmatan");
    await page.getByRole("textbox", { name: "Butiran aduan" }).fill("Kaunter dibuka lewat dua jam.");
    await page.getByTestId("save-complaint").click();
    await expect(page.getByTestId("complaint-refno")).toBeVisible();
    const refNo = (await page.getByTestId("complaint-refno").textContent())!;
    // The next complainant's name is half typed when the battery dies.
    await page.getByRole("textbox", { name: "Nama pengadu" }).fill("Lim Siew");
    await page.waitForTimeout(300);

    // The battery dies: every Chromium process on the profile gets SIGKILL at once, so no unload handler, no
    // pagehide and no orderly shutdown run. What the screen confirmed must already be on disk, and the half-typed name
    // already in the draft (kept within 50 ms of typing, not on leaving).
    const killed = chromiumOn(profile);
    expect(killed.length).toBeGreaterThan(0);
    const closed = new Promise((resolve) => context.once("close", resolve));
    for (const pid of killed) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Gone already (a child that died with its parent).
      }
    }
    await closed;
    await expect.poll(() => chromiumOn(profile).length, { timeout: 15_000 }).toBe(0);

    // The laptop is switched on again: the same profile, a new browser.
    ({ context, page } = await openProfile(profile, baseURL!));
    await page.goto(url);
    await login(page, demo.aminah);
    await page.goto(url);
    await expect(page.getByTestId("outreach-title")).toContainText("Pasar Tani Kerinchi");
    // The counter in use was the complaints one; its half-typed name is back.
    await expect(page.getByRole("textbox", { name: "Nama pengadu" })).toHaveValue("Lim Siew");
    await expect(page.getByTestId("complaint-count")).toContainText("1 aduan");
    await page.keyboard.press("Alt+1");
    await expect(page.getByTestId("service-total")).toContainText("Jumlah dilayan: 4");
    await page.keyboard.press("Alt+3");
    await expect(page.getByTestId("basket-row")).toHaveCount(1);
    await expect(page.getByTestId("stock-given")).toContainText("2");
    await shot(page, "kpn-jangkauan-selepas-mati");
    await page.goto("/#/kpn/aduan");
    await expect(page.getByText(refNo)).toBeVisible();
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
});
