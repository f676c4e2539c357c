// Why: issue 14's monthly pack across two PCs (two browser profiles): the PPK sends the month's pack from the site's PC,
// the PKMD returns it with a comment on the office's PC, the PPK reads the comment after the next exchange, corrects and
// sends again, the PKMD signs, and the signed documents on the site's PC carry the PKMD's name and the day.
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { joinPc, receiveAll, save, sendTo } from "./exchange-support";
import { demo, expect, loadDemo, login, logout, shot, shownDay, test } from "./support";

/** The monthly pack of the Laporan screen (the site's PPK has one site, chosen for them). */
async function openPack(page: Page): Promise<void> {
  await page.goto("/#/laporan");
  await page.getByRole("button", { name: "Laporan bulanan kepada PKMD" }).click();
  await expect(page.getByTestId("send-pack")).toBeVisible({ timeout: 30_000 });
}

/** The PKMD opens the pack the site sent, from the home screen's list of packs waiting for review. */
async function openSentPack(page: Page): Promise<void> {
  await page.goto("/#/");
  const waiting = page.getByTestId("packs-dihantar");
  await expect(waiting).toContainText("1 laporan bulanan menunggu semakan anda");
  await waiting.getByRole("link", { name: "PPR Seri Pahang · Oktober 2026" }).click();
  await expect(page.getByTestId("pack-page")).toBeVisible({ timeout: 30_000 });
}

