// Why: a pendamping keeps the Agenda dan Catatan of the wilayah: an item with a reminder comes back on the home
// screen from its day until done; a wrong time is named; a deleted item comes back with undo.
import { expect, shot, shownDay, test, testDay } from "./support";
import { pkhOffice } from "./pkh-support";

test("the agenda: add with a reminder, see it on Beranda, mark it done, delete with undo", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await pkhOffice(page);
  await page.getByRole("link", { name: "Agenda dan Catatan" }).click();
  await expect(page.getByText("Belum ada agenda atau catatan di bulan ini.")).toBeVisible();
  await page.getByRole("button", { name: "Tambah agenda / catatan" }).click();
  const form = page.getByTestId("agenda-form");
  await form.getByLabel("Tanggal").fill(shownDay(2));
  await form.getByLabel("Jam").fill("25:10");
  await form.getByLabel("Judul").fill("Pertemuan kelompok Mawar");
  await form.getByLabel("Tempat").fill("Balai Desa Condongcatur");
  await form.getByLabel("Ingatkan mulai").fill(shownDay(0));
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(form.getByText("Jam ditulis JJ:MM, mis. 09:30.")).toBeVisible();
  await form.getByLabel("Jam").fill("09:30");
  await shot(page, "pkh-agenda-form");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("agenda-row")).toHaveCount(1);
  await expect(page.getByTestId("agenda-row")).toContainText("Pertemuan kelompok Mawar");
  await expect(page.getByTestId("agenda-row")).toContainText(shownDay(2));

  // A note of the day, without a reminder.
  await page.getByRole("button", { name: "Tambah agenda / catatan" }).click();
  await form.locator(".mantine-SegmentedControl-label", { hasText: "Catatan" }).click();
  await form.getByLabel("Judul").fill("Ibu Sumarni minta data anak diperbarui");
  await form.getByLabel("Isi catatan").fill("Anak kedua sudah masuk SMP.");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("agenda-row")).toHaveCount(2);
  await shot(page, "pkh-agenda");

  // The reminder is on the home screen from today until the item is done.
  await page.getByRole("link", { name: "Beranda" }).click();
  await expect(page.getByTestId("home-reminders")).toContainText("1 pengingat hari ini");
  await expect(page.getByTestId("home-reminders")).toContainText("09:30 — Pertemuan kelompok Mawar");
  await shot(page, "pkh-home-reminders");
  await page.getByTestId("home-reminders").getByRole("link", { name: "Buka agenda" }).click();
  await page.getByRole("checkbox", { name: "Tandai selesai: Pertemuan kelompok Mawar" }).click();
  await expect(
    page.getByRole("checkbox", { name: "Tandai selesai: Pertemuan kelompok Mawar" }),
  ).toBeChecked();
  await page.getByRole("link", { name: "Beranda" }).click();
  await expect(page.getByTestId("greeting")).toBeVisible();
  await expect(page.getByTestId("home-reminders")).toHaveCount(0);

  // Deleting the note can be undone.
  await page.getByRole("link", { name: "Agenda dan Catatan" }).click();
  await page.getByRole("button", { name: "Hapus Ibu Sumarni minta data anak diperbarui" }).click();
  await expect(page.getByTestId("agenda-row")).toHaveCount(1);
  await page.getByRole("button", { name: /Batalkan|Urungkan/ }).click();
  await expect(page.getByTestId("agenda-row")).toHaveCount(2);
  expect(testDay(0)).toBe("2026-11-18");
});
