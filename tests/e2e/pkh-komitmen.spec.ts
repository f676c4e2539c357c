// Why: a pendamping verifies a month's commitments: a schoolboy under 85% of school days is not compliant (with the
// figures), a balita weighed is; the household is listed to follow up with a warning, then a suspension the month
// after; more days present than school days, or a month still to come, is refused and nothing is saved.
import { expect, shot, test } from "./support";
import { addMember, household, pkhOffice, save } from "./pkh-support";

test("commitments: a month verified, the follow-up list climbs the ladder, bad input refused", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await pkhOffice(page);
  await household(page, "3404070001", "Siti Aminah", "Condongcatur");
  await addMember(page, { name: "Siti Aminah", nik: "3404075203900001", relationship: "Istri" });
  await addMember(page, {
    name: "Bagus Santoso",
    nik: "3404070107150002",
    relationship: "Anak",
    school: "SD",
  });
  await addMember(page, { name: "Putri Ayu", nik: "3404075508220005", relationship: "Anak" });
  await save(page, "3404070001");

  await page.getByRole("link", { name: "Verifikasi Komitmen" }).click();
  await expect(page.getByTestId("month-shown")).toHaveText(/november 2026/i);
  await page.getByRole("button", { name: "Bulan sebelumnya" }).click();
  await expect(page.getByTestId("month-shown")).toHaveText(/oktober 2026/i);
  const rows = page.getByTestId("commitment-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("Bagus Santoso");
  await expect(rows.nth(0)).toContainText("Sekolah");
  await expect(rows.nth(1)).toContainText("Balita");

  await page.getByLabel("Hari sekolah: Bagus Santoso").fill("20");
  await page.getByLabel("Hari hadir: Bagus Santoso").fill("16");
  await expect(rows.nth(0).getByTestId("commitment-outcome")).toContainText("Tidak memenuhi");
  await expect(rows.nth(0).getByTestId("commitment-outcome")).toContainText(
    "Hadir 16 dari 20 hari, di bawah 85%",
  );
  await page.getByLabel("Penimbangan di posyandu: Putri Ayu").fill("1");
  await expect(rows.nth(1).getByTestId("commitment-outcome")).toContainText("Memenuhi");
  await page.getByRole("button", { name: "Simpan verifikasi" }).click();
  await expect(page.getByText("Verifikasi 2 anggota disimpan.")).toBeVisible();
  const follow = page.getByTestId("commitment-follow-up-row");
  await expect(follow).toHaveCount(1);
  await expect(follow).toContainText("Siti Aminah (3404070001)");
  await expect(follow).toContainText("Peringatan");
  await shot(page, "pkh-komitmen");

  // November: more days present than school days is refused whole; then 16 of 20 again: penangguhan.
  await page.getByRole("button", { name: "Bulan berikutnya" }).click();
  await expect(page.getByTestId("month-shown")).toHaveText(/november 2026/i);
  await page.getByLabel("Hari sekolah: Bagus Santoso").fill("20");
  await page.getByLabel("Hari hadir: Bagus Santoso").fill("21");
  await page.getByLabel("Penimbangan di posyandu: Putri Ayu").fill("1");
  // What was typed stays while the month's figures are read.
  await expect(page.getByLabel("Hari sekolah: Bagus Santoso")).toHaveValue("20");
  await page.getByRole("button", { name: "Simpan verifikasi" }).click();
  await expect(page.getByText("Hari hadir tidak boleh melebihi hari sekolah.")).toBeVisible();
  await expect(page.getByTestId("commitment-problem")).toContainText("belum ada yang disimpan");
  await expect(page.getByTestId("commitment-follow-up")).toContainText(
    "Semua yang diverifikasi memenuhi komitmen.",
  );
  await page.getByLabel("Hari hadir: Bagus Santoso").fill("16");
  await page.getByRole("button", { name: "Simpan verifikasi" }).click();
  await expect(page.getByText("Verifikasi 2 anggota disimpan.").last()).toBeVisible();
  await expect(follow).toContainText("Penangguhan");
  await expect(follow.locator("td").nth(2)).toHaveText("2");
  await shot(page, "pkh-komitmen-penangguhan");

  // December has not come yet.
  await page.getByRole("button", { name: "Bulan berikutnya" }).click();
  await expect(page.getByTestId("month-shown")).toHaveText(/desember 2026/i);
  await page.getByLabel("Penimbangan di posyandu: Putri Ayu").fill("1");
  await page.getByRole("button", { name: "Simpan verifikasi" }).click();
  await expect(page.getByTestId("commitment-problem")).toHaveText("Bulan ini belum tiba.");
});
