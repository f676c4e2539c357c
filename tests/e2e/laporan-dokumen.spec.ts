// Why: the PKMD makes a site's Buku Rekod (signed by the site's PPK, oldest first, named by month, 9 pt on paper) and the district referral list (Tapak column, one signature), and drafts a SULIT email that says so.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { MONTHS, choose, demo, expect, loadDemo, login, previousMonth, shot, test } from "./support";

test("PKMD's documents: the owner signs, the register reads oldest first, the district list names its sites, SULIT mail says so", async ({
  page,
}) => {
  const { year, month } = previousMonth();
  const mm = String(month).padStart(2, "0");
  await loadDemo(page);
  await login(page, demo.pkmd);
  await page.goto("/#/laporan");
  await page.getByRole("button", { name: "Buku Rekod SULIT" }).click();
  await choose(page, "Tapak", "SPH — PPR Seri Pahang");
  await choose(page, "Tahun", String(year));
  await choose(page, "Bulan laporan", MONTHS[month - 1]!);
  const table = page.getByTestId("buku-rekod-table");
  await expect(table).toBeVisible();
  // Oldest first, as a record book is read.
  const dates = await table.locator("tbody tr td:nth-child(3)").allTextContents();
  expect(dates.length).toBeGreaterThan(1);
  const iso = dates.map((d) => d.split("/").reverse().join("-"));
  expect(iso).toEqual([...iso].sort());
  // The site is named in the title, not in every address; Jantina is L / P.
  expect(await table.locator("tbody tr td:nth-child(8)").allTextContents()).not.toContainEqual(
    expect.stringContaining("PPR Seri Pahang"),
  );
  expect(new Set(await table.locator("tbody tr td:nth-child(6)").allTextContents())).toEqual(
    new Set(["L", "P"]),
  );
  await expect(table).toHaveCSS("font-size", "12px"); // 9 pt
  await shot(page, "laporan-buku-rekod-pkmd");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`buku-rekod_ppr-seri-pahang_${year}-${mm}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const texts: string[] = [];
  wb.worksheets[0]!.eachRow((r) =>
    r.eachCell((c) => {
      if (c.master.address === c.address) texts.push(JSON.stringify(c.value));
    }),
  );
  const all = texts.join("\n");
  // Prepared by the site's PPK (Aminah), checked by the PKMD: not by whoever pressed the button.
  expect(all).toMatch(/Disediakan oleh:.{0,120}Nama: Aminah binti Said/);
  expect(all).toContain("Disemak / Disahkan oleh:");

  // The district referral list: a Tapak column, a closed referral dated, one signature naming the PKMD once.
  await page.getByText("Senarai Status Rujukan").click();
  await choose(page, "Tapak", /Semua tapak/);
  const list = page.getByTestId("status-rujukan-table");
  await expect(list).toBeVisible();
  await expect(list.locator("thead th").nth(1)).toHaveText("Tapak");
  const sites = new Set(await list.locator("tbody tr td:nth-child(2)").allTextContents());
  expect(sites.size).toBeGreaterThan(1);
  await shot(page, "laporan-status-rujukan-daerah");
  const xlsx = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Excel" }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await (await xlsx).path());
  const cells: string[] = [];
  book.worksheets[0]!.eachRow((r) => r.eachCell((c) => void cells.push(String(c.value ?? ""))));
  expect(cells).toContain("Tapak");
  expect(cells).toContain("Disediakan dan disahkan oleh:");
  expect(cells.filter((c) => c.startsWith("Nama: "))).toHaveLength(1);

  // The email draft carrying this SULIT list says so in its subject (folded) and body.
  const eml = page.waitForEvent("download");
  await page.getByRole("button", { name: "E-mel" }).click();
  await expect(page.getByTestId("email-confirm")).toContainText("Perkara: SULIT: Senarai Status Rujukan");
  await shot(page, "laporan-emel-sulit");
  await page.getByRole("button", { name: "Cipta draf" }).click();
  const text = await readFile(await (await eml).path(), "utf8");
  const head = text.split("\r\n\r\n")[0]!;
  for (const line of head.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
  const subject = /\r\nSubject: ([\s\S]*?)\r\n(?! )/.exec(`\r\n${head}\r\n`)![1]!.replace(/\r\n /g, " ");
  const decoded = subject
    .split(" ")
    .map((w) => (w.startsWith("=?UTF-8?B?") ? Buffer.from(w.slice(10, -2), "base64").toString("utf8") : w))
    .join("");
  expect(decoded.startsWith("SULIT: Senarai Status Rujukan")).toBe(true);
  const body = Buffer.from(
    text.split("Content-Transfer-Encoding: base64\r\n\r\n")[1]!.split("\r\n--")[0]!,
    "base64",
  );
  expect(body.toString("utf8")).toContain("SULIT: e-mel ini membawa dokumen terperingkat SULIT");
});
