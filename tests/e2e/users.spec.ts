import { choose, demo, loadDemo, login, logout, shot, expect, test } from "./support";

test("the administrator creates, assigns, disables and resets a user", async ({ page }) => {
  await loadDemo(page);
  await login(page, demo.admin);
  await page.getByRole("link", { name: "Pengguna" }).click();
  await expect(page.getByTestId("users-table").getByRole("row")).toHaveCount(6);
  await shot(page, "users");
  await page.getByRole("link", { name: "Tambah pengguna" }).click();

  // Duplicate username, weak password and a PPK without a site are each named.
  await page.getByLabel("Nama penuh").fill("Farah binti Ismail");
  await page.getByLabel("Nama pengguna").fill("ppk.aminah");
  await page.getByRole("textbox", { name: "Kata laluan", exact: true }).fill("pendek");
  await page.getByLabel("Ulang kata laluan").fill("pendek");
  await page.getByRole("button", { name: "Cipta pengguna" }).click();
  await expect(page.getByText("Kata laluan mesti sekurang-kurangnya 10 aksara.")).toBeVisible();
  await page.getByRole("textbox", { name: "Kata laluan", exact: true }).fill("Cendana#2026");
  await page.getByLabel("Ulang kata laluan").fill("Cendana#2026");
  await page.getByRole("button", { name: "Cipta pengguna" }).click();
  await expect(page.getByText("PPK mesti ditugaskan sekurang-kurangnya satu tapak.")).toBeVisible();
  await choose(page, "Tapak ditugaskan", "TCD — PPR Taman Cendana");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Cipta pengguna" }).click();
  await expect(page.getByText("Nama pengguna ini sudah digunakan.")).toBeVisible();
  await page.getByLabel("Nama pengguna").fill("ppk.farah");
  await shot(page, "user-new");
  await page.getByRole("button", { name: "Cipta pengguna" }).click();
  await expect(page.getByTestId("users-table")).toContainText("ppk.farah");
  await logout(page);

  await login(page, { username: "ppk.farah", password: "Cendana#2026" });
  await expect(page.getByTestId("home-sites").getByRole("link")).toHaveText(["PPR Taman Cendana"]);
  await logout(page);

  await login(page, demo.admin);
  await page.getByRole("link", { name: "Pengguna" }).click();
  await page.getByRole("link", { name: "ppk.farah" }).click();
  await page.getByLabel("Nyahaktifkan akaun ini").check();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Disimpan.")).toBeVisible();
  await page.getByRole("textbox", { name: "Kata laluan baharu" }).fill("Baharu#Farah2026");
  await page.getByLabel("Ulang kata laluan").fill("Baharu#Farah2026");
  await page.getByRole("button", { name: "Tetapkan kata laluan baharu" }).click();
  await expect(page.getByText("Kata laluan ppk.farah telah ditetapkan semula.")).toBeVisible();
  await shot(page, "user-edit");
  await logout(page);

  await page.getByLabel("Nama pengguna").fill("ppk.farah");
  await page.getByLabel("Kata laluan").fill("Baharu#Farah2026");
  await page.getByRole("button", { name: "Log masuk" }).click();
  await expect(page.getByTestId("login-error")).toHaveText(
    "Akaun ini telah dinyahaktifkan. Hubungi pentadbir.",
  );
});
