// Why: the PKMD produces the month's Laporan Status Pelaksanaan KPN for the district from the Laporan screen (figures
// equal to the tour's records, signed by the team leader and the state coordinator), saves it as Word and Excel and
// prints it; without a state coordinator in Tetapan the report names the missing setting.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { MONTHS, choose, demo, expect, loadDemo, login, logout, previousMonth, shot, test } from "./support";
import { brokenNumbers, overlaps, pdfPages, smallWords } from "./pdf-boxes";
import { printToPdf } from "./print-pdf";

test("Laporan Status Pelaksanaan KPN: the district's month from the Laporan screen, in Word, Excel and on paper", async ({
  page,
}) => {
  // Two logins, two files, a printed PDF and a settings change: slow on a busy two-core machine.
  test.slow();
  const { year, month } = previousMonth();
  const mm = String(month).padStart(2, "0");
  await loadDemo(page);
  await login(page, demo.pkmd);
  await page.goto("/#/laporan");
  await page.getByRole("button", { name: "Laporan Status Pelaksanaan KPN" }).click();
  // A district document: the site is the whole district, not asked.
  await expect(page.getByRole("combobox", { name: "Tapak" })).toHaveValue("Seluruh daerah");
  await choose(page, "Tahun", String(year));
  await choose(page, "Bulan laporan", MONTHS[month - 1]!);

  // The demo's finished tour last month: 18 + 12 people served, 3 complaints, 4 baskets, 2 welfare cases met.
  await expect(page.getByTestId("kpn-status-summary")).toHaveText(
    "1 lawatan, 2 check point: 30 orang dilayan, 3 aduan, 4 bakul makanan, 2 kes kebajikan.",
  );
  const district = page.getByTestId("kpn-status-district");
  const row = (label: string) => district.locator(`tr[data-row="${label}"] td`).last();
  await expect(row("Jumlah orang dilayan")).toHaveText("30");
  await expect(row("Aduan diterima")).toHaveText("3");
  await expect(row("Diselesaikan")).toHaveText("1");
  await expect(row("Bakul diberi")).toHaveText("4");
  await expect(row("Beras diberi (unit)")).toHaveText("8");
  await expect(row("Perlu susulan: menunggu agihan")).toHaveText("1");
  const tour = page.getByTestId("kpn-status-tour");
  await expect(tour).toHaveCount(1);
  await expect(tour).toContainText("Disediakan oleh (Ketua Pasukan):");
  await expect(tour).toContainText("Nama: Kumar a/l Subramaniam");
  await expect(tour).toContainText("Stok dipulangkan tidak sepadan: minyak kurang 1 unit.");
  await expect(page.getByText("Disahkan oleh (Penyelaras Negeri):")).toBeVisible();
  await shot(page, "kpn-laporan-pratonton");

  // Word: the district table and the tour's part, named by district and month.
  const docx = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  const word = await docx;
  expect(word.suggestedFilename()).toBe(`kpn-status-pelaksanaan_lembah-pantai_${year}-${mm}.docx`);
  const zip = await JSZip.loadAsync(await readFile(await word.path()));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain("LAPORAN STATUS PELAKSANAAN KEMBARA PRIHATIN NEGARA");
  expect(xml).toContain("Disahkan oleh (Penyelaras Negeri):");
  expect(xml).toContain("Nama: Puan Norhayati binti Ismail");
  expect(xml).toContain("Nama: Kumar a/l Subramaniam");

  // Excel: numbers, the district's total a formula holding 30.
  const xlsx = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Excel" }).click();
  const excel = await xlsx;
  expect(excel.suggestedFilename()).toBe(`kpn-status-pelaksanaan_lembah-pantai_${year}-${mm}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await excel.path());
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Daerah", "Lawatan 1"]);
  let served: ExcelJS.CellValue = null;
  wb.getWorksheet("Daerah")!.eachRow((r) => {
    if (r.getCell(2).value === "Jumlah orang dilayan") served = r.getCell(4).value;
  });
  expect(served).toMatchObject({ formula: expect.stringMatching(/^SUM\(/), result: 30 });

  // On paper: the same tables, the district's signatures and the leader's, landscape A4.
  const { file } = await printToPdf(page, "kpn-laporan-cetak");
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain("LAPORAN STATUS PELAKSANAAN KEMBARA PRIHATIN NEGARA");
  expect(text).toContain("Disahkan oleh (Penyelaras Negeri):");
  expect(text).toContain("Disediakan oleh (Ketua Pasukan):");
  pdfPages(file).forEach((p, i) => {
    const where = `page ${i + 1}`;
    expect.soft(overlaps(p), `${where}: text drawn over text`).toEqual([]);
    expect.soft(smallWords(p, 8), `${where}: text under 8 pt`).toEqual([]);
    expect.soft(brokenNumbers(p), `${where}: numbers or dates broken across lines`).toEqual([]);
  });
  await logout(page);

  // Without a state coordinator the report names the setting to fill.
  await login(page, demo.admin);
  await page.goto("/#/tetapan");
  const settings = page.getByTestId("document-settings");
  await expect(settings.getByLabel("Nama Penyelaras Negeri (mengesahkan laporan KPN)")).toHaveValue(
    "Puan Norhayati binti Ismail",
  );
  await settings.scrollIntoViewIfNeeded();
  await shot(page, "kpn-laporan-tetapan");
  await settings.getByLabel("Nama Penyelaras Negeri (mengesahkan laporan KPN)").fill("");
  await settings.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Disimpan").first()).toBeVisible();
  await page.goto("/#/laporan?dokumen=kpn-status-pelaksanaan");
  await expect(page.getByTestId("settings-missing")).toContainText(
    "Nama Penyelaras Negeri (mengesahkan laporan KPN)",
  );
  await shot(page, "kpn-laporan-tetapan-tiada");
});
