// Why: a case can be sensitive for reasons its target group does not show; the officer flags it on the case form and
// from then on every opening is in the Log Audit, like a domestic-violence case's.
import { choose, demo, expect, loadDemo, login, logout, shot, test } from "./support";

test("a PPK flags a case sensitive; the PKMD's opening of it is in the Log Audit", async ({ page }) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/buku-rekod?kumpulan=warga-emas");
  await page.getByTestId("register-row").first().getByRole("link").click();
  const title = page.getByTestId("case-title");
  await expect(title).toBeVisible();
  const recordNo = ((await title.textContent()) ?? "").match(/[A-Z]+\/\d{4}\/\d{4}/)![0];
  const flag = page.getByRole("checkbox", { name: "Rekod sensitif" });
  await expect(flag).not.toBeChecked();
  await flag.check();
  await page
    .getByRole("button", { name: /^Simpan/ })
    .first()
    .click();
  await expect(page.getByText(/disimpan/i).first()).toBeVisible();
  await shot(page, "sensitif-case-form");
  await logout(page);

  await login(page, demo.pkmd);
  await page.goto("/#/buku-rekod?kumpulan=warga-emas");
  await page.getByRole("link", { name: recordNo }).click();
  await expect(page.getByRole("checkbox", { name: "Rekod sensitif" })).toBeChecked();
  await page.getByRole("link", { name: "Log Audit" }).click();
  await choose(page, "Tindakan", "Lihat rekod sensitif");
  const rows = page.getByTestId("audit-table").locator("tbody > tr");
  await expect(rows.first()).toContainText(recordNo);
  await expect(rows.first()).toContainText("Lihat rekod sensitif");
});
