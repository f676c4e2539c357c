// Why: the monthly pack to the PKMD, as a PPK makes it: every monthly document at once, saved together and emailed as one draft, with the figures the screen shows.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { type Page } from "@playwright/test";
import {
  MONTHS,
  choose,
  demo,
  loadDemo,
  login,
  previousMonth,
  logout,
  shot as fullShot,
  expect,
  test,
} from "./support";

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

/** A cell's number whether exceljs read a value or a formula with its cached result. */
const num = (v: ExcelJS.CellValue): number =>
  typeof v === "number" ? v : v && typeof v === "object" && "result" in v ? Number(v.result) : NaN;

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const rows = (ws: ExcelJS.Worksheet) =>
  Array.from(ws.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));

test("a PPK makes last month's pack for a site: one folder of documents and one email draft to the PKMD", async ({
  page,
}) => {
  const { year, month } = previousMonth();
  const period = `${year}-${String(month).padStart(2, "0")}`;
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/laporan");

  // What the statistics preview shows for the month: the pack must carry the same figure.
  await choose(page, "Tapak", "SPH — PPR Seri Pahang");
  await choose(page, "Tahun", String(year));
  await choose(page, "Bulan laporan", MONTHS[month - 1]!);
  const totalCell = page.locator(`tr[data-row="TOTAL"] td[data-month="${month}"]`);
  const shownTotal = Number(await totalCell.textContent());
  expect(shownTotal).toBeGreaterThan(0);
  await page.getByText("Senarai Status Rujukan").click();
  const referralSummary = await page.getByTestId("status-rujukan-summary").textContent();
  const openReferrals = Number(/(\d+) rujukan terbuka/.exec(referralSummary ?? "")?.[1]);

  await page.getByRole("button", { name: "Laporan bulanan kepada PKMD" }).click();
  await expect(page.getByRole("combobox", { name: "Tapak" })).toHaveValue("SPH — PPR Seri Pahang");
  await page.getByRole("button", { name: "Sediakan pakej" }).click();
  const ready = page.getByTestId("pack-ready");
  await expect(ready).toBeVisible({ timeout: 30_000 });
  // The total size is shown before any email draft is made.
  await expect(page.getByTestId("pack-total")).toHaveText(/\d+ (KB|MB)/);
  await expect(page.getByRole("button", { name: /Cipta draf e-mel \(\d+ (KB|MB)\)/ })).toBeVisible();
  await shot(page, "laporan-pakej-ready");

  // The folder: in the browser twin, one .zip holding the folder.
  const zipDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan dalam folder" }).click();
  const zipFile = await zipDownload;
  const folder = `laporan-bulanan_ppr-seri-pahang_${period}`;
  expect(zipFile.suggestedFilename()).toBe(`${folder}.zip`);
  await expect(page.getByTestId("pack-saved")).toBeVisible();
  const zip = await JSZip.loadAsync(await readFile(await zipFile.path()));
  const names = Object.keys(zip.files)
    .filter((n) => !zip.files[n]!.dir)
    .sort();
  expect(names).toEqual(
    [
      `${folder}/pelaksanaan-program_ppr-seri-pahang_${period}.docx`,
      `${folder}/pelaksanaan-program_ppr-seri-pahang_${period}.xlsx`,
      `${folder}/statistik-kes_ppr-seri-pahang_${period}.docx`,
      `${folder}/statistik-kes_ppr-seri-pahang_${period}.xlsx`,
      `${folder}/status-rujukan_ppr-seri-pahang_${period}.xlsx`,
    ].sort(),
  );
  const file = (name: string) => zip.file(`${folder}/${name}`)!.async("uint8array");

  // The statistics in the pack carry the month's total the screen showed.
  const stats = await workbook(await file(`statistik-kes_ppr-seri-pahang_${period}.xlsx`));
  const jumlah = rows(stats.worksheets[0]!).find((r) => r[1] === "JUMLAH KES DILAYAN")!;
  expect(num(jumlah[1 + month] as ExcelJS.CellValue)).toBe(shownTotal);

  // The referral status list is SULIT and counts the same open referrals.
  const status = await workbook(await file(`status-rujukan_ppr-seri-pahang_${period}.xlsx`));
  const statusWs = status.worksheets[0]!;
  expect(statusWs.headerFooter.oddHeader ?? "").toContain("SULIT");
  const statusRows = rows(statusWs);
  expect(statusRows.some((r) => r.includes("SENARAI STATUS RUJUKAN"))).toBe(true);
  expect(statusRows.filter((r) => r.some((c) => c === "Terbuka" || c === "LEWAT SEMAK")).length).toBe(
    openReferrals,
  );

  // The programme report is valid even in a month without programmes: it says so.
  const programme = await JSZip.loadAsync(await file(`pelaksanaan-program_ppr-seri-pahang_${period}.docx`));
  const xml = await programme.file("word/document.xml")!.async("string");
  expect(xml).toContain("LAPORAN PELAKSANAAN PROGRAM DAN AKTIVITI PPR");
  expect(xml).toContain(`BULAN: ${MONTHS[month - 1]!.toUpperCase()} ${year}`);

  // One email draft to the PKMD with every file attached.
  const emlDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: /Cipta draf e-mel/ }).click();
  const eml = await emlDownload;
  expect(eml.suggestedFilename()).toBe(`emel_ppr-seri-pahang_${period}.eml`);
  const text = await readFile(await eml.path(), "latin1");
  expect(text).toMatch(/^X-Unsent: 1\r$/m);
  expect(text).toMatch(/^To: pkmd\.lembahpantai@contoh\.jkm\.gov\.my\r$/m);
  expect(text).toMatch(/^Content-Type: multipart\/mixed; boundary=/m);
  for (const name of names) expect(text).toContain(`filename="${name.split("/")[1]}"`);
  await shot(page, "laporan-pakej-emailed");

  // Every delivery is in the audit log, with the period and the file names.
  await logout(page);
  await login(page, demo.admin);
  await page.goto("/#/audit");
  const auditRows = page.getByRole("row");
  await expect(
    auditRows.filter({ hasText: "Pakej bulanan" }).filter({ hasText: `${folder}.zip:` }),
  ).toHaveCount(1);
  await expect(
    auditRows
      .filter({ hasText: "Draf e-mel" })
      .filter({ hasText: `status-rujukan_ppr-seri-pahang_${period}.xlsx` }),
  ).toHaveCount(1);
  await shot(page, "laporan-pakej-audit");
});

