// Why: an aid investigation end to end: a PPK investigates and submits with a supporting photo, the PKMD decides; the administrator sets a PGK rate.
import { type Page } from "@playwright/test";
import { choose, demo, loadDemo, login, logout, shot, expect, test, testDay, shownDay } from "./support";
import { makePng } from "./png";

/** The pinned date as the office in Kuala Lumpur sees it: [yyyy-mm-dd, dd/mm/yyyy]. */
function today(): [string, string] {
  return [testDay(), shownDay()];
}

const member = (field: string, n: number) => `${field} (ahli ${n})`;

/** A full-page screenshot taken from the top, so the fixed header does not cover the middle of the page. */
async function snap(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

async function openCaseFromRegister(page: Page): Promise<string> {
  await page.goto("/#/buku-rekod");
  const first = page.getByTestId("register-row").first().getByRole("link");
  await expect(first).toBeVisible();
  const recordNo = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByTestId("case-title")).toHaveText(recordNo);
  return recordNo;
}

test("a PPK investigates an aid application and submits it; the PKMD approves it", async ({ page }) => {
  const [, shownToday] = today();
  await loadDemo(page);
  await login(page, demo.aminah);
  const recordNo = await openCaseFromRegister(page);

  // Open an investigation from the case page: the applicant comes in as the first household member.
  const panel = page.getByTestId("case-investigations");
  await panel.getByRole("button", { name: "Buka siasatan" }).click();
  const dialog = page.getByRole("dialog", { name: "Buka siasatan baharu" });
  await expect(dialog.getByLabel("Tarikh siasatan")).toHaveValue(shownToday);
  await choose(page, "Skim bantuan", "Bantuan Am (BA)");
  await snap(page, "siasatan-open");
  await dialog.getByRole("button", { name: "Buka siasatan" }).click();
  await expect(page).toHaveURL(/#\/siasatan\/[0-9A-Z]+$/);
  const investigationUrl = page.url();
  await expect(page.getByTestId("investigation-status")).toHaveText("Draf");
  await expect(page.getByTestId("case-link")).toHaveText(recordNo);
  const applicant = await page.getByLabel(member("Nama", 1), { exact: true }).inputValue();
  expect(applicant.length).toBeGreaterThan(2);
  await expect(page.getByRole("combobox", { name: member("Hubungan", 1) })).toHaveValue("Ketua isi rumah");

  // Bad input: a negative income is refused on the field and nothing is saved.
  const income1 = page.getByLabel(member("Pendapatan sebulan (RM)", 1), { exact: true });
  const storedIncome = await income1.inputValue();
  await income1.fill("-50");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Tidak boleh negatif.")).toBeVisible();
  await expect(page.getByText("Sila betulkan medan yang ditandakan.")).toBeVisible();
  await snap(page, "siasatan-negative-income");
  // Reloading signs the user out; after signing in again the unsaved value is offered back as a draft.
  await page.reload();
  await login(page, demo.aminah);
  await expect(page.getByTestId("draft-restored")).toBeVisible();
  await expect(income1).toHaveValue("-50");
  await page.getByRole("button", { name: "Buang draf" }).click();
  await expect(income1).toHaveValue(storedIncome);

  // The household: the applicant's income and a second member; one monthly expense.
  await income1.fill("1200");
  await page.getByRole("button", { name: "Tambah ahli isi rumah" }).click();
  await page.getByLabel(member("Nama", 2), { exact: true }).fill("Siti Nur Aisyah binti Ahmad");
  await choose(page, member("Hubungan", 2), "Suami / isteri");
  await page.getByLabel(member("No. KP", 2), { exact: true }).fill("880315-14-5522");
  await page.getByLabel(member("Umur", 2), { exact: true }).fill("38");
  await page.getByLabel(member("Pekerjaan", 2), { exact: true }).fill("Pembantu kedai");
  await page.getByLabel(member("Pendapatan sebulan (RM)", 2), { exact: true }).fill("800");
  await page.getByRole("button", { name: "Tambah perbelanjaan" }).click();
  await page.getByLabel("Perkara (perbelanjaan 1)").fill("Sewa rumah PPR");
  await page.getByLabel("Amaun sebulan (RM) (perbelanjaan 1)").fill("124");

  const summary = page.getByTestId("income-summary");
  await expect(summary.getByTestId("sum-income")).toHaveText("RM 2,000.00");
  await expect(summary.getByTestId("sum-members")).toHaveText("2");
  await expect(summary.getByTestId("sum-per-capita")).toHaveText("RM 1,000.00");
  await expect(summary.getByTestId("sum-expenses")).toHaveText("RM 124.00");
  await expect(summary.getByTestId("sum-pgk")).toHaveText("RM 2,589.00");
  await expect(summary.getByTestId("sum-against-pgk")).toHaveText("Di bawah PGK");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Disimpan.", { exact: true })).toBeVisible();
  await snap(page, "siasatan-form");

  // Submitting before the visit is recorded says what is missing.
  await page.getByRole("button", { name: "Hantar kepada PKMD" }).click();
  await expect(page.getByTestId("submit-problems")).toContainText("isikan tarikh lawatan rumah");
  await expect(page.getByTestId("investigation-status")).toHaveText("Draf");
  await snap(page, "siasatan-incomplete");

  await page.getByLabel("Tarikh lawatan rumah").fill(shownToday);
  await page.getByLabel("Tarikh lawatan rumah").press("Enter");
  await page
    .getByLabel("Dapatan lawatan")
    .fill("Rumah PPR dua bilik, didiami suami isteri. Pendapatan tidak tetap; tunggakan sewa dua bulan.");
  await page.getByLabel("Syor lulus").check();
  await expect(page.getByRole("combobox", { name: "Skim disyorkan" })).toHaveValue("Bantuan Am (BA)");
  await page.getByLabel("Amaun disyorkan sebulan (RM)").fill("300");
  await expect(page.getByTestId("submit-problems")).toHaveCount(0);

  // A supporting photo: a large picture is shrunk to 1600 px on its longest side and stored as JPEG.
  const attachments = page.getByTestId("attachments");
  await attachments.locator('input[type="file"]').setInputFiles({
    name: "mykad-pemohon.png",
    mimeType: "image/png",
    buffer: makePng(2400, 1200),
  });
  await attachments.getByRole("button", { name: "Lampirkan" }).click();
  await expect(attachments.getByTestId("attachments-table")).toContainText("mykad-pemohon.jpg");
  await expect(attachments.getByTestId("attachments-table")).toContainText("Salinan MyKad");
  await attachments.getByRole("button", { name: "Lihat: mykad-pemohon.jpg" }).click();
  const preview = page
    .getByRole("dialog", { name: "mykad-pemohon.jpg" })
    .getByRole("img", { name: "mykad-pemohon.jpg" });
  await expect(preview).toBeVisible();
  await expect
    .poll(() => preview.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]))
    .toEqual([1600, 800]);
  await snap(page, "siasatan-attachment-preview");
  await page.keyboard.press("Escape");
  await expect(preview).toHaveCount(0);
  await snap(page, "siasatan-ready");

  await page.getByRole("button", { name: "Hantar kepada PKMD" }).click();
  const confirm = page.getByRole("dialog", { name: "Hantar siasatan kepada PKMD?" });
  await confirm.getByRole("button", { name: "Hantar kepada PKMD" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByTestId("investigation-status")).toHaveText("Dihantar");
  await expect(page.getByTestId("submitted-by")).toHaveText(
    new RegExp(`^Dihantar oleh Aminah binti Said pada ${shownToday.replace(/\//g, "\\/")} \\d{2}:\\d{2}$`),
  );
  await expect(page.getByTestId("investigation-view")).toContainText("Siti Nur Aisyah binti Ahmad");
  await expect(page.getByTestId("recommendation-view")).toHaveText("Syor lulus");
  await expect(page.getByTestId("decision-form")).toHaveCount(0);
  await snap(page, "siasatan-submitted");
  await logout(page);

  // The PKMD opens the same investigation and approves it.
  await page.goto(investigationUrl);
  await login(page, demo.pkmd);
  await expect(page.getByTestId("investigation-status")).toHaveText("Dihantar");
  const decision = page.getByTestId("decision-form");
  await decision.getByLabel("Lulus", { exact: true }).check();
  await expect(decision.getByLabel("Amaun diluluskan sebulan (RM)")).toHaveValue("300");
  await decision.getByLabel("Amaun diluluskan sebulan (RM)").fill("350");
  await decision.getByLabel("Catatan").fill("Diluluskan. Semakan semula selepas enam bulan.");
  await snap(page, "siasatan-decision-form");
  await decision.getByRole("button", { name: "Rekodkan keputusan" }).click();
  const sure = page.getByRole("dialog", { name: "Rekodkan keputusan ini?" });
  await expect(sure).toContainText("RM 350.00 sebulan");
  await sure.getByRole("button", { name: "Rekodkan keputusan" }).click();
  await expect(sure).toHaveCount(0);

  await expect(page.getByTestId("investigation-status")).toHaveText("Diputuskan");
  await expect(page.getByTestId("decided-by")).toContainText("Diputuskan oleh Encik Rahman bin Yusof pada");
  await expect(page.getByTestId("decision-result")).toContainText(
    "Lulus: Bantuan Am (BA), RM 350.00 sebulan",
  );
  await expect(page.getByTestId("decision-form")).toHaveCount(0);
  await expect(page.getByTestId("attachments")).toContainText("Dokumen tidak boleh ditambah");
  await snap(page, "siasatan-decided");

  // The official report of this investigation, with the PKMD's decision, opens on the Laporan screen.
  await page.getByTestId("investigation-report").click();
  const report = page.getByTestId("siasatan-preview");
  await expect(report).toContainText("G. KEPUTUSAN PEGAWAI KEBAJIKAN MASYARAKAT DAERAH");
  await expect(report).toContainText("RM 350.00 sebulan");
  await snap(page, "siasatan-official-report");
  await page.goBack();

  // Back on the case, the investigation is listed with its decision.
  await page.getByTestId("case-link").click();
  const row = page.getByTestId("case-investigations-table").getByRole("row").nth(1);
  await expect(row).toContainText("Bantuan Am (BA)");
  await expect(row).toContainText(shownToday);
  await expect(row).toContainText("Diputuskan");
  await expect(row).toContainText("RM 350.00 sebulan");
  await snap(page, "siasatan-case-panel");
});