test("the PPK sends the monthly pack, the PKMD returns it with a comment, the PPK sends again, the PKMD signs", async ({
  page,
  browser,
}, info) => {
  test.setTimeout(480_000);
  const office = page;
  await loadDemo(office);
  await login(office, demo.admin);
  const site = await joinPc(
    office,
    browser,
    "PC PPR Seri Pahang",
    /^SPH · PPR Seri Pahang/,
    info.outputPath("sertai.rkjoin"),
  );
  await logout(office);
  await login(office, demo.pkmd);

  // The office's PC gives the site's PC its records (as when a site PC starts working).
  await login(site, demo.aminah);
  await receiveAll(site, await sendTo(office, /PC PPR Seri Pahang/, info.outputPath("pejabat-0.rkx")));

  // The site's PC: last month's figures as the Laporan screen shows them; the PPK sends last month's pack.
  await site.goto("/#/laporan");
  const total = site.locator(`tr[data-row="TOTAL"] td[data-month="10"]`);
  await expect(total).toHaveText(/^[1-9]\d*$/, { timeout: 30_000 });
  const cases = (await total.textContent()) ?? "";
  await openPack(site);
  const send = site.getByTestId("send-pack");
  await expect(send.getByTestId("pack-status")).toHaveText("Belum dihantar");
  await send.getByRole("button", { name: "Hantar kepada PKMD" }).click();
  await expect(send.getByTestId("pack-status")).toHaveText("Dihantar", { timeout: 60_000 });
  await expect(send.getByTestId("pack-sent")).toContainText("Pertukaran data");
  await shot(site, "pek-dihantar");
  await receiveAll(office, await sendTo(site, /PC pejabat/i, info.outputPath("tapak-1.rkx")));

  // The office's PC: the PKMD reviews it as sent and returns it with a comment (which is required).
  await openSentPack(office);
  await expect(office.getByTestId("pack-status")).toHaveText("Dihantar");
  await expect(office.getByTestId("pack-status-line")).toContainText(`Dihantar pada ${shownDay(0)}`);
  // The figures are the site's, as sent.
  await expect(office.locator(`tr[data-row="TOTAL"] td[data-month="10"]`)).toHaveText(cases);
  await shot(office, "pek-semak");
  const verdict = office.getByTestId("pack-verdict");
  await verdict.getByRole("button", { name: "Kembalikan dengan komen" }).click();
  await expect(verdict.getByText("Wajib diisi")).toBeVisible();
  const comment = "Bilangan kes Ibu Tunggal tidak sama dengan Buku Rekod. Sila semak dan hantar semula.";
  await verdict.getByLabel("Komen (wajib jika dikembalikan)").fill(comment);
  await verdict.getByRole("button", { name: "Kembalikan dengan komen" }).click();
  await expect(office.getByTestId("pack-status")).toHaveText("Dikembalikan");
  await expect(office.getByTestId("pack-history")).toContainText(comment);
  await receiveAll(site, await sendTo(office, /PC PPR Seri Pahang/, info.outputPath("pejabat-1.rkx")));

  // The site's PC: the verdict and the comment are there after the exchange (on the home screen too); the PPK sends again.
  await site.goto("/#/");
  await expect(site.getByTestId("packs-dikembalikan")).toContainText(comment);
  await shot(site, "pek-utama-dikembalikan");
  await site
    .getByTestId("packs-dikembalikan")
    .getByRole("link", { name: "PPR Seri Pahang · Oktober 2026" })
    .click();
  await expect(site.getByTestId("send-pack")).toBeVisible({ timeout: 30_000 });
  await expect(send.getByTestId("pack-status")).toHaveText("Dikembalikan");
  await expect(send.getByTestId("pack-comment")).toContainText(comment);
  await shot(site, "pek-dikembalikan");
  await send.getByLabel("Catatan kepada PKMD (pilihan)").fill("Telah disemak dan dibetulkan.");
  await send.getByRole("button", { name: "Hantar semula kepada PKMD" }).click();
  await expect(send.getByTestId("pack-status")).toHaveText("Dihantar", { timeout: 60_000 });
  await expect(send.getByTestId("pack-status-line")).toContainText("pusingan 2");
  await receiveAll(office, await sendTo(site, /PC pejabat/i, info.outputPath("tapak-2.rkx")));

  // The office's PC: the desk shows the site's second round, when its PC's changes came and its backup as that PC
  // reported it (none made yet on the new PC: marked); the PKMD opens the pack from there and signs.
  await office.goto("/#/meja");
  const row = office.getByTestId("desk-row").filter({ hasText: "PPR Seri Pahang" });
  await expect(row.getByTestId("desk-pack")).toHaveText(`Dihantar (pusingan 2, ${shownDay(0)})`);
  await expect(row.getByTestId("desk-received")).toContainText(shownDay(0));
  await expect(row.getByTestId("desk-received")).toContainText("PC PPR Seri Pahang");
  await expect(row.getByTestId("desk-backup")).toBeVisible();
  await shot(office, "pek-meja");
  await row.getByTestId("desk-pack").click();
  await expect(office.getByTestId("pack-page")).toBeVisible({ timeout: 30_000 });
  await expect(office.getByTestId("pack-history")).toContainText("Telah disemak dan dibetulkan.");
  await expect(office.getByTestId("pack-history")).toContainText("(pusingan 2)");
  await office.getByTestId("pack-verdict").getByRole("button", { name: "Sahkan" }).click();
  await expect(office.getByRole("dialog")).toContainText("muktamad");
  await office.getByRole("dialog").getByRole("button", { name: "Sahkan" }).click();
  await expect(office.getByTestId("pack-status")).toHaveText("Disahkan");
  await expect(office.getByTestId("pack-verdict")).toHaveCount(0);
  const signedLine = (await office.getByTestId("pack-status-line").textContent()) ?? "";
  const signer = /Disahkan oleh (.+) pada /.exec(signedLine)?.[1] ?? "";
  expect(signer.length).toBeGreaterThan(0);
  await shot(office, "pek-disahkan");
  await receiveAll(site, await sendTo(office, /PC PPR Seri Pahang/, info.outputPath("pejabat-2.rkx")));

  // The site's PC: signed, no longer sent; its documents carry the PKMD's name and the day.
  await site.goto("/#/");
  await expect(site.getByTestId("packs-dikembalikan")).toHaveCount(0);
  await openPack(site);
  await expect(send.getByTestId("pack-status")).toHaveText("Disahkan");
  await expect(send.getByRole("button", { name: /Hantar/ })).toHaveCount(0);
  await send.getByRole("link", { name: "Buka laporan yang dihantar" }).click();
  await expect(site.getByTestId("pack-status-line")).toContainText(`pada ${shownDay(0)}`);
  const word = await save(
    site,
    () => site.getByRole("button", { name: "Simpan Word" }).first().click(),
    info.outputPath("statistik-disahkan.docx"),
  );
  const xml = await (await JSZip.loadAsync(readFileSync(word))).file("word/document.xml")!.async("string");
  const text = xml.replace(/<[^>]+>/g, "");
  // Both sides are dated (prepared and signed the same day here): no line is left to date by hand.
  expect(text).toContain(`Nama: ${signer}`);
  expect(text).toContain(`Tarikh: ${shownDay(0)}`);
  expect(text).not.toContain("Tarikh: ....");
  await shot(site, "pek-disahkan-tapak");
});