test("the administrator sets the logo and signatory; a file that is not an image is refused", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.admin);
  await page.goto("/#/tetapan");
  const section = page.getByTestId("document-settings");
  await expect(section.getByLabel(/Nama Pegawai Kebajikan Masyarakat Daerah/)).toHaveValue(
    "Encik Rahman bin Yusof",
  );

  // A text file named like a picture is refused by its content, and nothing is stored.
  let chooser = page.waitForEvent("filechooser");
  await section.getByRole("button", { name: "Muat naik logo" }).click();
  await (
    await chooser
  ).setFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("bukan gambar sebenar") });
  await expect(page.getByText("Fail ini bukan gambar PNG atau JPEG")).toBeVisible();
  await expect(section.getByTestId("logo-preview")).toHaveCount(0);

  // A real PNG is taken and shown.
  const png = await page.evaluate(async () => {
    const c = document.createElement("canvas");
    c.width = 900;
    c.height = 600;
    const ctx = c.getContext("2d")!;
    ctx.fillStyle = "#1c3f94";
    ctx.fillRect(0, 0, 900, 600);
    ctx.fillStyle = "#f7c600";
    ctx.beginPath();
    ctx.arc(450, 300, 220, 0, Math.PI * 2);
    ctx.fill();
    const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), "image/png"));
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  chooser = page.waitForEvent("filechooser");
  await section.getByRole("button", { name: "Muat naik logo" }).click();
  await (await chooser).setFiles({ name: "jata.png", mimeType: "image/png", buffer: Buffer.from(png) });
  await expect(section.getByTestId("logo-preview")).toBeVisible();

  await section.getByLabel(/Nama Pegawai Kebajikan Masyarakat Daerah/).fill("Puan Salmah binti Ahmad");
  await section.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Disimpan").first()).toBeVisible();
  await shot(page, "tetapan-dokumen-rasmi");

  // The next document carries the logo and the new signatory.
  await page.goto("/#/laporan");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  const docx = await JSZip.loadAsync(await readFile(await (await download).path()));
  expect(Object.keys(docx.files).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
  const xml = await docx.file("word/document.xml")!.async("string");
  expect(xml).toContain("Puan Salmah binti Ahmad");

  // Without a signatory, documents name the setting to fill instead of printing a blank.
  await page.goto("/#/tetapan");
  await section.getByLabel(/Nama Pegawai Kebajikan Masyarakat Daerah/).fill("");
  await section.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Disimpan").first()).toBeVisible();
  await page.goto("/#/laporan");
  const missing = page.getByTestId("settings-missing");
  await expect(missing).toContainText("Nama Pegawai Kebajikan Masyarakat Daerah (penyemak)");
  await expect(missing.getByRole("link", { name: "Buka Tetapan" })).toBeVisible();
  await shot(page, "laporan-settings-missing");
});

