// Why: the daily-entry rough edges of issue 12 (items 17-21, 23) as a PPK meets them.
import { choose, demo, loadDemo, login, logout, shot, expect, test } from "./support";

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

  // A walk-in's name half typed in the new case's person search comes back too.
  await page.goto("/#/buku-rekod/baru");
  await page.getByTestId("person-search").fill("Zainal bin Ab");
  await page.getByRole("button", { name: "Kunci" }).click();
  await page.getByLabel("Kata laluan").fill(demo.aminah.password);
  await page.getByRole("button", { name: "Buka kunci" }).click();
  await expect(page.getByTestId("person-search")).toHaveValue("Zainal bin Ab");
});

test("item 21: a persons and households list, searched, filtered by site and household size, page by page", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.pkmd);
  await page.getByRole("link", { name: "Orang & isi rumah" }).click();
  await expect(page).toHaveURL(/#\/orang$/);
  const rows = page.getByTestId("person-row");
  await expect(rows).toHaveCount(50);
  await page.getByTestId("persons-more").click();
  await expect(rows).toHaveCount(100);
  // Only this menu entry is current (a person's page no longer lights up the register).
  await expect(page.locator("nav a[aria-current=page], nav a[data-active]")).toHaveCount(1);

  // Group one resident into a household of their own, then find them by household size and by name.
  const name = (await rows.nth(3).getByRole("link").textContent())!.trim();
  await rows.nth(3).getByRole("link").click();
  await page.getByRole("button", { name: `Cipta isi rumah dengan ${name} sebagai ketua` }).click();
  await expect(page.getByTestId("household")).toContainText("Ketua isi rumah");
  await page.getByRole("link", { name: "Orang & isi rumah" }).click();
  await choose(page, "Bil. isi rumah", "1 orang");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(name);
  await expect(page.getByTestId("person-household-size")).toHaveText("1");
  // Found by MyKad: in a household of one, and no longer among those not yet in a household.
  const mykad = (await rows.first().locator("td").nth(1).textContent())!.trim();
  await page.getByLabel("Cari", { exact: true }).fill(mykad);
  await expect(rows).toHaveCount(1);
  await choose(page, "Bil. isi rumah", "Belum dalam isi rumah");
  await expect(page.getByTestId("persons-empty")).toBeVisible();
  await choose(page, "Bil. isi rumah", "1 orang");
  await expect(rows).toHaveCount(1);
  await shot(page, "entry-persons");

  await page.getByTestId("persons-view").getByText("Isi rumah").click();
  const households = page.getByTestId("household-row");
  await expect(households).toHaveCount(1);
  await expect(households.first()).toContainText(name);
  await shot(page, "entry-households");
  await households.first().getByRole("link").click();
  await expect(page.getByTestId("person-title")).toHaveText(name);
  await expect(page.locator("nav a[aria-current=page]")).toHaveText("Orang & isi rumah");

  // Beside search: the search box hands its words to the list.
  await page.keyboard.press("Control+K");
  await page.getByTestId("search-input").fill(name.split(" ")[0]!);
  await page.getByTestId("search-all-persons").click();
  await expect(page).toHaveURL(/#\/orang\?cari=/);
  await expect(page.getByLabel("Cari", { exact: true })).toHaveValue(name.split(" ")[0]!);
  await expect(rows.filter({ hasText: name }).first()).toBeVisible();
});

test("item 23: the register has a Tapak column and its own search; menu, site code, lock setting and chart", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.admin);
  // One menu item highlighted at a time: Kadar PGK lives under Tetapan, but only it is current.
  await page.getByRole("link", { name: "Kadar PGK & bantuan" }).click();
  await expect(page.locator("nav a[aria-current=page], nav a[data-active]")).toHaveCount(1);

  // A lock setting of 0 is refused with the allowed range, and stays as typed.
  await page.goto("/#/tetapan");
  const lock = page.getByLabel("Kunci skrin selepas (minit tidak aktif)");
  await lock.fill("0");
  await lock.press("Tab");
  await expect(lock).toHaveValue("0");
  await page.getByRole("button", { name: "Simpan", exact: true }).first().click();
  await expect(page.getByText("Antara 1 hingga 120 minit.").last()).toBeVisible();
  await shot(page, "entry-lock-zero");

  // A site code typed in lower case becomes capitals.
  await page.goto("/#/tapak/baru");
  await page.getByLabel("Kod tapak").fill("klg");
  await expect(page.getByLabel("Kod tapak")).toHaveValue("KLG");
  await logout(page);

  // The register: Tapak column, its own search box.
  await login(page, demo.pkmd);
  await page.goto("/#/buku-rekod");
  await expect(page.getByRole("columnheader", { name: "Tapak" })).toBeVisible();
  await expect(page.getByTestId("register-site").first()).toHaveText(/^[A-Z]{3}$/);
  const recordNo = (await page
    .getByTestId("register-row")
    .nth(5)
    .locator("td")
    .first()
    .textContent())!.trim();
  await page.getByTestId("register-search").fill(recordNo);
  await expect(page.getByTestId("register-count")).toHaveText("1 kes");
  await expect(page.getByTestId("register-row")).toHaveCount(1);
  await expect(page.getByTestId("register-row")).toContainText(recordNo);
  await shot(page, "entry-register-search");

  // The home chart counts whole cases.
  await page.goto("/#/");
  // The axis's figures are the chart's only numeric labels (months are words, the legend is not in the SVG).
  const labels = page.locator(".recharts-surface text");
  await expect(labels.first()).toBeVisible();
  const figures = (await labels.allTextContents()).filter((s) => /^[\d.,]+$/.test(s.trim()));
  expect(figures.length).toBeGreaterThan(1);
  for (const figure of figures) expect(figure.trim()).toMatch(/^\d+$/);
});

test("item 23: first-run setup names every mistake at once and confirms success before the login screen", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByLabel("Nama pengguna").fill("aisyah");
  await page.getByRole("textbox", { name: "Kata laluan", exact: true }).fill("aisyah12345");
  await page.getByLabel("Ulang kata laluan").fill("lain12345");
  await page.getByRole("button", { name: "Simpan dan mula" }).click();
  // Required fields, the password's rule and the mismatch, all at once.
  await expect(page.getByText("Wajib diisi.").first()).toBeVisible();
  await expect(page.getByText("Kata laluan tidak boleh mengandungi nama pengguna.")).toBeVisible();
  await expect(page.getByText("Kata laluan tidak sepadan.")).toBeVisible();
  await shot(page, "entry-setup-all-errors");

  await choose(page, "Negeri", "Selangor");
  await page.getByLabel("Daerah").fill("Petaling");
  await page.getByLabel("Nama pejabat").fill("Pejabat Kebajikan Masyarakat Daerah Petaling");
  await page.getByLabel("Alamat").fill("Tingkat 2, Wisma Persekutuan, 46000 Petaling Jaya");
  await page.getByLabel("No. telefon").fill("03-7956 1234");
  await page.getByLabel("E-mel PKMD").fill("pkmd.petaling@jkm.gov.my");
  await page.getByLabel("Nama penuh").fill("Siti Aisyah binti Omar");
  await page.getByRole("textbox", { name: "Kata laluan", exact: true }).fill("Petaling#2026");
  await page.getByLabel("Ulang kata laluan").fill("Petaling#2026");
  await page.getByRole("button", { name: "Simpan dan mula" }).click();
  await expect(page.getByRole("button", { name: "Log masuk" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Pejabat telah disediakan")).toBeVisible();
  await expect(page.getByText("Log masuk sebagai aisyah")).toBeVisible();
  await shot(page, "entry-setup-done");
});
