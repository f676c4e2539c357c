// Why: issue 14's journey with two PCs (two browser profiles, two IndexedDBs): the second PC joins through a join file,
// each PC edits the same site apart, real exchange files go both ways, the conflict is settled field by field, and
// both PCs show the same figures; a file read twice brings nothing new and a file made here is refused.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { joinPc, receive, save, sendTo } from "./exchange-support";
import { demo, expect, loadDemo, login, logout, pickByKeyboard, shot, test } from "./support";

async function editSite(page: Page, label: string, value: string): Promise<void> {
  await page.goto("/#/tapak");
  await page.getByRole("link", { name: "PPR Seri Pantai" }).click();
  await page.getByLabel(label).fill(value);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Disimpan.", { exact: true })).toBeVisible();
}

/** A walk-in recorded by the site's PPK (as in the Buku Rekod journey); returns the case's number. */
async function recordWalkIn(page: Page, mykad: string, name: string, problem: string): Promise<string> {
  await logout(page);
  await login(page, demo.aminah);
  await page.goto("/#/buku-rekod/baru");
  const kb = page.keyboard;
  await expect(page.getByTestId("person-search")).toBeFocused();
  await kb.type(mykad);
  await expect(page.getByText("Tiada padanan")).toBeVisible();
  await kb.press("Enter");
  await expect(page.getByLabel("Nama penuh")).toBeFocused();
  await kb.type(name);
  await page.getByLabel("No. unit").fill("C-07-03");
  await page.getByRole("combobox", { name: "Keturunan" }).focus();
  await pickByKeyboard(page, "Keturunan", "Mel", "Melayu");
  await page.getByRole("combobox", { name: "Taraf perkahwinan" }).focus();
  await pickByKeyboard(page, "Taraf perkahwinan", "Berk", "Berkahwin");
  await kb.press("Control+Enter");
  await expect(page.getByTestId("case-person")).toContainText(name);
  await expect(page.getByRole("combobox", { name: "Kumpulan sasar" })).toBeFocused();
  await pickByKeyboard(page, "Kumpulan sasar", "Ibu Tung", "Ibu Tunggal");
  await kb.press("Tab");
  await pickByKeyboard(page, "Perkhidmatan", "Rujukan", "Rujukan ke Agensi");
  await page.getByLabel("Masalah / keperluan").fill(problem);
  await kb.press("Tab");
  await kb.type("Dirujuk kepada pusat zakat");
  await kb.press("Control+Enter");
  await expect(page.getByTestId("case-title")).toHaveText(/^SPH\/\d{4}\/\d{4}$/);
  const no = (await page.getByTestId("case-title").textContent()) ?? "";
  await logout(page);
  await login(page, demo.admin);
  return no;
}