test("a PKMD saves an investigation report and a month's Buku Rekod as SULIT Word documents", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.pkmd);
  await page.goto("/#/laporan");
  await page.getByRole("button", { name: "Laporan Siasatan Permohonan Bantuan" }).click();
  await choose(page, "Tapak", "SPH — PPR Seri Pahang");
  // The latest month with an investigation at the site.
  let { year, month } = previousMonth();
  await choose(page, "Tahun", String(year));
  await choose(page, "Bulan laporan", MONTHS[month - 1]!);
  for (let tries = 0; tries < 6 && (await page.getByTestId("no-items").isVisible()); tries++) {
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
      await choose(page, "Tahun", String(year));
    }
    await choose(page, "Bulan laporan", MONTHS[month - 1]!);
  }
  const picked = await page.getByRole("combobox", { name: "Siasatan" }).inputValue();
  const [recordNo, rest] = picked.split(" — ") as [string, string];
  const applicant = rest.replace(/ \([A-Z]+\)$/, "");
  const preview = page.getByTestId("siasatan-preview");
  await expect(preview).toContainText(applicant);
  await expect(preview).toContainText("PGK");
  await shot(page, "laporan-siasatan");

  let download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  let file = await download;
  expect(file.suggestedFilename()).toMatch(
    new RegExp(`^siasatan_${recordNo.toLowerCase().replace(/\//g, "-")}_`),
  );
  let docx = await JSZip.loadAsync(await readFile(await file.path()));
  let body = await docx.file("word/document.xml")!.async("string");
  expect(body).toContain("LAPORAN SIASATAN PERMOHONAN BANTUAN");
  expect(body).toContain(applicant);
  const headers = Object.keys(docx.files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n));
  const marked = await Promise.all(
    headers.map(async (n) => (await docx.file(n)!.async("string")).includes("SULIT")),
  );
  expect(marked.filter(Boolean).length).toBeGreaterThanOrEqual(2);

  // The Buku Rekod of the same month: every record of the site's month, SULIT.
  await page.getByRole("button", { name: "Buku Rekod" }).click();
  const summary = await page.getByTestId("buku-rekod-summary").textContent();
  const n = Number(/(\d+) rekod/.exec(summary ?? "")?.[1]);
  expect(n).toBeGreaterThan(0);
  await shot(page, "laporan-buku-rekod");
  download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Simpan Word" }).click();
  file = await download;
  docx = await JSZip.loadAsync(await readFile(await file.path()));
  body = await docx.file("word/document.xml")!.async("string");
  expect(body).toContain("BUKU REKOD");
  expect(body.match(/SPH\/\d{4}\/\d{4}/g)?.length ?? 0).toBe(n);
});
