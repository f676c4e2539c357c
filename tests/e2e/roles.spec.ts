// Why: the pemerhati reads but cannot take SULIT material out and is told so; sensitive views, password resets and case deletions leave their mark in a Log Audit that reads in Malay.
import { choose, demo, expect, loadDemo, login, logout, shot, test } from "./support";

test("the pemerhati reads without taking SULIT out; a reset password is replaced at login; the audit log says who viewed, deleted and why", async ({
  page,
}) => {
  test.slow();
  await loadDemo(page);

  // The observer: read-only banner, no Buku Rekod extract, no SULIT document buttons, a grey read-only case form.
  await login(page, demo.observer);
  await expect(page.getByTestId("read-only-banner")).toBeVisible();
  await page.goto("/#/buku-rekod?kumpulan=mangsa-kdrt");
  await expect(page.getByTestId("sulit-locked")).toContainText("Eksport SULIT tidak dibenarkan");
  await expect(page.getByRole("button", { name: "Eksport ke Excel" })).toHaveCount(0);
  await page.getByTestId("register-row").first().getByRole("link").click();
  await expect(page.getByTestId("case-title")).toBeVisible();
  const problem = page.getByLabel("Masalah");
  await expect(problem).toHaveAttribute("readonly", "");
  await expect(problem).toHaveClass(/ro-input/);
  await shot(page, "roles-observer-case");
  await page.goto("/#/laporan");
  await page.getByRole("button", { name: "Buku Rekod SULIT" }).click();
  await choose(page, "Tapak", "SPH — PPR Seri Pahang");
  await expect(page.getByTestId("sulit-locked")).toContainText("tidak boleh dieksport, dicetak");
  await expect(page.getByRole("button", { name: "Cetak" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Simpan Excel" })).toHaveCount(0);
  await shot(page, "roles-observer-laporan");
  await logout(page);

  // The administrator resets Aminah's password; at her next login she must choose her own.
  await login(page, demo.admin);
  await page.getByRole("link", { name: "Pengguna" }).click();
  await page.getByRole("link", { name: "ppk.aminah" }).click();
  await page.getByRole("textbox", { name: "Kata laluan baharu" }).fill("Sementara#2026x");
  await page.getByLabel("Ulang kata laluan").fill("Sementara#2026x");
  await page.getByRole("button", { name: "Tetapkan kata laluan baharu" }).click();
  await expect(page.getByText("Kata laluan ppk.aminah telah ditetapkan semula.")).toBeVisible();
  await logout(page);
  await page.getByLabel("Nama pengguna").fill(demo.aminah.username);
  await page.getByLabel("Kata laluan").fill("Sementara#2026x");
  await page.getByRole("button", { name: "Log masuk" }).click();
  const change = page.getByTestId("change-password");
  await expect(change).toContainText("kata laluan anda telah ditetapkan semula oleh pentadbir");
  await shot(page, "roles-change-password");
  await change.getByRole("textbox", { name: "Kata laluan baharu" }).fill("Sementara#2026x");
  await change.getByLabel("Ulang kata laluan").fill("Sementara#2026x");
  await change.getByRole("button", { name: "Simpan kata laluan baharu" }).click();
  await expect(change).toContainText("Pilih kata laluan yang berbeza");
  await change.getByRole("textbox", { name: "Kata laluan baharu" }).fill("Aminah#Sendiri2026");
  await change.getByLabel("Ulang kata laluan").fill("Aminah#Sendiri2026");
  await change.getByRole("button", { name: "Simpan kata laluan baharu" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();

  // Aminah deletes a case: the reason is asked for and required.
  await page.goto("/#/buku-rekod");
  await page.getByTestId("register-row").first().getByRole("link").click();
  const recordNo = (await page.getByTestId("case-title").textContent())!;
  await page.getByRole("button", { name: "Padam" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: "Padam" })).toBeDisabled();
  await dialog.getByTestId("delete-reason").fill("Didaftarkan dua kali");
  await shot(page, "roles-delete-reason");
  await dialog.getByRole("button", { name: "Padam" }).click();
  await expect(page.getByText(`${recordNo} dipindahkan ke Tong Sampah.`)).toBeVisible();
  await logout(page);

  // The PKMD's Log Audit: filter by action and by user, every label in Malay.
  await login(page, demo.pkmd);
  await page.getByRole("link", { name: "Log Audit" }).click();
  await choose(page, "Tindakan", "Lihat rekod sensitif");
  const rows = page.getByTestId("audit-table").locator("tbody > tr");
  await expect(rows.first()).toContainText("Lihat rekod sensitif");
  await expect(rows.first()).toContainText("Lim Mei Ling");
  await choose(page, "Tindakan", "Padam");
  await expect(rows.first()).toContainText(recordNo);
  await expect(rows.first().getByTestId("audit-reason")).toHaveText("(sebab: Didaftarkan dua kali)");
  await shot(page, "roles-audit-filter");
  const body = await page.getByTestId("audit-table").textContent();
  expect(body).not.toMatch(/\{\{|returned an object/);
});
