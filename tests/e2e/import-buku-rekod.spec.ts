// Why: an office brings its old Buku Rekod in: 1,000 rows as offices keep them, 50 of them bad; the bad rows are
// named and downloaded, the rest imported all at once, and the old numbers are kept or found by search.
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { demo, expect, loadDemo, login, shot, test, testDay } from "./support";
import { legacyXlsx } from "../fixtures/legacy-buku-rekod";

/** A few residents the demo office has registered, with their site codes (read from the app's IndexedDB). */
async function registered(page: Page): Promise<{ mykad: string; siteCode: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ mykad: string; siteCode: string }[]>((resolve, reject) => {
        const open = indexedDB.open("rekod-komuniti");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(["persons", "sites"], "readonly");
          const sites = tx.objectStore("sites").getAll();
          const persons = tx.objectStore("persons").getAll();
          tx.oncomplete = () => {
            const code = new Map(sites.result.map((s: { id: string; code: string }) => [s.id, s.code]));
            const out = (
              persons.result as { mykad: string | null; siteId: string; deletedAt: string | null }[]
            )
              .filter((p) => p.mykad && !p.deletedAt)
              .slice(0, 4)
              .map((p) => ({ mykad: p.mykad!, siteCode: code.get(p.siteId)! }));
            open.result.close();
            resolve(out);
          };
        };
      }),
  );
}

