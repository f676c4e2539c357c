import { demo, loadDemo, login, expect, test } from "./support";

test("two windows edit one site: the second save is refused with who changed it, never a silent overwrite", async ({
  page,
  context,
}) => {
  await loadDemo(page);
  await login(page, demo.admin);
  await page.getByRole("link", { name: "Tapak" }).click();
  await page.getByRole("link", { name: "PPR Seri Pantai" }).click();
  const url = page.url();

  const second = await context.newPage();
  await second.goto(url);
  await login(second, demo.admin);
  await expect(second.getByTestId("site-title")).toHaveText("PPR Seri Pantai");

  // The second window is already editing when the first one saves.
  await second.getByLabel("Alamat").fill("Jalan Pantai Permai 2, 59200 Kuala Lumpur");
  await page.getByLabel("Nama tapak").fill("PPR Seri Pantai (Blok A-D)");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Disimpan.")).toBeVisible();

  await second.getByRole("button", { name: "Simpan" }).click();
  const dialog = second.getByRole("dialog");
  await expect(dialog).toContainText("Rekod ini telah diubah oleh Nurul Huda binti Kamal");
  await second.screenshot({ path: "test-results/screens/conflict.png" });
  // The second user's own edit is still in the form until they choose.
  await expect(second.getByLabel("Alamat")).toHaveValue("Jalan Pantai Permai 2, 59200 Kuala Lumpur");
  await dialog.getByRole("button", { name: "Muat semula rekod" }).click();
  await expect(second.getByLabel("Nama tapak")).toHaveValue("PPR Seri Pantai (Blok A-D)");
  await expect(second.getByLabel("Alamat")).toHaveValue("Jalan Pantai Permai, 59200 Kuala Lumpur");
});

test("a window with no unsaved edits follows a change made in another window", async ({ page, context }) => {
  await loadDemo(page);
  await login(page, demo.admin);
  await page.getByRole("link", { name: "Tapak" }).click();
  await page.getByRole("link", { name: "PPR Taman Cendana" }).click();
  const second = await context.newPage();
  await second.goto(page.url());
  await login(second, demo.admin);
  await page.getByLabel("Nama tapak").fill("PPR Taman Cendana Baru");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(second.getByLabel("Nama tapak")).toHaveValue("PPR Taman Cendana Baru");
  await second.getByLabel("Daerah").fill("Johor Bahru");
  await second.getByRole("button", { name: "Simpan" }).click();
  await expect(second.getByText("Disimpan.")).toBeVisible();
});

test("two windows edit one case: the second save is refused and shows who changed it", async ({
  page,
  context,
}) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/buku-rekod?status=baru");
  await page.getByTestId("register-row").first().getByRole("link").click();
  await expect(page.getByTestId("case-title")).toBeVisible();
  const second = await context.newPage();
  await second.goto(page.url());
  await login(second, demo.aminah);
  const problem = "Keperluan berubah selepas lawatan kedua";
  await second.getByTestId("case-form").getByLabel("Masalah / keperluan").fill(problem);
  await page.getByTestId("case-form").getByLabel("Tindakan diambil").fill("Telah dihubungi semula");
  await page.getByTestId("case-form").getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Disimpan.")).toBeVisible();
  await second.getByTestId("case-form").getByRole("button", { name: "Simpan" }).click();
  await expect(second.getByRole("dialog")).toContainText("Rekod ini telah diubah oleh Aminah binti Said");
  await second.getByRole("dialog").getByRole("button", { name: "Kekalkan perubahan saya" }).click();
  await expect(second.getByTestId("case-form").getByLabel("Masalah / keperluan")).toHaveValue(problem);
});
