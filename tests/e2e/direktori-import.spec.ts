// Why: a district brings its own organisation list in on its first day: a 200-row Excel file with 5 bad rows has each
// named (row, column, reason) and nothing saved; the fixed file imports whole; the directory then leaves as an HSDS 3.0
// package whose files pass the HSDS table schemas, and that package brought back matches every entry, duplicating none.
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { demo, expect, loadDemo, login, shot, test, testDay } from "./support";
import { organisationFile, organisationXlsx } from "../fixtures/organisations";
import { validateHsds } from "../../shared/directory-hsds/validate";
import { hsdsTableNames, hsdsTables } from "../../shared/directory-hsds/schema";

/** Live directory entries in the app's IndexedDB. */
async function liveOrganisations(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("rekod-komuniti");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction("organisations").objectStore("organisations").getAll();
          all.onsuccess = () => {
            resolve((all.result as { deletedAt: string | null }[]).filter((o) => !o.deletedAt).length);
            open.result.close();
          };
        };
      }),
  );
}

async function pick(page: Page, button: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: button }).click();
  await (await chooser).setFiles(file);
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test("PKMD imports a 200-row organisation list with 5 bad rows, then exports and re-imports the HSDS package", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await loadDemo(page);
  await login(page, demo.pkmd);
  const before = await liveOrganisations(page);

  // The import screen offers both kinds of import: the old Buku Rekod, and organisations into the directory.
  await page.goto("/#/buku-rekod");
  await page.getByRole("link", { name: "Import Buku Rekod lama" }).click();
  await page.getByText("Organisasi (direktori)", { exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import organisasi" })).toBeVisible();
  await shot(page, "direktori-import-01-start");

  // Not a spreadsheet, and a list without a header row: each refused in Malay.
  await pick(page, "Pilih fail (.xlsx atau .csv)", {
    name: "senarai.docx",
    mimeType: "application/msword",
    buffer: Buffer.from("PK bukan excel"),
  });
  await expect(page.getByTestId("import-problem")).toContainText(
    "Fail ini bukan fail Excel (.xlsx) atau CSV. Simpan semula senarai",
  );
  await pick(page, "Pilih fail (.xlsx atau .csv)", {
    name: "senarai.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Surau Al-Amin,03-4021 1111\r\nMasjid Jamek,03-2691 2829\r\n"),
  });
  await expect(page.getByTestId("import-problem")).toContainText(
    "Baris tajuk lajur tidak dijumpai. Pastikan satu baris menamakan lajur (cth. Nama Organisasi, Jenis",
  );
  await shot(page, "direktori-import-02-no-header");

  const broken = organisationFile({ rows: 200, bad: 5, today: testDay() });
  expect(broken.bad).toHaveLength(5);
  await pick(page, "Pilih fail (.xlsx atau .csv)", {
    name: "direktori-daerah.xlsx",
    mimeType: XLSX,
    buffer: Buffer.from(await organisationXlsx(broken)),
  });
  await expect(page.getByTestId("import-table")).toContainText("Baris tajuk lajur: baris 3. 200 baris data.");
  await page.getByRole("button", { name: "Seterusnya" }).click();
  await expect(page.getByRole("combobox", { name: "Medan: Nama Organisasi" })).toHaveValue("Nama organisasi");
  await expect(page.getByRole("combobox", { name: "Medan: Mukim / Kawasan" })).toHaveValue("Mukim / kawasan");
  await expect(page.getByRole("combobox", { name: "Medan: No. H/P" })).toHaveValue("No. telefon bimbit");
  await shot(page, "direktori-import-03-mapping");
  await page.getByRole("button", { name: "Semak baris" }).click();
  await expect(page.getByTestId("import-valid")).toHaveText("195 baris sah akan diimport", {
    timeout: 60_000,
  });
  await expect(page.getByTestId("import-bad")).toHaveText("5 baris bermasalah tidak akan diimport");
  const issues = page.getByTestId("import-issue");
  await expect(issues).toHaveCount(5);
  for (const [i, b] of broken.bad.entries()) {
    await expect(issues.nth(i).locator("td").nth(0)).toHaveText(String(b.rowNo));
    await expect(issues.nth(i).locator("td").nth(1)).toHaveText(b.column);
    await expect(issues.nth(i).locator("td").nth(3)).toContainText(b.reason);
  }
  await expect(page.getByTestId("import-preview").locator("tbody tr").first()).toContainText(
    "Persatuan Penduduk Blok 1",
  );
  await shot(page, "direktori-import-04-bad-rows");
  // Seeing the problems saved nothing.
  expect(await liveOrganisations(page)).toBe(before);

  // The office fixes the five rows and picks the file again: its mapping is remembered, every row goes in.
  await page.getByRole("button", { name: "Kembali" }).click();
  await page.getByRole("button", { name: "Kembali" }).click();
  const fixed = organisationFile({ rows: 200, bad: 5, today: testDay(), fixed: true });
  await pick(page, "Pilih fail (.xlsx atau .csv)", {
    name: "direktori-daerah-dibetulkan.xlsx",
    mimeType: XLSX,
    buffer: Buffer.from(await organisationXlsx(fixed)),
  });
  await page.getByRole("button", { name: "Seterusnya" }).click();
  await expect(page.getByTestId("import-remembered")).toBeVisible();
  await page.getByRole("button", { name: "Semak baris" }).click();
  await expect(page.getByTestId("import-valid")).toHaveText("200 baris sah akan diimport", {
    timeout: 60_000,
  });
  await expect(page.getByTestId("import-issue")).toHaveCount(0);
  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 60_000 });
  const figure = (key: string) => page.getByTestId(`import-sum-${key}`).locator("td").last();
  await expect(figure("created")).toHaveText("200");
  await expect(figure("updated")).toHaveText("0");
  await shot(page, "direktori-import-05-imported");
  expect(await liveOrganisations(page)).toBe(before + 200);

  // The directory as an HSDS 3.0 package: seven tables and datapackage.json that pass the HSDS table schemas.
  const download = page.waitForEvent("download");
  await page.getByTestId("hsds-export").click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(`direktori-lembah-pantai-hsds-${testDay()}.zip`);
  const bytes = readFileSync((await saved.path())!);
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, string>();
  for (const name of Object.keys(zip.files)) files.set(name, await zip.file(name)!.async("string"));
  expect([...files.keys()].sort()).toEqual(
    [...hsdsTableNames.map((n) => hsdsTables[n].path), "datapackage.json"].sort(),
  );
  expect(validateHsds(files).issues).toEqual([]);
  const organisations = validateHsds(files).tables.organization!.rows;
  expect(organisations).toHaveLength(before + 200);
  const blok = organisations.find((o) => o.values.name === "Persatuan Penduduk Blok 1")!;
  expect(blok.values).toMatchObject({
    x_kind: "cbo",
    x_area: "Mukim Kuala Lumpur",
    x_target_groups: "warga-emas; oku",
  });
  expect(files.get("phones.csv")).toContain("03-2701 8001");
  await shot(page, "direktori-import-06-exported");

  // The package brought back: checked, every organisation matched to its entry, nothing new, nothing duplicated.
  await page.getByText("Pakej HSDS (.zip)", { exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import pakej HSDS" })).toBeVisible();
  await pick(page, "Pilih pakej HSDS (.zip)", {
    name: "direktori.xlsx",
    mimeType: XLSX,
    buffer: Buffer.from(await organisationXlsx(fixed)),
  });
  await expect(page.getByTestId("import-problem")).toContainText("Fail ini bukan pakej data HSDS");
  // A package whose organisation id is no UUID breaks the HSDS tables: refused whole, the problem named.
  const tampered = await JSZip.loadAsync(bytes);
  const orgCsv = files.get("organizations.csv")!.split("\r\n");
  orgCsv[1] = orgCsv[1]!.replace(/^[0-9a-f-]{36}/, "org-1");
  tampered.file("organizations.csv", orgCsv.join("\r\n"));
  await pick(page, "Pilih pakej HSDS (.zip)", {
    name: "direktori-diubah.zip",
    mimeType: "application/zip",
    buffer: Buffer.from(await tampered.generateAsync({ type: "uint8array" })),
  });
  await expect(page.getByTestId("import-problem")).toContainText(
    'Pakej HSDS ini tidak mematuhi skema jadual HSDS 3.0, jadi tiada apa-apa diimport. organizations.csv baris 2, id: bukan UUID ("org-1").',
  );
  await shot(page, "direktori-import-07-hsds-refused");
  await pick(page, "Pilih pakej HSDS (.zip)", {
    name: saved.suggestedFilename(),
    mimeType: "application/zip",
    buffer: bytes,
  });
  await expect(page.getByTestId("import-table")).toContainText(`${before + 200} baris data.`);
  await page.getByRole("button", { name: "Seterusnya" }).click();
  await page.getByRole("button", { name: "Semak baris" }).click();
  await expect(page.getByTestId("import-valid")).toHaveText(`${before + 200} baris sah akan diimport`, {
    timeout: 60_000,
  });
  await expect(
    page.getByRole("heading", { name: `Sudah ada dalam direktori: ${before + 200} baris` }),
  ).toBeVisible();
  await expect(page.getByTestId("import-note")).toHaveCount(200);
  await expect(page.getByText(`… dan ${before + 200 - 200} baris lagi.`)).toBeVisible();
  await expect(page.getByTestId("import-note").first()).toContainText("Tiada perubahan: dilangkau.");
  await shot(page, "direktori-import-08-hsds-back");
  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 60_000 });
  await expect(figure("created")).toHaveText("0");
  await expect(figure("unchanged")).toHaveText(String(before + 200));
  expect(await liveOrganisations(page)).toBe(before + 200);
  await shot(page, "direktori-import-09-hsds-summary");
});
