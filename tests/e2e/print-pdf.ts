// Why: prints the Laporan screen's document to PDF the way the host does (the print dialog held open while Chromium prints the page), for journeys that read the paper.
import { writeFile } from "node:fs/promises";
import { type Page } from "@playwright/test";
import { expect } from "./support";

/**
 * Clicks "Cetak" with the print dialog held open, prints the page to PDF as the dialog would, then closes it.
 * `signed: false` for a document without signatures (the Direktori CBO).
 */
export async function printToPdf(
  page: Page,
  name: string,
  opts: { signed?: boolean } = {},
): Promise<{ file: string; pdf: Buffer }> {
  await page.evaluate(() => {
    const w = window as unknown as { print: () => unknown; releasePrint?: () => void };
    w.print = () => new Promise<void>((resolve) => (w.releasePrint = resolve));
  });
  await page.getByRole("button", { name: "Cetak" }).click();
  const view = page.getByTestId("print-view");
  await expect(view).toBeAttached();
  await expect(view).toContainText("JABATAN KEBAJIKAN MASYARAKAT MALAYSIA");
  if (opts.signed ?? true) await expect(view).toContainText(/Disediakan\b[^:]*:/);
  await page.emulateMedia({ media: "print" });
  // On paper only the print view shows; the app around it does not.
  await expect(page.getByRole("navigation").first()).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = `test-results/screens/${name}.pdf`;
  await writeFile(file, pdf);
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => (window as unknown as { releasePrint: () => void }).releasePrint());
  await expect(view).not.toBeAttached();
  return { file, pdf };
}
