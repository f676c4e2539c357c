// Why: a pendamping runs a P2K2 session as the issue tells it: plans it from the curriculum (a group without members
// refused), prints the Daftar Hadir from the group's roster (print view, Word, Excel), records attendance and the CKP
// after, then sees the absentees to follow up and each KPM's progress through the modules.
import type { Page } from "@playwright/test";
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { choose, expect, login, logout, shot, shownDay, test } from "./support";
import { addMember, formGroup, household, nameCoordinator, pendamping, pkhOffice, save } from "./pkh-support";

const kpm = [
  { kpmNo: "3404010001", headName: "Siti Rahayu", desa: "Condongcatur", nik: "3404014503850001" },
  { kpmNo: "3404010002", headName: "Sri Lestari", desa: "Caturtunggal", nik: "3404015206880002" },
  { kpmNo: "3404010003", headName: "Wartini", desa: "Maguwoharjo", nik: "3404016101790003" },
];

/** Three KPM registered and the groups Mawar (the three) and Melati (none), through their screens. */
async function roster(page: Page): Promise<void> {
  for (const k of kpm) {
    await household(page, k.kpmNo, k.headName, k.desa);
    await addMember(page, { name: k.headName, nik: k.nik, relationship: "Istri" });
    await save(page, k.kpmNo);
  }
  await formGroup(
    page,
    "Kelompok Mawar",
    kpm.map((k) => ({ find: k.kpmNo, name: k.headName })),
  );
  await formGroup(page, "Kelompok Melati", []);
}

test("a P2K2 session: planned, its Daftar Hadir printed, attendance and CKP recorded, absentees and progress", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await pkhOffice(page, "admin");
  // The coordinator who checks the documents is named once, in Pengaturan.
  await nameCoordinator(page);
  await logout(page);
  await login(page, pendamping);
  await roster(page);

  await page.getByRole("link", { name: "Sesi P2K2" }).click();
  await expect(page.getByRole("heading", { name: "Sesi P2K2", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Rencanakan sesi" }).click();
  const form = page.getByTestId("p2k2-form");
  await choose(page, "Modul", "Pengasuhan dan Pendidikan Anak");
  await choose(page, "Sesi ke", "1");
  await form.getByLabel("Tanggal").fill(shownDay(-8));
  await form.getByLabel("Tempat").fill("Balai Desa Condongcatur");
  // A group without members is refused, in Indonesian, and nothing is saved.
  await choose(page, "Kelompok", "Kelompok Melati");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(
    form.getByText("Kelompok ini belum memiliki anggota: sesi tidak dapat direncanakan."),
  ).toBeVisible();
  await shot(page, "pkh-p2k2-kelompok-kosong");
  await choose(page, "Kelompok", "Kelompok Mawar");
  await form.getByRole("button", { name: "Simpan" }).click();

  // The session's page: what was planned, and the Daftar Hadir to print before it.
  await expect(page.getByTestId("p2k2-session-title")).toHaveText(
    "Pengasuhan dan Pendidikan Anak — Sesi 1 dari 4",
  );
  await expect(page.getByText("Anggota kelompok: 3 KPM")).toBeVisible();
  await page.getByRole("link", { name: "Cetak Daftar Hadir" }).click();
  const docs = page.getByRole("navigation", { name: "Dokumen" });
  await expect(docs.getByRole("button", { name: "Daftar Hadir P2K2" })).toBeVisible();
  const table = page.getByTestId("daftar-table");
  await expect(table.locator("th")).toHaveText([
    "No",
    "Nama KPM (pengurus)",
    "No. KPM",
    "Desa",
    "Tanda tangan",
  ]);
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await expect(table.locator("tbody tr").first()).toContainText("Siti Rahayu");
  await shot(page, "pkh-p2k2-daftar-hadir");

  // On paper: the office's letterhead, RAHASIA, the title block and the signing column.
  await page.evaluate(() => {
    const w = window as unknown as { print: () => unknown; releasePrint?: () => void };
    w.print = () => new Promise<void>((resolve) => (w.releasePrint = resolve));
  });
  await page.getByRole("button", { name: "Cetak" }).click();
  const paper = page.getByTestId("print-view");
  await expect(paper).toContainText("KEMENTERIAN SOSIAL REPUBLIK INDONESIA");
  await expect(paper).toContainText("Pendamping: Rina Marlina");
  await expect(paper).toContainText("Tanda tangan");
  await page.emulateMedia({ media: "print" });
  await writeFile(
    "test-results/screens/pkh-p2k2-daftar-hadir.pdf",
    await page.pdf({ preferCSSPageSize: true, printBackground: true }),
  );
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => (window as unknown as { releasePrint: () => void }).releasePrint());
  await expect(paper).not.toBeAttached();

  const excel = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Excel" }).click();
  const xlsx = await excel;
  expect(xlsx.suggestedFilename()).toMatch(/^daftar-hadir-p2k2-.*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await xlsx.path());
  const texts: string[] = [];
  wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
  expect(texts).toContain("DAFTAR HADIR PERTEMUAN KELOMPOK P2K2");
  expect(texts).toContain("Hari/Tanggal: Selasa, 10 November 2026");
  expect(texts).toContain("Sri Lestari");
  expect(texts).toContain("Tanda tangan");
  const word = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  await (await word).saveAs("test-results/screens/pkh-p2k2-daftar-hadir.docx");

  // After the session: attendance for each KPM of the roster and the CKP of those present, in one save.
  await page.goBack();
  await expect(page.getByTestId("p2k2-session-title")).toBeVisible();
  const att = page.getByTestId("p2k2-attendance");
  await att.getByRole("checkbox", { name: "Aktif berpartisipasi Siti Rahayu" }).check();
  await att.getByRole("checkbox", { name: "Memahami materi Siti Rahayu" }).check();
  const row = (name: string) => att.getByTestId("attendance-row").filter({ hasText: name });
  await row("Sri Lestari").getByText("Alfa", { exact: true }).click();
  await row("Wartini").getByText("Sakit", { exact: true }).click();
  await att.getByRole("textbox", { name: "Catatan Wartini" }).fill("Demam");
  // An absentee has no CKP to tick.
  await expect(att.getByRole("checkbox", { name: "Aktif berpartisipasi Sri Lestari" })).toBeDisabled();
  await att.getByRole("button", { name: "Simpan kehadiran dan CKP" }).click();
  await expect(page.getByText("Kehadiran dan CKP tersimpan.")).toBeVisible();
  await shot(page, "pkh-p2k2-kehadiran");

  // The month's sessions and the absentees to follow up, alfa first.
  await page.getByRole("link", { name: "Kembali ke daftar sesi" }).click();
  await expect(page.getByTestId("p2k2-row")).toContainText("1 dari 3 hadir");
  const absent = page.getByTestId("p2k2-absent-row");
  await expect(absent).toHaveCount(2);
  await expect(absent.first()).toContainText("Sri Lestari");
  await expect(absent.first()).toContainText("Alfa");
  await expect(absent.nth(1)).toContainText("Wartini");
  await expect(absent.nth(1)).toContainText("Demam");
  await shot(page, "pkh-p2k2-daftar-sesi");

  // Each KPM's progress through the modules, for the group.
  await page.getByRole("link", { name: "Kemajuan KPM per kelompok" }).click();
  const progress = page.getByTestId("progress-row");
  await expect(progress).toHaveCount(3);
  await expect(progress.filter({ hasText: "Siti Rahayu" })).toContainText("Sesi 1");
  await expect(progress.filter({ hasText: "Sri Lestari" })).not.toContainText("Sesi 1");
  await shot(page, "pkh-p2k2-kemajuan");
});
