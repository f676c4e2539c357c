import { choose, demo, loadDemo, login, logout, shot, expect, test } from "./support";

test("auto-lock keeps the route and the unsaved form for the same user, and hides it from another", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.admin);

  await page.getByRole("link", { name: "Tapak" }).click();
  await page.getByRole("link", { name: "Tambah tapak" }).click();
  await page.getByLabel("Kod tapak").fill("KLG");
  await page.getByLabel("Nama tapak").fill("PPR Kampung Lembah Gelugor");
  await choose(page, "Jenis", "Kawasan Berisiko Tinggi");

  // Ten idle minutes lock the screen.
  await page.clock.fastForward("10:05");
  await expect(page.getByTestId("locked-note")).toContainText("Nurul Huda binti Kamal");
  await expect(page.getByLabel("Nama pengguna")).toHaveValue("pentadbir");
  await shot(page, "lock-screen");

  // The same user unlocks and finds the form as it was.
  await page.getByLabel("Kata laluan").fill(demo.admin.password);
  await page.getByRole("button", { name: "Buka kunci" }).click();
  await expect(page).toHaveURL(/#\/tapak\/baru$/);
  await expect(page.getByLabel("Kod tapak")).toHaveValue("KLG");
  await expect(page.getByLabel("Nama tapak")).toHaveValue("PPR Kampung Lembah Gelugor");
  await expect(page.getByRole("combobox", { name: "Jenis" })).toHaveValue("Kawasan Berisiko Tinggi");

  // Locked again; a different user logs in and sees neither the route nor the draft.
  await page.getByRole("button", { name: "Kunci" }).click();
  await page.getByLabel("Nama pengguna").fill(demo.pkmd.username);
  await page.getByLabel("Kata laluan").fill(demo.pkmd.password);
  await page.getByRole("button", { name: "Buka kunci" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Encik Rahman bin Yusof");
  await expect(page).toHaveURL(/#\/$/);
  await page.goto("/#/tapak/baru");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await logout(page);

  // The first user comes back later and the draft is still theirs.
  await login(page, demo.admin);
  await expect(page).toHaveURL(/#\/tapak\/baru$/);
  await expect(page.getByTestId("draft-restored")).toBeVisible();
  await expect(page.getByLabel("Nama tapak")).toHaveValue("PPR Kampung Lembah Gelugor");
  await page.getByLabel("Alamat").fill("Jalan Gelugor 2, 11700 Gelugor");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("site-title")).toHaveText("PPR Kampung Lembah Gelugor");
});
