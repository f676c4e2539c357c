// Why: issue 13 item 7 end to end: the PKMD plans a Kembara Prihatin tour with three checkpoints on the roadmap, sees
// the leader-grade and team-clash messages in place, overrides the grade with a reason (audited), saves, finds the tour
// on the week's roadmap and exports the month's roadmap.
import { type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { addDays } from "../../shared/domain/dates";
import { dayShown as shown, weekStart } from "../../shared/domain/kpn/roadmap";
import {
  MONTHS,
  choose,
  demo,
  expect,
  loadDemo,
  login,
  pickOrganisation,
  shot,
  test,
  testDay,
} from "./support";

async function typeInto(page: Page, scope: ReturnType<Page["getByTestId"]>, label: string, text: string) {
  const box = scope.getByRole("textbox", { name: label, exact: true });
  await box.fill(text);
  await box.press("Tab");
}

test("the PKMD plans a tour with three checkpoints, sees the grade and clash messages, saves it onto the roadmap and exports the month", async ({
  page,
}) => {
  test.slow();
  const nextMonday = addDays(weekStart(testDay()), 7);
  // The demo's tour next week is on its Wednesday, with Rosli bin Hassan driving from 09:00 to 16:00.
  const day = addDays(nextMonday, 2);
  await loadDemo(page);
  await login(page, demo.pkmd);

  await page.getByRole("link", { name: "Kembara Prihatin" }).click();
  await expect(page.getByRole("heading", { name: /jadual pelaksanaan/ })).toBeVisible();
  await expect(page.getByTestId(`tour-${testDay()}`)).toContainText("Aminah binti Said (S29)");
  await shot(page, "kpn-jadual-minggu-ini");
  await page.getByRole("button", { name: "Minggu seterusnya" }).click();
  await expect(page.getByTestId("week-label")).toContainText(shown(nextMonday));
  const demoTour = page.getByTestId(`tour-${day}`);
  await expect(demoTour.getByTestId("tour-checkpoint")).toHaveCount(3);

  await page.getByRole("link", { name: "Rancang jelajah" }).click();
  const form = page.getByTestId("tour-form");
  await expect(form.getByRole("textbox", { name: "Tarikh jelajah" })).toHaveValue(shown(nextMonday));
  await typeInto(page, form, "Tarikh jelajah", shown(day));

  // The leader is an app user; a grade below S29 is refused in place until a reason is given.
  const leader = form.getByTestId("member-0");
  await leader.getByRole("combobox", { name: "Pengguna sistem" }).click();
  await page.getByRole("option", { name: "Encik Rahman bin Yusof" }).click();
  await expect(leader.getByRole("textbox", { name: "Nama" })).toHaveValue("Encik Rahman bin Yusof");
  await typeInto(page, leader, "Gred", "S27");
  await expect(leader.getByText(/Ketua pasukan mesti bergred S29 atau lebih tinggi/)).toBeVisible();
  const member = form.getByTestId("member-1");
  await typeInto(page, member, "Nama", "Nor Azlina binti Kassim");
  await typeInto(page, member, "Gred", "S19");
  const driver = form.getByTestId("member-2");
  await typeInto(page, driver, "Nama", "Rosli bin Hassan");

  // Three checkpoints, each new one two hours after the last.
  const first = form.getByTestId("checkpoint-0");
  await typeInto(page, first, "Nama check point", "Pasar Pagi Pantai Dalam");
  await first.getByRole("combobox", { name: "Jenis lokasi" }).click();
  await page.getByRole("option", { name: "Pasar Pagi / Pasar Tani / Pasar Malam" }).click();
  await typeInto(page, first, "Alamat", "Jalan Pantai Dalam, 59200 Kuala Lumpur");
  // Rosli drives the other tour at that time.
  await expect(first.getByTestId("checkpoint-0-clash")).toHaveText(
    "Rosli bin Hassan sudah di Masjid Saidina Abu Bakar As-Siddiq pada masa ini (jelajah lain hari yang sama).",
  );
  await form.getByRole("button", { name: "Tambah check point" }).click();
  const second = form.getByTestId("checkpoint-1");
  await expect(second.getByRole("textbox", { name: "Mula" })).toHaveValue("11:00");
  await expect(second.getByRole("textbox", { name: "Tamat" })).toHaveValue("13:00");
  await typeInto(page, second, "Nama check point", "Surau Al-Ikhlas Kerinchi");
  await second.getByRole("combobox", { name: "Jenis lokasi" }).click();
  await page.getByRole("option", { name: "Tempat Ibadah" }).click();
  await form.getByRole("button", { name: "Tambah check point" }).click();
  const third = form.getByTestId("checkpoint-2");
  await expect(third.getByRole("textbox", { name: "Mula" })).toHaveValue("13:00");
  await typeInto(page, third, "Nama check point", "PPR Seri Pantai");
  await third.getByRole("combobox", { name: "Jenis lokasi" }).click();
  await page.getByRole("option", { name: "Projek Perumahan Rakyat (PPR)" }).click();
  // An overlapping slot says which checkpoint it overlaps.
  await typeInto(page, third, "Mula", "12:00");
  await expect(third.getByText("Masa bertindih dengan check point Surau Al-Ikhlas Kerinchi.")).toBeVisible();
  await shot(page, "kpn-jadual-borang-masalah");

  // Saving now is refused and nothing is written.
  await form.getByRole("button", { name: "Simpan jelajah" }).click();
  await expect(form.getByTestId("tour-problems")).toBeVisible();
  await expect(page).toHaveURL(/kpn\/jelajah\/baru/);

  await typeInto(page, third, "Mula", "14:00");
  await typeInto(page, third, "Tamat", "16:00");
  await typeInto(page, driver, "Nama", "Zulkifli bin Omar");
  await expect(first.getByTestId("checkpoint-0-clash")).toHaveCount(0);
  await form
    .getByRole("textbox", { name: "Sebab ketua pasukan di bawah gred S29" })
    .fill("Penolong Pegawai S29 berkursus; PKMD mengetuai sendiri jelajah ini.");
  await expect(leader.getByText(/Ketua pasukan mesti bergred/)).toHaveCount(0);
  await pickOrganisation(
    page,
    "Rakan korporat / agensi (Direktori)",
    "yayasan keb",
    "Yayasan Kebajikan Negara",
  );
  await shot(page, "kpn-jadual-borang");
  await form.getByRole("button", { name: "Simpan jelajah" }).click();

  // On the roadmap of that week, beside the demo tour.
  await expect(page).toHaveURL(new RegExp(`kpn\\?minggu=${nextMonday}`));
  const cards = page.getByTestId(`tour-${day}`);
  await expect(cards).toHaveCount(2);
  const ours = cards.filter({ hasText: "Encik Rahman bin Yusof" });
  await expect(ours.getByTestId("tour-leader")).toHaveText("Ketua pasukan: Encik Rahman bin Yusof (S27)");
  await expect(ours.getByTestId("tour-checkpoint")).toHaveText([
    /09:00 – 11:00.*Pasar Pagi Pantai Dalam/,
    /11:00 – 13:00.*Surau Al-Ikhlas Kerinchi/,
    /14:00 – 16:00.*PPR Seri Pantai/,
  ]);
  await expect(ours.getByTestId("tour-status")).toHaveText("Dirancang");
  await expect(ours.getByRole("link", { name: "Mod jangkauan" }).first()).toHaveAttribute(
    "href",
    /#\/kpn\/lawatan\/.+/,
  );
  await shot(page, "kpn-jadual-minggu-depan");

  // The month's roadmap as an official document, from the same screen.
  await page.getByRole("link", { name: "Eksport jadual bulan ini" }).click();
  const table = page.getByTestId("jadual-table");
  await expect(table).toBeVisible();
  const mine = table.locator("tbody tr").filter({ hasText: "Pasar Pagi Pantai Dalam" });
  await expect(mine).toContainText("Encik Rahman bin Yusof (Ketua Pasukan, S27)");
  await expect(mine).toContainText(`${shown(day)} (Rabu)`);
  await expect(table.locator("tbody tr").filter({ hasText: "Surau Al-Ikhlas Kerinchi" })).toContainText(
    "11:00 - 13:00",
  );
  await shot(page, "kpn-jadual-laporan");
  const [y, m] = nextMonday.split("-");
  const xlsx = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Excel" }).click();
  const file = await xlsx;
  expect(file.suggestedFilename()).toBe(`jadual-pelaksanaan-kpn_lembah-pantai_${y}-${m}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const cells: string[] = [];
  wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => void cells.push(String(c.value ?? ""))));
  expect(cells).toContain("Pasukan (ketua + ahli)");
  expect(cells.some((c) => c.startsWith("Pasar Pagi Pantai Dalam"))).toBe(true);
  const docx = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  expect((await docx).suggestedFilename()).toBe(`jadual-pelaksanaan-kpn_lembah-pantai_${y}-${m}.docx`);

  // A roadmap is a plan: next month may be chosen before it begins.
  const later = addDays(`${testDay().slice(0, 8)}01`, 40);
  await choose(page, "Tahun", later.slice(0, 4));
  await choose(page, "Bulan laporan", MONTHS[Number(later.slice(5, 7)) - 1]!);
  await expect(page.getByTestId(/^jadual-(table|empty)$/)).toBeVisible();

  // The leader's grade override is in the audit log with its reason.
  await page.getByRole("link", { name: "Log Audit" }).click();
  const override = page.getByRole("row").filter({ hasText: "Kecualian gred ketua pasukan" });
  await expect(override).toHaveCount(1);
  await expect(override).toContainText("Penolong Pegawai S29 berkursus");
  await shot(page, "kpn-jadual-audit");
});
