// Why: the whole community-work story in one journey: profile, meeting, need, plan, programme held with photos, calendar, home.
import { type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import {
  MONTHS,
  choose,
  demo,
  loadDemo,
  login,
  shot as fullShot,
  expect,
  test,
  testDay,
  shownDay,
} from "./support";
import { makePng } from "./png";

const SITE = "SPH — PPR Seri Pahang";
const VENUE = "Dewan Serbaguna PPR Seri Pahang";
const ITEM_ONE = "Kumpul senarai keluarga yang berminat menyertai bengkel";
const ITEM_TWO = "Tempah dewan serbaguna dengan pejabat pengurusan";
const NEED = "Ramai ibu tunggal tiada pendapatan tetap dan mahu belajar berniaga";
const TITLE = "Bengkel Keusahawanan Ibu Tunggal PPR Seri Pahang";

/** A day relative to the pinned day in Kuala Lumpur: [yyyy-mm-dd, dd/mm/yyyy]. */
function day(offset: number): [string, string] {
  return [testDay(offset), shownDay(offset)];
}

/** Full-page screenshot from the top (the header is fixed), with "saved" notices closed so they hide nothing. */
async function shot(page: Page, name: string): Promise<void> {
  await page
    .locator(".mantine-Notification-closeButton")
    .evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLElement).click()));
  await expect(page.locator(".mantine-Notification-root")).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

async function typeDate(page: Page, label: string, shown: string): Promise<void> {
  const box = page.getByRole("textbox", { name: label, exact: true });
  await box.fill(shown);
  await box.press("Tab");
}