test("PKMD imports a 1,000-row legacy Buku Rekod with 50 bad rows", async ({ page }) => {
  test.setTimeout(240_000);
  await loadDemo(page);
  await login(page, demo.pkmd);
  const year = Number(testDay().slice(0, 4)) - 1;
  const known = await registered(page);
  expect(known.length).toBe(4);
  const { bytes, truth } = await legacyXlsx({
    rows: 1000,
    bad: 50,
    siteCodes: ["SPH", "SPT", "TPD", "TCD", "DRJ"],
    officer: "AMINAH BINTI SAID",
    year,
    today: testDay(),
    known,
  });
  expect(truth.bad).toHaveLength(50);

  await page.goto("/#/buku-rekod");
  await page.getByRole("link", { name: "Import Buku Rekod lama" }).click();
  await expect(page.getByRole("heading", { name: "Import Buku Rekod lama" })).toBeVisible();
  await shot(page, "import-01-start");

  // A file that is not a spreadsheet: refused in Malay, nothing else happens.
  let chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Pilih fail (.xlsx atau .csv)" }).click();
  await (
    await chooser
  ).setFiles({
    name: "surat.xlsx",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4 bukan excel"),
  });
  await expect(page.getByTestId("import-problem")).toContainText("bukan fail Excel (.xlsx) atau CSV");
  await shot(page, "import-02-not-spreadsheet");

  chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Pilih fail (.xlsx atau .csv)" }).click();
  await (
    await chooser
  ).setFiles({
    name: `buku-rekod-${year}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(bytes),
  });
  // The data sheet (not the notes sheet before it), its header under the title and merged headings.
  await expect(page.getByRole("combobox", { name: "Helaian" })).toHaveValue(`Buku Rekod ${year}`);
  await expect(page.getByTestId("import-table")).toContainText(
    "Baris tajuk lajur: baris 4. 1000 baris data.",
  );
  await expect(page.getByTestId("import-table")).toContainText("10 baris kosong dilangkau.");
  await expect(page.getByTestId("import-table")).toContainText(
    `Baris jumlah (baris ${truth.totalsRowNo}) dilangkau.`,
  );
  await shot(page, "import-03-file");

  await page.getByRole("button", { name: "Seterusnya" }).click();
  await expect(page.getByRole("combobox", { name: "Medan: No. K/P" })).toHaveValue("No. MyKad / dokumen");
  await expect(page.getByRole("combobox", { name: "Medan: Kumpulan Sasar" })).toHaveValue("Kumpulan sasar");
  await shot(page, "import-04-mapping");
  // Two columns for one field is refused with a message.
  await page.getByRole("combobox", { name: "Medan: Bil" }).click();
  await page.getByRole("option", { name: "Tarikh kes", exact: true }).click();
  await expect(page.getByTestId("import-duplicate")).toContainText(
    'Medan "Tarikh kes" dipilih untuk lebih daripada satu lajur (Bil, Tarikh)',
  );
  await page.getByRole("button", { name: "Semak baris" }).click();
  await expect(page.getByTestId("import-mapping")).toBeVisible();
  await shot(page, "import-05-duplicate");
  await page.getByRole("combobox", { name: "Medan: Bil" }).click();
  await page.getByRole("option", { name: "— Tidak diimport —" }).click();
  await expect(page.getByTestId("import-duplicate")).toHaveCount(0);

  await page.getByRole("button", { name: "Semak baris" }).click();
  await expect(page.getByTestId("import-valid")).toHaveText("950 baris sah akan diimport", {
    timeout: 60_000,
  });
  await expect(page.getByTestId("import-bad")).toHaveText("50 baris bermasalah tidak akan diimport");
  const preview = page.getByTestId("import-preview");
  await expect(preview.locator("tbody tr")).toHaveCount(10);
  // The first row as stored: its kept old number, the name in title case, the MyKad with dashes.
  const first = truth.good[0]!;
  await expect(preview.locator("tbody tr").first()).toContainText(`${first.legacyNo} (dikekalkan)`);
  await expect(preview.locator("tbody tr").first()).toContainText(/\d{6}-\d{2}-\d{4}/);
  await expect(page.getByTestId("import-issue")).toHaveCount(50);
  const rows = await page.getByTestId("import-issue").locator("td:first-child").allTextContents();
  expect(rows.map(Number)).toEqual(truth.bad.map((b) => b.rowNo));
  await expect(page.getByTestId("import-issue").first()).toContainText("Tarikh tidak dapat dibaca");
  await shot(page, "import-06-checked");

  // The bad rows as an .xlsx, read back: 50 rows as they were, with the reason beside each.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Muat turun baris bermasalah" }).click();
  const file = await (await download).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file!) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const head = (ws.getRow(1).values as unknown[]).slice(1) as string[];
  expect(head.at(-2)).toBe("Sebab");
  expect(ws.rowCount).toBe(51);
  const sebab = head.length - 1;
  for (let i = 0; i < 50; i++) {
    const row = ws.getRow(i + 2);
    expect(row.getCell(sebab + 1).value, `row ${i}`).toBe(truth.bad[i]!.rowNo);
    expect(String(row.getCell(sebab).value)).toContain(`${truth.bad[i]!.column}: `);
  }
  expect(String(ws.getRow(2).getCell(sebab).value)).toBe(
    "Tarikh: Tarikh tidak dapat dibaca (guna hh/bb/tttt).",
  );

  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 120_000 });
  const figure = (key: string) => page.getByTestId(`import-sum-${key}`).locator("td").last();
  await expect(figure("casesCreated")).toHaveText("950");
  await expect(figure("personsCreated")).toHaveText(String(truth.personsNew));
  await expect(figure("personsMatched")).toHaveText(String(truth.personsMatched));
  const keeps = truth.good.filter((g) => g.keeps).length;
  await expect(figure("numbersKept")).toHaveText(String(keeps));
  await expect(figure("legacyKept")).toHaveText(
    String(truth.good.filter((g) => g.legacyNo && !g.keeps).length),
  );
  await shot(page, "import-07-summary");

  // A kept old number is the case's record number; an old number that does not fit is found as "No. rujukan lama".
  await page.keyboard.press("Control+K");
  const input = page.getByTestId("search-input");
  await input.fill(first.legacyNo);
  await expect(page.getByTestId("search-case").first()).toContainText(first.legacyNo);
  await shot(page, "import-08-search-kept");
  const old = truth.good.find((g) => g.legacyNo && !g.keeps)!;
  await input.fill(old.legacyNo);
  await expect(page.getByTestId("search-legacy")).toContainText(`No. rujukan lama: ${old.legacyNo}`);
  await shot(page, "import-09-search-legacy");
  await page.getByTestId("search-case").first().click();
  await expect(page.getByTestId("case-legacy-no")).toHaveText(`No. rujukan lama: ${old.legacyNo}`);
  await expect(page.getByTestId("case-title")).toHaveText(new RegExp(`^${old.siteCode}/${year}/\\d{4}$`));
  await shot(page, "import-10-case");
});
