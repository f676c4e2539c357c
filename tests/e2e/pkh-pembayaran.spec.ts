// Why: a pendamping prepares a payment stage from the register (who should receive what), arranges and accompanies
// it, and reconciles it household by household: a payment received in full with one click, one not received with
// its reason; an amount above the expected one without a reason is refused and nothing is saved; the stage's summary
// shows the difference, and the KPM's page its payment history.
import ExcelJS from "exceljs";
import { expect, login, logout, shot, shownDay, test } from "./support";
import { addMember, formGroup, household, nameCoordinator, pendamping, pkhOffice, save } from "./pkh-support";

test("payments: prepare tahap IV, arrange and accompany it, reconcile with a difference highlighted", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await pkhOffice(page, "admin");
  await nameCoordinator(page);
  await logout(page);
  await login(page, pendamping);
  // Siti Aminah with a child at SD (Rp 900.000 a year: Rp 225.000 a stage); Sri Wahyuni with her mother of 76
  // (lanjut usia, Rp 2.400.000 a year: Rp 600.000 a stage).
  await household(page, "3404070001", "Siti Aminah", "Condongcatur");
  await addMember(page, { name: "Siti Aminah", nik: "3404075203900001", relationship: "Istri" });
  await addMember(page, {
    name: "Bagus Santoso",
    nik: "3404070107150002",
    relationship: "Anak",
    school: "SD",
  });
  await save(page, "3404070001");
  await household(page, "3404070002", "Sri Wahyuni", "Caturtunggal");
  await addMember(page, { name: "Sri Wahyuni", nik: "3404075508850004", relationship: "Istri" });
  await addMember(page, { name: "Mbah Sumi", nik: "3404074101500003", relationship: "Orang tua" });
  await save(page, "3404070002");

  await page.getByRole("link", { name: "Pembayaran" }).click();
  await expect(page.getByTestId("stage-shown")).toHaveText("Tahap IV 2026");
  await expect(page.getByTestId("stage-prepared")).toContainText("belum disiapkan");
  await expect(page.getByTestId("stage-prepared")).toContainText("01/10/2026");
  await page.getByRole("button", { name: "Siapkan daftar penerima" }).click();
  await expect(page.getByText("Daftar penerima disiapkan: 2 ditambah")).toBeVisible();
  const summary = page.getByTestId("stage-summary");
  await expect(summary).toContainText("Rp 825.000");
  await expect(summary).toContainText("Belum dicatat2");
  const rows = page.getByTestId("payment-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("Anak SD");
  await expect(rows.nth(0)).toContainText("Rp 225.000");
  await expect(rows.nth(1)).toContainText("Lanjut usia (70+)");
  await expect(rows.nth(1)).toContainText("Rp 600.000");

  // The payment day and place; an accompaniment dated before the payment day is refused.
  const arrangement = page.getByTestId("stage-arrangement");
  await arrangement.getByLabel("Jadwal pembayaran").fill(shownDay(2));
  await arrangement.getByLabel("Tempat penyaluran").fill("Kantor Pos Depok");
  await arrangement.getByLabel("Didampingi pada").fill(shownDay(1));
  await arrangement.getByRole("button", { name: "Simpan jadwal" }).click();
  await expect(
    arrangement.getByText("Tanggal pendampingan tidak boleh sebelum jadwal pembayaran."),
  ).toBeVisible();
  await arrangement.getByLabel("Didampingi pada").fill(shownDay(2));
  await arrangement.getByLabel("Catatan pendampingan").fill("Penyaluran lancar, antrean tertib.");
  await arrangement.getByRole("button", { name: "Simpan jadwal" }).click();
  await expect(page.getByText("Jadwal tahap disimpan.")).toBeVisible();
  await expect(page.getByTestId("stage-arrangement").getByLabel("Tempat penyaluran")).toHaveValue(
    "Kantor Pos Depok",
  );

  // Siti received in full with one click.
  await page.getByRole("button", { name: "Diterima penuh: Siti Aminah" }).click();
  await expect(rows.nth(0)).toContainText("Diterima");

  // Sri: more than expected without a reason is refused; then not received, which needs its reason.
  await page.getByRole("button", { name: "Catat pembayaran Sri Wahyuni" }).click();
  const form = page.getByTestId("payment-form");
  await expect(form).toContainText("Seharusnya diterima: Rp 600.000");
  await form.getByLabel("Jumlah diterima").fill("700000");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(
    form.getByText("Jumlah diterima melebihi jumlah yang seharusnya. Tulis alasannya."),
  ).toBeVisible();
  await form.getByText("Tidak diterima", { exact: true }).click();
  await expect(form.getByLabel("Jumlah diterima")).toHaveValue("Rp 0");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(form.getByText("Tulis alasan bantuan tidak diterima.")).toBeVisible();
  await expect(rows.nth(1)).toContainText("Belum dicatat");
  await form.getByLabel("Alasan").fill("Kartu KKS hilang, sedang diurus ke bank");
  await shot(page, "pkh-pembayaran-form");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(form).toBeHidden();

  await expect(summary).toContainText("1 KPM dengan selisih");
  await expect(summary).toContainText("-Rp 600.000");
  await expect(rows.nth(1)).toHaveAttribute("data-flagged", "true");
  await expect(rows.nth(1)).toContainText("Kartu KKS hilang");
  await shot(page, "pkh-pembayaran");
  await page.getByText("Hanya selisih").click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Sri Wahyuni");

  // The KPM's page keeps the stage as it came.
  await page.getByRole("link", { name: "3404070002" }).click();
  await expect(page.getByRole("heading", { name: "KPM 3404070002" })).toBeVisible();
  const history = page.getByTestId("payment-history");
  await expect(history).toContainText("Tahap IV 2026");
  await expect(history).toContainText("Tidak diterima");
  await expect(history).toContainText("Kartu KKS hilang");
  await shot(page, "pkh-pembayaran-kpm");

  // Leaving and coming back keeps everything (stored, not in the screen).
  await page.getByRole("link", { name: "Pembayaran" }).click();
  await expect(page.getByTestId("stage-arrangement").getByLabel("Tempat penyaluran")).toHaveValue(
    "Kantor Pos Depok",
  );
  await expect(page.getByTestId("stage-prepared")).toContainText("Disiapkan 18/11/2026");

  // Siti leads group Mawar: the Daftar Ketua Kelompok shows her at the payment of stage IV, with "Dik" for her
  // schoolboy and the stage's day and place as the schedule.
  await formGroup(page, "Mawar", [{ find: "Siti", name: "Siti Aminah" }], "Siti Aminah (3404070001)");
  await page.getByRole("link", { name: "Laporan", exact: true }).click();
  await page
    .getByRole("navigation", { name: "Dokumen" })
    .getByRole("button", { name: "Daftar Ketua Kelompok" })
    .click();
  const table = page.getByTestId("daftar-table");
  await expect(table).toContainText("Siti Aminah (Mawar)");
  await expect(table).toContainText(`${shownDay(2)}, Kantor Pos Depok`);
  await shot(page, "pkh-daftar-ketua");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("daftar-ketua-kelompok_depok_2026-11.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const sheet = wb.worksheets[0]!;
  const row = (sheet.getSheetValues() as unknown[][]).find((r) => r?.includes("Siti Aminah (Mawar)"))!;
  // No | Nama | Alamat | Partisipasi | Tgl Bergabung | Jadwal | Kesh / Dik | I | II | III | IV
  expect(row.slice(4, 12)).toEqual([
    "Ya",
    shownDay(0),
    `${shownDay(2)}, Kantor Pos Depok`,
    "Dik",
    "",
    "",
    "",
    "Hadir",
  ]);
});
