// Why: "Cetak" prints the official document, not the screen: letterhead, title, figures, signatures and page numbers on A4.
import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demo, loadDemo, login } from "./support";

test("printing a report puts only the document on A4 paper, with its letterhead, signatures and page numbers", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/laporan");
  await expect(page.locator('tr[data-row="TOTAL"]').first()).toBeVisible();

  // Hold the print dialog open while the page is printed to PDF, as the dialog would print it.
  await page.evaluate(() => {
    const w = window as unknown as { print: () => unknown; releasePrint?: () => void };
    w.print = () => new Promise<void>((resolve) => (w.releasePrint = resolve));
  });
  await page.getByRole("button", { name: "Cetak" }).click();
  const view = page.getByTestId("print-view");
  await expect(view).toBeAttached();
  await expect(view).toContainText("JABATAN KEBAJIKAN MASYARAKAT MALAYSIA");
  await expect(view).toContainText("LAPORAN STATISTIK KES YANG DILAYAN MENGIKUT BULAN");
  await expect(view).toContainText("Disediakan oleh:");
  await expect(view).toContainText("Disemak / Disahkan oleh:");
  await expect(view).toContainText("Encik Rahman bin Yusof");
  await expect(view).toContainText("Dijana oleh Rekod Komuniti");
  await page.emulateMedia({ media: "print" });
  // On paper only the print view shows; the app around it does not.
  await expect(page.getByRole("navigation").first()).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await writeFile("test-results/screens/laporan-cetak.pdf", pdf);
  // Every page A4 landscape: 842 x 595 points (Chromium rounds to 841.92 x 594.96).
  const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
  expect(boxes.length).toBeGreaterThanOrEqual(2);
  for (const [, w, h] of boxes) {
    expect(Math.abs(Number(w) - 842)).toBeLessThan(1);
    expect(Math.abs(Number(h) - 595)).toBeLessThan(1);
  }
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => (window as unknown as { releasePrint: () => void }).releasePrint());
  await expect(view).not.toBeAttached();
});
