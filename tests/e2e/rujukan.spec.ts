// Why: a PPK's referral work end to end: refer a case to a new organisation, check it weekly, close it, and clear the weekly board.
import { type Page } from "@playwright/test";
import { demo, loadDemo, login, pickByKeyboard, shot as fullShot, expect, test, shownDay } from "./support";

const ORG = "Pusat Khidmat Setempat Lembah Pantai";
const OUTCOME = "Pemohon diterima dalam program bantuan makanan agensi";

/** The pinned date (or `days` later) in dd/mm/yyyy, as the office in Kuala Lumpur sees it. */
const todayShown = shownDay;

/** Full-page screenshot taken from the top, so the fixed header is drawn where it belongs. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

/** Records a walk-in case from the keyboard alone (new resident, then the entry) and returns its number. */
async function openNewCase(page: Page): Promise<string> {
  const kb = page.keyboard;
  await page.goto("/#/buku-rekod/baru");
  await expect(page.getByTestId("person-search")).toBeFocused();
  await kb.type("900701-14-5572");
  await expect(page.getByText("Tiada padanan")).toBeVisible();
  await kb.press("Enter");
  await expect(page.getByLabel("Nama penuh")).toBeFocused();
  await kb.type("Halimah binti Yusof");
  await page.getByRole("combobox", { name: "Keturunan" }).focus();
  await pickByKeyboard(page, "Keturunan", "Mel", "Melayu");
  await page.getByRole("combobox", { name: "Taraf perkahwinan" }).focus();
  await pickByKeyboard(page, "Taraf perkahwinan", "Bal", "Balu / Duda");
  await kb.press("Control+Enter");
  await expect(page.getByRole("combobox", { name: "Kumpulan sasar" })).toBeFocused();
  // The list filters as one types; arrow down and Enter pick the match.
  await pickByKeyboard(page, "Kumpulan sasar", "Keluarga Miskin", "Keluarga Miskin / Miskin Tegar");
  await kb.press("Tab");
  await pickByKeyboard(page, "Perkhidmatan", "Rujukan ke", "Rujukan ke Agensi");
  await page.getByLabel("Masalah / keperluan").focus();
  await kb.type("Tiada makanan yang cukup untuk anak-anak");
  await kb.press("Control+Enter");
  const title = page.getByTestId("case-title");
  await expect(title).toHaveText(/^SPH\/\d{4}\/\d{4}$/);
  await expect(page.getByTestId("case-status")).toHaveText("Baru");
  await shot(page, "rujukan-walk-in-case");
  return (await title.textContent())!.trim();
}

