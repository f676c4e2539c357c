// Why: a PPK's programme end to end: plan it, record it as held with participants, evaluation and photos, find it by month.
import { type Page } from "@playwright/test";
import { choose, demo, loadDemo, login, shot as fullShot, expect, test, testDay } from "./support";
import { makePng } from "./png";

const TITLE = "Taklimat Keselamatan Kanak-kanak di Rumah";

/** The pinned month's day `d` in Kuala Lumpur: [yyyy-mm-dd, dd/mm/yyyy]. */
function dayOfThisMonth(d: number): [string, string] {
  const [y, m] = testDay().split("-");
  const dd = String(d).padStart(2, "0");
  return [`${y}-${m}-${dd}`, `${dd}/${m}/${y}`];
}

/** Full-page screenshot taken from the top, so the fixed header is drawn where it belongs. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

type StoredPhoto = { width: number; height: number; size: number; type: string; decoded: [number, number] };

/** The live photos as stored in IndexedDB, each decoded again to check its real pixel size. */
async function storedPhotos(page: Page): Promise<StoredPhoto[]> {
  return page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open("rekod-komuniti");
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const rows = await new Promise<
      {
        width: number;
        height: number;
        size: number;
        data: Blob;
        deletedAt: string | null;
        createdAt: string;
      }[]
    >((resolve, reject) => {
      const r = idb.transaction("photos").objectStore("photos").getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    idb.close();
    const live = rows.filter((p) => !p.deletedAt).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return Promise.all(
      live.map(async (p) => {
        const bitmap = await createImageBitmap(p.data);
        return {
          width: p.width,
          height: p.height,
          size: p.size,
          type: p.data.type,
          decoded: [bitmap.width, bitmap.height] as [number, number],
        };
      }),
    );
  });
}

async function typeDate(page: Page, label: string, shown: string): Promise<void> {
  const box = page.getByRole("textbox", { name: label });
  await box.fill(shown);
  await box.press("Tab");
}

