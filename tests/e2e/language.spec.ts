import { demo, loadDemo, login, shot, expect, test } from "./support";

test("the language switches between Bahasa Malaysia, English and Bahasa Indonesia, and is remembered", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.admin);
  const nav = page.getByRole("navigation");
  await expect(nav.getByRole("link", { name: "Tong Sampah" })).toBeVisible();

  await page.getByText("EN", { exact: true }).click();
  await expect(nav.getByRole("link", { name: "Recycle bin" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Sites" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  await shot(page, "home-english");

  await page.getByText("ID", { exact: true }).click();
  await expect(nav.getByRole("link", { name: "Tempat Sampah" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");

  await page.reload();
  await expect(page.getByRole("button", { name: "Masuk" })).toBeVisible();
  await page.getByText("BM", { exact: true }).click();
  await expect(page.getByRole("button", { name: "Log masuk" })).toBeVisible();
});
