// Why: every official document printed from the Laporan screen reads as its files do: nothing drawn over anything, no text under 8 pt, no MyKad number or date broken across lines, totals present and the signatures with the last rows.
import { type Page } from "@playwright/test";
import { brokenNumbers, lineTexts, overlaps, pdfPages, smallWords } from "./pdf-boxes";
import { printToPdf } from "./print-pdf";
import { choose, demo, loadDemo, login, logout, previousMonth, shownDay, expect, test } from "./support";

const SIGNED = /^Disediakan\b[^:]*:/;

type Doc = { code: string; total: RegExp };
const DOCS: Doc[] = [
  { code: "statistik-kes", total: /^JUMLAH KES DILAYAN\b/ },
  { code: "pelaksanaan-program", total: /^JUMLAH\b/ },
  { code: "buku-rekod", total: /^JUMLAH REKOD: \d+$/ },
  { code: "profail-komuniti", total: /^JUMLAH\b/ },
  { code: "siasatan", total: /^JUMLAH \(\d+ orang\)/ },
  { code: "status-rujukan", total: /^Jumlah rujukan terbuka\b/ },
  { code: "minit-mesyuarat", total: /^2\. KEHADIRAN \(\d+ ORANG\)/ },
];

/** Opens a document on the Laporan screen; a document about one record goes back month by month to one that has it. */
async function open(page: Page, code: string, site: string | null): Promise<void> {
  let { year, month } = previousMonth();
  for (let tries = 0; tries < 12; tries += 1) {
    const tapak = site ? `&tapak=${site}` : "";
    await page.goto(`/#/laporan?dokumen=${code}&tahun=${year}&bulan=${month}${tapak}`);
    const ready = page.getByRole("button", { name: "Cetak" });
    const none = page.getByTestId("no-items");
    await expect(ready.or(none)).toBeVisible({ timeout: 20_000 });
    if (await ready.isVisible()) return;
    [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
  }
  throw new Error(`${code}: no record to print in a year`);
}

/** Prints the open document and checks every page of the PDF as a reader would look at it. */
async function checkPrinted(page: Page, doc: Doc, name: string): Promise<void> {
  const { file } = await printToPdf(page, name);
  const pages = pdfPages(file);
  expect(pages.length, name).toBeGreaterThan(0);
  pages.forEach((p, i) => {
    const where = `${name} page ${i + 1}`;
    expect.soft(overlaps(p), `${where}: text drawn over text`).toEqual([]);
    expect.soft(smallWords(p, 8), `${where}: text under 8 pt`).toEqual([]);
    expect.soft(brokenNumbers(p), `${where}: numbers or dates broken across lines`).toEqual([]);
  });
  const lines = pages.map(lineTexts);
  expect
    .soft(
      lines.flat().some((l) => doc.total.test(l.text)),
      `${name}: totals line ${doc.total}`,
    )
    .toBe(true);
  // One signature block, on the last page, under rows of the document (not alone on a page of its own).
  const signed = lines.flatMap((ls, i) => (ls.some((l) => SIGNED.test(l.text)) ? [i] : []));
  expect.soft(signed, `${name}: pages with signatures`).toEqual([pages.length - 1]);
  const last = lines.at(-1)!;
  const signY = last.find((l) => SIGNED.test(l.text))?.y ?? 0;
  const above = last.filter((l) => l.y < signY && l.text !== "SULIT" && !l.text.startsWith("*"));
  expect.soft(above.length, `${name}: rows above the signatures on the last page`).toBeGreaterThanOrEqual(2);
}

/** A first community profile for her site, from the register's figures, so the profile prints too. */
async function makeProfile(page: Page): Promise<void> {
  await page.goto("/#/profail");
  await page.getByTestId("new-profile").click();
  await page.getByRole("button", { name: "Guna angka daripada Buku Rekod" }).click();
  await page.getByTestId("register-use-all").click();
  const box = (name: string) => page.getByRole("textbox", { name, exact: true });
  await box("Bilangan blok").fill("4");
  await box("Bilangan unit").fill("1200");
  await box("Tahun dibina").fill("2005");
  await box("Bilangan isi rumah").fill("1180");
  await box("Kemudahan").fill("Surau, dewan serbaguna, tadika KEMAS, taman permainan, hentian bas");
  await box("Organisasi dan pemimpin setempat").fill("Persatuan Penduduk PPR Seri Pahang (Encik Rahman)");
  await page.getByRole("button", { name: "Simpan sebagai versi baharu" }).click();
  await expect(page.getByTestId("profile-title")).toHaveText("Versi 1");
}

/** A meeting at her site, so its minutes print too. */
async function makeMeeting(page: Page): Promise<void> {
  await page.goto("/#/perjumpaan");
  await page.getByRole("link", { name: "Perjumpaan baharu" }).click();
  const form = page.getByTestId("meeting-form");
  const date = form.getByRole("textbox", { name: "Tarikh", exact: true });
  await date.fill(shownDay(-3));
  await date.press("Tab");
  await form.getByLabel("Masa mula").fill("20:30");
  await choose(page, "Jenis", "Perbincangan");
  await form.getByLabel("Tempat").fill("Dewan Serbaguna PPR Seri Pahang");
  await form.getByRole("textbox", { name: "Nama hadirin lain" }).fill("Puan Salmah binti Omar");
  await form.getByRole("button", { name: "Tambah hadirin" }).click();
  await form.getByLabel("Agenda").fill("1. Kebersihan tangga Blok C\n2. Gotong-royong bulanan");
  await form
    .getByLabel("Minit / catatan perbincangan")
    .fill("Penduduk bersetuju bergilir membersihkan tangga.");
  await form.getByRole("button", { name: "Simpan perjumpaan" }).click();
  await expect(page.getByTestId("meeting-title")).toContainText("Perbincangan");
}

test("every official document, printed by a PPK and by the PKMD, reads cleanly on paper", async ({
  page,
}) => {
  test.setTimeout(360_000);
  await loadDemo(page);
  await login(page, demo.aminah);
  await makeProfile(page);
  await makeMeeting(page);
  for (const doc of DOCS) {
    await open(page, doc.code, null);
    await checkPrinted(page, doc, `cetak-ppk-${doc.code}`);
  }
  await logout(page);
  await login(page, demo.pkmd);
  for (const doc of DOCS) {
    await open(page, doc.code, null);
    await checkPrinted(page, doc, `cetak-pkmd-${doc.code}`);
  }
});
