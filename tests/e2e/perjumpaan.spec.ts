// Why: a PPK's meeting work end to end: hold a meeting, give out action items (one already overdue), raise a need and plan for it.
import { type Page } from "@playwright/test";
import { choose, demo, loadDemo, login, shot as fullShot, expect, test, shownDay } from "./support";

const SITE = "SPH — PPR Seri Pahang";
const VENUE = "Dewan Serbaguna PPR Seri Pahang";
const FREE_NAME = "Encik Rosli bin Ahmad";
const ITEM_LATE = "Hubungi Dewan Bandaraya tentang lif Blok A";
const ITEM_LATER = "Sediakan senarai warga emas tinggal seorang";
const NEED = "Lif Blok A kerap rosak; warga emas sukar turun naik";
const OTHER_NEED = "Tiada kelas tuisyen percuma untuk anak-anak sekolah rendah";

/** A day relative to the pinned day (Kuala Lumpur), as the app shows and takes it: dd/mm/yyyy. */
const dayShown = shownDay;

/** Full-page screenshot taken from the top, so the fixed header is drawn where it belongs. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

test("a PPK holds a meeting, gives out action items, raises a need and writes its action plan", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.aminah);

  await page.goto("/#/perjumpaan");
  await choose(page, "Tapak", SITE);
  await expect(page.getByTestId("meetings-empty")).toBeVisible();
  await shot(page, "perjumpaan-list-empty");

  // A meeting without a date: a clear message in place, and nothing saved.
  await page.getByRole("link", { name: "Perjumpaan baharu" }).click();
  const form = page.getByTestId("meeting-form");
  const date = form.getByRole("textbox", { name: "Tarikh", exact: true });
  await expect(date).toHaveValue(dayShown(0));
  await date.fill("");
  await date.press("Tab");
  await form.getByLabel("Masa mula").fill("19:30");
  await choose(page, "Jenis", "Perbincangan");
  await form.getByLabel("Tempat").fill(VENUE);
  await form.getByRole("textbox", { name: "Nama hadirin lain" }).fill(FREE_NAME);
  await form.getByRole("button", { name: "Tambah hadirin" }).click();
  await expect(form.getByTestId("attendee-row")).toHaveText([FREE_NAME]);
  await form.getByLabel("Agenda").fill("1. Masalah lif Blok A\n2. Warga emas tinggal seorang");
  await form
    .getByLabel("Minit / catatan perbincangan")
    .fill("Penduduk mengadu lif Blok A rosak sejak dua minggu. Persatuan Penduduk bersetuju membantu.");
  await form.getByRole("button", { name: "Simpan perjumpaan" }).click();
  await expect(form.getByText("Wajib diisi.")).toBeVisible();
  await expect(page).toHaveURL(/#\/perjumpaan\/baru/);
  await shot(page, "perjumpaan-no-date");

  // Held a week ago.
  await date.fill(dayShown(-7));
  await date.press("Tab");
  await expect(form.getByText("Wajib diisi.")).toHaveCount(0);
  await expect(form.getByText("Kehadiran (1 orang)")).toBeVisible();
  await shot(page, "perjumpaan-new");
  await form.getByRole("button", { name: "Simpan perjumpaan" }).click();
  await expect(page.getByTestId("meeting-title")).toHaveText(`Perbincangan ${dayShown(-7)} 19:30`);
  const meetingUrl = page.url();

  // Two action items: one was due yesterday (after the meeting, so allowed) and is overdue.
  const items = page.getByTestId("action-items");
  await expect(items.getByTestId("items-empty")).toBeVisible();
  await items.getByRole("button", { name: "Tambah tindakan" }).click();
  let itemForm = items.getByTestId("action-item-form");
  await itemForm.getByRole("textbox", { name: "Tindakan", exact: true }).fill(ITEM_LATE);
  await expect(itemForm.getByRole("combobox", { name: "Tindakan oleh" })).toHaveValue("Aminah binti Said");
  // Due before the meeting is refused with the reason.
  const due = itemForm.getByRole("textbox", { name: "Tarikh akhir" });
  await due.fill(dayShown(-8));
  await due.press("Tab");
  await itemForm.getByRole("button", { name: "Simpan tindakan" }).click();
  await expect(itemForm.getByText("Tarikh akhir tidak boleh sebelum tarikh perjumpaan.")).toBeVisible();
  await due.fill(dayShown(-1));
  await due.press("Tab");
  await itemForm.getByRole("button", { name: "Simpan tindakan" }).click();
  await expect(itemForm).toHaveCount(0);

  await items.getByRole("button", { name: "Tambah tindakan" }).click();
  itemForm = items.getByTestId("action-item-form");
  await itemForm.getByRole("textbox", { name: "Tindakan", exact: true }).fill(ITEM_LATER);
  await choose(page, "Tindakan oleh", "Encik Rahman bin Yusof");
  await itemForm.getByRole("textbox", { name: "Tarikh akhir" }).fill(dayShown(14));
  await itemForm.getByRole("textbox", { name: "Tarikh akhir" }).press("Tab");
  await itemForm.getByRole("button", { name: "Simpan tindakan" }).click();
  await expect(itemForm).toHaveCount(0);

  const rows = items.getByTestId("action-item");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(ITEM_LATE);
  await expect(rows.nth(0)).toContainText("Aminah binti Said");
  await expect(rows.nth(0)).toContainText(dayShown(-1));
  await expect(rows.nth(0).getByTestId("overdue-badge")).toHaveText("Lewat");
  await expect(rows.nth(1)).toContainText(ITEM_LATER);
  await expect(rows.nth(1)).toContainText("Encik Rahman bin Yusof");
  await expect(rows.nth(1).getByTestId("overdue-badge")).toHaveCount(0);

  // Status changes in the row.
  await choose(page, `Status tindakan: ${ITEM_LATER}`, "Dalam tindakan");
  await expect(rows.nth(1)).toHaveAttribute("data-status", "dalam-tindakan");

  // Deleting goes to the bin with an undo.
  await items.getByRole("button", { name: `Padam tindakan: ${ITEM_LATER}` }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole("button", { name: "Buat asal" }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toHaveAttribute("data-status", "dalam-tindakan");

  // A need raised in this meeting.
  const raised = page.getByTestId("raised-needs");
  await raised.getByRole("button", { name: "Tambah keperluan" }).click();
  await expect(raised.getByText("Wajib diisi.")).toBeVisible();
  await raised.getByLabel("Keperluan yang dibangkitkan di sini").fill(NEED);
  await choose(page, "Keutamaan", "Tinggi");
  await raised.getByRole("button", { name: "Tambah keperluan" }).click();
  await expect(raised.getByTestId("raised-need")).toHaveCount(1);
  await expect(raised.getByTestId("raised-need")).toContainText(NEED);
  await expect(raised.getByLabel("Keperluan yang dibangkitkan di sini")).toHaveValue("");
  await shot(page, "perjumpaan-meeting");

  // The need: its plan, with a step whose end comes before its start refused.
  await raised.getByRole("link", { name: NEED }).click();
  await expect(page.getByTestId("need-title")).toHaveText(NEED);
  await expect(page.getByTestId("need-meeting")).toHaveText(`Perbincangan ${dayShown(-7)}`);
  await expect(page.getByTestId("no-plan")).toBeVisible();
  await shot(page, "perjumpaan-need");
  const plan = page.getByTestId("plan-form");
  await plan.getByRole("textbox", { name: "Langkah 1", exact: true }).fill("Aduan bertulis kepada DBKL");
  await plan.getByRole("textbox", { name: "Rakan kerjasama langkah 1" }).fill("Persatuan Penduduk");
  await plan.getByRole("textbox", { name: "Tarikh mula langkah 1" }).fill(dayShown(0));
  await plan.getByRole("textbox", { name: "Tarikh mula langkah 1" }).press("Tab");
  await plan.getByRole("textbox", { name: "Tarikh tamat langkah 1" }).fill(dayShown(7));
  await plan.getByRole("textbox", { name: "Tarikh tamat langkah 1" }).press("Tab");
  await plan.getByRole("button", { name: "Tambah langkah" }).click();
  await plan.getByRole("textbox", { name: "Langkah 2", exact: true }).fill("Susulan dengan jurutera DBKL");
  await plan.getByRole("textbox", { name: "Tarikh mula langkah 2" }).fill(dayShown(14));
  await plan.getByRole("textbox", { name: "Tarikh mula langkah 2" }).press("Tab");
  await plan.getByRole("textbox", { name: "Tarikh tamat langkah 2" }).fill(dayShown(10));
  await plan.getByRole("textbox", { name: "Tarikh tamat langkah 2" }).press("Tab");
  await page.getByTestId("need-form").getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(plan.getByText("Tarikh tamat tidak boleh sebelum tarikh mula.")).toBeVisible();
  await expect(page.getByTestId("no-plan")).toBeVisible();
  await shot(page, "perjumpaan-plan-bad-dates");

  await plan.getByRole("textbox", { name: "Tarikh tamat langkah 2" }).fill(dayShown(21));
  await plan.getByRole("textbox", { name: "Tarikh tamat langkah 2" }).press("Tab");
  await page.getByTestId("need-form").getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByTestId("no-plan")).toHaveCount(0);

  // The needs register: raised in the meeting, with a plan; the plan is kept when the need is opened again.
  await page.getByRole("link", { name: "Keperluan komuniti & rangka tindakan" }).click();
  const need = page.getByTestId("need-row");
  await expect(need).toHaveCount(1);
  await expect(need).toContainText(NEED);
  await expect(need.getByTestId("has-plan")).toHaveText("Ada");
  await expect(need.getByRole("link", { name: `${dayShown(-7)} · ${VENUE}` })).toBeVisible();
  // A need noticed outside a meeting, added in the register; it has no plan yet.
  await page.getByRole("button", { name: "Keperluan baharu" }).click();
  const newNeed = page.getByTestId("new-need");
  await newNeed.getByRole("textbox", { name: "Masalah / keperluan" }).fill(OTHER_NEED);
  await newNeed.getByLabel("Bukti / asas").fill("Tujuh keluarga bertanya semasa lawatan rumah");
  await shot(page, "perjumpaan-new-need");
  await newNeed.getByRole("button", { name: "Simpan keperluan" }).click();
  await expect(newNeed).toHaveCount(0);
  await expect(need).toHaveCount(2);
  await shot(page, "perjumpaan-needs");
  await choose(page, "Rangka tindakan", "Tiada");
  await expect(need).toHaveCount(1);
  await expect(need).toContainText(OTHER_NEED);
  await choose(page, "Rangka tindakan", "Ada");
  await expect(need).toHaveCount(1);
  await expect(need).toContainText(NEED);

  await need.getByRole("link", { name: NEED }).click();
  await expect(page.getByTestId("plan-step")).toHaveCount(2);
  await expect(page.getByRole("textbox", { name: "Langkah 2", exact: true })).toHaveValue(
    "Susulan dengan jurutera DBKL",
  );
  await expect(page.getByRole("textbox", { name: "Tarikh tamat langkah 2" })).toHaveValue(dayShown(21));
  await expect(page.getByTestId("plan-progress")).toHaveText("0 daripada 2 langkah selesai");
  await shot(page, "perjumpaan-plan");

  // The meetings list: one meeting only (the refused save left nothing), with its open items.
  await page.goto(meetingUrl.replace(/#\/perjumpaan\/.*/, "#/perjumpaan"));
  await choose(page, "Tapak", SITE);
  const meeting = page.getByTestId("meeting-row");
  await expect(meeting).toHaveCount(1);
  await expect(meeting).toContainText(VENUE);
  await expect(meeting).toContainText("Perbincangan");
  await expect(meeting.getByTestId("open-count")).toHaveText("2");
  await expect(meeting).toContainText("1 lewat");
  await shot(page, "perjumpaan-list");

  // My open items across meetings: only mine (the other is the PKMD's), overdue.
  await page.getByRole("link", { name: "Lihat tindakan saya yang belum selesai" }).click();
  const mine = page.getByTestId("my-action-items");
  await expect(mine.getByTestId("my-item")).toHaveCount(1);
  await expect(mine.getByTestId("my-item")).toContainText(ITEM_LATE);
  await expect(mine.getByTestId("my-item")).toContainText("Lewat");
  await shot(page, "perjumpaan-my-items");
  await mine.getByRole("link", { name: ITEM_LATE }).click();
  await expect(page.getByTestId("meeting-title")).toHaveText(`Perbincangan ${dayShown(-7)} 19:30`);

  // The home screen: my overdue item, and the need that still has no plan.
  await page.getByRole("link", { name: "Utama" }).click();
  const homeItems = page.getByTestId("my-action-items");
  await expect(homeItems.getByTestId("my-item")).toHaveCount(1);
  await expect(homeItems.getByTestId("my-item")).toContainText(ITEM_LATE);
  const noPlan = page.getByTestId("needs-without-plan");
  await expect(noPlan.getByTestId("need-without-plan")).toHaveCount(1);
  await expect(noPlan.getByTestId("need-without-plan")).toContainText(OTHER_NEED);
  await shot(page, "perjumpaan-home");
  await noPlan.getByRole("link", { name: OTHER_NEED }).click();
  await expect(page.getByTestId("need-title")).toHaveText(OTHER_NEED);
  await expect(page.getByTestId("no-plan")).toBeVisible();
});
