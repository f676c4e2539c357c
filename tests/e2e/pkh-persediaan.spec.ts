// Why: an office that chooses "PKH Indonesia" at setup works in Indonesian with its own regions and words, and sees
// none of JKM's Malaysian screens.
import { choose, demo, loadDemo, login, shot, expect, test } from "./support";
import { pendamping, pkhOffice, wilayah } from "./pkh-support";

test("a PKH office is set up in Indonesian and sees only the PKH and shared screens", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Selamat datang ke Rekod Komuniti" })).toBeVisible();
  await choose(page, "Pakej negara", "PKH Indonesia");
  // The pack brings its language and words at once: provinces, Kabupaten/Kota.
  await expect(page.getByRole("heading", { name: "Selamat datang di Rekod Komuniti" })).toBeVisible();
  await choose(page, "Provinsi", "DI Yogyakarta");
  await page.getByLabel("Kabupaten/Kota").fill("Sleman");
  await page.getByLabel("Nama unit pelaksana").fill("UPPKH Kabupaten Sleman");
  await page.getByLabel("Alamat").fill("Jl. Parasamya No. 1, Beran, Tridadi, Sleman");
  await page.getByLabel("No. telepon").fill("0274 868405");
  await page.getByLabel("Email unit pelaksana").fill("uppkh.sleman@example.go.id");
  await page.getByLabel("Nama lengkap").fill("Dewi Lestari");
  await page.getByLabel("Nama pengguna").fill("dewi");
  await page.getByRole("textbox", { name: "Kata sandi", exact: true }).fill("Sleman#2026");
  await page.getByLabel("Ulangi kata sandi").fill("Sleman#2026");
  await shot(page, "pkh-setup");
  await page.getByRole("button", { name: "Simpan dan mulai" }).click();
  await expect(page.getByRole("button", { name: "Masuk" })).toBeVisible({ timeout: 30_000 });

  await login(page, { username: "dewi", password: "Sleman#2026" });
  await expect(page.getByTestId("greeting")).toContainText("Dewi Lestari");
  await expect(page.getByTestId("home-empty")).toContainText("Belum ada wilayah dampingan");
  await expect(page.getByTestId("current-user").locator("..")).toContainText("Administrator");
  // None of JKM's Malaysian screens: not in the menu, and their addresses lead nowhere.
  const menu = page.locator("nav");
  await expect(menu.getByRole("link", { name: "Wilayah dampingan" })).toBeVisible();
  for (const jkm of ["Buku Catatan", "Profil komunitas", "Tarif PGK & bantuan", "Kembara Prihatin Negara"])
    await expect(menu.getByRole("link", { name: jkm })).toHaveCount(0);
  await shot(page, "pkh-home-empty");
  for (const path of ["#/buku-rekod", "#/kpn", "#/meja", "#/tetapan/kadar", "#/orang"]) {
    await page.goto(`/${path}`);
    await expect(page.getByTestId("not-found")).toBeVisible();
  }

  // A wilayah dampingan is a kecamatan of an Indonesian province.
  await page.goto("/#/tapak/baru");
  await expect(page.getByRole("heading", { name: "Wilayah dampingan baru" })).toBeVisible();
  await page.getByLabel("Kode wilayah").fill("DPK");
  await page.getByLabel("Nama kecamatan").fill("Kecamatan Depok");
  await page.getByLabel("Alamat").fill("Jl. Perumnas, Condongcatur, Depok, Sleman");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: "Kecamatan Depok" })).toBeVisible();
  await page.goto("/#/");
  await expect(page.getByTestId("home-kpm-DPK")).toHaveText("0 KPM terdaftar");
  await shot(page, "pkh-home");
  // The pack is fixed once chosen.
  await page.goto("/#/tetapan");
  await expect(page.getByTestId("office-pack")).toHaveValue("PKH Indonesia");

  // PKH's own settings: the yearly amounts in force, and new ones from a date (the earlier ones stay).
  const settings = page.getByTestId("pkh-settings");
  await expect(settings.getByTestId("pkh-amounts")).toContainText("Rp 3.000.000");
  await expect(settings.getByTestId("pkh-amounts")).toContainText("Rp 225.000");
  const form = settings.getByTestId("pkh-amounts-form");
  await form.getByLabel("Lanjut usia (70+)").fill("2800000");
  await form.getByLabel("Berlaku mulai").fill("01/01/2027");
  await form.getByRole("button", { name: "Simpan besaran baru" }).click();
  await expect(settings.getByText("Besaran baru menyusul mulai 01/01/2027.")).toBeVisible();
  // The commitment rules: school attendance lowered to 80% from a date, in force from then on.
  const rules = settings.getByTestId("pkh-commitment-settings");
  await expect(rules).toContainText("Kehadiran sekolah minimal 85%");
  await expect(rules).toContainText("Penangguhan setelah 2 bulan berturut-turut");
  await rules.getByLabel("Kehadiran sekolah minimal").fill("80");
  await rules.getByLabel("Berlaku mulai").fill("01/11/2026");
  await rules.getByRole("button", { name: "Simpan aturan baru" }).click();
  await expect(settings.getByTestId("pkh-commitment-settings")).toContainText(
    "Aturan komitmen yang berlaku sejak 01/11/2026",
  );
  await expect(settings.getByTestId("pkh-commitment-settings")).toContainText(
    "Kehadiran sekolah minimal 80%",
  );
  await rules.screenshot({ path: "test-results/screens/pkh-pengaturan-komitmen.png" });
  await shot(page, "pkh-pengaturan");
});

test("a pendamping works only on the wilayah assigned", async ({ page }) => {
  await pkhOffice(page);
  await expect(page.getByTestId("current-user")).toHaveText(pendamping.name);
  await expect(page.getByTestId("current-user").locator("..")).toContainText("Pendamping");
  await expect(page.getByTestId("home-sites").getByRole("link")).toHaveText([wilayah.name]);
  await shot(page, "pkh-home-pendamping");
});

test("a JKM office sees nothing of PKH", async ({ page }) => {
  await loadDemo(page);
  await login(page, demo.admin);
  const menu = page.locator("nav");
  await expect(menu.getByRole("link", { name: "Buku Rekod" })).toBeVisible();
  for (const pkh of ["Sesi P2K2", "Agenda dan Catatan", "Laporan Pendamping", "Register KPM", "Kelompok"])
    await expect(menu.getByRole("link", { name: pkh })).toHaveCount(0);
  for (const path of ["#/agenda", "#/p2k2", "#/laporan-pendamping", "#/kpm", "#/kelompok", "#/pembayaran"]) {
    await page.goto(`/${path}`);
    await expect(page.getByTestId("not-found")).toBeVisible();
  }
  await page.getByRole("link", { name: "Laporan", exact: true }).click();
  const docs = page.getByRole("navigation", { name: "Dokumen" });
  await expect(
    docs.getByRole("button", { name: "Laporan Statistik Kes Yang Dilayan Mengikut Bulan" }),
  ).toBeVisible();
  for (const pkh of ["Laporan Pendamping", "Daftar Hadir P2K2", "Daftar Penyedia Layanan"])
    await expect(docs.getByRole("button", { name: pkh })).toHaveCount(0);
});
