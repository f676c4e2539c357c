// Why: a pendamping writes the month's Laporan Bulanan in the app (content, phone, a photo), hands it to the
// koordinator and makes the Word document, whose attachments come from the records; a second monthly report for the
// same month is refused.
import { expect, login, logout, shot, test } from "./support";
import { makePng } from "./png";
import { nameCoordinator, pendamping, pkhOffice } from "./pkh-support";

test("the Laporan Bulanan Pendamping: written, photographed, handed in and saved as Word", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await pkhOffice(page, "admin");
  // The koordinator who checks the reports is named once, in Pengaturan.
  await nameCoordinator(page);
  await logout(page);
  await login(page, pendamping);

  await page.getByRole("link", { name: "Laporan Pendamping" }).click();
  await expect(page.getByText("Belum ada laporan di bulan ini.")).toBeVisible();
  await page.getByTestId("report-new").getByRole("button", { name: "Buat laporan" }).click();
  await expect(page.getByTestId("report-title")).toHaveText("Laporan Bulanan");
  await page.getByLabel("Nomor HP pendamping").fill("0812 2345 6789");
  await page.getByLabel("Ringkasan laporan").fill("Bulan November pendampingan berjalan sesuai rencana.");
  await page.getByLabel("Kegiatan", { exact: true }).fill("Pertemuan kelompok dan kunjungan ke posyandu.");
  await page.getByLabel("Permasalahan").fill("Dua KPM belum memperbarui data anak.");
  await page.getByLabel("Rencana kerja bulan berikutnya").fill("Verifikasi komitmen pendidikan.");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Tersimpan.").first()).toBeVisible();
  const photos = page.getByTestId("programme-photos");
  await photos
    .locator('input[type="file"]')
    .setInputFiles([{ name: "pertemuan.png", mimeType: "image/png", buffer: makePng(1600, 1200) }]);
  await expect(photos.getByTestId("photo")).toHaveCount(1, { timeout: 30_000 });
  await page.getByRole("button", { name: "Serahkan kepada koordinator" }).click();
  await expect(page.getByTestId("report-submitted")).toHaveText("Diserahkan 18/11/2026");
  await expect(page.getByLabel("Ringkasan laporan")).toHaveValue(
    "Bulan November pendampingan berjalan sesuai rencana.",
  );
  await shot(page, "pkh-laporan-bulanan");

  // A second monthly report for the same wilayah and month is refused with a message.
  await page.getByRole("link", { name: "Laporan Pendamping" }).click();
  await expect(page.getByTestId("report-row")).toHaveCount(1);
  await page.getByTestId("report-new").getByRole("button", { name: "Buat laporan" }).click();
  await expect(page.getByText("Laporan bulanan untuk wilayah dan bulan ini sudah ada.")).toBeVisible();
  await page.getByTestId("report-row").getByRole("link").click();

  // The official document: the pendamping's words and the records' attachments, saved as Word.
  await page.getByTestId("report-document").click();
  const preview = page.getByTestId("laporan-pendamping-preview");
  await expect(preview).toContainText("LAPORAN BULANAN PENDAMPING PKH");
  await expect(preview).toContainText("0812 2345 6789");
  await expect(preview).toContainText("Dua KPM belum memperbarui data anak.");
  await expect(preview).toContainText("Foto 1");
  await shot(page, "pkh-laporan-dokumen");
  const word = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  const file = await word;
  expect(file.suggestedFilename()).toBe("laporan-bulanan-pendamping_depok_2026-11.docx");
  await file.saveAs("test-results/screens/pkh-laporan-bulanan.docx");
});
