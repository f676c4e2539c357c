// Why: a pendamping records a KPM's complaint (from the KPM's page or the complaints list), follows it up and resolves
// it once followed up; a complaint past its deadline (15 working days) is flagged on the list and on Beranda; the
// administrator adds a category and it is offered; bad input is named in Indonesian and nothing is saved.
import { choose, expect, login, logout, shot, shownDay, test } from "./support";
import { addMember, household, pendamping, pkhOffice, save } from "./pkh-support";

test("complaints: recorded from the KPM, followed up, resolved; an overdue one flagged on the list and Beranda", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await pkhOffice(page, "admin");
  // The administrator adds a category in Pengaturan.
  await page.goto("/#/tetapan");
  const settings = page.getByTestId("pkh-complaint-settings");
  await settings.getByRole("button", { name: "Tambah kategori" }).click();
  await settings.getByLabel("Kategori 5").fill("Bantuan sosial lain");
  await settings.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Tersimpan.").first()).toBeVisible();
  await logout(page);
  await login(page, pendamping);

  await household(page, "3404070001", "Siti Aminah", "Condongcatur");
  await addMember(page, { name: "Siti Aminah", nik: "3404075203900001", relationship: "Istri" });
  await save(page, "3404070001");

  // From the KPM's page: the form opens with the KPM chosen; missing fields are named, nothing saved.
  await page.getByTestId("kpm-complaints").getByRole("link", { name: "Catat pengaduan" }).click();
  const form = page.getByTestId("complaint-form");
  await expect(form.getByTestId("kpm-chosen")).toContainText("Siti Aminah (3404070001)");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(form.getByText("Wajib diisi.").first()).toBeVisible();
  await choose(page, "Kategori", "Pembayaran");
  await form.getByLabel("Uraian pengaduan").fill("Bantuan tahap IV belum masuk ke rekening KKS.");
  await shot(page, "pkh-pengaduan-form");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: "Pengaduan PGD/2026/0001" })).toBeVisible();
  await expect(page.getByText("Baru", { exact: true })).toBeVisible();
  // 15 working days from Wednesday 18/11/2026, Saturdays and Sundays not counted.
  await expect(page.getByTestId("complaint-deadline")).toHaveText(
    "Batas waktu 09/12/2026 (15 hari kerja sejak diterima).",
  );

  // Resolving needs a follow-up; a follow-up dated before receipt is refused.
  await page.getByRole("button", { name: "Selesaikan" }).click();
  await expect(page.getByText("Catat tindak lanjut sebelum menyelesaikan pengaduan.")).toBeVisible();
  const followUps = page.getByTestId("follow-ups");
  await followUps.getByLabel("Tanggal").fill(shownDay(-3));
  await followUps.getByLabel("Tindakan").fill("Dicek ke bank penyalur.");
  await followUps.getByRole("button", { name: "Tambah tindak lanjut" }).click();
  await expect(followUps.getByText("Tanggal tidak boleh sebelum tanggal pengaduan diterima.")).toBeVisible();
  await followUps.getByLabel("Tanggal").fill(shownDay(0));
  await followUps.getByRole("button", { name: "Tambah tindak lanjut" }).click();
  await expect(followUps.getByTestId("follow-up-row")).toHaveCount(1);
  await expect(followUps.getByTestId("follow-up-row")).toContainText("Rina Marlina");
  await expect(page.getByText("Diproses", { exact: true })).toBeVisible();
  await shot(page, "pkh-pengaduan");
  await page.getByRole("button", { name: "Selesaikan" }).click();
  await expect(page.getByText("Selesai", { exact: true })).toBeVisible();
  await expect(page.getByTestId("complaint-deadline")).toHaveText(`Diselesaikan ${shownDay(0)}.`);

  // A complaint received on 1 October, still open: overdue, with the category the administrator added.
  await page.getByRole("link", { name: "Pengaduan", exact: true }).click();
  await page.getByRole("button", { name: "Catat pengaduan" }).click();
  await form.getByLabel("KPM").fill("Siti");
  await form.getByRole("button", { name: "Pilih Siti Aminah (3404070001)" }).click();
  await choose(page, "Kategori", "Bantuan sosial lain");
  await form.getByLabel("Tanggal diterima").fill("01/10/2026");
  await form.getByLabel("Uraian pengaduan").fill("Minta didaftarkan bantuan sembako.");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: "Pengaduan PGD/2026/0002" })).toBeVisible();
  await page.getByRole("link", { name: "Kembali ke daftar pengaduan" }).click();
  await expect(page.getByTestId("complaint-row")).toHaveCount(1);
  await page.getByText("Terlambat", { exact: true }).first().click();
  await expect(page.getByTestId("complaint-row")).toHaveCount(1);
  await expect(page.getByTestId("complaint-row")).toContainText("PGD/2026/0002");
  await expect(page.getByTestId("complaint-row")).toContainText("Bantuan sosial lain");
  await shot(page, "pkh-pengaduan-list");
  await page.getByText("Semua", { exact: true }).click();
  await expect(page.getByTestId("complaint-row")).toHaveCount(2);

  await page.getByRole("link", { name: "Beranda" }).click();
  await expect(page.getByTestId("home-overdue-complaints")).toContainText("1 pengaduan terlambat");
  await page.getByTestId("home-overdue-complaints").getByRole("link", { name: "Buka" }).click();
  await expect(page.getByTestId("complaint-row")).toContainText("PGD/2026/0002");
});
