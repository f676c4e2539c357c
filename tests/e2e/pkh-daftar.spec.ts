// Why: a PKH office keeps its health, education and post-office providers in the one directory and prints their
// Daftar lists in Indonesian (Word and Excel), with none of JKM's documents on its Laporan screen.
import ExcelJS from "exceljs";
import { choose, expect, shot, test } from "./support";
import { nameCoordinator, pkhOffice } from "./pkh-support";

test("the PKH directory lists: providers added in the directory, the Daftar Penyedia in Word and Excel", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await pkhOffice(page, "admin");
  // The coordinator who checks the lists is named once, in Pengaturan.
  await nameCoordinator(page);

  for (const [name, kind, head] of [
    ["Puskesmas Depok III", "Penyedia layanan kesehatan (puskesmas, posyandu, klinik)", "dr. Sri Wahyuni"],
    ["SD Negeri Condongcatur", "Penyedia layanan pendidikan (sekolah, madrasah)", "Drs. Agus Salim"],
  ] as const) {
    await page.goto("/#/direktori/baru");
    await choose(page, "Jenis", kind);
    await page.getByLabel("Nama organisasi").fill(name);
    await page.getByLabel("Penanggung jawab", { exact: true }).fill(head);
    await page.getByLabel("Alamat").fill(`Jl. Kaliurang Km 7, ${name}`);
    await page.getByLabel("No. telepon", { exact: true }).fill("0274 884321");
    await page.getByTestId("directory-form").getByRole("button", { name: "Simpan organisasi" }).click();
    await expect(page.getByTestId("directory-title")).toHaveText(name);
  }

  await page.getByRole("link", { name: "Laporan", exact: true }).click();
  const docs = page.getByRole("navigation", { name: "Dokumen" });
  // Only PKH's documents (none of JKM's): the pendamping's report and the Daftar lists.
  await expect(docs.getByRole("button")).toHaveText([
    "Laporan Pendamping",
    "Daftar RTSM",
    "Daftar Ketua Kelompok",
    "Daftar Hadir P2K2",
    "Daftar Penyedia Layanan",
    "Lembar Evaluasi Pendamping",
  ]);
  // The Daftar RTSM of a wilayah with no KPM yet still prints, with a note.
  await docs.getByRole("button", { name: "Daftar RTSM" }).click();
  await expect(page.getByText("Belum ada KPM terdaftar di wilayah ini.")).toBeVisible();
  await docs.getByRole("button", { name: "Daftar Penyedia Layanan" }).click();
  await expect(page.getByTestId("daftar-table")).toContainText("Puskesmas Depok III");
  await expect(page.getByTestId("daftar-table")).not.toContainText("SD Negeri Condongcatur");
  await shot(page, "pkh-daftar-penyedia");
  await choose(page, "Daftar", "Penyedia layanan pendidikan");
  await expect(page.getByTestId("daftar-table")).toContainText("SD Negeri Condongcatur");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("daftar-penyedia-pendidikan_sleman_2026-11.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const texts: string[] = [];
  wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
  expect(texts).toContain("DAFTAR PENYEDIA LAYANAN PENDIDIKAN");
  expect(texts).toContain("Drs. Agus Salim");
  expect(texts).toContain("Nama: Budi Santoso");
  const word = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  expect((await word).suggestedFilename()).toBe("daftar-penyedia-pendidikan_sleman_2026-11.docx");
  await (await word).saveAs("test-results/screens/pkh-daftar-penyedia-pendidikan.docx");
});