test("a PPK creates a profile from the register, holds a meeting with two action items, turns a need into a plan and a programme, records it held with two photos, and sees it in the calendar and on the home screen", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const [todayIso, todayShown] = day(0);
  const [, meetingShown] = day(-3);
  const [, dueOneShown] = day(7);
  const [, dueTwoShown] = day(14);

  await loadDemo(page);
  await login(page, demo.aminah);

  // 1. A community profile for PPR Seri Pahang, its population taken from the register.
  await page.goto("/#/profail");
  await expect(page.getByTestId("site-picker")).toHaveValue(SITE);
  await page.getByTestId("new-profile").click();
  await expect(page.getByTestId("profile-base")).toHaveText("Versi pertama untuk tapak ini.");
  await page.getByRole("button", { name: "Guna angka daripada Buku Rekod" }).click();
  const note = page.getByTestId("register-note");
  await expect(note).toContainText(/Dikira daripada \d+ orang/);
  const registered = Number((await note.textContent())!.match(/(\d+) orang/)![1]);
  expect(registered).toBeGreaterThan(0);
  await page.getByTestId("register-use-all").click();
  await expect(page.getByTestId("age-band-total").locator("td").nth(3)).toHaveText(String(registered));
  await expect(page.getByTestId("ethnic-total")).toHaveText(String(registered));
  await expect(page.getByTestId("register-use-all")).toBeDisabled();
  const box = (name: string) => page.getByRole("textbox", { name, exact: true });
  await box("Bilangan blok").fill("4");
  await box("Bilangan unit").fill("1200");
  await box("Bilangan isi rumah").fill("1180");
  await box("Ibu tunggal").fill("35");
  await box("Risiko dan masalah").fill("Ramai ibu tunggal tanpa pendapatan tetap");
  await shot(page, "komuniti-profile-form");
  await page.getByRole("button", { name: "Simpan sebagai versi baharu" }).click();
  await expect(page.getByTestId("profile-title")).toHaveText("Versi 1");
  await expect(page.getByTestId("view-households")).toHaveText("1180");
  await expect(page.getByTestId("view-age-bands").locator("tr").last().locator("td").last()).toHaveText(
    String(registered),
  );
  await shot(page, "komuniti-profile-saved");

  // 2. A meeting held three days ago, with two action items for her.
  await page.goto("/#/perjumpaan");
  await choose(page, "Tapak", SITE);
  await page.getByRole("link", { name: "Perjumpaan baharu" }).click();
  const meetingForm = page.getByTestId("meeting-form");
  await typeDate(page, "Tarikh", meetingShown);
  await meetingForm.getByLabel("Masa mula").fill("10:00");
  await choose(page, "Jenis", "Perbincangan");
  await meetingForm.getByLabel("Tempat").fill(VENUE);
  await meetingForm.getByRole("textbox", { name: "Nama hadirin lain" }).fill("Puan Salmah binti Omar");
  await meetingForm.getByRole("button", { name: "Tambah hadirin" }).click();
  await meetingForm.getByLabel("Agenda").fill("1. Pendapatan ibu tunggal\n2. Bengkel keusahawanan");
  await meetingForm
    .getByLabel("Minit / catatan perbincangan")
    .fill("Ibu tunggal di Blok B dan C mahu belajar membuat dan menjual kuih secara dalam talian.");
  await meetingForm.getByRole("button", { name: "Simpan perjumpaan" }).click();
  await expect(page.getByTestId("meeting-title")).toHaveText(`Perbincangan ${meetingShown} 10:00`);

  const items = page.getByTestId("action-items");
  for (const [text, due] of [
    [ITEM_ONE, dueOneShown],
    [ITEM_TWO, dueTwoShown],
  ] as const) {
    await items.getByRole("button", { name: "Tambah tindakan" }).click();
    const itemForm = items.getByTestId("action-item-form");
    await itemForm.getByRole("textbox", { name: "Tindakan", exact: true }).fill(text);
    await expect(itemForm.getByRole("combobox", { name: "Tindakan oleh" })).toHaveValue("Aminah binti Said");
    await itemForm.getByRole("textbox", { name: "Tarikh akhir" }).fill(due);
    await itemForm.getByRole("textbox", { name: "Tarikh akhir" }).press("Tab");
    await itemForm.getByRole("button", { name: "Simpan tindakan" }).click();
    await expect(itemForm).toHaveCount(0);
  }
  const itemRows = items.getByTestId("action-item");
  await expect(itemRows).toHaveCount(2);
  await expect(itemRows.nth(0)).toContainText(ITEM_ONE);
  await expect(itemRows.nth(1)).toContainText(ITEM_TWO);
  await expect(items.getByTestId("overdue-badge")).toHaveCount(0);

  // 3. The need the residents raised in this meeting.
  const raised = page.getByTestId("raised-needs");
  await raised.getByLabel("Keperluan yang dibangkitkan di sini").fill(NEED);
  await choose(page, "Keutamaan", "Tinggi");
  await raised.getByRole("button", { name: "Tambah keperluan" }).click();
  await expect(raised.getByTestId("raised-need")).toHaveCount(1);
  await expect(raised.getByTestId("raised-need")).toContainText(NEED);
  await shot(page, "komuniti-meeting");

  // 4. Its action plan, one step.
  await raised.getByRole("link", { name: NEED }).click();
  await expect(page.getByTestId("need-title")).toHaveText(NEED);
  await expect(page.getByTestId("need-meeting")).toHaveText(`Perbincangan ${meetingShown}`);
  await expect(page.getByTestId("no-plan")).toBeVisible();
  await expect(page.getByTestId("answering-programmes")).toContainText(
    "Belum ada program untuk keperluan ini.",
  );
  const plan = page.getByTestId("plan-form");
  await plan
    .getByRole("textbox", { name: "Langkah 1", exact: true })
    .fill("Bengkel keusahawanan bersama agensi dan Persatuan Penduduk");
  await plan.getByRole("textbox", { name: "Rakan kerjasama langkah 1" }).fill("TEKUN Nasional");
  await typeDate(page, "Tarikh mula langkah 1", todayShown);
  await typeDate(page, "Tarikh tamat langkah 1", dueTwoShown);
  await page.getByTestId("need-form").getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByTestId("no-plan")).toHaveCount(0);
  await expect(page.getByTestId("plan-progress")).toHaveText("0 daripada 1 langkah selesai");
  await shot(page, "komuniti-need-plan");
  const needUrl = page.url();

  // 5. A programme for the need, today (so in this month's calendar).
  await page.getByRole("button", { name: "Cipta program untuk keperluan ini" }).click();
  await expect(page).toHaveURL(/#\/program\/baru\?/);
  await expect(page.getByTestId("programme-need")).toContainText(NEED);
  const form = page.getByTestId("programme-form");
  await expect(form.getByRole("textbox", { name: "Tapak" })).toHaveValue(SITE);
  await form.getByLabel("Nama program / aktiviti").fill(TITLE);
  await choose(page, "Kategori (5P)", "Pembangunan");
  await choose(page, "Kaedah", "Program Bersama Pelanggan");
  await typeDate(page, "Tarikh mula", todayShown);
  await expect(page.getByRole("textbox", { name: "Tarikh tamat" })).toHaveValue(todayShown);
  await form.getByLabel("Tempat").fill(VENUE);
  await form.getByLabel("Rakan strategik lain").fill("TEKUN Nasional; Persatuan Penduduk PPR Seri Pahang");
  await form.getByLabel("Objektif").fill("Ibu tunggal tahu cara memulakan perniagaan kecil dari rumah.");
  await form.getByLabel("Peruntukan").fill("2000");
  await shot(page, "komuniti-programme-new");
  await form.getByRole("button", { name: "Simpan program" }).click();
  await expect(page.getByTestId("programme-title")).toHaveText(TITLE);
  await expect(page.getByTestId("programme-status")).toHaveText("Dirancang");
  const programmeUrl = page.url();

  // 6. Held: who came (adding up), what came of it, how it went.
  const edit = page.getByTestId("programme-form");
  await choose(page, "Status", "Dilaksanakan");
  await edit.getByLabel("Jumlah peserta").fill("25");
  await edit.getByLabel("Lelaki", { exact: true }).fill("3");
  await edit.getByLabel("Perempuan", { exact: true }).fill("22");
  await edit.getByLabel("Ibu Tunggal", { exact: true }).fill("20");
  await edit.getByLabel("Warga Emas", { exact: true }).fill("5");
  await expect(page.getByTestId("participants-sex-sum")).toContainText("25 / 25");
  await expect(page.getByTestId("participants-group-sum")).toContainText("25 / 25");
  await expect(page.getByTestId("participants-sex-problem")).toHaveCount(0);
  await expect(page.getByTestId("participants-group-problem")).toHaveCount(0);
  await edit
    .getByLabel("Hasil / apa yang dilaksanakan")
    .fill("Taklimat pembiayaan mikro oleh TEKUN; 12 peserta mendaftar untuk kursus lanjutan.");
  await choose(page, "Objektif tercapai?", "Sepenuhnya");
  // The stars' radios are hidden; a click lands on the star drawn for the fifth one.
  const fifth = await page.getByRole("radio", { name: "5 daripada 5" }).getAttribute("id");
  await page.locator(`label[for="${fifth}"]`).click();
  await expect(edit.getByText("5 / 5")).toBeVisible();
  await edit.getByLabel("Pengajaran").fill("Sediakan penjagaan kanak-kanak supaya ibu boleh hadir penuh.");
  await edit.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByTestId("programme-status")).toHaveText("Dilaksanakan");

  // 7. Two photos of the day, stored downscaled.
  const photos = page.getByTestId("programme-photos");
  await photos.locator('input[type="file"]').setInputFiles([
    { name: "bengkel-dewan.png", mimeType: "image/png", buffer: makePng(2400, 1600, 160) },
    { name: "peserta-bengkel.png", mimeType: "image/png", buffer: makePng(1600, 1200, 220) },
  ]);
  await expect(photos.getByTestId("photo")).toHaveCount(2, { timeout: 30_000 });
  await expect(photos.getByTestId("photo-size").nth(0)).toContainText("1280 × 853 piksel");
  await expect(photos.getByTestId("photo-size").nth(1)).toContainText("1280 × 960 piksel");
  await photos.getByRole("textbox", { name: "Kapsyen" }).first().fill("Taklimat TEKUN di dewan serbaguna");
  await photos.getByRole("textbox", { name: "Kapsyen" }).first().press("Enter");
  await expect(page.getByText("Kapsyen disimpan.")).toBeVisible();

  // Saved for real: opened afresh it shows what was recorded.
  await page.goto(needUrl);
  await page.goto(programmeUrl);
  await expect(page.getByTestId("programme-status")).toHaveText("Dilaksanakan");
  await expect(page.getByLabel("Jumlah peserta")).toHaveValue("25");
  await expect(page.getByLabel("Hasil / apa yang dilaksanakan")).toHaveValue(/12 peserta mendaftar/);
  await expect(page.getByRole("combobox", { name: "Objektif tercapai?" })).toHaveValue("Sepenuhnya");
  await expect(page.getByTestId("programme-photos").getByTestId("photo")).toHaveCount(2);
  await shot(page, "komuniti-programme-held");

  // 8. The need now lists the programme that answers it.
  await page.getByRole("link", { name: NEED }).click();
  await expect(page.getByTestId("need-title")).toHaveText(NEED);
  const answering = page.getByTestId("answering-programme");
  await expect(answering).toHaveCount(1);
  await expect(answering).toContainText(TITLE);
  await expect(answering).toContainText(todayShown);
  await expect(answering).toContainText("Dilaksanakan");
  await shot(page, "komuniti-need-answered");

  // 9. This month's calendar has it on its day.
  await page.goto("/#/program");
  await page.getByText("Kalendar", { exact: true }).click();
  await expect(page.getByTestId("programme-calendar")).toBeVisible();
  const chip = page.getByTestId(`calendar-day-${todayIso}`).getByTestId("calendar-chip");
  await expect(chip).toHaveText(TITLE);
  await expect(page.getByTestId("calendar-chip")).toHaveCount(1);
  await shot(page, "komuniti-calendar");
  await chip.click();
  await expect(page).toHaveURL(programmeUrl);

  // 10. Home: the programme this month, and both open action items in her own list.
  await page.goto("/#/");
  const home = page.getByTestId("home-community");
  const month = home.getByTestId("programmes-this-month");
  await expect(month.getByTestId("home-programme")).toHaveCount(1);
  await expect(month.getByTestId("home-programme")).toContainText(TITLE);
  await expect(month.getByTestId("home-programme")).toContainText("Dilaksanakan");
  const mine = home.getByTestId("my-action-items");
  await expect(mine.getByTestId("my-item")).toHaveCount(2);
  await expect(mine.getByTestId("my-item").nth(0)).toContainText(ITEM_ONE);
  await expect(mine.getByTestId("my-item").nth(0)).toContainText(dueOneShown);
  await expect(mine.getByTestId("my-item").nth(1)).toContainText(ITEM_TWO);
  await expect(mine.getByTestId("my-item").nth(1)).toContainText(dueTwoShown);
  // The need has its plan, so it is not waiting for one.
  await expect(home.getByTestId("needs-without-plan")).toContainText(
    "Semua keperluan terbuka sudah mempunyai rangka tindakan.",
  );
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible(); // the lazy chart, drawn before the picture
  await shot(page, "komuniti-home");
  await month.getByRole("link", { name: TITLE }).click();
  await expect(page.getByTestId("programme-title")).toHaveText(TITLE);

  // 11. This month's programme report carries the programme and its two photos; the profile prints too.
  await page.goto("/#/laporan");
  await page.getByRole("button", { name: "Laporan Pelaksanaan Program dan Aktiviti PPR" }).click();
  const [year, monthNo] = todayIso.split("-").map(Number) as [number, number];
  await choose(page, "Tahun", String(year));
  await choose(page, "Bulan laporan", MONTHS[monthNo - 1]!);
  await expect(page.getByTestId("program-table")).toContainText(TITLE);
  await shot(page, "komuniti-laporan-program");
  let download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  let docx = await JSZip.loadAsync(await readFile(await (await download).path()));
  expect(Object.keys(docx.files).filter((n) => n.startsWith("word/media/")).length).toBe(2);
  expect(await docx.file("word/document.xml")!.async("string")).toContain(TITLE);

  // The same programme in its quarter's report.
  const quarter = Math.ceil(monthNo / 3);
  const quarterNames = ["pertama", "kedua", "ketiga", "keempat"];
  await choose(page, "Bulan laporan", new RegExp(`^Suku tahun ${quarterNames[quarter - 1]}`));
  await expect(page.getByTestId("program-table")).toContainText(TITLE);
  download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Excel" }).click();
  expect((await download).suggestedFilename()).toBe(
    `pelaksanaan-program_ppr-seri-pahang_${year}-s${quarter}.xlsx`,
  );

  await page.getByRole("button", { name: "Profail Komuniti" }).click();
  await expect(page.getByTestId("profail-preview")).toContainText("PPR Seri Pahang");
  await shot(page, "komuniti-laporan-profail");
  download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^profail-komuniti_ppr-seri-pahang_\d{4}-\d{2}\.docx$/);
  docx = await JSZip.loadAsync(await readFile(await file.path()));
  expect(await docx.file("word/document.xml")!.async("string")).toContain("PROFAIL KOMUNITI");
});
