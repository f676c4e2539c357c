// Why: a PPK makes last month's case statistics for one site: the preview agrees with the register and the saved Excel, and Word saves too.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { type Page } from "@playwright/test";
import {
  MONTHS,
  choose,
  demo,
  loadDemo,
  login,
  previousMonth,
  shot as fullShot,
  expect,
  test,
  testDay,
} from "./support";

/** Full-page screenshot taken from the top, so the fixed header is drawn where it belongs. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

const cell = (page: Page, row: string, month: number | "total") =>
  page.locator(`tr[data-row="${row}"] td[data-month="${month}"]`);

test("PPK makes last month's case statistics for one site and saves them as Excel and Word", async ({
  page,
}) => {
  const { year, month } = previousMonth();
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/laporan");
  await expect(page.getByRole("heading", { name: "Laporan" })).toBeVisible();
  await choose(page, "Tapak", "SPH — PPR Seri Pahang");
  await choose(page, "Tahun", String(year));
  await choose(page, "Bulan laporan", MONTHS[month - 1]!);
  await expect(page.getByRole("tab", { name: "PPR Seri Pahang" })).toBeVisible();
  await expect(page.getByRole("tab", { name: /Daerah/ })).toHaveCount(0);
  await expect(page.getByTestId("statistik-summary")).toContainText(`${MONTHS[month - 1]} ${year}`);

  // Months after the report month are empty; the total row carries the month's figure.
  if (month < 12) await expect(cell(page, "TOTAL", month + 1)).toHaveText("");
  const total = Number(await cell(page, "TOTAL", month).textContent());
  expect(total).toBeGreaterThan(0);
  await shot(page, "laporan-statistik-kes");

  // A service figure opens the register with the same filter and the same count.
  const serviceRow = page
    .locator('tr[data-row^="B."]')
    .filter({ has: page.locator(`td[data-month="${month}"] a`) });
  const figures = await serviceRow.locator(`td[data-month="${month}"] a`).allTextContents();
  const pick = figures.findIndex((f) => Number(f) > 0);
  expect(pick).toBeGreaterThanOrEqual(0);
  const figure = Number(figures[pick]);
  await serviceRow.nth(pick).locator(`td[data-month="${month}"] a`).click();
  await expect(page).toHaveURL(/#\/buku-rekod\?.*perkhidmatan=/);
  await expect(page.getByTestId("register-count")).toHaveText(`${figure} kes`);
  await shot(page, "laporan-register-from-figure");

  // The total figure gives the register with only site and month.
  await page.goBack();
  await cell(page, "TOTAL", month).locator("a").click();
  await expect(page.getByTestId("register-count")).toHaveText(`${total} kes`);
  await page.goBack();
  await expect(cell(page, "TOTAL", month)).toHaveText(String(total));

  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Excel" }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe(
    `statistik-kes_ppr-seri-pahang_${year}-${String(month).padStart(2, "0")}.xlsx`,
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await xlsx.path());
  const ws = wb.worksheets[0]!;
  expect(ws.name).toBe("PPR Seri Pahang");
  const values = Array.from(ws.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
  expect(values.some((r) => r.includes("LAPORAN STATISTIK KES YANG DILAYAN MENGIKUT BULAN"))).toBe(true);
  const jumlah = values.find((r) => r[1] === "JUMLAH KES DILAYAN")!;
  const v = jumlah[1 + month] as number | { result: number };
  expect(typeof v === "number" ? v : v.result).toBe(total);

  const docxDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toMatch(/^statistik-kes_ppr-seri-pahang_\d{4}-\d{2}\.docx$/);
  const bytes = await readFile(await docx.path());
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(bytes.includes(Buffer.from("word/document.xml"))).toBe(true);
});

test("a month with no records still gives a report of zeros, with a note", async ({ page }) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/laporan");
  // The oldest year offered: four before this one.
  await choose(page, "Tahun", String(Number(testDay().slice(0, 4)) - 4));
  await choose(page, "Bulan laporan", "Jun");
  await expect(page.getByTestId("statistik-kes-empty")).toBeVisible();
  await expect(page.getByRole("tab", { name: /Daerah/ })).toBeVisible();
  await expect(cell(page, "TOTAL", "total").first()).toHaveText("0");
  await shot(page, "laporan-empty-district");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Excel" }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await (await download).path());
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Daerah", "PPR Seri Pahang", "PPR Seri Pantai"]);
});

test("PPK lists the referral status for this month: overdue rows first, marked, and saved as a SULIT Excel", async ({
  page,
}) => {
  const [y, m] = testDay().split("-").map(Number) as [number, number];
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/laporan");
  await page.getByText("Senarai Status Rujukan").click();
  await choose(page, "Tahun", String(y));
  await choose(page, "Bulan laporan", MONTHS[m - 1]!);
  const overdue = page.locator('[data-testid="status-rujukan-table"] tr[data-overdue="true"]');
  await expect(overdue.first()).toContainText("LEWAT SEMAK");
  await expect(page.getByRole("button", { name: "Simpan Word" })).toBeHidden();
  const shown = await overdue.count();
  await shot(page, "laporan-status-rujukan");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(
    `status-rujukan_lembah-pantai_${y}-${String(m).padStart(2, "0")}.xlsx`,
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const ws = wb.worksheets[0]!;
  expect(ws.getCell(1, 1).value).toBe("SULIT");
  const marked: ExcelJS.Row[] = [];
  ws.eachRow((r) => {
    // The district list has a Tapak column after Bil.: Status is the ninth column.
    if (r.getCell(9).value === "LEWAT SEMAK") marked.push(r);
  });
  expect(marked).toHaveLength(shown);
  for (const r of marked) {
    expect(r.getCell(2).font?.bold).toBe(true);
    expect(typeof r.getCell(8).value).toBe("number");
  }
});
