// Why: "Cetak" prints the official document, not the screen: letterhead, title, figures, signatures, page numbers and (for SULIT documents) the classification on every A4 page.
import { execFileSync } from "node:child_process";
import { type Page } from "@playwright/test";
import { printToPdf } from "./print-pdf";
import { demo, loadDemo, login, expect, test } from "./support";

/** Prints the document to PDF and reads it back: page sizes and each page's text. */
async function printed(page: Page, name: string): Promise<{ pages: string[]; sizes: [number, number][] }> {
  const { file, pdf } = await printToPdf(page, name);
  await expect(page.getByTestId("print-view")).not.toBeAttached();
  const sizes = [...pdf.toString("latin1").matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
    ([, w, h]) => [Number(w), Number(h)] as [number, number],
  );
  // Page by page text (pdftotext separates pages with a form feed); poppler-utils is installed with LibreOffice.
  const pages = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
    .split("\f")
    .slice(0, -1);
  return { pages, sizes };
}

const A4 = { long: 842, short: 595 };

test("printing a report puts only the document on A4 paper, with its letterhead, signatures and page numbers", async ({
  page,
}) => {
  await loadDemo(page);
  await login(page, demo.aminah);
  await page.goto("/#/laporan");
  await expect(page.locator('tr[data-row="TOTAL"]').first()).toBeVisible();

  // The statistics: landscape, not SULIT.
  const stats = await printed(page, "laporan-cetak");
  expect(stats.sizes.length).toBeGreaterThanOrEqual(2);
  for (const [w, h] of stats.sizes) {
    expect(Math.abs(w - A4.long)).toBeLessThan(1);
    expect(Math.abs(h - A4.short)).toBeLessThan(1);
  }
  expect(stats.pages[0]).toContain("LAPORAN STATISTIK KES YANG DILAYAN MENGIKUT BULAN");
  stats.pages.forEach((text, i) => {
    expect(text).toContain(`Muka surat ${i + 1} daripada ${stats.pages.length}`);
    expect(text).toContain("Dijana oleh Rekod Komuniti");
    expect(text).not.toContain("SULIT");
  });

  // The referral status list names persons: SULIT at the top and the bottom of every page.
  await page.getByRole("button", { name: "Senarai Status Rujukan" }).click();
  await expect(page.getByTestId("status-rujukan-summary")).toBeVisible();
  const list = await printed(page, "laporan-cetak-sulit");
  // The rows start under the title, and the signatures stay with the last rows: every page holds referral rows.
  expect(list.pages[0]).toContain("SENARAI STATUS RUJUKAN");
  for (const text of list.pages) expect(text).toMatch(/SP[HT]\/\d{4}\/\d{4}/);
  const signed = list.pages.filter((text) => text.includes("Disediakan oleh"));
  expect(signed).toHaveLength(1);
  expect(signed[0]).toBe(list.pages.at(-1));
  list.pages.forEach((text, i) => {
    expect(text.match(/SULIT/g)?.length ?? 0).toBe(2);
    expect(text).toContain("Dijana oleh Rekod Komuniti");
    expect(text).toContain(`Muka surat ${i + 1} daripada ${list.pages.length}`);
  });

  // The programme report is portrait.
  await page.getByRole("button", { name: "Laporan Pelaksanaan Program dan Aktiviti PPR" }).click();
  await expect(page.getByTestId("program-summary")).toBeVisible();
  const programme = await printed(page, "laporan-cetak-program");
  for (const [w, h] of programme.sizes) {
    expect(Math.abs(w - A4.short)).toBeLessThan(1);
    expect(Math.abs(h - A4.long)).toBeLessThan(1);
  }
});