test("the administrator adds a PGK rate with a new effective date; a PPK only reads the rates", async ({
  page,
}) => {
  const nextYear = Number(today()[0].slice(0, 4)) + 1;
  await loadDemo(page);
  await login(page, demo.admin);
  await page.getByRole("link", { name: "Kadar PGK & bantuan" }).click();
  await expect(page).toHaveURL(/#\/tetapan\/kadar$/);
  const table = page.getByTestId("rates-table");
  await expect(table.locator('tr[data-kind="PGK"]')).toHaveCount(2);

  const form = page.getByTestId("rate-form");
  await expect(form.getByRole("combobox", { name: "Jenis" })).toHaveValue(
    "PGK (Pendapatan Garis Kemiskinan)",
  );
  await form.getByLabel("Amaun sebulan (RM)").fill("2800");
  await form.getByLabel("Berkuat kuasa mulai").fill(`${nextYear}-01-01`);
  await form.getByRole("button", { name: "Tambah" }).click();
  await expect(page.getByText(`berkuat kuasa mulai 01/01/${nextYear} telah ditambah`)).toBeVisible();
  const added = table.locator('tr[data-kind="PGK"]').first();
  await expect(added).toContainText("RM 2,800.00");
  await expect(added).toContainText(`01/01/${nextYear}`);
  await expect(added).toContainText("Akan datang");
  await expect(table.locator('tr[data-kind="PGK"]').nth(1)).toContainText("Berkuat kuasa");

  // The same kind and date again is refused on the field.
  await form.getByLabel("Amaun sebulan (RM)").fill("2900");
  await form.getByLabel("Berkuat kuasa mulai").fill(`${nextYear}-01-01`);
  await form.getByRole("button", { name: "Tambah" }).click();
  await expect(form.getByText("Kadar untuk jenis dan tarikh kuat kuasa ini sudah ada.")).toBeVisible();
  await expect(table.locator('tr[data-kind="PGK"]')).toHaveCount(3);
  await snap(page, "siasatan-rates-admin");
  await logout(page);

  await login(page, demo.aminah);
  await page.goto("/#/tetapan/kadar");
  await expect(page.getByTestId("rates-read-only")).toBeVisible();
  await expect(page.getByTestId("rate-form")).toHaveCount(0);
  await expect(page.getByTestId("rates-table").locator('tr[data-kind="PGK"]')).toHaveCount(3);
  await snap(page, "siasatan-rates-ppk");
});
