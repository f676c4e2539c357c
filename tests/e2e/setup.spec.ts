import { choose, login, shot, expect, test } from "./support";

test("first-run setup: mistakes are named in place, then the office and administrator are created", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Selamat datang ke Rekod Komuniti" })).toBeVisible();

  // Submitting the empty form names every required field and creates nothing.
  await page.getByRole("button", { name: "Simpan dan mula" }).click();
  await expect(page.getByTestId("setup-error")).toHaveText("Sila betulkan medan yang ditandakan.");
  await expect(page.getByText("Wajib diisi.").first()).toBeVisible();
  await shot(page, "setup-errors");

  await choose(page, "Negeri", "Selangor");
  await page.getByLabel("Daerah").fill("Petaling");
  await page.getByLabel("Nama pejabat").fill("Pejabat Kebajikan Masyarakat Daerah Petaling");
  await page.getByLabel("Alamat").fill("Tingkat 2, Wisma Persekutuan, 46000 Petaling Jaya");
  await page.getByLabel("No. telefon").fill("bukan nombor");
  await page.getByLabel("E-mel PKMD").fill("pkmd.petaling@jkm.gov.my");
  await page.getByLabel("Nama penuh").fill("Siti Aisyah binti Omar");
  await page.getByLabel("Nama pengguna").fill("aisyah");
  await page.getByRole("textbox", { name: "Kata laluan", exact: true }).fill("aisyah12345");
  await page.getByLabel("Ulang kata laluan").fill("aisyah12345");
  // A backup passphrase too short is named with the other mistakes, at once.
  await page.getByRole("textbox", { name: "Kata laluan sandaran", exact: true }).fill("pendek");
  await page.getByRole("textbox", { name: "Sahkan kata laluan sandaran" }).fill("pendek");
  await page.getByRole("button", { name: "Simpan dan mula" }).click();
  await expect(page.getByText("Nombor telefon tidak sah")).toBeVisible();
  await expect(page.getByText("Kata laluan tidak boleh mengandungi nama pengguna.")).toBeVisible();
  await expect(
    page.getByTestId("setup-backup").getByText("Sekurang-kurangnya 10 aksara.").last(),
  ).toBeVisible();
  await page.getByRole("textbox", { name: "Kata laluan sandaran", exact: true }).fill("Sandaran#Petaling26");
  await page.getByRole("textbox", { name: "Sahkan kata laluan sandaran" }).fill("Sandaran#Petaling26");

  await page.getByLabel("No. telefon").fill("03-7956 1234");
  await page.getByRole("textbox", { name: "Kata laluan", exact: true }).fill("Petaling#2026");
  await page.getByLabel("Ulang kata laluan").fill("Petaling#2027");
  await page.getByRole("button", { name: "Simpan dan mula" }).click();
  await expect(page.getByText("Kata laluan tidak sepadan.")).toBeVisible();

  await page.getByLabel("Ulang kata laluan").fill("Petaling#2026");
  await page.getByRole("button", { name: "Simpan dan mula" }).click();
  await expect(page.getByRole("button", { name: "Log masuk" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Pejabat Kebajikan Masyarakat Daerah Petaling")).toBeVisible();
  await expect(page.getByTestId("demo-accounts")).toHaveCount(0);

  await login(page, { username: "aisyah", password: "Petaling#2026" });
  await expect(page.getByTestId("greeting")).toContainText("Siti Aisyah binti Omar");
  await expect(page.getByTestId("home-empty")).toContainText("Belum ada tapak");
  await shot(page, "home-new-office");
  // The passphrase given at setup is the office's backup key: backups can run without asking for it.
  await page.getByRole("link", { name: "Tetapan", exact: true }).click();
  await expect(page.getByTestId("passphrase-form")).toContainText("Kata laluan sandaran telah ditetapkan");

  // The data survives a reload (it is in IndexedDB, not in memory).
  await page.reload();
  await expect(page.getByRole("button", { name: "Log masuk" })).toBeVisible();
});