test("two PCs exchange both ways, settle a site edited apart field by field, and show the same figures", async ({
  page,
  browser,
}, info) => {
  test.setTimeout(400_000);
  // PC A: the office's PC, with the demo office. Before any PC joined, the exchange screen says so.
  await loadDemo(page);
  await login(page, demo.admin);
  await page.getByRole("link", { name: "Pertukaran data" }).click();
  await expect(page.getByTestId("exchange-not-joined")).toBeVisible();
  await shot(page, "pertukaran-belum");
  // The pemerhati (read-only) has no exchange: no menu entry, and the screen refuses.
  await logout(page);
  await login(page, demo.observer);
  await expect(page.getByRole("link", { name: "Pertukaran data" })).toHaveCount(0);
  await page.goto("/#/pertukaran");
  await expect(page.getByText("Tiada akses")).toBeVisible();
  await logout(page);
  await login(page, demo.admin);
  // PC B joins with a join file for the whole district and the passphrase read out.
  const pcB = await joinPc(page, browser, "PC Kerani", null, info.outputPath("sertai.rkjoin"));
  await login(pcB, demo.admin);

  // A sends everything B lacks; B reads it.
  const first = await sendTo(page, /PC Kerani/, info.outputPath("a-ke-b-1.rkx"));
  await shot(page, "pertukaran-hantar");
  // The same file can go into an email draft to the PKMD (the browser twin downloads the .eml).
  await page.getByTestId("exchange-pc").getByRole("button", { name: "Hantar perubahan" }).click();
  await expect(page.getByTestId("send-plain")).toContainText("rekod", { timeout: 60_000 });
  await shot(page, "pertukaran-hantar-saiz");
  const eml = await save(
    page,
    () => page.getByTestId("send-panel").getByRole("button", { name: "E-mel kepada PKMD" }).click(),
    info.outputPath("draf.eml"),
  );
  const draft = readFileSync(eml, "latin1");
  expect(draft).toContain("To: pkmd.lembahpantai@contoh.jkm.gov.my");
  expect(draft).toMatch(/filename="?RK-PKMD-\d{8}-2\.rkx/);
  await receive(pcB, first);
  await expect(pcB.getByTestId("receive-report")).toContainText("Perubahan diterima daripada", {
    timeout: 120_000,
  });
  await expect(pcB.getByTestId("receive-kinds")).toContainText("Kes");
  await shot(pcB, "pertukaran-terima");
  // The same file again: nothing new. A file made on this PC: refused, nothing written.
  await receive(pcB, first);
  await expect(pcB.getByTestId("receive-nothing-new")).toBeVisible({ timeout: 60_000 });
  const own = await sendTo(pcB, /PC Pejabat|pejabat/i, info.outputPath("b-sendiri.rkx"));
  await receive(pcB, own);
  await expect(pcB.getByTestId("receive-error")).toContainText("dibuat di PC ini sendiri");
  const cut = info.outputPath("terpotong.rkx");
  const { writeFileSync } = await import("node:fs");
  writeFileSync(cut, readFileSync(first).subarray(0, 2000));
  await receive(pcB, cut);
  await expect(pcB.getByTestId("receive-error")).toContainText("rosak");
  await shot(pcB, "pertukaran-ditolak");

  // Apart: each PC records a walk-in case at the same site (numbers from each PC's own block), A renames the site,
  // B changes its address; then files both ways.
  const caseA = await recordWalkIn(
    page,
    "900512-14-5567",
    "Rosnah binti Abdullah",
    "Tunggakan sewa tiga bulan",
  );
  const caseB = await recordWalkIn(pcB, "880303-10-4432", "Kamala a/p Subramaniam", "Bantuan makanan anak");
  expect(caseB).toMatch(/^SPH\/\d{4}\/1\d{3}$/);
  expect(caseB).not.toBe(caseA);

  await editSite(page, "Nama tapak", "PPR Seri Pantai (Blok A-D)");
  await editSite(pcB, "Alamat", "Jalan Pantai Permai 2, 59200 Kuala Lumpur");
  await receive(pcB, await sendTo(page, /PC Kerani/, info.outputPath("a-ke-b-2.rkx")));
  await expect(pcB.getByTestId("receive-conflicts")).toBeVisible({ timeout: 60_000 });
  await receive(page, await sendTo(pcB, /PC Pejabat|pejabat/i, info.outputPath("b-ke-a-1.rkx")));
  await expect(page.getByTestId("receive-conflicts")).toBeVisible({ timeout: 60_000 });

  // While it waits, editing the site elsewhere says "selesaikan dahulu".
  await page.goto("/#/tapak");
  await page.getByRole("link", { name: /PPR Seri Pantai/ }).click();
  await page.getByLabel("Daerah").fill("Lembah Pantai Baru");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText(/Selesaikan dahulu/)).toBeVisible();

  // A settles field by field: the name from A, the address from B.
  await page.goto("/#/pertukaran/selesaikan");
  await shot(page, "pertukaran-perlu-diselesaikan");
  await page
    .getByTestId("conflict-row")
    .filter({ hasText: /Tapak/ })
    .getByRole("link", { name: "Selesaikan" })
    .click();
  const fields = page.getByTestId("conflict-fields");
  await expect(fields).toContainText("Jalan Pantai Permai 2");
  await fields
    .getByRole("row", { name: /Nama tapak/ })
    .getByRole("radio", { name: /PC ini/ })
    .check();
  await fields
    .getByRole("row", { name: /Alamat/ })
    .getByRole("radio", { name: /PC Kerani/ })
    .check();
  await shot(page, "pertukaran-selesaikan");
  await page.getByRole("button", { name: "Simpan pilihan" }).click();
  await expect(page.getByTestId("conflicts-none")).toBeVisible();

  // The settled site reaches B; both show it and the same figures.
  await receive(pcB, await sendTo(page, /PC Kerani/, info.outputPath("a-ke-b-3.rkx")));
  await expect(pcB.getByTestId("receive-report")).toBeVisible({ timeout: 60_000 });
  await pcB.goto("/#/pertukaran/selesaikan");
  await expect(pcB.getByTestId("conflicts-none")).toBeVisible();
  // (A's site form keeps the refused edit as a draft; B's shows the stored record.)
  await pcB.goto("/#/tapak");
  await pcB.getByRole("link", { name: "PPR Seri Pantai (Blok A-D)" }).click();
  await expect(pcB.getByLabel("Alamat")).toHaveValue("Jalan Pantai Permai 2, 59200 Kuala Lumpur");
  // Both cases are on both PCs.
  for (const pc of [page, pcB]) {
    await pc.goto("/#/buku-rekod");
    for (const no of [caseA, caseB]) await expect(pc.getByRole("link", { name: no })).toBeVisible();
    await pc.goto("/#/");
  }
  // The home screen's figures (open cases by status, referrals to check, follow-ups: from the running tallies and
  // indexes) and the year's chart total are the same on both PCs.
  for (const fig of [
    "fig-baru",
    "fig-dalam-tindakan",
    "fig-dirujuk",
    "fig-referrals-due",
    "fig-follow-ups",
  ]) {
    const onA = (await page.getByTestId(`${fig}-value`).textContent()) ?? "";
    expect(onA).toMatch(/^\d+$/);
    await expect(pcB.getByTestId(`${fig}-value`)).toHaveText(onA);
  }
  await expect(pcB.getByText(/\d+ kes$/)).toHaveText((await page.getByText(/\d+ kes$/).textContent()) ?? "");
  await shot(pcB, "pertukaran-utama-b");
  await pcB.context().close();
});