test("a PPK records a walk-in case by keyboard, refers it to a new organisation, checks it twice, closes it and works the weekly board", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await openNewCase(page);

  const panel = page.getByTestId("case-referrals");
  await expect(panel.getByTestId("referrals-empty")).toBeVisible();

  // Refer to an organisation that is not in the list yet: add it inline.
  await panel.getByRole("button", { name: "Rujuk kes" }).click();
  const referForm = panel.getByTestId("refer-form");
  await referForm.getByRole("combobox", { name: "Agensi / organisasi" }).fill(ORG);
  await expect(page.getByText("Tiada dalam senarai. Tambah organisasi baharu di bawah.")).toBeVisible();
  await referForm.getByRole("button", { name: "Tambah organisasi baharu" }).click();
  const orgForm = referForm.getByTestId("organisation-form");
  await expect(orgForm.getByLabel("Nama organisasi")).toHaveValue(ORG);
  await orgForm.getByRole("combobox", { name: "Jenis" }).click();
  await page.getByRole("option", { name: "NGO", exact: true }).click();
  await orgForm.getByLabel("No. telefon").fill("03-2282 9911");
  await shot(page, "rujukan-add-organisation");
  await orgForm.getByRole("button", { name: "Simpan organisasi" }).click();
  await expect(orgForm).toHaveCount(0);
  await expect(referForm.getByRole("combobox", { name: "Agensi / organisasi" })).toHaveValue(ORG);
  await expect(referForm.getByRole("textbox", { name: "Tarikh dirujuk" })).toHaveValue(todayShown());
  await referForm.getByLabel("Sebab dirujuk").fill("Memerlukan bantuan makanan bulanan untuk keluarga");
  // A typed date is never dropped in silence: tomorrow is refused with its reason, an impossible day is emptied
  // with a message, and nothing is saved until the date is right.
  const referDate = referForm.getByRole("textbox", { name: "Tarikh dirujuk" });
  await referDate.fill(todayShown(1));
  await referForm.getByRole("button", { name: "Simpan rujukan" }).click();
  await expect(referForm.getByText("Tarikh tidak boleh selepas hari ini.")).toBeVisible();
  await referDate.fill("31/02/2026");
  await referDate.press("Tab");
  await expect(referForm.getByText("Tarikh tidak sah.")).toBeVisible();
  await expect(referDate).toHaveValue("");
  await expect(panel.getByTestId("referral")).toHaveCount(0);
  await referDate.fill(todayShown());
  await referDate.press("Tab");
  await expect(referForm.getByText("Tarikh tidak sah.")).toHaveCount(0);
  await shot(page, "rujukan-refer-form");
  await referForm.getByRole("button", { name: "Simpan rujukan" }).click();

  const referral = panel.getByTestId("referral");
  await expect(referral).toHaveCount(1);
  await expect(referral.getByTestId("referral-organisation")).toHaveText(ORG);
  await expect(referral.getByTestId("referral-status")).toHaveText("Terbuka");
  await expect(referral).toContainText(`Dirujuk pada ${todayShown()}`);
  await expect(referral.getByTestId("referral-days")).toHaveText("0 hari sejak dirujuk");
  await expect(page.getByTestId("case-status")).toHaveText("Dirujuk");

  // First weekly check: contact made.
  await referral.getByRole("button", { name: "Rekod semakan" }).click();
  let check = referral.getByTestId("check-form");
  await expect(check.getByRole("textbox", { name: "Tarikh semakan" })).toHaveValue(todayShown());
  await check.getByLabel("Berjaya dihubungi").check();
  await check.getByLabel("Maklum balas").fill("Pegawai agensi mengesahkan permohonan telah diterima");
  await check.getByLabel("Langkah seterusnya").fill("Semak semula minggu hadapan");
  await shot(page, "rujukan-check-form");
  await check.getByRole("button", { name: "Simpan" }).click();
  await expect(check).toHaveCount(0);
  await expect(referral.getByRole("button", { name: "Sejarah semakan (1)" })).toBeVisible();

  // Second check: the agency could not be reached.
  await referral.getByRole("button", { name: "Rekod semakan" }).click();
  check = referral.getByTestId("check-form");
  await expect(check.getByLabel("Berjaya dihubungi")).not.toBeChecked();
  await check.getByLabel("Maklum balas").fill("Tiada jawapan panggilan telefon");
  await check.getByRole("button", { name: "Simpan" }).click();
  await expect(check).toHaveCount(0);
  await referral.getByRole("button", { name: "Sejarah semakan (2)" }).click();
  const history = referral.getByTestId("check-history");
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row").nth(1)).toContainText("Tiada jawapan panggilan telefon");
  await expect(history).toContainText("Tidak dapat dihubungi");
  await expect(history).toContainText("Berjaya dihubungi");
  await expect(referral.getByTestId("referral-days")).toHaveText("0 hari sejak semakan terakhir");
  await shot(page, "rujukan-checks");

  // Closing without an outcome says what is missing and closes nothing.
  await referral.getByRole("button", { name: "Tutup rujukan" }).click();
  const close = referral.getByTestId("close-form");
  await close.getByRole("button", { name: "Simpan dan tutup" }).click();
  await expect(close.getByText("Wajib diisi.")).toBeVisible();
  await expect(referral.getByTestId("referral-status")).toHaveText("Terbuka");
  await expect(page.getByTestId("case-status")).toHaveText("Dirujuk");
  await shot(page, "rujukan-close-missing-outcome");

  await close.getByLabel("Hasil rujukan").fill(OUTCOME);
  await close.getByRole("button", { name: "Simpan dan tutup" }).click();
  await expect(referral.getByTestId("referral-status")).toHaveText("Ditutup");
  await expect(referral.getByTestId("referral-outcome")).toContainText(OUTCOME);
  await expect(referral.getByRole("button", { name: "Rekod semakan" })).toHaveCount(0);
  await expect(page.getByTestId("case-status")).toHaveText("Dalam Tindakan");
  await expect(page.getByTestId("timeline")).toContainText(`Rujukan ke ${ORG} ditutup: ${OUTCOME}`);
  await shot(page, "rujukan-closed");

  // The weekly board: the demo leaves some referrals overdue, most overdue first.
  await page.goto("/#/semakan");
  await expect(page.getByTestId("board-title")).toHaveText("Semakan minggu ini");
  const rows = page.getByTestId("board-row");
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('[data-testid="board-row"][data-state="overdue"]').first()).toBeVisible();
  await expect(rows.first().getByTestId("check-state")).toHaveText("Lewat semak");
  const days = (await page.getByTestId("board-days").allTextContents()).map(Number);
  expect(days.every((d) => d >= 5)).toBe(true);
  expect([...days].sort((a, b) => b - a)).toEqual(days);
  await shot(page, "rujukan-board");

  const total = await rows.count();
  const target = rows.first();
  const referralId = (await target.getAttribute("data-referral-id"))!;
  const recordNo = (await target.getAttribute("data-record-no"))!;
  const link = target.getByTestId("board-record-link");
  await expect(link).toHaveText(recordNo);
  const caseHref = (await link.getAttribute("href"))!;
  await target.getByRole("button", { name: "Rekod semakan" }).click();
  const boardCheck = page.getByTestId("board-check-row").getByTestId("check-form");
  await boardCheck.getByLabel("Berjaya dihubungi").check();
  await boardCheck.getByLabel("Maklum balas").fill("Agensi sedang memproses permohonan");
  await shot(page, "rujukan-board-check");
  await boardCheck.getByRole("button", { name: "Simpan" }).click();
  await expect(page.locator(`[data-testid="board-row"][data-referral-id="${referralId}"]`)).toHaveCount(0);
  await expect(rows).toHaveCount(total - 1);
  await expect(page.getByTestId("board-check-row")).toHaveCount(0);

  // The checked referral's case shows the new check as the latest.
  await page.goto(`/${caseHref}`);
  await expect(page.getByTestId("case-title")).toHaveText(recordNo);
  const checked = page
    .getByTestId("case-referrals")
    .locator('[data-testid="referral"][data-status="terbuka"]');
  await expect(checked.getByTestId("referral-days").first()).toHaveText("0 hari sejak semakan terakhir");
  await shot(page, "rujukan-board-case");

  // Working through the rest of the board empties it.
  await page.goto("/#/semakan");
  for (let left = total - 1; left > 0; left--) {
    await rows.first().getByRole("button", { name: "Rekod semakan" }).click();
    const form = page.getByTestId("board-check-row").getByTestId("check-form");
    await form.getByLabel("Maklum balas").fill("Tiada perubahan, agensi masih memproses");
    await form.getByRole("button", { name: "Simpan" }).click();
    await expect(rows).toHaveCount(left - 1);
  }
  await expect(page.getByTestId("board-empty")).toContainText("Tiada rujukan yang perlu disemak minggu ini.");
  await shot(page, "rujukan-board-empty");
});
