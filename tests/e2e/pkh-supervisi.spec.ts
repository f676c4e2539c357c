// Why: the koordinator sees each pendamping's caseload flagged against 1:150-375, records a graded violation, follows
// it up and closes it (not before a follow-up), and makes the pendamping's evaluation sheet in Word with its figures
// from the records; a pendamping has no Supervisi screen.
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { choose, expect, login, logout, shot, test } from "./support";
import { addMember, household, nameCoordinator, pendamping, pkhOffice, save } from "./pkh-support";

const koordinator = { username: "budi", password: "Koordinator#26", name: "Budi Santoso" };

test("supervision: caseload flagged, a violation followed up and closed, the evaluation sheet in Word", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await pkhOffice(page, "admin");
  await nameCoordinator(page);
  await page.goto("/#/pengguna/baru");
  await page.getByLabel("Nama lengkap").fill(koordinator.name);
  await page.getByLabel("Nama pengguna").fill(koordinator.username);
  await page.getByRole("textbox", { name: "Kata sandi", exact: true }).fill(koordinator.password);
  await page.getByLabel("Ulangi kata sandi").fill(koordinator.password);
  await choose(page, "Peran", "Koordinator");
  await page.getByRole("button", { name: "Buat pengguna" }).click();
  await expect(page.getByTestId("users-table")).toContainText(koordinator.username);
  await logout(page);

  // The pendamping registers one KPM, and has no Supervisi screen.
  await login(page, pendamping);
  await household(page, "3404070001", "Siti Aminah", "Condongcatur");
  await addMember(page, { name: "Siti Aminah", nik: "3404075203900001", relationship: "Istri" });
  await save(page, "3404070001");
  await expect(page.getByRole("link", { name: "Supervisi" })).toHaveCount(0);
  await logout(page);

  await login(page, koordinator);
  await page.getByRole("link", { name: "Supervisi" }).click();
  const row = page.getByTestId("caseload-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Rina Marlina");
  await expect(row).toContainText("Kecamatan Depok");
  await expect(row.locator("td").nth(2)).toHaveText("1");
  await expect(row).toContainText("Di bawah 1:150");

  // A violation: missing fields named, then recorded with the grade of its kind.
  await page.getByRole("button", { name: "Catat pelanggaran" }).click();
  const form = page.getByTestId("violation-form");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(form.getByText("Wajib diisi.").first()).toBeVisible();
  await choose(page, "Pendamping", "Rina Marlina");
  await choose(page, "Jenis pelanggaran", "Tidak hadir pertemuan tanpa alasan (Ringan)");
  await form
    .getByLabel("Uraian")
    .fill("Tidak hadir rapat koordinasi bulanan 16/11/2026 tanpa pemberitahuan.");
  await form.getByRole("button", { name: "Simpan" }).click();
  const violation = page.getByTestId("violation-row");
  await expect(violation).toHaveCount(1);
  await expect(violation).toContainText("Ringan");
  await expect(violation).toContainText("Proses");
  await violation.getByRole("button", { name: "Tindak lanjut Rina Marlina" }).click();
  await violation.getByRole("button", { name: "Tutup" }).click();
  await expect(violation.getByText("Catat tindak lanjut sebelum menutup.")).toBeVisible();
  await violation.getByLabel("Tindakan").fill("Teguran lisan; pendamping berjanji hadir rapat berikutnya.");
  await violation.getByRole("button", { name: "Tambah tindak lanjut" }).click();
  await expect(violation.getByTestId("follow-up-row")).toHaveCount(1);
  await violation.getByRole("button", { name: "Tutup" }).click();
  await expect(violation).toContainText("Selesai 18/11/2026");
  await shot(page, "pkh-supervisi");

  // The evaluation sheet for November: the pendamping's figures from the records, RAHASIA, in Word.
  await page.getByRole("link", { name: "Buka lembar evaluasi" }).click();
  const preview = page.getByTestId("lembar-evaluasi-preview");
  await expect(preview).toContainText("Rina Marlina");
  await expect(preview).toContainText("1 KPM (Di bawah batas, rasio 1:150-375)");
  await expect(preview).toContainText("November 2026 (01/11/2026 - 30/11/2026)");
  await expect(preview).toContainText("Tidak hadir pertemuan tanpa alasan");
  // The day Rina registered the KPM is in her day-by-day activity, from the audit log.
  await expect(preview).toContainText("18/11/2026");
  await shot(page, "pkh-lembar-evaluasi");
  const word = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  const file = await word;
  expect(file.suggestedFilename()).toBe("lembar-evaluasi-rina-marlina_depok_2026-11.docx");
  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const xml = await zip.file("word/document.xml")!.async("string");
  const text = xml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
  expect(text).toContain("LEMBAR EVALUASI KINERJA PENDAMPING PKH");
  expect(text).toContain("Kelengkapan data KPM");
  expect(text).toContain("Ringan");
});
