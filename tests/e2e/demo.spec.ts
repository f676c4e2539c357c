import { demo, loadDemo, login, logout, shot, expect, test } from "./support";

test("demo office: marked, with one account per role, and removable from settings", async ({ page }) => {
  await loadDemo(page);
  await expect(page.getByTestId("demo-ribbon")).toContainText("DATA CONTOH");
  await expect(page.getByTestId("demo-accounts")).toContainText("ppk.aminah");
  await shot(page, "login-demo");

  await login(page, demo.aminah);
  await expect(page.getByTestId("home-sites").getByRole("link")).toHaveText([
    "PPR Seri Pahang",
    "PPR Seri Pantai",
  ]);
  await expect(page.getByRole("link", { name: "Pengguna" })).toHaveCount(0);
  await shot(page, "home-ppk");
  await logout(page);

  await login(page, demo.admin);
  await expect(page.getByTestId("home-sites").getByRole("link")).toHaveCount(5);
  await shot(page, "home-admin");
  await page.getByRole("link", { name: "Tetapan", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Data contoh" })).toBeVisible();
  await shot(page, "settings");
  await page.getByRole("button", { name: "Buang data contoh" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Buang data contoh" }).click();
  await expect(page.getByRole("heading", { name: "Selamat datang ke Rekod Komuniti" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Selamat datang ke Rekod Komuniti" })).toBeVisible();
});
