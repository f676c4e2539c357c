import { demo, loadDemo, login, shot, expect, test } from "./support";

test("wrong passwords are refused; five in a row lock the username for one minute", async ({ page }) => {
  await loadDemo(page);
  const error = page.getByTestId("login-error");

  await page.getByRole("button", { name: "Log masuk" }).click();
  await expect(error).toHaveText("Masukkan nama pengguna dan kata laluan.");

  for (let i = 1; i <= 4; i++) {
    await page.getByLabel("Nama pengguna").fill("ppk.aminah");
    await page.getByLabel("Kata laluan").fill(`Salah#${i}000000`);
    await page.getByRole("button", { name: "Log masuk" }).click();
    await expect(error).toHaveText("Nama pengguna atau kata laluan salah.");
    await expect(page.getByLabel("Kata laluan")).toHaveValue("");
  }
  await page.getByLabel("Kata laluan").fill("Salah#5000000");
  await page.getByRole("button", { name: "Log masuk" }).click();
  await expect(error).toContainText("Nama pengguna ini dikunci; cuba lagi dalam 60 saat.");
  await shot(page, "login-locked-out");

  // Even the right password waits out the minute.
  await page.getByLabel("Kata laluan").fill(demo.aminah.password);
  await page.getByRole("button", { name: "Log masuk" }).click();
  await expect(error).toContainText("dikunci");

  // Another username is not affected.
  await page.getByLabel("Nama pengguna").fill(demo.kumar.username);
  await page.getByLabel("Kata laluan").fill(demo.kumar.password);
  await page.getByRole("button", { name: "Log masuk" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Kumar a/l Subramaniam");
  await page.getByRole("button", { name: "Log keluar" }).click();

  await page.clock.fastForward("01:01");
  await login(page, demo.aminah);
  await expect(page.getByTestId("current-user")).toHaveText("Aminah binti Said");
});
