import { demo, loadDemo, login, logout, shot, expect, test } from "./support";

test("a PPK cannot open another site's page by URL; an observer cannot change anything", async ({ page }) => {
  await loadDemo(page);
  await login(page, demo.admin);
  await page.getByRole("link", { name: "Tapak" }).click();
  await page.getByRole("link", { name: "PPR Taman Putra Damai" }).click();
  await expect(page.getByTestId("site-title")).toHaveText("PPR Taman Putra Damai");
  const otherSiteUrl = page.url();
  await page.getByRole("link", { name: "Tapak" }).click();
  await page.getByRole("link", { name: "PPR Seri Pahang" }).click();
  const ownSiteUrl = page.url();
  await logout(page);

  await login(page, demo.aminah);
  await page.goto(ownSiteUrl);
  await expect(page.getByTestId("site-title")).toHaveText("PPR Seri Pahang");
  await expect(page.getByRole("button", { name: "Simpan" })).toHaveCount(0);
  await page.goto(otherSiteUrl);
  await expect(page.getByTestId("forbidden")).toContainText("Anda tidak dibenarkan");
  await expect(page.getByText("PPR Taman Putra Damai")).toHaveCount(0);
  await shot(page, "ppk-forbidden");
  await page.goto("/#/pengguna");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await page.goto("/#/tapak/01TIADAREKODDENGANIDINI00");
  await expect(page.getByTestId("not-found")).toBeVisible();
  await logout(page);

  await login(page, demo.observer);
  await page.goto(otherSiteUrl);
  await expect(page.getByTestId("site-title")).toHaveText("PPR Taman Putra Damai");
  await expect(page.getByLabel("Nama tapak")).toHaveAttribute("readonly", "");
  await expect(page.getByRole("button", { name: "Simpan" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Tong Sampah" })).toHaveCount(0);
});
