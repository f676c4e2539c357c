// Why: issue 13 item 8 (Kaunter aduan and its follow-through) end to end: a complaint registered from the complaints
// list gets its number at once and a printed slip, is acknowledged, and weeks later, unresolved, shows as overdue on
// the PKMD's home screen; a "perlu susulan" welfare case is given by the PKMD to a site and opened by its PPK.
import { type Page } from "@playwright/test";
import { addWorkingDays, weekendOf } from "../../shared/domain/working-days";
import { demo, expect, loadDemo, login, logout, shot, shownDay, test, TEST_NOW, testDay } from "./support";

/** Clicks "Cetak slip" with the print dialog held open, keeps the paper as PDF, then lets the dialog close. */
async function printSlip(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { print: () => unknown; releasePrint?: () => void };
    w.print = () => new Promise<void>((resolve) => (w.releasePrint = resolve));
  });
  await page.getByRole("button", { name: "Cetak slip" }).click();
  const paper = page.getByTestId("slip-print");
  await expect(paper).toBeAttached();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation").first()).toBeHidden();
  await expect(paper).toBeVisible();
  await shot(page, name);
  await page.pdf({ path: `test-results/screens/${name}.pdf`, preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => (window as unknown as { releasePrint: () => void }).releasePrint());
  await expect(paper).not.toBeAttached();
}