test("a PPK plans a programme, records it as held with participants, evaluation and photos, and finds it in the list and the calendar", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const [startIso, startShown] = dayOfThisMonth(10);
  const [endIso, endShown] = dayOfThisMonth(11);
  const [, beforeShown] = dayOfThisMonth(9);

  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/program");
  await expect(page.getByTestId("programme-empty")).toBeVisible();
  await shot(page, "program-list-empty");

  // Plan it.
  await page.getByRole("link", { name: "Program baharu" }).click();
  const form = page.getByTestId("programme-form");
  await form.getByLabel("Nama program / aktiviti").fill(TITLE);
  await choose(page, "Kategori (5P)", "Pencegahan");
  await choose(page, "Kaedah", "Taklimat");
  await typeDate(page, "Tarikh mula", startShown);
  await expect(page.getByRole("textbox", { name: "Tarikh tamat" })).toHaveValue(startShown);
  await form.getByLabel("Tempat").fill("Dewan Serbaguna Blok C");
  await form.getByLabel("Rakan strategik lain").fill("Balai Polis Pantai, PDRM; Persatuan Penduduk PPR");
  await form
    .getByLabel("Objektif")
    .fill("Ibu bapa tahu cara mencegah kemalangan dan penderaan kanak-kanak di rumah.");
  await form.getByLabel("Peruntukan").fill("1500");
  await form.getByLabel("Dibiayai oleh").fill("JKM Daerah Lembah Pantai");

  // Bad input: the end before the start is refused in place and nothing is saved.
  await typeDate(page, "Tarikh tamat", beforeShown);
  await form.getByRole("button", { name: "Simpan program" }).click();
  await expect(form.getByText("Tarikh tamat tidak boleh sebelum tarikh mula.")).toBeVisible();
  await expect(page).toHaveURL(/#\/program\/baru/);
  await shot(page, "program-new-end-before-start");

  await typeDate(page, "Tarikh tamat", endShown);
  await expect(form.getByText("Tarikh tamat tidak boleh sebelum tarikh mula.")).toHaveCount(0);
  await form.getByRole("button", { name: "Simpan program" }).click();
  await expect(page.getByTestId("programme-title")).toHaveText(TITLE);
  await expect(page.getByTestId("programme-status")).toHaveText("Dirancang");
  const programmeUrl = page.url();

  // Held: participants, outcome, evaluation.
  const edit = page.getByTestId("programme-form");
  await choose(page, "Status", "Dilaksanakan");
  await edit.getByLabel("Jumlah peserta").fill("30");
  await edit.getByLabel("Lelaki", { exact: true }).fill("12");
  await edit.getByLabel("Perempuan", { exact: true }).fill("15");
  await edit.getByLabel("Kanak-kanak", { exact: true }).fill("10");
  await edit.getByLabel("Warga Emas", { exact: true }).fill("8");
  await edit.getByLabel("Ibu Tunggal", { exact: true }).fill("12");
  await expect(page.getByTestId("participants-group-sum")).toContainText("30 / 30");
  await expect(page.getByTestId("participants-sex-problem")).toContainText("Dikira 27, jumlah peserta 30");
  await edit
    .getByLabel("Hasil / apa yang dilaksanakan")
    .fill("Taklimat oleh pegawai polis dan PPK; risalah keselamatan diedarkan kepada semua keluarga.");
  await choose(page, "Objektif tercapai?", "Sepenuhnya");
  // The stars' radios are hidden; a click lands on the star drawn for the fourth one.
  const fourth = await page.getByRole("radio", { name: "4 daripada 5" }).getAttribute("id");
  await page.locator(`label[for="${fourth}"]`).click();
  await expect(edit.getByText("4 / 5")).toBeVisible();
  await edit.getByLabel("Pengajaran").fill("Adakan pada hujung minggu supaya lebih ramai bapa dapat hadir.");
  await edit.getByLabel("Isu dan cadangan").fill("Sistem PA dewan perlu dibaiki.");

  // Bad input: by sex not adding up to the total is refused with the message, nothing saved.
  await edit.getByRole("button", { name: "Simpan", exact: true }).click();
  const sexProblem = page.getByTestId("participants-sex-problem");
  await expect(sexProblem).toContainText(
    "Jumlah peserta mengikut jantina mesti sama dengan jumlah peserta. (Dikira 27, jumlah peserta 30.)",
  );
  await expect(page.getByTestId("programme-status")).toHaveText("Dirancang");
  await page
    .getByTestId("participants")
    .screenshot({ path: "test-results/screens/program-participants-mismatch.png" });

  await edit.getByLabel("Perempuan", { exact: true }).fill("18");
  await expect(sexProblem).toHaveCount(0);
  await expect(page.getByTestId("participants-sex-sum")).toContainText("30 / 30");
  await edit.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByTestId("programme-status")).toHaveText("Dilaksanakan");

  // Saved for real: opened again from the list, it shows what was typed.
  await page.goto("/#/program");
  await page.goto(programmeUrl);
  await expect(page.getByTestId("programme-status")).toHaveText("Dilaksanakan");
  await expect(page.getByLabel("Perempuan", { exact: true })).toHaveValue("18");
  await expect(page.getByRole("combobox", { name: "Objektif tercapai?" })).toHaveValue("Sepenuhnya");
  await expect(page.getByTestId("programme-form").getByText("4 / 5")).toBeVisible();

  // Photos: two large PNGs, stored downscaled with their proportions kept.
  const photos = page.getByTestId("programme-photos");
  const input = photos.locator('input[type="file"]');
  await input.setInputFiles([
    { name: "taklimat-dewan.png", mimeType: "image/png", buffer: makePng(2400, 1600) },
    { name: "risalah-tegak.png", mimeType: "image/png", buffer: makePng(1000, 3000) },
  ]);
  await expect(photos.getByTestId("photo")).toHaveCount(2, { timeout: 30_000 });
  await expect(photos.getByTestId("photo-size").nth(0)).toContainText("1280 × 853 piksel");
  await expect(photos.getByTestId("photo-size").nth(1)).toContainText("427 × 1280 piksel");
  const stored = await storedPhotos(page);
  expect(stored).toHaveLength(2);
  expect(stored.map((p) => [p.width, p.height])).toEqual([
    [1280, 853],
    [427, 1280],
  ]);
  for (const p of stored) {
    expect(p.decoded).toEqual([p.width, p.height]);
    expect(p.type).toBe("image/jpeg");
    expect(p.size).toBeLessThanOrEqual(400 * 1024);
  }
  await photos.getByRole("textbox", { name: "Kapsyen" }).first().fill("Taklimat di dewan serbaguna");
  await photos.getByRole("textbox", { name: "Kapsyen" }).first().press("Enter");
  await expect(page.getByText("Kapsyen disimpan.")).toBeVisible();

  // Bad input: a text file and a 40 MB file are refused with a clear message; nothing is added.
  await input.setInputFiles({
    name: "nota.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("bukan gambar"),
  });
  await expect(photos.getByTestId("photo-problem")).toContainText(
    "nota.txt: Fail ini bukan gambar yang boleh dibaca.",
  );
  await input.setInputFiles({
    name: "kamera-besar.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.alloc(40 * 1024 * 1024),
  });
  await expect(photos.getByTestId("photo-problem")).toContainText(
    "kamera-besar.jpg: Fail ini 40 MB, melebihi had 25 MB.",
  );
  await expect(photos.getByTestId("photo")).toHaveCount(2);
  expect(await storedPhotos(page)).toHaveLength(2);
  await shot(page, "program-held-with-photos");
  await photos.screenshot({ path: "test-results/screens/program-photos.png" });

  // Found by month: in the list and on both its days in the calendar.
  await page.getByRole("link", { name: "Senarai program" }).click();
  const row = page.getByTestId("programme-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(TITLE);
  await expect(row).toContainText("Pencegahan");
  await expect(row).toContainText("Taklimat");
  await expect(row).toContainText("30");
  await expect(row).toContainText("Dilaksanakan");
  await shot(page, "program-list");
  await page.getByText("Kalendar", { exact: true }).click();
  for (const day of [startIso, endIso]) {
    await expect(page.getByTestId(`calendar-day-${day}`).getByTestId("calendar-chip")).toHaveText(TITLE);
  }
  await expect(page.getByTestId("calendar-chip")).toHaveCount(2);
  await shot(page, "program-calendar");
  await page.getByTestId(`calendar-day-${startIso}`).getByTestId("calendar-chip").click();
  await expect(page).toHaveURL(programmeUrl);
});

