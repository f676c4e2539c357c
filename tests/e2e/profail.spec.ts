// Why: a PPK keeps a dated community profile (register figures on offer, versions compared) and a stakeholder's contact history.
import { type Page } from "@playwright/test";
import { demo, loadDemo, login, shot as fullShot, expect, test, shownDay } from "./support";

/** A date `daysAgo` days before the pinned day in Kuala Lumpur, as dd/mm/yyyy. */
const shownDate = (daysAgo = 0): string => shownDay(-daysAgo);

/** Full-page screenshot taken from the top (the header is fixed), with the "saved" notices closed so they hide nothing. */
async function shot(page: Page, name: string): Promise<void> {
  await page
    .locator(".mantine-Notification-closeButton")
    .evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLElement).click()));
  await expect(page.locator(".mantine-Notification-root")).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

const box = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });

test("a PPK prepares a community profile from the register, saves a second version, compares them, and keeps a stakeholder's contact history", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.aminah);

  // No profile yet for her first site.
  await page.goto("/#/profail");
  await expect(page.getByTestId("site-picker")).toHaveValue("SPH — PPR Seri Pahang");
  await expect(page.getByTestId("profiles-empty")).toBeVisible();
  await shot(page, "profail-empty");

  // Version 1: register figures offered beside hers, taken only when she asks.
  await page.getByTestId("new-profile").click();
  await expect(page.getByTestId("profile-base")).toHaveText("Versi pertama untuk tapak ini.");
  await expect(page.getByTestId("site-identity")).toContainText("Jalan Bangsar Utama 9");
  await page.getByRole("button", { name: "Guna angka daripada Buku Rekod" }).click();
  const note = page.getByTestId("register-note");
  await expect(note).toContainText(/Dikira daripada \d+ orang/);
  const registered = Number((await note.textContent())!.match(/(\d+) orang/)![1]);
  expect(registered).toBeGreaterThan(0);
  // Nothing was written yet: the form still holds zeros, the register's figures sit in their own column.
  const totalCells = page.getByTestId("age-band-total").locator("td");
  await expect(totalCells.nth(3)).toHaveText("0");
  const registerL = Number(await totalCells.nth(4).textContent());
  const registerP = Number(await totalCells.nth(5).textContent());
  expect(registerL + registerP).toBe(registered);
  await expect(box(page, "Penduduk 18-35 tahun: Lelaki")).toHaveValue("0");
  await shot(page, "profail-register-offer");
  await page.getByTestId("register-use-all").click();
  await expect(totalCells.nth(3)).toHaveText(String(registered));
  await expect(totalCells.nth(1)).toHaveText(String(registerL));
  await expect(page.getByTestId("ethnic-total")).toHaveText(String(registered));
  await expect(page.getByTestId("register-use-all")).toBeDisabled();

  await box(page, "Bilangan blok").fill("4");
  await box(page, "Bilangan unit").fill("1200");
  await box(page, "Tahun dibina").fill("2005");
  await box(page, "Badan pengurusan").fill("Dewan Bandaraya Kuala Lumpur (DBKL)");
  await box(page, "Bilangan isi rumah").fill("1180");
  // The register's registered residents are fewer than the households she typed: the form says so.
  await expect(page.getByTestId("totals-mismatch")).toContainText(
    "kurang daripada bilangan isi rumah (1180)",
  );
  await box(page, "Ibu tunggal").fill("35");
  await box(page, "Keciciran sekolah").fill("12");
  await box(page, "Kemudahan").fill("Surau, dewan serbaguna, tadika KEMAS, taman permainan, hentian bas");
  await box(page, "Organisasi dan pemimpin setempat").fill(
    "Persatuan Penduduk PPR Seri Pahang (Encik Rahman, 012-345 6789)",
  );
  await box(page, "Risiko dan masalah").fill("Lif kerap rosak; lepak remaja waktu malam");
  await shot(page, "profail-new-form");
  await page.getByRole("button", { name: "Simpan sebagai versi baharu" }).click();
  await expect(page.getByTestId("profile-title")).toHaveText("Versi 1");
  await expect(page.getByTestId("view-households")).toHaveText("1180");
  await expect(page.getByTestId("view-register-source")).toContainText(`${registered} orang berdaftar`);
  await expect(page.getByTestId("view-checks")).toContainText("kurang daripada bilangan isi rumah (1180)");
  await expect(page.getByTestId("section-facilities")).toContainText("tadika KEMAS");
  await expect(page.getByRole("button", { name: "Banding dengan versi sebelumnya" })).toBeDisabled();
  await shot(page, "profail-view-v1");

  // Version 2 starts from version 1. A negative figure is refused in place and nothing is saved.
  await page.getByRole("link", { name: "Simpan sebagai versi baharu" }).click();
  await expect(page.getByTestId("profile-base")).toContainText("Bermula daripada versi 1");
  await expect(box(page, "Bilangan isi rumah")).toHaveValue("1180");
  await expect(box(page, "Kemudahan")).toHaveValue(/tadika KEMAS/);
  await box(page, "Bilangan isi rumah").fill("-5");
  await box(page, "Tahun dibina").fill("2031");
  await page.getByRole("button", { name: "Simpan sebagai versi baharu" }).click();
  await expect(page.getByText("Tidak boleh negatif.")).toBeVisible();
  await expect(page.getByText("Tahun dibina tidak boleh selepas tahun profil.")).toBeVisible();
  await expect(page.getByTestId("form-errors")).toBeVisible();
  await expect(page).toHaveURL(/#\/profail\/baru/);
  await shot(page, "profail-bad-input");
  await box(page, "Bilangan isi rumah").fill("1195");
  await box(page, "Tahun dibina").fill("2005");
  await box(page, "Ibu tunggal").fill("38");
  await expect(page.getByText("Tidak boleh negatif.")).toHaveCount(0);
  await page.getByRole("button", { name: "Simpan sebagai versi baharu" }).click();
  await expect(page.getByTestId("profile-title")).toHaveText("Versi 2");
  await expect(page.getByTestId("view-households")).toHaveText("1195");

  // The official Profail Komuniti of this version opens on the Laporan screen with its figures.
  await page.getByTestId("profile-report").click();
  await expect(page.getByRole("combobox", { name: "Versi profail" })).toHaveValue(/^Versi 2 — setakat/);
  await expect(page.getByTestId("profail-preview")).toContainText("1,195");
  // Register figures are named as such, with a note beside the households she typed.
  await expect(page.getByTestId("profail-preview")).toContainText("Sumber: Buku Rekod (");
  await expect(page.getByTestId("profail-preview")).toContainText(
    "iaitu penduduk yang berdaftar sahaja) kurang daripada bilangan isi rumah (1,195, kiraan pegawai)",
  );
  await page.goBack();

  // Compare: exactly the two figures changed.
  await page.getByRole("button", { name: "Banding dengan versi sebelumnya" }).click();
  const changes = page.getByTestId("change-row");
  await expect(changes).toHaveCount(2);
  await expect(changes.nth(0)).toContainText("Bilangan isi rumah");
  await expect(changes.nth(0).getByTestId("change-before")).toHaveText("1180");
  await expect(changes.nth(0).getByTestId("change-after")).toHaveText("1195");
  await expect(changes.nth(1)).toContainText("Ibu tunggal");
  await expect(changes.nth(1).getByTestId("change-before")).toHaveText("35");
  await expect(changes.nth(1).getByTestId("change-after")).toHaveText("38");
  await expect(page.getByTestId("compare-section-facilities")).toHaveAttribute("data-changes", "0");
  await page.getByTestId("compare-section-facilities").getByRole("button", { name: "Kemudahan" }).click();
  await expect(page.getByTestId("compare-section-facilities")).toContainText("tadika KEMAS");
  await page.waitForTimeout(300); // let the section finish unfolding before the picture
  await shot(page, "profail-compare");

  // The list holds both versions (the refused save left nothing); ticking two compares them too.
  await page.goto("/#/profail");
  await expect(page.getByTestId("profile-row")).toHaveCount(2);
  await page.getByRole("checkbox", { name: "Pilih versi 1 untuk dibanding" }).check();
  await page.getByRole("checkbox", { name: "Pilih versi 2 untuk dibanding" }).check();
  await shot(page, "profail-list");
  await page.getByTestId("compare-ticked").click();
  await expect(page.getByTestId("change-row")).toHaveCount(2);

  // A stakeholder: bad input refused in place, then saved.
  await page.goto("/#/pihak");
  await expect(page.getByTestId("stakeholders-empty")).toBeVisible();
  await page.getByTestId("add-stakeholder").click();
  const form = page.getByTestId("stakeholder-form");
  await box(page, "No. telefon").fill("abc");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(form.getByText("Wajib diisi.")).toHaveCount(2);
  await expect(form.getByText(/Nombor telefon tidak sah/)).toBeVisible();
  await shot(page, "profail-pihak-bad-input");
  await expect(page).toHaveURL(/#\/pihak/);
  await box(page, "Nama").fill("Encik Rahman bin Ali");
  await box(page, "Peranan").fill("Pengerusi Persatuan Penduduk");
  await box(page, "Organisasi").fill("Persatuan Penduduk PPR Seri Pahang");
  await box(page, "No. telefon").fill("012-345 6789");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("stakeholder-title")).toHaveText("Encik Rahman bin Ali");
  await expect(page.getByTestId("rapport")).toHaveText("Belum ada hubungan direkodkan.");

  // Two contacts, five months apart; a future one is refused.
  const contact = page.getByTestId("contact-form");
  const addContact = async (date: string, purpose: string, outcome: string) => {
    await contact.getByRole("textbox", { name: "Tarikh" }).fill(date);
    await contact.getByRole("textbox", { name: "Tarikh" }).press("Tab");
    await contact.getByRole("textbox", { name: "Tujuan" }).fill(purpose);
    await contact.getByRole("textbox", { name: "Hasil" }).fill(outcome);
    await contact.getByRole("button", { name: "Rekod hubungan" }).click();
  };
  await addContact(shownDate(150), "Perkenalan dan taklimat program JKM", "Bersetuju membantu edaran brosur");
  await expect(page.getByTestId("contact-row")).toHaveCount(1);
  await addContact(shownDate(-3), "Mesyuarat akan datang", "");
  await expect(contact.getByText("Tarikh tidak boleh selepas hari ini.")).toBeVisible();
  await expect(page.getByTestId("contact-row")).toHaveCount(1);
  await addContact(shownDate(0), "Perbincangan gotong-royong blok C", "Tarikh gotong-royong dipersetujui");
  const rows = page.getByTestId("contact-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(shownDate(0));
  await expect(rows.nth(0)).toContainText("gotong-royong blok C");
  await expect(rows.nth(1)).toContainText(shownDate(150));
  await expect(page.getByTestId("rapport")).toHaveText(
    `Hubungan: 1 dalam 3 bulan lepas · 2 dalam 6 bulan lepas · 2 dalam 12 bulan lepas · hubungan pertama ${shownDate(150)}`,
  );
  await shot(page, "profail-pihak-history");

  // The list shows the count and last contact; search finds by name.
  await page.getByRole("link", { name: "Pihak berkepentingan" }).first().click();
  const row = page.getByTestId("stakeholder-row");
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("stakeholder-contacts")).toHaveText("2");
  await expect(row.getByTestId("stakeholder-last")).toHaveText(shownDate(0));
  await page.getByTestId("stakeholder-search").fill("rahman");
  await expect(row).toHaveCount(1);
  await shot(page, "profail-pihak-list");
  await page.getByTestId("stakeholder-search").fill("zainal");
  await expect(page.getByTestId("stakeholders-none-found")).toBeVisible();
});
