import { demo, loadDemo, login, shot, expect, test } from "./support";

test("a deleted site is undone, deleted again, restored from the recycle bin, and every step is in the audit log", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.admin);
  await page.getByRole("link", { name: "Tapak" }).click();
  await shot(page, "sites");
  await page.getByRole("link", { name: "PPR Desa Rejang" }).click();
  await page.getByLabel("Nama tapak").fill("PPR Desa Rejang Setapak");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Disimpan.")).toBeVisible();
  await expect(page.getByTestId("site-title")).toHaveText("PPR Desa Rejang Setapak");
  await shot(page, "site-edit");

  await page.getByRole("button", { name: "Padam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Padam" }).click();
  await expect(page.getByText("PPR Desa Rejang Setapak dipindahkan ke Tong Sampah.")).toBeVisible();
  await page.getByRole("button", { name: "Buat asal" }).click();
  await expect(page.getByTestId("site-title")).toHaveText("PPR Desa Rejang Setapak");

  await page.getByRole("button", { name: "Padam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Padam" }).click();
  await expect(page.getByTestId("sites-table")).not.toContainText("Desa Rejang");
  await page.getByRole("link", { name: "Tong Sampah" }).click();
  await expect(page.getByTestId("bin-table")).toContainText("DRJ PPR Desa Rejang Setapak");
  await shot(page, "recycle-bin");
  await page.getByRole("button", { name: "Pulihkan" }).click();
  await expect(page.getByTestId("bin-empty")).toBeVisible();

  await page.getByRole("link", { name: "Log Audit" }).click();
  const rows = page.getByTestId("audit-table").locator("tbody > tr");
  await expect(rows.nth(0)).toContainText("Pulih");
  await expect(rows.nth(1)).toContainText("Padam");
  await page.getByTestId("audit-table").getByText("Ubah", { exact: true }).first().click();
  const diff = page.getByTestId("audit-diff");
  const nameRow = diff.getByRole("row", { name: /Nama tapak/ });
  await expect(nameRow.getByRole("cell")).toHaveText([
    "Nama tapak",
    "PPR Desa Rejang",
    "PPR Desa Rejang Setapak",
  ]);
  await shot(page, "audit");
});