test("the attendance list fills the participant counts from registered residents", async ({ page }) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/program/baru");
  const form = page.getByTestId("programme-form");
  await form.getByLabel("Nama program / aktiviti").fill("Dialog Komuniti Bersama Penduduk");
  await form.getByLabel("Tempat").fill("Surau Blok A");
  await form.getByRole("button", { name: "Simpan program" }).click();
  await expect(page.getByTestId("programme-title")).toHaveText("Dialog Komuniti Bersama Penduduk");

  await page.getByRole("combobox", { name: "Senarai kehadiran (penduduk berdaftar di tapak)" }).click();
  for (let i = 0; i < 3; i++) await page.getByRole("option").nth(i).click();
  await page.keyboard.press("Escape");
  await expect(page.getByText("3 orang dipilih.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Isi daripada senarai kehadiran" }).click();
  await expect(page.getByLabel("Jumlah peserta")).toHaveValue("3");
  await expect(page.getByTestId("participants-sex-sum")).toContainText("3 / 3");
  await expect(page.getByTestId("participants-group-sum")).toContainText("3 / 3");
  await page.getByTestId("participants").screenshot({ path: "test-results/screens/program-attendance.png" });
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Disimpan.", { exact: true })).toBeVisible();
  const url = page.url();
  await page.goto("/#/program");
  await expect(page.getByTestId("programme-row")).toContainText("Dialog Komuniti Bersama Penduduk");
  await expect(page.getByTestId("programme-row")).toContainText("3");
  await page.goto(url);
  await expect(page.getByLabel("Jumlah peserta")).toHaveValue("3");
});
