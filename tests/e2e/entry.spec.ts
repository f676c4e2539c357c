// Why: the daily-entry rough edges of issue 12 (items 17-21, 23) as a PPK meets them.
import { demo, loadDemo, login, shot, expect, test } from "./support";

test("item 18: a need's evidence and its new action plan are saved by the page's one Save", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/keperluan");
  await page.getByRole("button", { name: "Keperluan baharu" }).click();
  const fresh = page.getByTestId("new-need");
  await fresh.getByLabel("Masalah / keperluan").fill("Lampu tangga blok C rosak");
  await fresh.getByRole("button", { name: "Simpan keperluan" }).click();
  await page.getByRole("link", { name: "Lampu tangga blok C rosak" }).click();
  await expect(page.getByTestId("no-plan")).toBeVisible();

  await page.getByLabel("Bukti / asas").fill("Aduan 12 penduduk dalam perjumpaan");
  await page
    .getByTestId("plan-form")
    .getByRole("textbox", { name: "Langkah 1", exact: true })
    .fill("Aduan kepada pengurusan PPR");
  // One Save for the whole page: there is no separate plan button to leave the evidence behind.
  await expect(page.getByRole("button", { name: "Cipta rangka tindakan" })).toHaveCount(0);
  await page.getByTestId("need-form").getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByTestId("no-plan")).toHaveCount(0);
  await shot(page, "entry-need-one-save");
  const url = page.url();
  await page.reload();
  await login(page, demo.aminah);
  await page.goto(url);
  await expect(page.getByLabel("Bukti / asas")).toHaveValue("Aduan 12 penduduk dalam perjumpaan");
  await expect(page.getByRole("textbox", { name: "Langkah 1", exact: true })).toHaveValue(
    "Aduan kepada pengurusan PPR",
  );
  await expect(page.getByText("Draf yang belum disimpan telah dipulihkan.")).toHaveCount(0);
});

test("item 19: a half-typed timeline note comes back after the idle lock", async ({ page }) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/buku-rekod");
  await page.getByTestId("register-row").first().getByRole("link").click();
  await expect(page.getByTestId("case-title")).toBeVisible();
  const note = "Lawatan rumah: ibu memaklumkan anak sulung sudah mula beker";
  await page.getByLabel("Catatan").fill(note);
  await page.clock.fastForward("10:05");
  await expect(page.getByTestId("locked-note")).toBeVisible();
  await page.getByLabel("Kata laluan").fill(demo.aminah.password);
  await page.getByRole("button", { name: "Buka kunci" }).click();
  await expect(page.getByLabel("Catatan")).toHaveValue(note);
  await shot(page, "entry-note-after-lock");
  await page.getByRole("button", { name: "Tambah", exact: true }).click();
  await expect(page.getByLabel("Catatan")).toHaveValue("");
  await expect(page.getByTestId("timeline")).toContainText(note);
});
