// Why: the journeys with several PCs share one way to open a fresh PC, join it, and carry exchange files between PCs.
import type { Browser, Page } from "@playwright/test";
import { choose, expect, TEST_NOW } from "./support";

/** A fresh browser profile (its own IndexedDB) with the page clock pinned as every journey's. */
export async function freshPc(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install({ time: TEST_NOW });
  return page;
}

/** Clicks what downloads a file and keeps it at `path`. */
export async function save(page: Page, click: () => Promise<void>, path: string): Promise<string> {
  const download = page.waitForEvent("download");
  await click();
  await (await download).saveAs(path);
  return path;
}

/** Reads an exchange file on a PC (Pertukaran data > Terima perubahan). */
export async function receive(page: Page, path: string): Promise<void> {
  await page.goto("/#/pertukaran");
  const chooser = page.waitForEvent("filechooser");
  await page.getByTestId("receive-pick").click();
  await (await chooser).setFiles(path);
}

/** Writes an exchange file for the PC named `pcName` and keeps it at `path`. */
export async function sendTo(page: Page, pcName: RegExp, path: string): Promise<string> {
  await page.goto("/#/pertukaran");
  await page
    .getByTestId("exchange-pc")
    .filter({ hasText: pcName })
    .getByRole("button", { name: "Hantar perubahan" })
    .click();
  await expect(page.getByTestId("send-plain")).toContainText("rekod", { timeout: 60_000 });
  return save(
    page,
    () => page.getByTestId("send-panel").getByRole("button", { name: "Simpan fail" }).click(),
    path,
  );
}

/** Receives a file and waits for the report that it was taken in. */
export async function receiveAll(page: Page, path: string): Promise<void> {
  await receive(page, path);
  await expect(page.getByTestId("receive-report")).toBeVisible({ timeout: 120_000 });
}

/**
 * On the office's PC (the demo office, logged in as the administrator), makes a join file for a PC working on one site
 * (null: the whole district); a fresh PC joins with it and shows the login screen. Returns the new PC.
 */
export async function joinPc(
  office: Page,
  browser: Browser,
  name: string,
  site: RegExp | null,
  path: string,
): Promise<Page> {
  await office.getByRole("link", { name: "Tetapan", exact: true }).click();
  const section = office.getByTestId("join-section");
  await section.getByTestId("join-start").click();
  await section.getByTestId("join-name").fill(name);
  if (site) await choose(office, "Tapak yang diurus oleh PC baharu", site);
  else await section.getByTestId("join-whole").check();
  const passphrase = await section.getByTestId("join-passphrase").inputValue();
  const file = await save(office, () => section.getByTestId("join-make").click(), path);
  await expect(section.getByTestId("join-made")).toBeVisible();
  const pc = await freshPc(browser);
  await pc.goto("/");
  await pc.getByRole("button", { name: "Sertai pejabat sedia ada" }).click();
  const chooser = pc.waitForEvent("filechooser");
  await pc.getByTestId("join-pick").click();
  await (await chooser).setFiles(file);
  await pc.getByTestId("join-file-passphrase").fill(passphrase);
  await pc.getByTestId("join-submit").click();
  await expect(pc.getByRole("button", { name: "Log masuk" })).toBeVisible({ timeout: 60_000 });
  return pc;
}