test("a complaint gets its number and slip at once, is acknowledged, and weeks later unresolved is flagged on the PKMD's home; a follow-up is assigned to a PPK who opens a case", async ({
  page,
}) => {
  // Four logins (each a 600,000-round PBKDF2) and a jump of the clock.
  test.slow();
  await loadDemo(page);

  // The administrator edits the categories and makes tomorrow a public holiday in Tetapan. A category that old
  // complaints use is retired (no longer offered, still their label); an unused one goes.
  await login(page, demo.admin);
  await page.goto("/#/tetapan");
  const settings = page.getByTestId("complaint-settings");
  await settings.getByRole("button", { name: "Tambah kategori" }).click();
  await settings.getByRole("textbox", { name: "Kategori 8" }).fill("Bantuan tidak diterima");
  await settings.getByRole("button", { name: "Buang Kualiti perkhidmatan" }).click();
  await settings.getByRole("button", { name: "Buang Tindakan tidak adil" }).click();
  await settings.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(settings.getByTestId("retired-categories")).toHaveText(
    "Tidak ditawarkan lagi (masih pada aduan lama): Kualiti perkhidmatan",
  );
  await settings.getByLabel("Cuti umum").fill(`${shownDay(1)}\n31/02/2026`);
  await settings.getByRole("button", { name: "Simpan cuti umum" }).click();
  await expect(settings.getByText('"31/02/2026" bukan tarikh dd/mm/yyyy.')).toBeVisible();
  await settings.getByLabel("Cuti umum").fill(shownDay(1));
  await settings.getByRole("button", { name: "Simpan cuti umum" }).click();
  await expect(settings.getByText('"31/02/2026" bukan tarikh dd/mm/yyyy.')).toHaveCount(0);
  await expect(settings.getByLabel("Cuti umum")).toHaveValue(shownDay(1));
  await settings.screenshot({ path: "test-results/screens/kpn-aduan-tetapan.png" });
  await logout(page);

  await login(page, demo.aminah);

  // Registered from the list page's "Daftar aduan" form, at today's checkpoint of the demo tour.
  await page.getByRole("link", { name: "Aduan KPN" }).click();
  await expect(page.getByRole("heading", { name: "Aduan Kembara Prihatin Negara" })).toBeVisible();
  await page.getByRole("button", { name: "Daftar aduan" }).click();
  const form = page.getByTestId("register-complaint");
  // Nothing typed: each required field says so in Malay and nothing is saved.
  await form.getByRole("button", { name: "Simpan aduan" }).click();
  await expect(form.getByText("Wajib diisi.").first()).toBeVisible();
  await form.getByRole("combobox", { name: "Lokasi jangkauan" }).click();
  await page
    .getByRole("option", { name: new RegExp(`^${shownDay()} — `) })
    .first()
    .click();
  await form.getByLabel("Nama pengadu").fill("Rohani binti Salleh");
  await form.getByLabel("No. telefon / hubungan").fill("013-456 7890");
  await page.getByRole("combobox", { name: "Kategori" }).click();
  await expect(page.getByRole("option", { name: "Bantuan tidak diterima" })).toBeVisible();
  await expect(page.getByRole("option", { name: "Kualiti perkhidmatan" })).toHaveCount(0);
  await page.getByRole("option", { name: "Kekurangan kemudahan awam" }).click();
  await form
    .getByLabel("Butiran aduan")
    .fill("Lif blok B rosak sejak tiga minggu; warga emas tidak dapat turun.");
  await shot(page, "kpn-aduan-daftar");
  await form.getByRole("button", { name: "Simpan aduan" }).click();

  // Its page: the number at once, the state of each charter step, and the slip.
  const refNo = page.getByTestId("complaint-refno");
  await expect(refNo).toHaveText(new RegExp(`^ADU/${shownDay().slice(6)}/\\d{4}$`));
  const number = (await refNo.textContent())!.trim();
  const slip = page.getByTestId("complaint-slip");
  await expect(slip).toContainText("SLIP PENERIMAAN ADUAN");
  await expect(slip).toContainText("JABATAN KEBAJIKAN MASYARAKAT MALAYSIA");
  await expect(slip).toContainText(number);
  await expect(slip).toContainText("Kekurangan kemudahan awam");
  await expect(slip).toContainText("Lif blok B rosak");
  await expect(slip).toContainText(shownDay());
  // Acknowledged within one working day, tomorrow being a holiday: the office's weekend and holidays count.
  const ackBy = addWorkingDays(testDay(), 1, {
    weekend: weekendOf("WP Kuala Lumpur"),
    holidays: [testDay(1)],
  });
  await expect(slip).toContainText(
    `Akuan penerimaan selewat-lewatnya${ackBy.split("-").reverse().join("/")}`,
  );
  await expect(page.getByTestId("complaint-status")).toHaveText("Baru");
  await expect(page.getByTestId("ack-state")).toHaveText("Belum");
  await shot(page, "kpn-aduan-halaman");
  await printSlip(page, "kpn-aduan-slip-cetak");

  // Acknowledged today: in time.
  await page.getByRole("button", { name: "Akui aduan" }).click();
  await expect(page.getByTestId("ack-state")).toHaveText("Dalam tempoh");
  await expect(page.getByTestId("complaint-status")).toHaveText("Diakui");
  await expect(page.getByTestId("resolve-state")).toHaveText("Belum");
  // A resolution needs what was done.
  await page.getByRole("button", { name: "Selesaikan aduan" }).click();
  await expect(page.getByText("Sekurang-kurangnya 5 aksara.")).toBeVisible();
  await shot(page, "kpn-aduan-diakui");
  await logout(page);

  // Thirty days later, still unresolved: past the 15 working days.
  await page.clock.setSystemTime(new Date(TEST_NOW.getTime() + 30 * 86_400_000));
  await page.reload();
  await login(page, demo.pkmd);
  const overdue = page.getByTestId("overdue-complaints");
  await expect(overdue).toContainText(/\d+ aduan KPN melepasi tempoh piagam/);
  await shot(page, "kpn-aduan-utama-pkmd");
  await overdue.getByRole("link", { name: "Lihat aduan lewat" }).click();
  const row = page.getByTestId("complaint-row").filter({ hasText: number });
  await expect(row).toBeVisible();
  await expect(row.getByTestId("complaint-status")).toHaveText("Lewat");
  await row.getByRole("link", { name: number }).click();
  await expect(page.getByTestId("resolve-state")).toHaveText("Melepasi tempoh");
  await expect(page.getByTestId("ack-state")).toHaveText("Dalam tempoh");
  await page.getByRole("link", { name: "Utama" }).click();

  // A welfare case met on a tour and marked "perlu susulan": the PKMD gives it to a site's PPK.
  const toAssign = page.getByTestId("follow-ups-to-assign");
  await expect(toAssign).toBeVisible();
  const item = toAssign.getByTestId("follow-up-row").first();
  const person = (await item.getByRole("link").first().textContent())!.trim();
  const site = await item.getByRole("combobox", { name: "Tapak (PPK)" }).inputValue();
  expect(site).toMatch(/^[A-Z]+ — /);
  await shot(page, "kpn-susulan-pkmd");
  await item.getByRole("button", { name: "Tugaskan" }).click();
  await expect(page.getByText("Susulan ditugaskan.")).toBeVisible();
  await expect(toAssign.getByText(person)).toHaveCount(0);
  await logout(page);

  // The site's PPK sees it on their home screen and opens a Buku Rekod case from it.
  await login(page, site.startsWith("SPH") ? demo.aminah : demo.kumar);
  const mine = page.getByTestId("follow-ups-assigned");
  const assigned = mine.getByTestId("assigned-row").filter({ hasText: person });
  await expect(assigned).toBeVisible();
  await assigned.getByRole("combobox", { name: "Kumpulan sasar" }).click();
  await page.getByRole("option", { name: "Ibu Tunggal", exact: true }).click();
  await assigned.getByRole("combobox", { name: "Perkhidmatan" }).click();
  await page.getByRole("option", { name: "Khidmat Nasihat / Kaunseling", exact: true }).click();
  await shot(page, "kpn-susulan-ppk");
  await assigned.getByRole("button", { name: "Buka kes Buku Rekod" }).click();
  await expect(page.getByText(/^Kes [A-Z]+\/\d{4}\/\d{4} dibuka\.$/)).toBeVisible();
  // The new case opens, for the same person and the need met on the tour.
  await expect(page.getByTestId("case-title")).toHaveText(/^[A-Z]+\/\d{4}\/\d{4}$/);
  await expect(page.getByRole("link", { name: person })).toBeVisible();
  await shot(page, "kpn-susulan-kes");
  await page.getByRole("link", { name: "Utama" }).click();
  await expect(page.getByTestId("greeting")).toBeVisible();
  await expect(page.getByTestId("follow-ups-assigned").getByText(person)).toHaveCount(0);
});
